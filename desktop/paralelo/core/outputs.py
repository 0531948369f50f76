"""Recognising Paralelo's own output files, so a command never silently replaces anything else.

``paralelo align --json OUT`` and ``paralelo export -o OUT`` replace OUT when
it is an earlier output of Paralelo (re-running a command is normal) and
refuse any other existing file unless ``--force``. Each format carries a
marker Paralelo always writes, read from the first bytes only:

========  ==========================================================
session   SQLite header with application id "PRLO" (bytes 68-71)
JSON      ``"generator": "paralelo …"`` among the first keys
TMX       ``creationtool="Paralelo"`` in the header
CSV/TSV   the header row ``link_id,spanish,english,…`` (tabs for TSV)
XLSX      ``<dc:creator>Paralelo</dc:creator>`` in docProps/core.xml
HTML      ``<meta name="generator" content="Paralelo …">`` (or the report title)
========  ==========================================================
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

from paralelo.core.errors import UserError

HEAD_BYTES = 64 * 1024
_SQLITE = b"SQLite format 3\x00"
_APP_ID = 0x50524C4F  # "PRLO", storage.schema.APPLICATION_ID
_JSON = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{[^{}\[\]]{0,4000}?"generator"\s*:\s*"paralelo\b',
                   re.IGNORECASE)
_TMX = re.compile(rb'<header\b[^>]*\bcreationtool="Paralelo"')
_DELIMITED = re.compile(rb"\A(?:\xef\xbb\xbf)?link_id([,\t])spanish\1english\1")
_HTML = re.compile(rb'<meta name="generator" content="Paralelo\b|<title>Paralelo alignment '
                   rb"report</title>")
_XLSX_CREATOR = re.compile(rb"<dc:creator(?:\s[^>]*)?>Paralelo</dc:creator>")


def paralelo_output_kind(path: str | os.PathLike[str]) -> str | None:
    """Which Paralelo output ``path`` is ("session", "json", "tmx", "delimited", "xlsx",
    "html"), or ``None`` for anything else (including unreadable files)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    if head.startswith(_SQLITE):
        return "session" if len(head) >= 72 and int.from_bytes(head[68:72], "big") == _APP_ID \
            else None
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if _xlsx_is_ours(path) else None
    for kind, pattern in (("json", _JSON), ("tmx", _TMX), ("delimited", _DELIMITED),
                          ("html", _HTML)):
        if pattern.search(head):
            return kind
    return None


def _xlsx_is_ours(path: str | os.PathLike[str]) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("docProps/core.xml")
            if info.file_size > HEAD_BYTES:
                return False
            return bool(_XLSX_CREATOR.search(zf.read(info)))
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
        return False


#: The output kind each export format leaves (what `paralelo_output_kind` says of it).
KIND_OF_FORMAT = {"csv": "delimited", "tsv": "delimited", "tmx": "tmx", "xlsx": "xlsx",
                  "json": "json", "html": "html"}
def _other_kind(target: Path, found: str, option: str) -> UserError:
    """The refusal naming what the file is; one whole sentence per kind, so each can be
    translated as a whole (resources/i18n: no English phrase inside a Spanish one)."""
    if found == "session":
        return UserError(f"{target}: already exists and is a Paralelo review session; "
                         f"use {option} to replace it")
    if found == "json":
        return UserError(f"{target}: already exists and is a Paralelo JSON file; "
                         f"use {option} to replace it")
    if found == "tmx":
        return UserError(f"{target}: already exists and is a Paralelo TMX file; "
                         f"use {option} to replace it")
    if found == "delimited":
        return UserError(f"{target}: already exists and is a Paralelo CSV/TSV export; "
                         f"use {option} to replace it")
    if found == "xlsx":
        return UserError(f"{target}: already exists and is a Paralelo workbook; "
                         f"use {option} to replace it")
    return UserError(f"{target}: already exists and is a Paralelo HTML report; "
                     f"use {option} to replace it")


def check_replace(path: str | os.PathLike[str], *, force: bool, kind: str | None = None,
                  option: str = "--force") -> None:
    """Refuse to replace an existing file Paralelo did not write, unless ``force``.

    With ``kind`` ("json", "delimited", ...: see `KIND_OF_FORMAT`) only an earlier
    output of that kind is replaced freely, so an export never silently replaces a
    review session or a different export. Devices and pipes (``/dev/stdout``) are
    written in place, never replaced: they pass. Call it before any long work.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # nothing there (or nothing we can see): nothing to replace
    if force or not stat.S_ISREG(mode):
        return
    found = paralelo_output_kind(target)
    if found is None:
        raise UserError(f"{target}: already exists and is not a file Paralelo wrote; "
                        f"use {option} to replace it")
    if kind is not None and found != kind:
        raise _other_kind(target, found, option)
