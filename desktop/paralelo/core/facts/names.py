"""People, organisations, places and topics: curated table + capitalisation rules.

No NER model: the curated table (resources/facts) names what it knows, and
capitalised word runs are classified by their words — a title before a name
("Secretary Marco Rubio") or a known given name makes a person, an
institution word ("Ministerio", "Committee") an organisation. A lone
capitalised word that starts a sentence is only a *candidate* person: it
becomes one when the same word is part of a full name nearby ("Aramayo" after
"Fernando Aramayo").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from typing import TYPE_CHECKING, NamedTuple

from paralelo.core.facts.lexicon import (
    CLOSERS,
    CONJUNCTIONS,
    CONNECTORS,
    FUNCTION,
    NOT_ACRONYMS,
    NOT_NAMES,
    SENTENCE_START,
)
from paralelo.core.facts.model import Fact

if TYPE_CHECKING:
    from paralelo.core.facts.marks import Marked
from paralelo.core.facts.table import FactTable, NameEntry
from paralelo.core.facts.text import ACRONYM, CAP, WORD, Toks, class_counts

_MAX_SEQ = 24
# "Eventualmente", "Italians", "Canadienses": adverbs and plural demonyms, not names
_ADJ_END = re.compile(r"(?:mente|ians|enses)$")
_ACRONYM_AFTER = re.compile(r"\s*\((?:[^()]{0,80}?[–—-]\s*)?([A-Z]{2,8})\)")


class _Part(NamedTuple):
    kind: str  # word | place | conn | punct
    i: int  # token range [i, j)
    j: int
    entry: NameEntry | None = None


_new = tuple.__new__  # _Part(...) goes through a Python-level __new__: 3x slower


@dataclass(slots=True)
class _Ctx:
    text: str
    texts: list[str]  # the paragraph's Toks lists, unpacked for speed
    norms: Sequence[str]
    codes: Sequence[int]
    starts: list[int]
    ends: list[int]
    table: FactTable
    heading: bool
    facts: list[Fact] = field(default_factory=list)
    cands: list[Fact] = field(default_factory=list)


def _caps_ok(ctx: _Ctx, i: int, mask: tuple[int, ...], allcaps: bool) -> bool:
    if allcaps:
        return True
    for k, need in enumerate(mask):
        if (need == 1 and not ctx.codes[i + k] & CAP) or (
                need == 2 and not ctx.texts[i + k].isupper()):
            return False
    return True


def _tight(ctx: _Ctx, i: int, n: int) -> bool:
    """Tokens of one name: no line break or long gap between them."""
    for k in range(i + 1, i + n):
        gap = ctx.text[ctx.ends[k - 1]:ctx.starts[k]]
        if len(gap) > 2 or "\n" in gap:
            return False
    return True


def _gazetteer(ctx: _Ctx, lang: str, blocked: list[bool], any_lang: bool, allcaps: bool,
               firsts: list[int] | None) -> dict[int, tuple[int, NameEntry]]:
    """Longest table matches, left to right: token index -> (length, entry).

    ``firsts``: the tokens that begin some table entry, if known.
    """
    norms, codes, table = ctx.norms, ctx.codes, ctx.table
    out: dict[int, tuple[int, NameEntry]] = {}
    n = len(norms)
    first, pairs = table.lengths, table.pairs
    singles = table.singles
    nxt = 0  # tokens before this one are inside an earlier match
    if firsts is None:
        firsts = list(compress(count(), map(first.__contains__, norms)))
    for i in firsts:  # few tokens start an entry
        if i < nxt:
            continue
        # "la", "el", "the" start many entries: most are ruled out by the next token
        pair_ok = i + 1 < n and (norms[i], norms[i + 1]) in pairs
        if not pair_ok and norms[i] not in singles:
            continue
        lengths = first[norms[i]]
        hit = None
        if lengths and not blocked[i] and codes[i] & WORD:
            for size in lengths:
                if i + size > n or (size > 1 and not pair_ok):
                    continue
                entries = table.names.get(tuple(norms[i:i + size]))
                if not entries or any(blocked[i:i + size]):
                    continue
                for e in entries:
                    lang_ok = any_lang or e.lang == lang or size > 1
                    if lang_ok and _caps_ok(ctx, i, e.capmask, allcaps) and _tight(ctx, i, size):
                        hit = (size, e)
                        break
                if hit:
                    break
        if hit:
            out[i] = hit
            nxt = i + hit[0]
    return out


def _counts(counts: tuple[int, ...]) -> tuple[bool, bool]:
    """(all capitals, Title Case heading) from the paragraph's class_counts."""
    words, upper, n_long, caps = counts[:4]  # "de", "the", "and" are not long
    allcaps = words >= 3 and upper >= 0.8 * words
    return allcaps, n_long >= 4 and caps >= 0.8 * n_long


