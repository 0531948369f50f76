"""Tokens and normalisation shared by fact extraction and the fact table.

Names are looked up token by token (not with one huge regex) so that the
curated table can grow to thousands of entries without slowing extraction,
and so that accents, case, spacing around dots ("EE. UU." / "EE.UU.") and
British/American spelling are ignored in one place.

A paragraph's tokens are kept as parallel lists (:class:`Toks`), built by C
code (``re.split``, ``itemgetter`` over caches, ``accumulate``) with no Python object
or loop per token: a paragraph has ~60 tokens and the fact rules look at few
of them one by one, so per-token objects were most of the cost of extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import and_, itemgetter
from typing import NamedTuple, TypeVar

_T = TypeVar("_T")

#: Words, digit runs, or single punctuation characters (captured: ``split`` keeps them).
_TOKEN = re.compile(r"([^\W\d_]+|\d+|[^\w\s])")
_NEAR = 0x3000  # the spelled-out letter class covers the code points below (no CJK)
_FAR = re.compile(f"[{chr(_NEAR)}-\U0010ffff]")


@lru_cache(maxsize=1)
def _near_token() -> re.Pattern[str]:
    """_TOKEN with its letter class spelled out for code points below _NEAR.

    ``[^\\W\\d_]`` costs several Unicode category lookups per character, a
    spelled-out class one table lookup: splitting is a fifth of extraction.
    Built on first use (~3 ms) from this Python's own Unicode tables, so it is
    exactly the same class there; text with a character from _NEAR up keeps _TOKEN.
    """
    letters = [i for i in range(_NEAR) if chr(i).isalnum() and not chr(i).isdecimal()
               and i != 0x5F]  # what [^\W\d_] matches: \w minus digits and "_"
    ranges: list[list[int]] = []
    for i in letters:
        if ranges and ranges[-1][1] == i - 1:
            ranges[-1][1] = i
        else:
            ranges.append([i, i])
    cls = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                  for a, b in ranges)
    # The lookahead lets the scan skip spaces in C; "." is then any other character.
    return re.compile(rf"(?=[^\s_])([{cls}]++|\d++|.)")

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

#: Token classes (:attr:`Toks.codes`), each a 9-bit field of the code so that
#: ``sum(codes)`` counts every class at once (see :func:`class_counts`): starts
#: with a letter; no lowercase letter and longer than 1; a letter token longer
#: than 3; the same and capitalised; capitalised; UPPER with letters only; digits.
_FIELD = 9
CLASSES = WORD, UPPER, LONG, CAPLONG, CAP, ACRONYM, DIGIT = tuple(1 << (_FIELD * k)
                                                                 for k in range(7))
_MASK = (1 << _FIELD) - 1
assert _FIELD == 9 and len(CLASSES) == 7  # class_counts spells the fields out


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
    if s.isascii():  # (no ASCII character is in _PUNCT_MAP)
        return s.lower()
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


def token_code(t: str) -> int:
    """Classes of one token text (the sum of its CLASSES)."""
    if not t[0].isalpha():
        return DIGIT if t[0].isdecimal() else 0  # a \d+ token, or punctuation
    cap = t[0].isupper()
    code = WORD | (CAP if cap else 0)
    if len(t) > 3:
        code |= LONG | (CAPLONG if cap else 0)
    if len(t) > 1 and t.isupper():
        code |= UPPER | (ACRONYM if t.isalpha() else 0)
    return code


def class_counts(codes: Sequence[int]) -> tuple[int, ...]:
    """How many tokens are in each of CLASSES (in that order): one C pass when short."""
    if len(codes) <= _MASK:  # no field can carry into the next one; the sum fits in 63 bits
        t = sum(codes)
        return (t & _MASK, t >> 9 & _MASK, t >> 18 & _MASK, t >> 27 & _MASK, t >> 36 & _MASK,
                t >> 45 & _MASK, t >> 54 & _MASK)
    return tuple(sum(map(and_, codes, repeat(c))) >> (_FIELD * k) for k, c in enumerate(CLASSES))


def matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches can only start at ``starts``.

    ``starts`` ascending (e.g. where the digit tokens start, for a pattern that
    starts with a digit after a lookbehind that rules out letters and digits): one ``match`` per
    candidate instead of a scan of the whole text.
    """
    end = 0
    for s in starts:
        if s >= end:
            m = rx.match(text, s)
            if m:
                yield m
                end = m.end()


