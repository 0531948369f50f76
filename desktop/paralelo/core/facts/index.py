"""Which facts of one side can match a given fact, without trying every pair.

`compare_facts` used to call `match_level` on every (Spanish, English) pair of
a link: quadratic in its facts, minutes for a 1 MB paragraph on each side.
Here one side's facts are bucketed by keys derived from `match_level`'s own
rules, so a query reads only facts it can match:

- *exact* buckets hold facts at level 2 with any query sharing the key (same
  quantity kind and value, same date value, a shared name key);
- *compat* buckets hold facts at level >= 1 with any query looking them up
  (number keys, a bare number's amount, dates agreeing on every field both
  give, a lone surname, the same person in another order, the same words as
  another kind of name);
- *verify* buckets hold persons sharing a surname; the first name still has to
  be checked (`persons_match`), so at most `VERIFY_SCAN` of them are read per
  query (only an adversarial text names thousands of people with one surname).

Every bucket is sorted by position, so "the first fact not used yet" is a
pointer that only moves forward while the set of used facts grows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from itertools import combinations

from paralelo.core.facts.model import Fact

VERIFY_SCAN = 256
_NAME_KINDS = ("person", "org", "place", "topic")
_SUBSETS = [s for n in (1, 2, 3) for s in combinations(range(3), n)]

Key = Hashable
Buckets = dict[Key, list[int]]


def _date_keys(fields: tuple[int | None, int | None, int | None], query: bool) -> Iterator[Key]:
    """Stored: (pattern, sub-pattern, values) for every non-empty part of its own pattern.
    Query: for every possible stored pattern, the part it shares with the query's."""
    own = tuple(k for k in range(3) if fields[k] is not None)
    for pattern in _SUBSETS if query else [own]:
        for shared in (_SUBSETS if not query else [tuple(k for k in pattern if k in own)]):
            if shared and set(shared) <= set(pattern):
                yield ("d", pattern, shared, tuple(fields[k] for k in shared))


class FactIndex:
    """Facts of one side, bucketed for `match_level` queries (see module docstring)."""

    def __init__(self, facts: Sequence[Fact], level: Callable[[Fact, Fact], int],
                 keys: Callable[[Fact], set[str]], amount: Callable[[Fact], str],
                 words: Callable[[Fact], frozenset[str]],
                 date_fields: Callable[[str], tuple[int | None, int | None, int | None] | None],
                 group: dict[str, str]) -> None:
        self.facts = facts
        self._level, self._keys, self._amount = level, keys, amount
        self._words, self._date_fields, self._group = words, date_fields, group
        self.exact: Buckets = {}
        self.compat: Buckets = {}
        self.verify: Buckets = {}
        self._ptr: dict[int, int] = {}  # id(bucket) -> first position that may be unused
        for i, f in enumerate(facts):
            for family, k in self._stored(f):
                family.setdefault(k, []).append(i)

    # -- keys ---------------------------------------------------------------------------
    def _stored(self, f: Fact) -> Iterator[tuple[Buckets, Key]]:
        g = self._group.get(f.kind)
        for k in self._exact_keys(f, g):
            yield self.exact, k
        if g == "quantity":
            if f.kind == "number":
                for k in f.keys:
                    yield self.compat, ("nk", k)
                yield self.compat, ("amt-num", self._amount(f))
            yield self.compat, ("amt-any", self._amount(f))
        elif g == "time":
            fields = self._date_fields(str(f.value))
            if fields is not None:
                for k in _date_keys(fields, query=False):
                    yield self.compat, k
        elif g == "name":
            yield from self._name_keys(f, stored=True)

    def _exact_keys(self, f: Fact, g: str | None) -> Iterator[Key]:
        if g == "quantity":
            yield ("q", f.kind, f.value)
        elif g == "time":
            yield ("t", f.value)
        elif g == "name":
            for k in self._keys(f):
                yield ("n", k)

    def _query(self, f: Fact) -> Iterator[tuple[Buckets, Key]]:
        g = self._group.get(f.kind)
        for k in self._exact_keys(f, g):
            yield self.exact, k
        if g == "quantity":
            if f.kind == "number":
                for k in f.keys:
                    yield self.compat, ("nk", k)
                yield self.compat, ("amt-any", self._amount(f))
            else:
                yield self.compat, ("amt-num", self._amount(f))
        elif g == "time":
            fields = self._date_fields(str(f.value))
            if fields is not None:
                for k in _date_keys(fields, query=True):
                    yield self.compat, k
        elif g == "name":
            yield from self._name_keys(f, stored=False)

    def _name_keys(self, f: Fact, stored: bool) -> Iterator[tuple[Buckets, Key]]:
        if f.kind == "person":
            v: tuple[str, ...] = f.value
            if len(v) == 1:
                yield self.compat, ("ps" if stored else "po", v[0])
            elif v:
                for t in set(v[1:]):
                    yield self.compat, ("po" if stored else "ps", t)
                    yield self.verify, ("pv", t)
                yield self.compat, ("pset", frozenset(v))
        ws = self._words(f)
        if len(ws) > 1:
            if stored:
                yield self.compat, ("w", f.kind, ws)
            else:
                for kind in _NAME_KINDS:
                    if kind != f.kind:
                        yield self.compat, ("w", kind, ws)

    # -- queries ------------------------------------------------------------------------
    def _first_unused(self, bucket: list[int], used: set[int]) -> int | None:
        k = self._ptr.get(id(bucket), 0)
        while k < len(bucket) and bucket[k] in used:
            k += 1
        self._ptr[id(bucket)] = k
        return bucket[k] if k < len(bucket) else None

    def _first_verified(self, f: Fact, bucket: list[int], used: set[int] | None) -> int | None:
        for b in bucket[:VERIFY_SCAN]:
            if (used is None or b not in used) and self._level(f, self.facts[b]):
                return b
        return None

    def best(self, f: Fact, used: set[int], *, prefer_exact: bool = True) -> int | None:
        """The fact `compare_facts` pairs with ``f``: the first unused one at level 2, else
        the first unused at level 1, else the first used one at level 2, else at level 1.

        With ``prefer_exact=False`` levels are not told apart: the first unused fact at
        any level, else the first at any level (what the MT path wants).
        """
        lookups = list(self._query(f))
        exact = [self.exact[k] for fam, k in lookups if fam is self.exact and k in self.exact]
        loose = [(fam, fam[k]) for fam, k in lookups if fam is not self.exact and k in fam]
        unused_exact = [self._first_unused(b, used) for b in exact]
        unused_loose = [self._first_unused(b, used) if fam is self.compat
                        else self._first_verified(f, b, used) for fam, b in loose]
        any_exact: list[int | None] = [b[0] for b in exact]
        any_loose = [b[0] if fam is self.compat else self._first_verified(f, b, None)
                     for fam, b in loose]
        tiers: list[list[int | None]] = (
            [unused_exact, unused_loose, any_exact, any_loose] if prefer_exact
            else [unused_exact + unused_loose, any_exact + any_loose])
        for tier in tiers:
            found = [b for b in tier if b is not None]
            if found:
                return min(found)
        return None

    def first(self, f: Fact) -> int | None:
        """The first fact at any level above 0 with ``f`` (None if there is none)."""
        found: list[int | None] = []
        for fam, k in self._query(f):
            bucket = fam.get(k)
            if bucket:
                found.append(bucket[0] if fam is not self.verify
                             else self._first_verified(f, bucket, None))
        hits = [b for b in found if b is not None]
        return min(hits) if hits else None
