"""Turn the bytes of a text file into str, deterministically.

Order: BOM (UTF-8/UTF-16/UTF-32), BOM-less UTF-16 by NUL-byte parity, strict
UTF-8, then strict Windows-1252 (a superset of Latin-1's printable range, so
Spanish "ñ á ¿ ¡" and curly quotes 0x93/0x94 come out right). No statistical
guessing: the same bytes always give the same text, and anything that fits
none of these is reported instead of silently turned into mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata

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
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: cannot decode: not UTF-8, UTF-16 or Windows-1252 "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if control_ratio(text) > 0.01:
        raise DocumentError(f"{name}: looks like a binary file, not text (control characters)")
    return text, "cp1252"
