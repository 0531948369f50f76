"""Comparable-mode candidate pairs and their feature vectors (scored in `comparable`).

Cost matters here: fact comparison is by far the dearest step per pair, so it
runs only for pairs that can still matter. Candidates are each Spanish
paragraph's ``top`` most similar English paragraphs (blockwise hashed tf-idf
cosine) plus a few naming the same person in full (found by capitalised word
pairs, checked by the facts); with a calibration given, a pair whose best
possible score (every fact group at ``FACT_CAP`` shared facts, no conflict)
stays under the floor is dropped before its facts are compared.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from paralelo.core.align.calibration import Calibration
from paralelo.core.align.evidence import PairFacts, pair_facts
from paralelo.core.align.features import Features, build_pair, shared_anchors, strip_accents
from paralelo.core.align.scoring import logistic
from paralelo.core.align.tokens import spanish_side, tokenise
from paralelo.core.progress import CancelToken, check

#: model inputs, in the calibration file's order
FEATURES = ("cos", "log_cos", "rel_row", "rel_col", "row_best", "col_best", "words",
            "people", "full_names", "organisations", "places", "numbers", "dates",
            "person_conflict", "year_conflict")
FACT_FEATURES = ("people", "full_names", "organisations", "places", "numbers", "dates")
SHORT = 12  # content words: an English paragraph this short is a bullet or a heading
RULE = "shared full name"
FACT_CAP = 8  # upper bound on shared facts of one group assumed when pruning
NAMESAKES = 4  # at most this many extra same-name candidates per Spanish paragraph
COMMON_NAME = 50  # a capitalised word pair in more English paragraphs is not looked up
_CAP_PAIR = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\w'’-]+)\s+(?=([A-ZÁÉÍÓÚÑ][\w'’-]+))")


@dataclass(slots=True)
class Candidate:
    i: int
    j: int
    x: tuple[float, ...]  # FEATURES
    evidence: dict[str, Any]
    en_words: int = 0  # content-word keys of the English paragraph


def named_rule(c: Candidate) -> bool:
    """The "shared full name" pattern: a person named in full on both sides, the English
    paragraph short (a bullet naming the minister a paragraph is about), this Spanish
    paragraph the English one's closest, no namesake or year conflict. The model scores
    such pairs near zero (the benchmark's long paragraphs sharing a name are rarely
    translations); the calibration stores how often they were true on the dev cases."""
    x = dict(zip(FEATURES, c.x, strict=True))
    return (x["full_names"] > 0 and c.en_words <= SHORT and x["col_best"] > 0
            and not x["person_conflict"] and not x["year_conflict"])


def cosines(fa: Features, fb: Features, top: int,
            cancel: CancelToken | None) -> list[list[tuple[int, float]]]:
    """For each Spanish row, its ``top`` most similar English rows as (index, cosine)."""
    out: list[list[tuple[int, float]]] = [[] for _ in range(fa.n)]
    if fa.n == 0 or fb.n == 0:
        return out
    norm_b = np.sqrt(np.maximum(fb.sq, 1e-12)).astype(np.float32)
    for s in range(0, fa.n, 256):
        check(cancel)
        e = min(s + 256, fa.n)
        a = fa.dense(s, e)
        cos = np.concatenate([a @ fb.dense(c, min(c + 4096, fb.n)).T
                              for c in range(0, fb.n, 4096)], axis=1)
        cos = np.maximum(cos / np.sqrt(np.maximum(fa.sq[s:e], 1e-12))[:, None] / norm_b, 0.0)
        k = min(top, fb.n)
        best = np.argpartition(-cos, k - 1, axis=1)[:, :k]
        for r, row in enumerate(best):
            out[s + r] = sorted(((int(j), float(cos[r, j])) for j in row if cos[r, j] > 0),
                                key=lambda x: -x[1])
    return out


def _name_pairs(text: str) -> set[str]:
    """Capitalised word pairs ("Fernando Aramayo"), accents and case folded: a cheap
    superset of the full names the facts would find."""
    return {strip_accents(f"{a} {b}").lower() for a, b in _CAP_PAIR.findall(text)}


def namesakes(sims: list[list[tuple[int, float]]], fa: Features, fb: Features,
              es_names: Sequence[set[str]], en_names: Sequence[set[str]]
              ) -> list[list[tuple[int, float]]]:
    """Per Spanish row, up to ``NAMESAKES`` English rows outside its cosine candidates
    sharing a capitalised word pair with it (a short English bullet naming the
    minister a long paragraph is about), best cosine first."""
    by_pair: dict[str, list[int]] = {}
    for j, keys in enumerate(en_names):
        for key in keys:
            by_pair.setdefault(key, []).append(j)
    out: list[list[tuple[int, float]]] = [[] for _ in sims]
    if not by_pair:
        return out
    nb = np.sqrt(np.maximum(fb.sq, 1e-12))
    for i, keys in enumerate(es_names):
        have = {j for j, _ in sims[i]}
        extra = sorted({j for key in keys
                        for j in by_pair.get(key, ()) if len(by_pair[key]) <= COMMON_NAME}
                       - have)
        if extra:
            a = fa.dense(i, i + 1)[0]
            rows = np.vstack([fb.dense(j, j + 1) for j in extra])
            cos = (rows @ a) / nb[extra] / math.sqrt(max(float(fa.sq[i]), 1e-12))
            ranked = sorted(zip(extra, (max(float(c), 0.0) for c in cos), strict=True),
                            key=lambda x: -x[1])
            out[i] = ranked[:NAMESAKES]
    return out


def _features(cos: float, best: float, col: float, words: int,
              facts: PairFacts | None) -> tuple[float, ...]:
    """FEATURES of one pair (``facts`` None: the best case, for pruning)."""
    x = (cos, math.log(cos + 0.01), cos / max(best, 1e-6), cos / max(col, 1e-6),
         float(cos >= best), float(cos >= col), math.log1p(words))
    if facts is None:  # every fact group well shared, no conflict
        return (*x, *[math.log1p(FACT_CAP)] * len(FACT_FEATURES), 0.0, 0.0)
    return (*x, math.log1p(facts.count("people")), math.log1p(facts.full_names),
            math.log1p(facts.count("organisations") + facts.count("topics")),
            math.log1p(facts.count("places")), math.log1p(facts.count("numbers")),
            math.log1p(facts.count("dates")),
            float(bool(facts.people_conflicts)), float(bool(facts.year_conflicts)))


def _upper_bound(cal: Calibration, variant: str, x: tuple[float, ...]) -> float:
    """The best score ``x`` can reach: fact features at their cap where their weight is
    positive, zero where negative, conflicts absent."""
    w = cal.weights[variant]
    z = w[0]
    for name, v, wk in zip(cal.features, x, w[1:], strict=True):
        z += wk * v if name not in FACT_FEATURES or wk > 0 else 0.0
    return logistic(z)


def candidates(es_texts: Sequence[str], en_texts: Sequence[str],
               es_mt: Sequence[str | None] | None = None, *, top: int = 8,
               prune: tuple[Calibration, str, float] | None = None,
               cancel: CancelToken | None = None) -> list[Candidate]:
    """Every candidate pair with its feature vector and evidence (unscored).

    ``prune`` = (calibration, variant, floor): skip pairs that cannot reach ``floor``
    (unless the calibration's "shared full name" rule might apply to them).
    """
    es = spanish_side(es_texts, es_mt, sentences=False).rows
    en = tokenise(en_texts, "en", sentences=False).rows
    fa, fb = build_pair(es, en)
    sims = cosines(fa, fb, top, cancel)
    es_names = [_name_pairs(t) for t in es_texts]
    en_names = [_name_pairs(t) for t in en_texts]
    extras = namesakes(sims, fa, fb, es_names, en_names)
    col_best: dict[int, float] = {}
    for row in (*sims, *extras):
        for j, c in row:
            col_best[j] = max(col_best.get(j, 0.0), c)
    es_keys = [set(k) for k in es.lists()] if sims else []
    en_keys: dict[int, set[int]] = {}
    out = []
    for i, row in enumerate(sims):
        if not row and not extras[i]:
            continue
        check(cancel)
        best = row[0][1] if row else max(c for _, c in extras[i])
        mt = es_mt[i] if es_mt is not None and i < len(es_mt) else None
        for j, cos, extra in [(j, c, False) for j, c in row] + [(j, c, True) for j, c in extras[i]]:
            if j not in en_keys:
                en_keys[j] = set(en.ids[en.ptr[j]:en.ptr[j + 1]].tolist())
            words = len(es_keys[i] & en_keys[j])
            if prune and _upper_bound(prune[0], prune[1],
                                      _features(cos, best, col_best[j], words, None)) < prune[2]:
                named = (RULE in prune[0].rules and cos >= col_best[j]
                         and len(en_keys[j]) <= SHORT and es_names[i] & en_names[j])
                if not named:
                    continue  # cannot reach the floor whatever the facts say
            facts = pair_facts(es_texts[i], en_texts[j], mt)
            if (not words and not facts.shared) or (extra and not facts.full_names):
                continue  # nothing in common a reader could point at / not the same person
            ev: dict[str, Any] = {"similarity": round(cos, 4),
                                  "anchors": shared_anchors(fa.anchors[i], fb.anchors[j])[:20],
                                  "shared_words": words, **facts.to_json()}
            out.append(Candidate(i, j, _features(cos, best, col_best[j], words, facts), ev,
                                 len(en_keys[j])))
    return out


def similarity_matrix(es_texts: Sequence[str], en_texts: Sequence[str],
                      es_mt: Sequence[str | None] | None = None, *, top: int = 5,
                      cancel: CancelToken | None = None) -> list[list[tuple[int, float]]]:
    """For each Spanish text, its ``top`` most similar English texts as (index, cosine)."""
    es = spanish_side(es_texts, es_mt, sentences=False).rows
    fa, fb = build_pair(es, tokenise(en_texts, "en", sentences=False).rows)
    return cosines(fa, fb, top, cancel)