_CACHE_MAX = 200_000  # distinct token texts remembered (per spelling table)
_codes: dict[str, int] = {}
_plain_norms: dict[str, str] = {}
# id(spelling) -> (token text -> norm, the spelling table kept alive with its cache)
_norm_caches: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _norm_cache(sp: dict[str, str]) -> dict[str, str]:
    if not sp:
        return _plain_norms
    if id(sp) not in _norm_caches and len(_norm_caches) >= 8:
        _norm_caches.clear()  # tables reloaded many times: forget the old ones
    return _norm_caches.setdefault(id(sp), ({}, sp))[0]


def _fill(texts: list[str], sp: dict[str, str], norms: dict[str, str]) -> None:
    """Put the texts of ``texts`` not cached yet into the caches (while they have room)."""
    for t in set(texts).difference(norms):  # C finds the new texts; the loop sees only those
        code = _codes.get(t)
        if code is None:
            code = token_code(t)
            if len(_codes) < _CACHE_MAX:
                _codes[t] = code
        if len(norms) < _CACHE_MAX:
            norms[t] = americanize(fold(t), sp) if code & WORD else fold(t)


def _classify(texts: list[str], sp: dict[str, str],
              ) -> tuple[Sequence[str], Sequence[int], bool]:
    """(norms, codes, whether a text was new): C lookups in the caches, Python for new texts."""
    cache = _norm_cache(sp)
    if len(texts) > 1:  # itemgetter: the fastest C loop of lookups (a tuple, or one value)
        get = itemgetter(*texts)
        for attempt in (0, 1):
            try:
                return get(cache), get(_codes), attempt > 0
            except KeyError:  # a text seen for the first time: cache it, look up again
                if attempt == 0:
                    _fill(texts, sp, cache)
    codes = [token_code(t) for t in texts]  # one token, or the caches are full
    return [americanize(fold(t), sp) if c & WORD else fold(t)
            for t, c in zip(texts, codes, strict=True)], codes, True


class Toks:
    """The tokens of one text as parallel lists, index k for the k-th token.

    ``texts`` (as written), ``norms`` (folded, lowercase, American spelling),
    ``codes`` (class bits), ``starts``/``ends`` (character spans, sorted);
    ``fresh``: some token text was not in the caches yet (so callers' own
    caches keyed by token text will miss too).
    """

    __slots__ = ("codes", "ends", "fresh", "norms", "starts", "text", "texts")

    def __init__(self, text: str, spelling: dict[str, str] | None = None) -> None:
        sp = spelling or {}
        far = not text.isascii() and _FAR.search(text) is not None
        parts = (_TOKEN if far else _near_token()).split(text)  # gap, token, ..., gap
        bounds = list(accumulate(map(len, parts)))
        self.text = text
        self.texts: list[str] = parts[1::2]
        self.starts: list[int] = bounds[:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.norms, self.codes, self.fresh = _classify(self.texts, sp)

    def __len__(self) -> int:
        return len(self.texts)

    def having(self, cls: int, values: Iterable[_T]) -> Iterator[_T]:
        """``values[k]`` for the tokens k of class ``cls`` (one of CLASSES), in order."""
        return compress(values, map(and_, self.codes, repeat(cls)))

    def tokens(self) -> list[Token]:
        """The same tokens as one tuple each (for the few callers that want objects)."""
        return [Token(s, e, t, n, bool(c & WORD), bool(c & CAP)) for s, e, t, n, c
                in zip(self.starts, self.ends, self.texts, self.norms, self.codes, strict=True)]


def tokenize(text: str, spelling: dict[str, str] | None = None) -> list[Token]:
    """Split ``text`` into tokens with their spans and comparison forms."""
    return Toks(text, spelling).tokens()


def norm_words(phrase: str, spelling: dict[str, str] | None = None) -> tuple[str, ...]:
    """Comparison tokens of a phrase (used for table entries and person names)."""
    return tuple(Toks(phrase, spelling).norms)
