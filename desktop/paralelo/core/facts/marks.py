"""Where the tokens are that the fact rules start from, found in one pass.

Each rule family starts from few tokens: names from capitalised words and
words that begin a table entry, number words from "dos", "twenty"..., date
patterns from month and weekday words, numbers from digit runs. A cache per
table and language gives every token text its marks, so one C lookup over a
paragraph's tokens and one ``compress`` find them all, instead of a pass over
the tokens per rule (a pass costs about as much as the rule itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

from paralelo.core.facts.dates import TRIGGER_WORDS, starts_pattern
from paralelo.core.facts.numbers import RUN_WORDS
from paralelo.core.facts.table import FactTable
from paralelo.core.facts.text import CAP, DIGIT, WORD, Toks

CAPITAL, ENTRY, NUMBER_WORD, TRIGGER, DIGITS, MONTH, WEEKDAY = (1 << k for k in range(7))
_CACHE_MAX = 200_000  # token texts remembered per table and language


@dataclass(slots=True)
class Marked:
    """Token indices (ascending) each rule starts from, and the date trigger words."""

    caps: list[int]  # capitalised words
    entries: list[int]  # first words of a table entry
    number_words: list[int]
    digit_starts: list[int]  # character offsets of the digit runs
    month_starts: list[int]  # ... of the tokens a month-first date pattern may start at
    weekday_starts: list[int]  # ... of the tokens the weekday pattern may start at
    triggers: set[str]  # folded month / weekday / "decades" words present


def _mark(text: str, norm: str, code: int, table: FactTable, lang: str) -> int:
    month, weekday = starts_pattern(text, norm, bool(code & WORD), lang)
    return ((CAPITAL if code & CAP else 0) | (ENTRY if norm in table.lengths else 0)
            | (NUMBER_WORD if norm in RUN_WORDS[lang] else 0)
            | (TRIGGER if code & WORD and norm in TRIGGER_WORDS else 0)
            | (DIGITS if code & DIGIT else 0) | (MONTH if month else 0)
            | (WEEKDAY if weekday else 0))


def _marks(tk: Toks, table: FactTable, lang: str) -> Sequence[int]:
    cache = table.marks.setdefault(lang, {})
    texts = tk.texts
    if len(texts) > 1:
        get = itemgetter(*texts)
        if not tk.fresh:
            try:
                found: Sequence[int] = get(cache)
                return found
            except KeyError:  # seen by Toks but not yet here (another table or language)
                pass
        new = set(texts).difference(cache)  # mark the new texts only
        if len(cache) + len(new) <= _CACHE_MAX:
            at = dict(zip(texts, count()))  # a token index of each text
            norms, codes = tk.norms, tk.codes
            for t in new:
                cache[t] = _mark(t, norms[at[t]], codes[at[t]], table, lang)
            found = get(cache)
            return found
    return [cache[t] if t in cache else _mark(t, norm, code, table, lang)
            for t, norm, code in zip(texts, tk.norms, tk.codes, strict=True)]


def mark(tk: Toks, table: FactTable, lang: str) -> Marked:
    """The tokens of ``tk`` each rule starts from (``lang`` is "es" or "en")."""
    marks = _marks(tk, table, lang)
    out = Marked([], [], [], [], [], [], set())
    for k in compress(count(), marks):  # ~1 token in 4
        m = marks[k]
        if m & CAPITAL:
            out.caps.append(k)
        if m & ENTRY:
            out.entries.append(k)
        if m & NUMBER_WORD:
            out.number_words.append(k)
        if m & TRIGGER:
            out.triggers.add(tk.norms[k])
        if m & DIGITS:
            out.digit_starts.append(tk.starts[k])
        if m & MONTH:
            out.month_starts.append(tk.starts[k])
        if m & WEEKDAY:
            out.weekday_starts.append(tk.starts[k])
    return out
