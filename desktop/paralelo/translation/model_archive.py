""".argosmodel archives: check one before anything is written, and unpack it under limits.

argostranslate only checks that the file is a zip and unpacks it with
``extractall``: a wrong-pair, path-escaping or zip-bomb archive goes straight
in. Here the declared sizes are checked before a byte is unpacked (a zip that
declares a 200 GiB ``model.bin`` is refused at once), the actual bytes are
counted while unpacking (a zip that lies about its sizes is stopped, and
zipfile's CRC check catches the lie), and every metadata field Paralelo shows
or compares is a short, printable string.
"""

from __future__ import annotations

import contextlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from paralelo.core.errors import UserError

FROM_CODE, TO_CODE = "es", "en"
#: Refuse archives that would unpack to more than this (real es→en packages are ~100 MB).
MAX_UNPACKED = 4 * 1024**3
MAX_MEMBERS = 10_000
MAX_METADATA = 1024**2
_REQUIRED = ("model/model.bin", "model/config.json", "sentencepiece.model")
_VERSION = re.compile(r"[0-9][0-9A-Za-z.+_-]{0,31}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class ModelError(UserError):
    """A model archive or model folder is unusable."""


def _text(meta: dict[str, Any], key: str, *, required: bool, limit: int = 100) -> str | None:
    """``meta[key]`` as a short printable string, or why it is not (raises ValueError)."""
    value = meta.get(key)
    if value is None:
        if required:
            raise ValueError(f"{key} is missing")
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise ValueError(f"{key} is {len(value):,} characters long (at most {limit})")
    if _CONTROL.search(value):
        raise ValueError(f"{key} contains control characters")
    return value


def check_metadata(meta: object) -> dict[str, Any]:
    """The metadata fields Paralelo uses, checked; raises ValueError saying what is wrong."""
    if not isinstance(meta, dict):
        raise ValueError("metadata.json must be an object")
    for key in ("from_code", "to_code", "code", "from_name", "to_name", "argos_version",
                "type"):
        _text(meta, key, required=key in ("from_code", "to_code"))
    version = _text(meta, "package_version", required=True, limit=32)
    if version is None or not _VERSION.fullmatch(version):
        raise ValueError(f"package_version {version!r} is not a version like 1.9")
    return meta


def _read_metadata(zf: zipfile.ZipFile, name: str, label: str) -> dict[str, Any]:
    if zf.getinfo(name).file_size > MAX_METADATA:
        raise ModelError(f"{label}: metadata.json is larger than {MAX_METADATA // 1024} KB")
    try:
        meta = json.loads(zf.read(name).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # ValueError: also 5,000-digit numbers
        reason = str(exc).splitlines()[0][:120]
        raise ModelError(f"{label}: metadata.json is not valid JSON ({reason})") from None
    try:
        return check_metadata(meta)
    except ValueError as exc:
        raise ModelError(f"{label}: bad metadata.json: {exc}") from None


def _check_layout(zf: zipfile.ZipFile, label: str) -> str:
    """The archive's one top folder, after checking names and declared sizes."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ModelError(f"{label}: {len(infos):,} files inside, more than a model has")
    size = sum(i.file_size for i in infos)
    if size > MAX_UNPACKED:
        raise ModelError(f"{label}: unpacks to {size / 1e9:.1f} GB, more than any "
                         "translation model needs")
    names = [n for n in zf.namelist() if n.strip("/")]
    tops = {PurePosixPath(n).parts[0] for n in names}
    if len(tops) != 1:
        raise ModelError(f"{label}: an Argos model must hold exactly one top folder "
                         f"(found {len(tops)})")
    top = tops.pop()
    for n in names:
        pp = PurePosixPath(n)
        if pp.is_absolute() or ".." in pp.parts or "\\" in n or _CONTROL.search(n):
            raise ModelError(f"{label}: unsafe path inside the archive: {n!r}")
    if top.startswith(".") or f"{top}/metadata.json" not in names:
        raise ModelError(f"{label}: no metadata.json in {top}/")
    for needed in _REQUIRED:
        if f"{top}/{needed}" not in names:
            raise ModelError(f"{label}: missing {needed} (not a CTranslate2 "
                             "SentencePiece package)")
    return top


@contextlib.contextmanager
def _guarded(label: str) -> Iterator[None]:
    """Map zipfile's many failure types to one-line ModelErrors."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ModelError(f"{label}: corrupt archive ({exc})") from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, unknown compression
        raise ModelError(f"{label}: unsupported archive ({exc})") from None


def validate_archive(path: str | Path) -> dict[str, Any]:
    """Check an .argosmodel is a sound es→en package; return its metadata (+ ``_top``)."""
    p = Path(path)
    if not p.is_file():
        raise ModelError(f"{p}: no such file")
    if not zipfile.is_zipfile(p):
        raise ModelError(f"{p.name}: not an Argos model (not a zip archive)")
    try:
        with _guarded(p.name), zipfile.ZipFile(p) as zf:
            top = _check_layout(zf, p.name)
            meta = _read_metadata(zf, f"{top}/metadata.json", p.name)
    except OSError as exc:
        raise ModelError(f"{p.name}: cannot read ({exc.strerror or exc})") from None
    pair = (meta.get("from_code"), meta.get("to_code"))
    if pair != (FROM_CODE, TO_CODE):
        raise ModelError(f"{p.name}: this package translates {pair[0]}→{pair[1]}; "
                         f"Paralelo needs {FROM_CODE}→{TO_CODE}")
    meta["_top"] = top
    return meta


def extract_archive(path: Path, dest: Path) -> None:
    """Unpack a validated archive into ``dest``, counting actual bytes against the limits.

    OSError (disk full, read-only) propagates for the caller to word; ``dest``
    is left for the caller to remove.
    """
    total = 0
    with _guarded(path.name), zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            target = dest.joinpath(*PurePosixPath(info.filename).parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            with zf.open(info) as src, open(target, "wb") as out:
                while block := src.read(1024**2):
                    written += len(block)
                    total += len(block)
                    if written > info.file_size or total > MAX_UNPACKED:
                        raise ModelError(f"{path.name}: {info.filename} unpacks to more than "
                                         "the archive declares (refused)")
                    out.write(block)


def read_installed_metadata(folder: Path) -> dict[str, Any] | None:
    """An installed folder's checked metadata, or None when missing or unfit."""
    try:
        raw = (folder / "metadata.json").read_bytes()[: MAX_METADATA + 1]
        if len(raw) > MAX_METADATA:
            return None
        return check_metadata(json.loads(raw.decode("utf-8")))
    except (OSError, ValueError):
        return None

