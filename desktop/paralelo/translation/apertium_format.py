"""Plain text ↔ Apertium stream format, as ``apertium -f txt`` does it, but per paragraph.

A long-lived null-flush pipeline cannot use ``apertium-destxt``/``apertium-retxt``
(they read to end of file), so the engine formats each paragraph itself. The
rules copy the txt deformatter's: stream-format characters are escaped, any
whitespace but a single space becomes a superblank ``[...]`` (so does ``~``), a
blank line and the end of the paragraph get a sentence end ``.[]`` inserted
(which the reformatter drops again). ``tests/translation`` checks the result
against ``apertium-destxt`` byte for byte.
"""

from __future__ import annotations

import re

_ESCAPE = str.maketrans({c: "\\" + c for c in "\\[]^$<>{}@/"})
# A run of blanks other than one space between words (which passes through as it is).
_BLANK = re.compile(r"[ \t\n\r~]*[\t\n\r~][ \t\n\r~]*| {2,}| \Z")
# In Apertium's output: an escaped character, the sentence end deformat added, a superblank.
_TOKEN = re.compile(r"\\(.)|\.\[\]|\[((?:[^\]\\]|\\.)*)\]", re.S)
_UNESCAPE = re.compile(r"\\(.)", re.S)


def _escape(text: str) -> str:
    return text.translate(_ESCAPE)


def deformat(text: str) -> str:
    """One paragraph as an Apertium stream chunk (no NUL: NUL frames chunks)."""
    text = text.replace("\0", " ")
    out: list[str] = []
    pos = 0
    for m in _BLANK.finditer(text):
        out.append(_escape(text[pos : m.start()]))
        run = m.group(0)
        if m.end() == len(text):  # trailing blanks: sentence end goes before them
            out.append(".[]")
            out.append(f"[{_escape(run)}]")
            return "".join(out)
        if "\n\n" in run and m.start() > 0:
            out.append(".[]")
        out.append(f"[{_escape(run)}]")
        pos = m.end()
    out.append(_escape(text[pos:]))
    out.append(".[]")
    return "".join(out)


def reformat(stream: str) -> str:
    """Apertium's output chunk back to text: superblanks opened, escapes and ``.[]`` dropped."""

    def token(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return m.group(1)
        if m.group(2) is not None:
            return _UNESCAPE.sub(r"\1", m.group(2))
        return ""  # ".[]"

    return _TOKEN.sub(token, stream)
