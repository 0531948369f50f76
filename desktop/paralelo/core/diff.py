"""Character diff between the machine translation and the English text of a link.

diff-match-patch with semantic cleanup, run over words first and then over
characters inside near-identical replacements, gives chunks a reviewer can read
at a cost that suits ten-thousand-link sessions. Every op carries spans in both
strings, in Python code points and in UTF-16 code units (what Qt's QTextCursor
positions count), so highlights stay right with emoji and other characters
outside the Basic Multilingual Plane.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from diff_match_patch import diff_match_patch

#: Seconds diff-match-patch may spend on one link before settling for a coarser
#: (still correct) diff; paragraphs normally take a few milliseconds.
DEFAULT_TIMEOUT = 0.1

_REFINE_MAX = 80  # longest replaced stretch that is re-diffed character by character

Span = tuple[int, int]

#: How a link's paragraphs are joined before diffing (docs/json-schema.md): diff
#: spans index into texts joined this way, so every consumer must join the same.
PARA_JOIN = "\n"


@dataclass(frozen=True, slots=True)
class DiffOp:
    op: str  # equal | insert | delete
    text: str
    a_span: Span  # into a (the MT) in code points; empty-width for insert
    b_span: Span  # into b (the English) in code points; empty-width for delete
    a_span16: Span  # the same in UTF-16 code units
    b_span16: Span

    def to_json(self) -> dict[str, Any]:
        """One ``diff`` item of a link in docs/json-schema.md."""
        return {"op": self.op, "text": self.text, "mt": list(self.a_span),
                "en": list(self.b_span), "mt16": list(self.a_span16),
                "en16": list(self.b_span16)}


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (non-BMP characters count twice)."""
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


def utf16_offsets(s: str) -> list[int]:
    """``out[i]`` = UTF-16 offset of code point ``i`` (with ``out[len(s)]`` the total)."""
    out = [0] * (len(s) + 1)
    pos = 0
    for i, c in enumerate(s):
        out[i] = pos
        pos += 2 if ord(c) > 0xFFFF else 1
    out[len(s)] = pos
    return out


def char_diff(a: str, b: str, *, timeout: float = DEFAULT_TIMEOUT,
              semantic: bool = True) -> list[DiffOp]:
    """Diff ``a`` (machine translation) against ``b`` (English): equal/insert/delete ops.

    Concatenating the texts of equal+delete ops gives ``a``; equal+insert gives ``b``.
    Words are diffed first (fast, and what a reviewer reads), then each replaced
    stretch that is a near-spelling of the other ("organised" / "organized") is
    diffed again character by character.
    """
    dmp = diff_match_patch()
    dmp.Diff_Timeout = max(0.0, timeout)
    diffs = _word_diff(dmp, a, b)
    if semantic:
        dmp.diff_cleanupSemantic(diffs)
    diffs = _refine(dmp, diffs, semantic)
    return _to_ops(diffs)


_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")
_MAX_WORDS = 0x10FFFF - 0x1000


def _word_diff(dmp: diff_match_patch, a: str, b: str) -> list[tuple[int, str]]:
    """diff-match-patch over word tokens (each mapped to one private character)."""
    codes: dict[str, str] = {}
    words: list[str] = []

    def encode(tokens: list[str]) -> str:
        out = []
        for tok in tokens:
            c = codes.get(tok)
            if c is None:
                n = len(words) + 0x100
                c = codes[tok] = chr(n + 0x800 if n >= 0xD800 else n)
                words.append(tok)
            out.append(c)
        return "".join(out)

    ta, tb = _TOKENS.findall(a), _TOKENS.findall(b)
    if len(set(ta) | set(tb)) > _MAX_WORDS:  # more distinct words than private characters
        return dmp.diff_main(a, b, False)
    ea, eb = encode(ta), encode(tb)
    index = {c: w for w, c in codes.items()}
    return [(op, "".join(index[c] for c in text))
            for op, text in dmp.diff_main(ea, eb, False)]


def _refine(dmp: diff_match_patch, diffs: list[tuple[int, str]],
            semantic: bool) -> list[tuple[int, str]]:
    """Character-level diff inside delete+insert pairs that are near-spellings."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(diffs):
        op, text = diffs[k]
        nxt = diffs[k + 1] if k + 1 < len(diffs) else None
        if (op == -1 and nxt is not None and nxt[0] == 1
                and max(len(text), len(nxt[1])) <= _REFINE_MAX):
            sub = dmp.diff_main(text, nxt[1], False)
            if semantic:
                dmp.diff_cleanupSemantic(sub)
            same = sum(len(t) for o, t in sub if o == 0)
            if same * 2 >= max(len(text), len(nxt[1])):
                out.extend(sub)
                k += 2
                continue
        out.append((op, text))
        k += 1
    return out


def _to_ops(diffs: list[tuple[int, str]]) -> list[DiffOp]:
    out: list[DiffOp] = []
    pa = pb = pa16 = pb16 = 0
    for code, text in diffs:
        if not text:
            continue
        n, n16 = len(text), utf16_len(text)
        if code == 0:
            out.append(DiffOp("equal", text, (pa, pa + n), (pb, pb + n),
                              (pa16, pa16 + n16), (pb16, pb16 + n16)))
            pa, pb, pa16, pb16 = pa + n, pb + n, pa16 + n16, pb16 + n16
        elif code == -1:
            out.append(DiffOp("delete", text, (pa, pa + n), (pb, pb),
                              (pa16, pa16 + n16), (pb16, pb16)))
            pa, pa16 = pa + n, pa16 + n16
        else:
            out.append(DiffOp("insert", text, (pa, pa), (pb, pb + n),
                              (pa16, pa16), (pb16, pb16 + n16)))
            pb, pb16 = pb + n, pb16 + n16
    return _merge(out)


def _merge(ops: list[DiffOp]) -> list[DiffOp]:
    """Join neighbouring ops of the same kind (refinement can leave them split)."""
    out: list[DiffOp] = []
    for o in ops:
        if out and out[-1].op == o.op:
            p = out.pop()
            o = DiffOp(o.op, p.text + o.text, (p.a_span[0], o.a_span[1]),
                       (p.b_span[0], o.b_span[1]), (p.a_span16[0], o.a_span16[1]),
                       (p.b_span16[0], o.b_span16[1]))
        out.append(o)
    return out


def similarity(ops: list[DiffOp]) -> float:
    """Share of characters left equal, in [0, 1] (1.0 for two empty strings)."""
    equal = sum(len(o.text) for o in ops if o.op == "equal")
    total = sum(len(o.text) * (2 if o.op == "equal" else 1) for o in ops)
    return 1.0 if total == 0 else 2 * equal / total
