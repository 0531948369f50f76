"""What each table cell shows: text blocks with highlight marks (Qt-free).

A cell is a list of `Block` (one per paragraph: the Spanish original, its
machine translation, or an English paragraph) carrying marks in UTF-16 code
units, which is what Qt text positions count. Shared facts get the same colour
number on both sides; facts only one side states and diff insertions/deletions
get their own styles. A fact the link states twice (two places in the text)
is one fact: it keeps one colour (`fact_colors`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from paralelo.gui.rows import ResultIndex, Row

VIEWS = ("original", "translation", "both")


@dataclass(frozen=True, slots=True)
class Mark:
    start: int  # UTF-16 offsets into Block.text
    end: int
    style: str  # fact | only | ins | del
    color: int = 0


@dataclass(slots=True)
class Block:
    label: str
    text: str
    role: str  # es | mt | en
    dim: bool = False
    marks: list[Mark] = field(default_factory=list)
    ref: Any = None  # Spanish paragraph index, or (English doc id, paragraph index)


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def to_utf16(text: str, cp: int) -> int:
    """UTF-16 offset of code point offset ``cp`` in ``text``."""
    cp = max(0, min(cp, len(text)))
    if text.isascii():
        return cp
    return cp + sum(1 for ch in text[:cp] if ord(ch) > 0xFFFF)


def _span_mark(text: str, span: Any, style: str, color: int = 0) -> Mark | None:
    try:
        a, b = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not 0 <= a < b <= len(text):
        return None
    return Mark(to_utf16(text, a), to_utf16(text, b), style, color)


def _find_marks(text: str, needle: str, color: int) -> list[Mark]:
    """Best-effort marks for a fact's English wording inside a machine translation."""
    if not needle or not text:
        return []
    low, n = text.lower(), needle.lower()
    out, pos = [], low.find(n)
    while pos >= 0:
        out.append(Mark(to_utf16(text, pos), to_utf16(text, pos + len(n)), "fact", color))
        pos = low.find(n, pos + len(n))
    return out


def _dicts(items: Any) -> list[dict[str, Any]]:
    """The dict entries of a JSON list (damaged entries are skipped, not fatal)."""
    return [x for x in items if isinstance(x, dict)] if isinstance(items, list) else []


