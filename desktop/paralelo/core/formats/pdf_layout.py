"""From positioned PDF lines to paragraphs (pure functions, no pypdf).

Kept apart from the reader so the rules can be tested on made-up lines.
Coordinates are PDF user space as pypdf reports them after the page's
transformation; only differences matter, and "down the page" is taken from
the reading order, so writers that flip the y axis (Qt) work the same.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st", "\u00ad": None})
_SPACES = re.compile(r"[ \t\u2000-\u200b\u3000]+")
_PAGE_NO = re.compile(r"^(?:[-–—]\s*)?(?:\d{1,4}|page \d+( of \d+)?|p[aá]gina \d+( de \d+)?|"
                      r"\d{1,4}\s*/\s*\d{1,4})(?:\s*[-–—])?$", re.I)
_BULLET = re.compile(r"^(?:[•◦▪●■►‣⁃·]|[-*–]\s|\d{1,3}[.)]\s)")
_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")
_DIGITS = re.compile(r"\d+")

#: Lines this far into the top or bottom of a page may be running headers/footers.
_EDGE_LINES = 2
#: Running headers and footers are short; a long repeated line is content.
_RUNNING_MAX = 100


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    x: float
    y: float
    size: float


def clean(text: str) -> str:
    """Fold ligatures, drop soft hyphens, collapse tabs and space runs."""
    return _SPACES.sub(" ", text.translate(_LIGATURES)).strip()


def _key(text: str) -> str:
    return _DIGITS.sub("#", clean(text).lower())


def running_keys(pages: list[list[Line]]) -> set[str]:
    """Lines at the top or bottom of most pages (digits ignored): headers/footers."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        edge = {_key(ln.text) for ln in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        for k in edge:
            counts[k] = counts.get(k, 0) + 1
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, n in counts.items() if n >= need and 0 < len(k) <= _RUNNING_MAX}


def _join(cur: str, line: str) -> str:
    if cur.endswith("-") and len(cur) > 1 and cur[-2].isalpha() and line[:1].islower():
        return cur[:-1] + line  # "coope-" + "ración"
    return f"{cur} {line}"


def _breaks(prev: Line, line: Line, gap_norm: float, width: float) -> bool:
    """Does ``line`` start a new paragraph after ``prev``?"""
    text, before = clean(line.text), clean(prev.text)
    if _BULLET.match(text):
        return True
    if abs(line.size - prev.size) > 0.15 * max(line.size, prev.size):
        return True  # a heading set larger than the text, or back
    gap = abs(prev.y - line.y) / max(prev.size, 1.0)
    if gap_norm and gap > 1.4 * gap_norm:
        return True  # a blank line's worth of space
    if _END.search(before) and line.x > prev.x + 0.8 * line.size:
        return True  # first-line indent after a finished sentence
    return bool(width and _END.search(before) and len(before) < 0.8 * width)


def line_gaps(lines: list[Line]) -> list[float]:
    """Vertical steps between consecutive same-size lines, in units of font size."""
    return [abs(a.y - b.y) / max(a.size, 1.0) for a, b in itertools.pairwise(lines)
            if abs(a.size - b.size) <= 0.15 * max(a.size, b.size) and a.y != b.y]


def paragraphs(lines: list[Line], gap_norm: float) -> list[str]:
    """Join one page's body lines into paragraphs; ``gap_norm`` is the document's
    usual line step (a page with two lines cannot tell a gap from a step)."""
    body = [ln for ln in lines if clean(ln.text)]
    if not body:
        return []
    widths = sorted(len(clean(ln.text)) for ln in body)
    width = widths[int(len(widths) * 0.8)] if len(widths) >= 3 else 0
    out: list[str] = []
    cur = clean(body[0].text)
    for prev, line in itertools.pairwise(body):
        if _breaks(prev, line, gap_norm, width):
            out.append(cur)
            cur = clean(line.text)
        else:
            cur = _join(cur, clean(line.text))
    out.append(cur)
    return out


def _split_chrome(lines: list[Line], running: set[str]) -> tuple[list[Line], list[Line]]:
    """(body, chrome): running headers/footers and page numbers are chrome."""
    body: list[Line] = []
    chrome: list[Line] = []
    for ln in lines:
        text = clean(ln.text)
        (chrome if _key(text) in running or _PAGE_NO.match(text) else body).append(ln)
    return body, chrome


def page_units(pages: list[list[Line]]) -> list[tuple[str, bool]]:
    """Every paragraph of the document in order, with its boilerplate flag.

    Running headers/footers and page numbers come after their page's text, so
    a paragraph running over a page break is joined across them.
    """
    running = running_keys(pages)
    split = [_split_chrome(lines, running) for lines in pages]
    gaps = sorted(g for body, _chrome in split for g in line_gaps(body))
    gap_norm = gaps[int(len(gaps) * 0.3)] if gaps else 0.0  # the usual line step
    units: list[tuple[str, bool]] = []
    for body, chrome in split:
        paras = paragraphs(body, gap_norm)
        last = next((i for i in range(len(units) - 1, -1, -1) if not units[i][1]), None)
        if (paras and last is not None and not _END.search(units[last][0])
                and paras[0][:1].islower()):  # a paragraph running over the page break
            units[last] = (_join(units[last][0], paras.pop(0)), False)
        units += [(p, False) for p in paras] + [(clean(ln.text), True) for ln in chrome]
    return units
