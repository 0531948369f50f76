"""Comparable mode: documents about the same events, not translations.

Every Spanish paragraph is compared with every English paragraph of every
English document (blockwise hashed tf-idf cosine, keeping the best few per
Spanish paragraph). Each of those candidates is then described by evidence a
reader can check (how similar it is compared with the paragraph's other
candidates, shared content words, shared people, organisations, numbers and
dates, and guard conflicts: a namesake or a different year) and scored by the
calibrated model of `paralelo.core.align.calibration`, so a score is about the
chance that a reviser confirms the link. Candidates above the calibration's
threshold are links; the others are kept as hidden candidates. A pair with no
content word, name or number in common is never a candidate.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from paralelo.core.align.calibration import load_calibration
from paralelo.core.align.evidence import pair_facts
from paralelo.core.align.features import Features, build_pair, shared_anchors
from paralelo.core.align.tokens import spanish_side, tokenise
from paralelo.core.facts import extract_facts
from paralelo.core.progress import CancelToken, Progress, check

#: model inputs, in the calibration file's order
FEATURES = ("cos", "log_cos", "rel_row", "rel_col", "row_best", "col_best", "words",
            "people", "full_names", "organisations", "places", "numbers", "dates",
            "person_conflict", "year_conflict")

Found = tuple[int, int, float, dict[str, Any]]  # (es index, en index, score, evidence)


@dataclass(frozen=True, slots=True)
class ComparableParams:
    top: int = 8  # candidates kept per Spanish paragraph (by cosine)
    per_paragraph: int = 5  # at most this many shown links per Spanish paragraph
    threshold: float | None = None  # None: the calibration's display threshold
    floor: float = 0.02  # candidates scoring below this are dropped altogether
    calibration: str | None = None  # another calibration file (tests, refits)


@dataclass(slots=True)
class Candidate:
    i: int
    j: int
    x: tuple[float, ...]  # FEATURES
    evidence: dict[str, Any]


def _cosines(fa: Features, fb: Features, top: int,
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


def similarity_matrix(es_texts: Sequence[str], en_texts: Sequence[str],
                      es_mt: Sequence[str | None] | None = None, *, top: int = 5,
                      cancel: CancelToken | None = None) -> list[list[tuple[int, float]]]:
    """For each Spanish text, its ``top`` most similar English texts as (index, cosine)."""
    es = spanish_side(es_texts, es_mt, sentences=False).rows
    fa, fb = build_pair(es, tokenise(en_texts, "en", sentences=False).rows)
    return _cosines(fa, fb, top, cancel)


def _full_names(text: str, lang: str) -> set[str]:
    return {" ".join(f.value) for f in extract_facts(text, lang)
            if f.kind == "person" and len(f.value) > 1}


def _with_namesakes(sims: list[list[tuple[int, float]]], fa: Features, fb: Features,
                    es_texts: Sequence[str], en_texts: Sequence[str]
                    ) -> list[list[tuple[int, float]]]:
    """Add pairs naming the same person in full that the cosine ranking missed
    (a short English bullet that names the minister a long paragraph is about)."""
    by_name: dict[str, set[int]] = {}
    for j, text in enumerate(en_texts):
        for name in _full_names(text, "en"):
            by_name.setdefault(name, set()).add(j)
    if not by_name:
        return sims
    nb = np.sqrt(np.maximum(fb.sq, 1e-12))
    for i, text in enumerate(es_texts):
        have = {j for j, _ in sims[i]}
        extra = sorted({j for name in _full_names(text, "es") for j in by_name.get(name, ())}
                       - have)
        if extra:
            a = fa.dense(i, i + 1)[0]
            rows = np.vstack([fb.dense(j, j + 1) for j in extra])
            cos = (rows @ a) / nb[extra] / np.sqrt(max(fa.sq[i], 1e-12))
            sims[i] = sorted(sims[i] + [(j, max(float(c), 0.0)) for j, c in zip(extra, cos,
                                                                               strict=True)],
                             key=lambda x: -x[1])
    return sims


def candidates(es_texts: Sequence[str], en_texts: Sequence[str],
               es_mt: Sequence[str | None] | None = None, *, top: int = 8,
               cancel: CancelToken | None = None) -> list[Candidate]:
    """Every candidate pair with its feature vector and evidence (unscored)."""
    es = spanish_side(es_texts, es_mt, sentences=False).rows
    en = tokenise(en_texts, "en", sentences=False).rows
    fa, fb = build_pair(es, en)
    sims = _with_namesakes(_cosines(fa, fb, top, cancel), fa, fb, es_texts, en_texts)
    col_best: dict[int, float] = {}
    for row in sims:
        for j, c in row:
            col_best[j] = max(col_best.get(j, 0.0), c)
    es_keys = [set(k) for k in es.lists()] if sims else []
    en_keys: dict[int, set[int]] = {}
    out = []
    for i, row in enumerate(sims):
        if not row:
            continue
        check(cancel)
        best = row[0][1]
        mt = es_mt[i] if es_mt is not None and i < len(es_mt) else None
        for j, cos in row:
            if j not in en_keys:
                en_keys[j] = set(en.ids[en.ptr[j]:en.ptr[j + 1]].tolist())
            words = len(es_keys[i] & en_keys[j])
            facts = pair_facts(es_texts[i], en_texts[j], mt)
            if not words and not facts.shared:
                continue  # nothing in common a reader could point at
            x = (cos, math.log(cos + 0.01), cos / max(best, 1e-6), cos / max(col_best[j], 1e-6),
                 float(cos >= best), float(cos >= col_best[j]), math.log1p(words),
                 math.log1p(facts.count("people")), math.log1p(facts.full_names),
                 math.log1p(facts.count("organisations") + facts.count("topics")),
                 math.log1p(facts.count("places")), math.log1p(facts.count("numbers")),
                 math.log1p(facts.count("dates")),
                 float(bool(facts.people_conflicts)), float(bool(facts.year_conflicts)))
            ev: dict[str, Any] = {"similarity": round(cos, 4),
                                  "anchors": shared_anchors(fa.anchors[i], fb.anchors[j])[:20],
                                  "shared_words": words, **facts.to_json()}
            out.append(Candidate(i, j, x, ev))
    return out


def _named(c: Candidate, score: float, threshold: float) -> float:
    """A person named in full on both sides, no namesake or year conflict, and this
    Spanish paragraph is the English one's closest: shown (at the threshold at least)
    even when the text around the name differs, with the reason in the evidence."""
    x = dict(zip(FEATURES, c.x, strict=True))
    if (score < threshold and x["full_names"] > 0 and x["col_best"] > 0
            and not x["person_conflict"] and not x["year_conflict"]):
        c.evidence["rule"] = "shared full name"
        return threshold
    return score


def align_comparable(es_texts: Sequence[str], en_texts: Sequence[str],
                     es_mt: Sequence[str | None] | None = None, *,
                     params: ComparableParams | None = None, progress: Progress | None = None,
                     cancel: CancelToken | None = None) -> tuple[list[Found], list[Found]]:
    """(links, hidden candidates) as ``(es_index, en_index, score, evidence)``, best first."""
    p = params or ComparableParams()
    cal = load_calibration(p.calibration)
    threshold = cal.threshold if p.threshold is None else p.threshold
    if progress:
        progress(0, 1, "Comparing paragraphs")
    cands = candidates(es_texts, en_texts, es_mt, top=p.top, cancel=cancel)
    variant = "mt" if es_mt is not None and any(es_mt) else "none"
    scores: list[float] = (cal.score(variant, np.asarray([c.x for c in cands])).tolist()
                           if cands else [])
    shown: list[Found] = []
    hidden: list[Found] = []
    per_row: dict[int, int] = {}
    seen: dict[int, int] = {}
    scored = [(c, _named(c, float(s), threshold)) for c, s in zip(cands, scores, strict=True)]
    for c, s in sorted(scored, key=lambda cs: (cs[0].i, -cs[1])):
        score = round(s, 4)
        if score < p.floor:
            continue
        seen[c.i] = c.evidence["rank"] = seen.get(c.i, 0) + 1
        if score >= threshold and per_row.get(c.i, 0) < p.per_paragraph:
            per_row[c.i] = per_row.get(c.i, 0) + 1
            shown.append((c.i, c.j, score, c.evidence))
        else:
            hidden.append((c.i, c.j, score, c.evidence))
    if progress:
        progress(1, 1, "Comparing paragraphs")
    return shown, hidden
