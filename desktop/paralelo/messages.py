"""The catalogue of the core's messages, readable without Qt (window and command line).

Core errors are plain English strings (or `UserError` templates with
parameters). ``resources/i18n/core_messages.json`` lists every template
(`make i18n` extracts them from the source); a message is recognised by
matching it against those templates, and its wording in another language is
read from the interface catalogue ``paralelo_LANG.ts`` (context "core"), the
same file the window's Qt translator is compiled from. The window looks the
template up through Qt (`paralelo.gui.i18n`); the command line through
`localize`, so ``LANG=es_ES.UTF-8 paralelo …`` reports errors in Spanish.
"""

from __future__ import annotations

import functools
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

_PLACEHOLDER = re.compile(r"\{\w+\}")


def _resource(name: str) -> Path | None:
    try:
        from paralelo.resources import resource_path

        path = resource_path("i18n", name)
    except (ImportError, FileNotFoundError, ValueError):
        return None
    return path if path.is_file() else None


@functools.cache
def patterns() -> list[tuple[re.Pattern[str], str]]:
    """Every catalogued template with a placeholder, as a pattern (most specific first)."""
    path = _resource("core_messages.json")
    try:
        templates = json.loads(path.read_text(encoding="utf-8")) if path else []
    except (OSError, ValueError):
        templates = []
    out = []
    for t in templates:
        if not isinstance(t, str) or not _PLACEHOLDER.search(t):
            continue
        parts = re.split(r"(\{\w+\})", t.replace("{{", "\0").replace("}}", "\1"))
        rx = "".join(f"(?P<{p[1:-1]}>.+?)" if _PLACEHOLDER.fullmatch(p)
                     else re.escape(p.replace("\0", "{").replace("\1", "}")) for p in parts)
        try:
            out.append((re.compile(rx, re.S), t))
        except re.error:  # a placeholder name used twice
            continue
    # The most literal text first, so "{p}: no such file" wins over a template whose
    # placeholder could swallow the same words.
    out.sort(key=lambda pt: -len(_PLACEHOLDER.sub("", pt[1])))
    return out


def match(message: str) -> tuple[str, dict[str, str]] | None:
    """The template a message was made from, and its parameters (None if not catalogued)."""
    for rx, template in patterns():
        m = rx.fullmatch(message)
        if m is not None:
            return template, m.groupdict()
    return None


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """Template → wording in ``lang``, from the interface catalogue (context "core")."""
    path = _resource(f"paralelo_{lang}.ts") if re.fullmatch(r"[a-z]{2}", lang) else None
    if path is None:
        return {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != "core":
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            source = msg.findtext("source")
            if source and tr is not None and tr.text and tr.get("type") != "unfinished":
                out[source] = tr.text
    return out


def localize(message: str, lang: str) -> str:
    """``message`` in ``lang`` when catalogued, else unchanged."""
    if lang == "en":
        return message
    table = catalogue(lang)
    if message in table:
        return table[message]
    found = match(message)
    if found is None or found[0] not in table:
        return message
    template, params = found
    try:
        return table[template].format(**params)
    except (KeyError, IndexError, ValueError):
        return message


def system_language() -> str:
    """The user's message language from the environment, as gettext reads it ("es", "en")."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            lang = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return lang if lang in ("es", "en") else "en"
    return "en"
