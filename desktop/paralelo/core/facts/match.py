"""compare_facts: which facts of a link both sides state, and which only one does.

Facts match on their normalised values (numbers, dates, table keys, spelling),
persons on their names beyond a shared first name, and — where the Spanish
has a machine translation — through the translation: a fact extracted from
the MT that matches an English fact vouches for the Spanish fact at the same
relative place in the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from paralelo.core.facts.extract import extract_raw, person_tokens, promote
from paralelo.core.facts.index import FactIndex
from paralelo.core.facts.lexicon import FUNCTION
from paralelo.core.facts.model import Fact, FactComparison, LocatedFact, SharedFact
from paralelo.core.facts.table import FactTable, generation
from paralelo.core.facts.text import fold

GROUP = {"number": "quantity", "percent": "quantity", "money": "quantity", "date": "time",
         "year": "time", "person": "name", "org": "name", "place": "name", "topic": "name"}
_MT_WINDOW = 0.15  # how far (as a share of the paragraph) an MT fact may sit from its source
_WORD = re.compile(r"[^\W\d_]+")


def _date_fields(v: str) -> tuple[int | None, int | None, int | None] | None:
    if v.startswith("--"):
        parts = v[2:].split("-")
        return None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None
    parts = v.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    return (int(parts[0]), int(parts[1]) if len(parts) > 1 else None,
            int(parts[2]) if len(parts) > 2 else None)


def dates_compatible(a: str, b: str) -> bool:
    """Same date at the precision both give: "2026" ~ "2026-02-05", "--12" ~ "2025-12"."""
    if a == b:
        return True
    fa, fb = _date_fields(a), _date_fields(b)
    if fa is None or fb is None:
        return False
    shared = [(x, y) for x, y in zip(fa, fb, strict=True) if x is not None and y is not None]
    return bool(shared) and all(x == y for x, y in shared)


def _first_ok(x: str, y: str) -> bool:
    """Same first name, an initial of it, or a transliteration away ("Serguei"/"Sergei")."""
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    # same first and last letter: "Mario"/"María", "Daniel"/"Daniela" stay different people
    return (x[:1] == y[:1] and x[-1:] == y[-1:]
            and _edits(x, y, 1 if min(len(x), len(y)) <= 5 else 2))


def _edits(a: str, b: str, limit: int) -> bool:
    """Whether the edit distance between a and b is at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def persons_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person: a lone surname within the other name, or same first name and a surname.

    "Aramayo" ~ "Fernando Aramayo"; "Fernando Aramayo" ≁ "Fernando Huanacuni Mamani".
    """
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        single, other = (a, b) if len(a) == 1 else (b, a)
        return len(other) > 1 and single[0] in other[1:]
    if set(a) == set(b):
        return True  # "Glenn Lee" / "Lee Glenn": surname-first order
    return _first_ok(a[0], b[0]) and bool(set(a[1:]) & set(b[1:]))


def _keys(f: Fact) -> set[str]:
    if isinstance(f.value, tuple):
        return {" ".join(f.value)}
    return {fold(str(k)) for k in (f.value, *f.keys)}


def match_level(a: Fact, b: Fact) -> int:
    """2 = same value, 1 = compatible (partial date, surname), 0 = different."""
    ga, gb = GROUP.get(a.kind), GROUP.get(b.kind)
    if ga is None or ga != gb:
        return 0
    if ga == "quantity":
        if a.kind == b.kind and a.value == b.value:
            return 2
        if a.kind == b.kind == "number" and set(a.keys) & set(b.keys):
            return 1  # "4.000" on both sides, whichever separator convention was meant
        if "number" in (a.kind, b.kind) and _amount(a) == _amount(b):
            return 1  # "16,3 mil millones de dólares" / "16.3 billion"; "15 %" / "15"
        return 0
    if ga == "time":
        if a.value == b.value:
            return 2
        return 1 if dates_compatible(str(a.value), str(b.value)) else 0
    if a.kind == "person" and b.kind == "person":
        if a.value == b.value:
            return 2
        return 1 if persons_match(a.value, b.value) else 0
    if _keys(a) & _keys(b):
        return 2
    if a.kind != b.kind:
        wa = _words(a)
        if len(wa) > 1 and wa == _words(b):
            return 1  # the same name classified differently on each side
    return 0


def _amount(f: Fact) -> str:
    v = str(f.value)
    return v.split()[-1] if f.kind == "money" else v.rstrip("%p")


def _words(f: Fact) -> frozenset[str]:
    return frozenset(w for w in (fold(x) for x in _WORD.findall(f.text)) if w not in FUNCTION)


@lru_cache(maxsize=16384)
def _cached(text: str, lang: str, any_lang: bool,
            generation: int) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    facts, cands = extract_raw(text, lang, any_lang=any_lang)
    return tuple(facts), tuple(cands)


#: (text, lang, any_lang): what one extraction depends on besides the table.
FactKey = tuple[str, str, bool]
#: (facts, candidates) as `extract_raw` returns them.
RawFacts = tuple[list[Fact], list[Fact]]


def _extract(text: str, lang: str, table: FactTable | None, any_lang: bool = False,
             extracted: Mapping[FactKey, RawFacts] | None = None) -> RawFacts:
    if table is not None:
        return extract_raw(text, lang, table, any_lang=any_lang)
    if extracted is not None and (hit := extracted.get((text, lang, any_lang))) is not None:
        return list(hit[0]), list(hit[1])
    facts, cands = _cached(text, lang, any_lang, generation())
    return list(facts), list(cands)


def _shared_kind(a: Fact, b: Fact) -> str:
    if a.kind != b.kind and "year" in (a.kind, b.kind):
        return "year"
    return a.kind


#: Above this many (Spanish x English) fact pairs a link's facts are matched through
#: an index (index.py) instead of pair by pair; both pick the same pairs.
INDEX_PAIRS = 64


def _index(facts: list[Fact]) -> FactIndex:
    return FactIndex(facts, match_level, _keys, _amount, _words, _date_fields, GROUP)


def _best_pair(f: Fact, en: list[LocatedFact], used_en: set[int]) -> int | None:
    """Pair by pair: the first unused level-2 fact, else unused level 1, else used."""
    best, best_rank = -1, (0, 0)
    for b, rf in enumerate(en):
        level = match_level(f, rf.fact)
        if level:
            rank = (level + (2 if b not in used_en else 0), -b)
            if best < 0 or rank > best_rank:
                best, best_rank = b, rank
    return best if best >= 0 else None


def compare_facts(es_texts: Sequence[str], en_texts: Sequence[str],
                  mt_texts: Sequence[str | None] | None = None, *,
                  table: FactTable | None = None,
                  index_pairs: int = INDEX_PAIRS,
                  extracted: Mapping[FactKey, RawFacts] | None = None) -> FactComparison:
    """Shared and one-sided facts of a link (paragraph lists of each side).

    ``index_pairs``: see INDEX_PAIRS (tests set it to compare both ways of matching).
    ``extracted``: facts already extracted with the default table, by `FactKey`
    (app.fact_prefetch extracts them on another core); other texts are extracted here.
    """
    raw_es = [_extract(t, "es", table, False, extracted) for t in es_texts]
    raw_en = [_extract(t, "en", table, False, extracted) for t in en_texts]
    mts = list(mt_texts or [])
    mt_list = (mts + [None] * len(es_texts))[:len(es_texts)]
    raw_mt = [_extract(m, "en", table, True, extracted) if m else ([], []) for m in mt_list]
    known: set[str] = set()
    for facts, _ in raw_es + raw_en + raw_mt:
        known |= person_tokens(facts)
        known |= {f.value[0] for f in facts if f.kind == "person" and len(f.value) == 1}
    es = [LocatedFact(f, i) for i, (fs, cs) in enumerate(raw_es) for f in promote(fs, cs, known)]
    en = [LocatedFact(f, j) for j, (fs, cs) in enumerate(raw_en) for f in promote(fs, cs, known)]
    result = FactComparison()
    used_en: set[int] = set()
    matched_es: set[int] = set()
    en_index = _index([rf.fact for rf in en]) if len(es) * len(en) > index_pairs else None
    for a, lf in enumerate(es):
        best = (en_index.best(lf.fact, used_en) if en_index is not None
                else _best_pair(lf.fact, en, used_en))
        if best is not None:
            used_en.add(best)
            matched_es.add(a)
            result.shared.append(SharedFact(_shared_kind(lf.fact, en[best].fact), lf, en[best],
                                            "value"))
    _through_mt(es_texts, mt_list, raw_mt, es, en, matched_es, used_en, result, en_index)
    matched = sorted(matched_es)
    es_index = _index([es[a].fact for a in matched]) if en_index is not None else None
    for b, rf in enumerate(en):  # English repeats of a shared fact are shared too
        if b in used_en:
            continue
        if es_index is not None:
            k = es_index.first(rf.fact)
            first = matched[k] if k is not None else None
        else:
            first = next((a for a in matched if match_level(es[a].fact, rf.fact)), None)
        if first is not None:
            used_en.add(b)
            lf = es[first]
            result.shared.append(SharedFact(_shared_kind(lf.fact, rf.fact), lf, rf, "value"))
    result.only_es = [lf for a, lf in enumerate(es) if a not in matched_es]
    result.only_en = [rf for b, rf in enumerate(en) if b not in used_en]
    result.shared.sort(key=lambda s: (s.es.para, s.es.fact.start, s.en.para, s.en.fact.start))
    return result


def _mt_counterpart(src: Fact, m: Fact) -> bool:
    """Whether MT fact ``m`` can be the translation of Spanish fact ``src``.

    Quantities never go through the MT: an engine copies "80.000" unchanged and
    English rules would read it as 80; the Spanish value is already exact.
    """
    if GROUP[src.kind] == "quantity":
        return False
    if GROUP[src.kind] == "time":
        return GROUP[m.kind] == "time"
    if src.kind != m.kind:
        return False
    if src.kind == "person":  # names go through translation unchanged
        return bool(match_level(src, m))
    return True


def align_mt(src: list[Fact], mt: list[Fact], src_len: int, mt_len: int) -> dict[int, int]:
    """Pair Spanish facts with the MT facts that translate them (indices, one to one).

    Facts that agree in value pair first ("Departamento de Estado" with "Department
    of State"), then same-kind facts by nearest relative position, so an MT fact is
    never credited to the wrong Spanish fact.
    """
    cands: list[tuple[int, float, int, int]] = []
    for a, f in enumerate(src):
        pa = f.start / max(1, src_len)
        for b, m in enumerate(mt):
            if not _mt_counterpart(f, m):
                continue
            d = abs(pa - m.start / max(1, mt_len))
            level = match_level(f, m)
            if level or d <= _MT_WINDOW:
                cands.append((-level, d, a, b))
    cands.sort()
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, a, b in cands:
        if a not in out and b not in taken:
            out[a] = b
            taken.add(b)
    return out


def _through_mt(es_texts: Sequence[str], mt_list: list[str | None],
                raw_mt: list[tuple[list[Fact], list[Fact]]], es: list[LocatedFact],
                en: list[LocatedFact], matched_es: set[int], used_en: set[int],
                result: FactComparison, en_index: FactIndex | None) -> None:
    """Match leftover Spanish facts whose translation states an English fact."""
    for i, (mt_facts, _) in enumerate(raw_mt):
        if not mt_facts:
            continue
        idx = [a for a, lf in enumerate(es) if lf.para == i]
        pairs = align_mt([es[a].fact for a in idx], mt_facts, len(es_texts[i]),
                         len(mt_list[i] or ""))
        for k, b_mt in pairs.items():
            a = idx[k]
            if a in matched_es:
                continue
            m = mt_facts[b_mt]
            if en_index is not None:
                found = en_index.best(m, used_en, prefer_exact=False)
            else:
                targets = [b for b, rf in enumerate(en) if match_level(m, rf.fact)]
                found = next((t for t in targets if t not in used_en),
                             targets[0] if targets else None)
            if found is None:
                continue
            b = found
            matched_es.add(a)
            used_en.add(b)
            result.shared.append(SharedFact(es[a].fact.kind, es[a], en[b], "mt"))
