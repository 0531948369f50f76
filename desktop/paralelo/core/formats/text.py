"""Plain text and Markdown.

Markdown is reduced to the words a reader sees: markup characters, link
targets, images, HTML tags and front matter go; headings become heading hints
and list items "• " bullets. Work is line by line so the blank-line paragraph
structure of the source survives untouched.
"""

from __future__ import annotations

import re

from paralelo.core.formats import Extracted, Hint, normalize
from paralelo.core.formats.decoding import decode_text


def read_txt(data: bytes, name: str) -> Extracted:
    text, enc, meta = decode_text(data, name)
    return Extracted(normalize(text), "txt", enc, meta=meta)


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ULIST = re.compile(r"^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link -> text
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolink
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML
    (re.compile(r"`+([^`]+)`+"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
]


def strip_inline(line: str) -> str:
    for pattern, repl in _INLINE:
        line = pattern.sub(repl, line)
    return line


def _front_matter_end(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 60)):
            if lines[i].strip() in ("---", "..."):
                return i + 1
    return 0


def markdown_to_text(src: str) -> tuple[str, list[tuple[int, str]]]:
    """Return plain text and ``(line number, kind)`` marks for headings."""
    lines = src.split("\n")
    out: list[str] = []
    marks: list[tuple[int, str]] = []
    in_fence = False
    for line in lines[_front_matter_end(lines):]:
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        prev_text = bool(out and out[-1].strip())
        m = _SETEXT.match(line)
        if m and prev_text and not _ULIST.match(out[-1]):  # setext heading underline
            if (len(out) - 1, "heading") not in marks:
                marks.append((len(out) - 1, "heading"))
            out.append("")
            continue
        if _TABLE_SEP.match(line) and "|" in line:
            continue
        if _HR.match(line):
            out.append("")
            continue
        if _REFDEF.match(line):
            continue
        line = _QUOTE.sub("", line)
        m = _ATX.match(line)
        if m:
            marks.append((len(out), "heading"))
            out.append(strip_inline(m.group(1) or ""))
            continue
        m = _ULIST.match(line)
        if m:
            line = m.group(1) + "• " + line[m.end():]
        if line.lstrip().startswith("|"):
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        out.append(strip_inline(line))
    return "\n".join(out), marks


def read_md(data: bytes, name: str) -> Extracted:
    raw, enc, meta = decode_text(data, name)
    text, marks = markdown_to_text(normalize(raw))
    hints: list[Hint] = []
    starts = [0]
    for ln in text.split("\n"):
        starts.append(starts[-1] + len(ln) + 1)
    for line_no, kind in marks:
        s, e = starts[line_no], starts[line_no + 1] - 1
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            hints.append(Hint(s + lead, s + lead + len(seg.strip()), kind))
    return Extracted(text, "md", enc, hints, meta)