def find_names(text: str, tk: Toks, lang: str, table: FactTable, blocked: list[bool],
               any_lang: bool = False, marked: Marked | None = None,
               ) -> tuple[list[Fact], list[Fact]]:
    """(facts, candidates): name facts, and sentence-initial words that may be surnames.

    ``marked``: mark(tk, table, lang), if the caller has it.
    """
    codes, texts, norms = tk.codes, tk.texts, tk.norms
    allcaps, heading = _counts(class_counts(codes))
    ctx = _Ctx(text, texts, norms, codes, tk.starts, tk.ends, table, heading and not allcaps)
    gaz = _gazetteer(ctx, lang, blocked, any_lang, allcaps,
                     marked.entries if marked is not None else None)
    # With no name in progress only a table match or a capitalised word starts one,
    # so the loop jumps from one such token to the next (most tokens are neither).
    caps = marked.caps if marked is not None else list(tk.having(CAP, range(len(texts))))
    starts = sorted({*gaz, *caps}) if gaz else caps  # (caps: ascending)
    tstarts, tends = tk.starts, tk.ends
    nxt_start = 0
    seq: list[_Part] = []
    i, n = 0, len(texts)
    while i < n:
        if not seq:
            nxt_start = bisect_left(starts, i, nxt_start)
            if nxt_start == len(starts):
                break
            i = starts[nxt_start]
        elif tstarts[i] - tends[i - 1] > 3 or "\n" in text[tends[i - 1]:tstarts[i]]:
            _flush(ctx, seq)  # a line break or a wide gap ends a name (seq ends at i - 1)
            seq = []
        code = codes[i]
        part: _Part | None = None
        if i in gaz:
            size, e = gaz[i]
            if e.kind == "place":
                part = _new(_Part, ("place", i, i + size, e))
            else:
                if seq:
                    _flush(ctx, seq)
                    seq = []
                _emit(ctx, e.kind, i, i + size, e.key)
            i += size
            if part is None:
                continue
        elif blocked[i] or allcaps:
            part = None
        elif code & ACRONYM:
            if seq:
                _flush(ctx, seq)
                seq = []
            s, e_ = tstarts[i], tends[i]
            glued = (s and text[s - 1] in "-_/") or (e_ < len(text) and text[e_].isdigit())
            if texts[i] not in NOT_ACRONYMS and not glued:
                ctx.facts.append(Fact("org", texts[i], s, e_, texts[i]))
            i += 1
            continue
        elif code & CAP and not (tstarts[i] and text[tstarts[i] - 1].isdigit()):
            part = _new(_Part, ("word", i, i + 1, None))
        elif seq and norms[i] in CONNECTORS and texts[i].islower():
            part = _new(_Part, ("conn", i, i + 1, None))
        elif (seq and seq[-1].kind in ("word", "place") and texts[i] in (".", "-")
              and _initial_or_hyphen(ctx, i)):
            part = _new(_Part, ("punct", i, i + 1, None))
        if part is None:
            if seq:
                _flush(ctx, seq)
                seq = []
            i += 1
            continue
        seq.append(part)
        if part.kind != "place":
            i += 1
        if len(seq) >= _MAX_SEQ:  # no name is this long; keeps the classifier shallow
            _flush(ctx, seq)
            seq = []
    _flush(ctx, seq)
    _link_acronyms(ctx)
    return ctx.facts, ctx.cands


def _initial_or_hyphen(ctx: _Ctx, i: int) -> bool:
    texts, starts, ends = ctx.texts, ctx.starts, ctx.ends
    if texts[i] == ".":
        return len(texts[i - 1]) == 1 and ends[i - 1] == starts[i]
    return (i + 1 < len(texts) and bool(ctx.codes[i + 1] & CAP)
            and ends[i - 1] == starts[i] == starts[i + 1] - 1)


def _emit(ctx: _Ctx, kind: str, i: int, j: int, value: object) -> None:
    s, e = ctx.starts[i], ctx.ends[j - 1]
    ctx.facts.append(Fact(kind, ctx.text[s:e], s, e, value))


