"""Tokens and normalisation shared by fact extraction and the fact table.

Names are looked up token by token (not with one huge regex) so that the
curated table can grow to thousands of entries without slowing extraction,
and so that accents, case, spacing around dots ("EE. UU." / "EE.UU.") and
British/American spelling are ignored in one place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

#: Words, digit runs, or single punctuation characters.
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")

_PUNCT_MAP = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
})

# British -ise family -> -ize, for stems long enough not to be "rise", "wise"...
_ISE = re.compile(r"^(\w{3,}?)is(e|ed|es|ing|ation|ations|er|ers)$")
_KEEP_WORDS = (
    "advise advised advises advising revise revised revising revises supervise supervised "
    "supervising exercise exercised exercises exercising promise promised promises promising "
    "premise premises comprise comprised comprises comprising surprise surprised surprises "
    "surprising enterprise enterprises expertise compromise compromised compromises raise "
    "raised raises raising praise praised praises arise arises arising otherwise likewise "
    "franchise merchandise televise televised disguise disguised despise improvise "
    "improvised chastise devise devised devises adviser advisers concise precise "
    "paradise demise treatise noise poise cruise cruises bruise crisis"
)
_ISE_KEEP = frozenset(_KEEP_WORDS.split())


class Token(NamedTuple):
    start: int
    end: int
    text: str
    norm: str  # folded, lowercase, American spelling
    word: bool  # letters (not digits or punctuation)
    cap: bool  # starts with an uppercase letter


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lowercase, strip accents and unify dashes/quotes: the comparison form of a word."""
    s = s.translate(_PUNCT_MAP)
    if s.isascii():
        return s.lower()
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).lower()


def americanize(word: str, spelling: dict[str, str]) -> str:
    """British -> American spelling of one folded word (table first, then -ise rule)."""
    hit = spelling.get(word)
    if hit is not None:
        return hit
    if "is" in word and word not in _ISE_KEEP:
        m = _ISE.match(word)
        if m:
            return f"{m.group(1)}iz{m.group(2)}"
    return word


def tokenize(text: str, spelling: dict[str, str] | None = None) -> list[Token]:
    """Split ``text`` into tokens with their spans and comparison forms."""
    sp = spelling or {}
    if sp and id(sp) not in _norm_caches and len(_norm_caches) >= 8:
        _norm_caches.clear()  # tables reloaded many times: forget the old ones
    cache = _norm_caches.setdefault(id(sp), ({}, sp))[0] if sp else _plain_cache
    get = cache.get

    def miss(t: str) -> _Rest:
        c = t[0]
        word = c.isalpha()
        norm = americanize(fold(t), sp) if word else fold(t)
        rest = (t, norm, word, word and c.isupper())
        if len(cache) < 200_000:
            cache[t] = rest
        return rest

    new = tuple.__new__  # Token(...) goes through a Python-level __new__: 3x slower
    return [new(Token, m.span() + (get(m.group()) or miss(m.group())))
            for m in _TOKEN.finditer(text)]


# token text -> (text, norm, word, cap), per spelling table (kept alive alongside its table)
_Rest = tuple[str, str, bool, bool]
_plain_cache: dict[str, _Rest] = {}
_norm_caches: dict[int, tuple[dict[str, _Rest], dict[str, str]]] = {}


def norm_words(phrase: str, spelling: dict[str, str] | None = None) -> tuple[str, ...]:
    """Comparison tokens of a phrase (used for table entries and person names)."""
    return tuple(t.norm for t in tokenize(phrase, spelling))
