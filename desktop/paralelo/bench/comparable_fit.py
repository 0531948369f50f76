"""Fit the comparable-link calibration on the benchmark's ``dev`` cases.

Each candidate pair the aligner considers becomes one training row (its
evidence features) labelled by the gold standard; one logistic model is fitted
per variant (with Apertium MT, without MT) and the display threshold is the
one that maximises link F1 on the dev cases of both variants together. The
"shared full name" pattern (`paralelo.core.align.comparable_pairs.named_rule`)
gets its own score: the share of true pairs among those it shows below the
threshold on the dev cases of both flavours (translation and summary).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import numpy as np

from paralelo.bench.comparable_cases import ComparableCase
from paralelo.core.align.auto import comparable_inputs
from paralelo.core.align.calibration import FILE, Calibration, fit_logistic, load_calibration
from paralelo.core.align.comparable import FEATURES, RULE, candidates, named_rule
from paralelo.core.atomic import atomic_write
from paralelo.resources import resource_path

#: weight bounds: shared facts may only raise a score and guard conflicts only lower
#: it (the benchmark's same-article neighbours share names too, so an unconstrained
#: fit would learn to count a shared name against a link)
INF = float("inf")
BOUNDS = {"people": (0.0, INF), "full_names": (0.0, INF), "organisations": (0.0, INF),
          "numbers": (0.0, INF), "dates": (0.0, INF), "words": (0.0, INF),
          "person_conflict": (-INF, -0.5), "year_conflict": (-INF, -0.5)}
Translate = Callable[[Sequence[ComparableCase]], list[list[str | None]]]


def case_rows(case: ComparableCase, mt: Sequence[str | None] | None
              ) -> tuple[list[tuple[float, ...]], list[bool], int, list[bool]]:
    """Feature rows, their gold labels, the number of gold pairs of one case, and
    whether the "shared full name" pattern applies to each row."""
    es_free = [p.index for p in case.es.paragraphs if not p.boilerplate]
    refs, es_texts, mts = comparable_inputs(case.es, case.ens, es_free, set(), mt)
    rows, labels, named = [], [], []
    for c in candidates(es_texts, [t for _, _, t in refs], mts):
        doc, para, _ = refs[c.j]
        rows.append(c.x)
        labels.append((es_free[c.i], doc, para) in case.gold)
        named.append(named_rule(c))
    return rows, labels, len(case.gold), named


def _best_threshold(scored: list[tuple[np.ndarray, np.ndarray, int]]) -> float:
    best, best_f = 0.5, -1.0
    for t in np.arange(0.2, 0.81, 0.02):
        f = []
        for s, y, gold in scored:
            hits = float((y[s >= t]).sum())
            p, r = hits / max(int((s >= t).sum()), 1), hits / max(gold, 1)
            f.append(2 * p * r / (p + r) if p + r else 0.0)
        if float(np.mean(f)) > best_f:
            best, best_f = round(float(t), 2), float(np.mean(f))
    return best


def _variants(cases: Sequence[ComparableCase], translate: Translate
              ) -> dict[str, Sequence[Sequence[str | None] | None]]:
    return {"mt": translate(cases), "none": [None] * len(cases)}


def rule_rate(cal: Calibration, cases: Sequence[ComparableCase], translate: Translate,
              minimum: int = 10) -> float | None:
    """Share of true pairs among those the "shared full name" pattern would show below
    the threshold, both variants pooled (None: fewer than ``minimum`` such pairs)."""
    hits = total = 0
    for variant, texts in _variants(cases, translate).items():
        for case, mt in zip(cases, texts, strict=True):
            rows, labels, _, named = case_rows(case, mt)
            if not rows:
                continue
            scores = cal.score(variant, np.asarray(rows))
            for s, y, n in zip(scores, labels, named, strict=True):
                if n and s < cal.threshold:
                    total += 1
                    hits += y
    return hits / total if total >= minimum else None


def fit(dev: Sequence[ComparableCase], translate: Translate,
        rule_cases: Sequence[ComparableCase] | None = None) -> Calibration:
    """Weights and threshold from ``dev``; the rule's score from ``rule_cases`` (dev)."""
    weights: dict[str, tuple[float, ...]] = {}
    scored = []
    for variant, texts in _variants(dev, translate).items():
        xs: list[tuple[float, ...]] = []
        ys: list[bool] = []
        gold = 0
        for case, mt in zip(dev, texts, strict=True):
            r, lab, g, _ = case_rows(case, mt)
            xs += r
            ys += lab
            gold += g
        x, y = np.asarray(xs), np.asarray(ys, dtype=np.float64)
        w = fit_logistic(x, y, [BOUNDS.get(f, (-INF, INF)) for f in FEATURES])
        weights[variant] = tuple(float(v) for v in w)
        scored.append((1 / (1 + np.exp(-(w[0] + x @ w[1:]))), y, gold))
    cal = Calibration(FEATURES, weights, _best_threshold(scored))
    rate = rule_rate(cal, dev if rule_cases is None else rule_cases, translate)
    return Calibration(FEATURES, weights, cal.threshold, {RULE: rate} if rate else {})


def fit_and_save(dev: Sequence[ComparableCase], translate: Translate,
                 rule_cases: Sequence[ComparableCase] | None = None) -> str:
    cal = fit(dev, translate, rule_cases)
    path = resource_path(*FILE)
    with atomic_write(path) as fh:
        fh.write(json.dumps(cal.to_json(), indent=1) + "\n")
    load_calibration.cache_clear()
    return (f"calibration fitted on {len(dev)} dev cases -> {path} (threshold "
            f"{cal.threshold}, rules {cal.rules})")
