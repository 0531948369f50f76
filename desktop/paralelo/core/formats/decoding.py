"""Turn the bytes of a text file into str, deterministically.

Order: BOM (UTF-8/UTF-16/UTF-32), BOM-less UTF-16 by NUL-byte parity, strict
UTF-8, then strict Windows-1252 (a superset of Latin-1's printable range, so
Spanish "ñ á ¿ ¡" and curly quotes 0x93/0x94 come out right). No statistical
guessing: the same bytes always give the same text, and anything that fits
none of these is reported instead of silently turned into mojibake.
Text that was mojibake before it reached us (UTF-8 read as Windows-1252 and
saved again: "SeÃ±or") is repaired line by line with ftfy, and the document
notes that it was.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from typing import Any

from paralelo.core.errors import DocumentError

#: BOM -> Python codec that consumes it (so ``data.decode(doc.encoding)`` works).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Control characters allowed in text (tab, newlines, form feed, vertical tab, ESC is not).
_OK_CONTROLS = frozenset("\t\n\r\x0b\x0c")


def _utf16_guess(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NUL bytes sit (ASCII-heavy text)."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def control_ratio(text: str) -> float:
    """Share of characters that are control/format codes no text file contains."""
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for ch in sample if ch not in _OK_CONTROLS and unicodedata.category(ch) == "Cc")
    return bad / len(sample)


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16) or many control bytes: not a text file."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and _utf16_guess(data) is None:
        return True
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 11, 12, 13, 27))
    return ctrl / len(sample) > 0.1


_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                         rb"[\xf0-\xf4][\x80-\xbf]{3}")


def _cp1252_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return bad.decode("cp1252"), exc.end  # raises UnicodeDecodeError on 0x81, 0x8d...


codecs.register_error("paralelo-cp1252", _cp1252_error)


def _mostly_utf8(data: bytes, strict: bool = True) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (pasted-together files): decode both.

    Reading all of it as cp1252 would turn every correct "ñ" into "Ã±"; so when
    valid UTF-8 sequences clearly outnumber the invalid bytes, only the invalid
    bytes are read as cp1252.
    """
    valid = len(_UTF8_MULTI.findall(data))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(
        "\ufffd".encode())
    if strict and (valid < 2 or valid <= 2 * invalid):
        return None
    try:
        return data.decode("utf-8", errors="paralelo-cp1252")
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DocumentError naming ``name`` if impossible."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"{name}: cannot decode: starts with a {enc} byte-order mark but byte "
                    f"{exc.start} is invalid {enc}") from None
            return text, enc
    guess = _utf16_guess(data)
    if guess is not None:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            text = ""
        if text and control_ratio(text) < 0.01:
            return text, guess
    if looks_binary(data):
        raise DocumentError(f"{name}: looks like a binary file, not text (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        mixed = _mostly_utf8(data, strict=False)
        if mixed is not None and control_ratio(mixed) <= 0.01:
            return mixed, "utf-8+cp1252"
        raise DocumentError(
            f"{name}: cannot decode: not UTF-8, UTF-16 or Windows-1252 "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if control_ratio(text) > 0.01:
        raise DocumentError(f"{name}: looks like a binary file, not text (control characters)")
    return text, "cp1252"


# UTF-8 bytes once mis-decoded as Windows-1252 and saved again ("SeÃ±or", "â€œ").
#: A line holding none of these cannot carry such mojibake; ftfy never sees it.
_SUSPECT = re.compile("[\u00c2-\u00c5\u00e2]")
#: Characters a genuine repair never introduces: a "fix" producing them was a guess.
_DUBIOUS = re.compile("[\u0080-\u00a0\ufffd]")


@lru_cache(maxsize=1)
def _ftfy_config() -> Any:
    """ftfy restricted to encoding repairs: quotes, ligatures, widths, HTML entities
    and line breaks are the author's and stay as they are."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False,
                           fix_latin_ligatures=False, fix_character_width=False,
                           uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
                           remove_control_chars=False, normalization=None,
                           restore_byte_a0=False, explain=False)


def _repair_line(line: str) -> str:
    import ftfy

    # "”" is E2 80 9D; 0x9D has no cp1252 character, so it often became U+FFFD.
    candidate = line.replace("â€\ufffd", "â€\x9d")
    fixed = ftfy.fix_text(candidate, _ftfy_config())
    if fixed == candidate or len(_DUBIOUS.findall(fixed)) > len(_DUBIOUS.findall(line)):
        return line
    return fixed


def repair_mojibake(text: str) -> tuple[str, int]:
    """Fix UTF-8 once mis-decoded as Windows-1252 ("SeÃ±or" -> "Señor") with ftfy,
    line by line (a file pasted together from good and bad parts keeps its good
    lines); return the text and the number of lines repaired."""
    if not _SUSPECT.search(text):
        return text, 0
    lines = text.split("\n")
    count = 0
    for i, line in enumerate(lines):
        if _SUSPECT.search(line):
            fixed = _repair_line(line)
            if fixed != line:
                lines[i] = fixed
                count += 1
    return ("\n".join(lines), count) if count else (text, 0)


def decode_text(data: bytes, name: str) -> tuple[str, str, dict[str, str]]:
    """`decode_bytes`, then undo double-encoding; the meta notes any repair."""
    text, enc = decode_bytes(data, name)
    meta: dict[str, str] = {}
    if enc.startswith("utf-8"):
        text, fixed = repair_mojibake(text)
        if fixed:
            meta["repaired"] = (f"mis-decoded characters (mojibake such as 'SeÃ±or') repaired "
                                f"on {fixed} line{'s' if fixed != 1 else ''}")
    return text, enc, meta