def _loc(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _norm(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def fact_colors(facts: list[dict[str, Any]]) -> list[int]:
    """Colour (group) number of each fact entry, numbered in order of first appearance.

    Entries are one fact when they share their kind and either wording: the
    same place found twice, or "boliviano" and "Bolivia" both matched to
    "Bolivia". Each word then carries one colour on both sides.
    """
    parent = list(range(len(facts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, str, str], int] = {}
    for n, f in enumerate(facts):
        kind = str(f.get("kind") or "")
        for side in ("es", "en"):
            word = _norm(f.get(side))
            if word:
                other = first.setdefault((kind, side, word), n)
                parent[root(n)] = root(other)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(root(n), len(numbers)) for n in range(len(facts))]


def hit_marks(blocks: list[Block], needle: str) -> list[Block]:
    """``blocks`` with every (case-insensitive) occurrence of ``needle`` marked as a hit."""
    n = needle.strip().lower()
    if not n:
        return blocks
    out = []
    for b in blocks:
        low, marks, pos = b.text.lower(), list(b.marks), 0
        if len(low) != len(b.text):  # lower() changed the length: offsets would drift
            out.append(b)
            continue
        while (pos := low.find(n, pos)) >= 0:
            marks.append(Mark(to_utf16(b.text, pos), to_utf16(b.text, pos + len(n)), "hit"))
            pos += len(n)
        out.append(Block(b.label, b.text, b.role, b.dim, marks, b.ref))
    return out


def _diff_marks(texts: list[str], ops: Any, key: str,
                opname: str, style: str) -> list[list[Mark]]:
    """Split diff spans over the joined text (``"\\n"``-joined) into per-block marks."""
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += utf16_len(t) + 1
    per: list[list[Mark]] = [[] for _ in texts]
    for op in _dicts(ops):
        if op.get("op") != opname:
            continue
        try:
            a, b = int(op[key][0]), int(op[key][1])
        except (KeyError, TypeError, ValueError, IndexError):
            continue
        for k, t in enumerate(texts):
            lo, hi = max(a, starts[k]), min(b, starts[k] + utf16_len(t))
            if lo < hi:
                per[k].append(Mark(lo - starts[k], hi - starts[k], style))
    return per


def cell_blocks(row: Row, ix: ResultIndex, side: str, view: str = "both",
                diff: bool = False) -> list[Block]:
    """The blocks of one side (``es`` or ``en``) of ``row`` for the given view."""
    link = row.link or {}
    # a character diff only means something for a translation: comparable links show
    # their shared facts (marked below in any case), never a struck-out paragraph
    diff = diff and link.get("kind") != "comparable"
    facts = _dicts(link.get("facts"))
    colour = fact_colors(facts)
    blocks: list[Block] = []
    if side == "es":
        mts = [str(ix.es_para(i).get("mt") or "") for i in row.es]
        del_marks = (_diff_marks(mts, link.get("diff"), "mt16", "delete", "del")
                     if diff else [[] for _ in mts])
        for k, i in enumerate(row.es):
            para = ix.es_para(i)
            text = str(para.get("text") or "")
            dim = bool(para.get("boilerplate"))
            if view in ("original", "both"):
                marks = []
                for c, f in enumerate(facts):
                    loc = _loc(f.get("es_loc"))
                    if loc.get("para") == i and (m := _span_mark(text, loc.get("span"), "fact",
                                                                 colour[c])):
                        marks.append(m)
                for f in _dicts(link.get("only_es")):
                    loc = _loc(f.get("loc"))
                    if loc.get("para") == i and (m := _span_mark(text, loc.get("span"), "only")):
                        marks.append(m)
                blocks.append(Block(f"ES ¶{i + 1}", text, "es", dim, marks, ref=i))
            if view in ("translation", "both"):
                mt = mts[k]
                if not mt:
                    err = para.get("mt_error")
                    label = f"MT ¶{i + 1}"
                    msg = f"(translation failed: {err})" if err else "(no machine translation)"
                    blocks.append(Block(label, msg, "mt", True, ref=i))
                    continue
                marks = list(del_marks[k])
                for c, f in enumerate(facts):
                    if _loc(f.get("es_loc")).get("para") == i:
                        marks += _find_marks(mt, str(f.get("en") or ""), colour[c])
                blocks.append(Block(f"MT ¶{i + 1}", mt, "mt", dim, marks, ref=i))
        return blocks
    texts = [str(ix.en_para(d, p).get("text") or "") for d, p in row.en]
    ins_marks = (_diff_marks(texts, link.get("diff"), "en16", "insert", "ins")
                 if diff else [[] for _ in texts])
    for k, (d, p) in enumerate(row.en):
        para = ix.en_para(d, p)
        text = texts[k]
        marks = list(ins_marks[k])
        for c, f in enumerate(facts):
            loc = _loc(f.get("en_loc"))
            if (loc.get("doc"), loc.get("para")) == (d, p) and (
                    m := _span_mark(text, loc.get("span"), "fact", colour[c])):
                marks.append(m)
        for f in _dicts(link.get("only_en")):
            loc = _loc(f.get("loc"))
            if (loc.get("doc"), loc.get("para")) == (d, p) and (
                    m := _span_mark(text, loc.get("span"), "only")):
                marks.append(m)
        label = f"{ix.doc_label(d)} ¶{p + 1}"
        blocks.append(Block(label, text, "en", bool(para.get("boilerplate")), marks, ref=(d, p)))
    return blocks


def clip_blocks(blocks: list[Block], budget: int) -> list[Block]:
    """Keep about ``budget`` characters (what a clipped table cell can show).

    Laying out text nobody sees is most of a cell's paint cost, so table
    cells drop what falls below their last visible line; marks are cut to match.
    """
    out: list[Block] = []
    for b in blocks:
        if budget <= 0:
            break
        room = budget - len(b.label) - 2
        if len(b.text) > room:
            text = b.text[:max(0, room)] + "…"
            cut = utf16_len(b.text[:max(0, room)])
            marks = [Mark(m.start, min(m.end, cut), m.style, m.color) for m in b.marks
                     if m.start < cut]
            out.append(Block(b.label, text, b.role, b.dim, marks, b.ref))
            break
        out.append(b)
        budget = room - len(b.text)
    return out