def _trim(ctx: _Ctx, seq: list[_Part]) -> list[_Part]:
    a, b = 0, len(seq)
    while a < b and (seq[a].kind in ("conn", "punct") or (seq[a].kind == "word"
                     and ctx.norms[seq[a].i] in FUNCTION)):
        a += 1
    while b > a and seq[b - 1].kind in ("conn", "punct") and not (
            seq[b - 1].kind == "punct" and ctx.texts[seq[b - 1].i] == "."
            and len(ctx.texts[seq[b - 1].i - 1]) == 1):
        b -= 1
    return seq[a:b]


def _initial_pos(ctx: _Ctx, i: int) -> bool:
    """Whether token i starts a sentence (so its capital letter proves nothing)."""
    if i == 0:
        return True
    texts = ctx.texts
    k = i - 1
    while k > 0 and texts[k] in CLOSERS and texts[k - 1] in ".!?…":
        k -= 1  # '... said. ” Luckily' — the sentence ended inside the quote
    prev = texts[k]
    if prev in SENTENCE_START or prev in ("\u201c", "\u2018", "\u2014", "\u2013"):
        return not (prev == "." and i >= 2 and len(texts[i - 2]) == 1
                    and bool(ctx.codes[i - 2] & CAP))
    return "\n" in ctx.text[ctx.ends[k]:ctx.starts[i]]


def _norm(ctx: _Ctx, p: _Part) -> str:
    return ctx.norms[p.i]


def _is_title(ctx: _Ctx, p: _Part) -> bool:
    return p.kind == "word" and _norm(ctx, p) in ctx.table.titles


def _is_orgword(ctx: _Ctx, p: _Part) -> bool:
    return p.kind == "word" and _norm(ctx, p) in ctx.table.orgwords


def _nameish(ctx: _Ctx, p: _Part) -> bool:
    return p.kind == "word" and _nameish_norm(ctx.table, ctx.norms[p.i])


def _nameish_norm(tb: FactTable, w: str) -> bool:
    """Whether a capitalised word may be (part of) a name (remembered per table)."""
    hit = tb.memo.get(w)
    if hit is None:
        hit = (w not in NOT_NAMES and w not in tb.titles and w not in tb.orgwords
               and w not in tb.words and not _ADJ_END.search(w))
        if len(tb.memo) < 100_000:
            tb.memo[w] = hit
    return hit


def _strong(ctx: _Ctx, seq: list[_Part]) -> bool:
    ws = [p for p in seq if p.kind == "word"]
    return bool(ws) and (any(_is_orgword(ctx, p) or _is_title(ctx, p) for p in ws)
                         or _norm(ctx, ws[0]) in ctx.table.given)


def _flush(ctx: _Ctx, seq: list[_Part]) -> None:
    if len(seq) == 1:  # most runs are one word: the rules below, reduced to that case
        p = seq[0]
        if p.kind == "word":
            _one_word(ctx, p.i)
        elif p.kind == "place" and p.entry is not None:
            _emit(ctx, "place", p.i, p.j, p.entry.key)
        return
    seq = _trim(ctx, seq)
    if not seq:
        return
    for k, p in enumerate(seq):  # "Evo Morales y Luis Arce": two names, not one
        if p.kind == "conn" and _norm(ctx, p) in CONJUNCTIONS:
            left, right = seq[:k], seq[k + 1:]
            if _strong(ctx, left) and _strong(ctx, _trim(ctx, right)):
                _flush(ctx, left)
                _flush(ctx, right)
                return
    r = len(seq)  # trailing run of name words (and initials' dots)
    while r > 0 and (_nameish(ctx, seq[r - 1]) or seq[r - 1].kind == "punct"):
        r -= 1
    while r < len(seq) and seq[r].kind == "punct":
        r += 1
    if r < len(seq) and _titled(ctx, seq, r):
        _person(ctx, seq[r:])
        head = seq[:r]
        while head and (_is_title(ctx, head[-1]) or head[-1].kind in ("conn", "punct")
                        or (head[-1].kind == "word" and _norm(ctx, head[-1]) in NOT_NAMES)):
            head = head[:-1]
        _flush(ctx, head)
        return
    if any(_is_orgword(ctx, p) for p in seq) and len(seq) > 1:
        _org(ctx, seq)
        return
    chunk: list[_Part] = []
    place: _Part | None = None
    items: list[_Part | None] = [*seq, None]
    for q in items:
        if q is not None and q.kind != "place":
            chunk.append(q)
            continue
        if place is not None and place.entry is not None:
            end = place.j
            if (len(chunk) == 1 and chunk[0].kind == "word" and chunk[0].i == place.j
                    and _norm(ctx, chunk[0]) not in ctx.table.given):
                end, chunk = chunk[0].j, []  # "the Caribbean Region": one place
            _emit(ctx, "place", place.i, end, place.entry.key)
        _chunk(ctx, _trim(ctx, chunk))
        chunk, place = [], q


