"""extract_facts: every fact of one paragraph, with spans into it.

Numbers and dates are found first and their characters are taken out of
name detection (so "February" or "2026" is never part of a name); where two
candidates overlap the longer wins ("5 de febrero de 2026" over "2026").

A paragraph is tokenised once, into parallel lists (text.Toks), and one pass
marks the tokens each rule starts from (marks.mark): the rules then visit
those few tokens instead of walking every token, which is what extraction
cost (tests/benchmarks/test_bench_facts_extract.py: same facts as before).
"""

from __future__ import annotations

import bisect
from operator import attrgetter

from paralelo.core.facts.dates import find_dates
from paralelo.core.facts.marks import mark
from paralelo.core.facts.model import Fact
from paralelo.core.facts.names import find_names
from paralelo.core.facts.numbers import find_numbers
from paralelo.core.facts.table import FactTable, default_table
from paralelo.core.facts.text import Toks

_START, _SPAN = attrgetter("start"), attrgetter("start", "end")  # sort keys computed in C
_PRIORITY = {"money": 0, "percent": 1, "date": 2, "number": 3, "year": 4}


def _resolve(facts: list[Fact]) -> list[Fact]:
    """Non-overlapping facts, preferring longer spans, then the more specific kind."""
    order = sorted(facts, key=lambda f: (-(f.end - f.start), _PRIORITY.get(f.kind, 9), f.start))
    taken: list[Fact] = []
    starts: list[int] = []  # taken spans, sorted and disjoint
    ends: list[int] = []
    for f in order:
        if f.end <= f.start:
            continue
        k = bisect.bisect_right(starts, f.start)
        if (k > 0 and ends[k - 1] > f.start) or (k < len(starts) and starts[k] < f.end):
            continue
        starts.insert(k, f.start)
        ends.insert(k, f.end)
        taken.append(f)
    return sorted(taken, key=_START)


def extract_raw(text: str, lang: str, table: FactTable | None = None, *,
                any_lang: bool = False) -> tuple[list[Fact], list[Fact]]:
    """(facts, candidates) — candidates are sentence-initial words that may be surnames.

    ``any_lang`` lets table spellings of both languages match (used on machine
    translations, which keep untranslated Spanish names).
    """
    tb = table or default_table()
    lang = lang if lang in ("es", "en") else "en"
    toks = Toks(text, tb.spelling)
    marked = mark(toks, tb, lang)
    quantities = _resolve(find_dates(text, lang, marked.triggers, marked.digit_starts,
                                     marked.month_starts, marked.weekday_starts)
                          + find_numbers(text, toks, lang, marked.digit_starts,
                                         marked.number_words))
    blocked = [False] * len(toks)
    if quantities:  # tokens overlapping a quantity: sorted, disjoint spans on both sides
        starts, ends = toks.starts, toks.ends
        for f in quantities:
            a, b = bisect.bisect_right(ends, f.start), bisect.bisect_left(starts, f.end)
            blocked[a:b] = [True] * (b - a) if b > a else []
    names, cands = find_names(text, toks, lang, tb, blocked, any_lang, marked)
    return sorted(quantities + names, key=_SPAN), cands


def promote(facts: list[Fact], cands: list[Fact], known: set[str] | None = None) -> list[Fact]:
    """Add candidate surnames that are part of a full name in ``facts`` (or ``known``)."""
    if not cands:
        return facts
    names = known or set()
    extra = [c for c in cands if c.value[0] in names]
    return sorted(facts + extra, key=_SPAN) if extra else facts


def person_tokens(facts: list[Fact]) -> set[str]:
    """Tokens of multi-word person names (what a lone surname may refer to)."""
    out: set[str] = set()
    for f in facts:
        if f.kind == "person" and len(f.value) > 1:
            out.update(f.value[1:])
    return out


def extract_facts(text: str, lang: str, table: FactTable | None = None) -> list[Fact]:
    """Facts of one text, sorted by position; ``text[f.start:f.end] == f.text``.

    ``lang`` is "es" or "en" (anything else is read as English).
    """
    facts, cands = extract_raw(text, lang, table)
    return promote(facts, cands, person_tokens(facts) | _single_persons(facts))


def _single_persons(facts: list[Fact]) -> set[str]:
    return {f.value[0] for f in facts if f.kind == "person" and len(f.value) == 1}