def _one_word(ctx: _Ctx, i: int) -> None:
    """_flush of a lone capitalised word: a person, a candidate surname, or nothing."""
    w = ctx.norms[i]
    if w in FUNCTION or not _nameish_norm(ctx.table, w):
        return
    if w in ctx.table.given:
        _emit(ctx, "person", i, i + 1, (w,))
    elif _initial_pos(ctx, i):
        s, e = ctx.starts[i], ctx.ends[i]
        ctx.cands.append(Fact("person", ctx.text[s:e], s, e, (w,)))
    elif not ctx.heading:
        _emit(ctx, "person", i, i + 1, (w,))


def _titled(ctx: _Ctx, seq: list[_Part], r: int) -> bool:
    """Whether the name run seq[r:] follows a title ("Minister of Mining ... Marco Calderon").

    Not when an institution word comes between them ("... Commission on Trade and
    Economic Cooperation") or the run hangs off a connector.
    """
    if r == 0 or seq[r - 1].kind == "conn":
        return False
    for p in reversed(seq[:r]):
        if _is_title(ctx, p):
            return True
        if _is_orgword(ctx, p):
            return False
    return False


def _person(ctx: _Ctx, run: list[_Part]) -> None:
    value = tuple(_norm(ctx, p) for p in run if p.kind == "word")
    _emit(ctx, "person", run[0].i, run[-1].j, value)


def _org(ctx: _Ctx, seq: list[_Part]) -> None:
    bag: set[str] = set()
    for p in seq:
        if p.kind == "place" and p.entry is not None:
            bag.update(w for w in p.entry.key.lower().replace(".", "").split())
        elif p.kind == "word":
            w = ctx.table.gloss(_norm(ctx, p))
            bag.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    _emit(ctx, "org", seq[0].i, seq[-1].j, " ".join(sorted(bag)))


def _chunk(ctx: _Ctx, chunk: list[_Part]) -> None:
    """A run of capitalised words with no title, institution word or place."""
    ws = [p for p in chunk if p.kind == "word"]
    if not ws or not any(_nameish(ctx, p) for p in ws):
        return
    tb = ctx.table
    first = _norm(ctx, ws[0])
    initials = any(p.kind == "punct" and ctx.texts[p.i] == "." for p in chunk)
    evidence = (first in tb.given or initials
                or any(_norm(ctx, p).endswith("ez") and len(_norm(ctx, p)) > 4 for p in ws[1:]))
    starts = _initial_pos(ctx, chunk[0].i)
    if evidence:
        _person(ctx, chunk)
    elif len(ws) == 1:
        if starts:
            s, e = ctx.starts[chunk[0].i], ctx.ends[chunk[0].i]
            ctx.cands.append(Fact("person", ctx.text[s:e], s, e, (first,)))
        elif not ctx.heading:
            _person(ctx, chunk)
    elif not starts and not ctx.heading:
        conns = any(p.kind == "conn" for p in chunk)
        if len(ws) <= 3 and not conns and all(_nameish(ctx, p) for p in ws):
            _person(ctx, chunk)  # "Wolfgang Schaeuble": most such runs are people
        else:
            _org(ctx, chunk)


def _link_acronyms(ctx: _Ctx) -> None:
    """"Name (ACR)" or "(English name – ACR)": the name and the acronym match each other."""
    if "(" not in ctx.text:  # _ACRONYM_AFTER needs one (most paragraphs have none)
        return
    by_start = {f.start: k for k, f in enumerate(ctx.facts)}
    for k, f in enumerate(list(ctx.facts)):
        if f.kind != "org":
            continue
        m = _ACRONYM_AFTER.match(ctx.text, f.end)
        if not m:
            continue
        a = by_start.get(m.start(1))
        if a is None or a == k:
            continue
        acr = ctx.facts[a]
        ctx.facts[k] = Fact(f.kind, f.text, f.start, f.end, f.value, (*f.keys, str(acr.value)))
        ctx.facts[a] = Fact(acr.kind, acr.text, acr.start, acr.end, acr.value,
                            (*acr.keys, str(f.value)))
