"""Fit the comparable-link calibration on the benchmark's ``dev`` cases.

Each candidate pair the aligner considers becomes one training row (its
evidence features) labelled by the gold standard; one logistic model is fitted
per variant (with Apertium MT, without MT) on the dev cases of both flavours
(translation and summary, see `paralelo.bench.comparable_cases`), so scores
are calibrated on a mixture closer to real comparable coverage than
translations alone. The display threshold is the constant ``DISPLAY``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import numpy as np

from paralelo.bench.comparable_cases import ComparableCase
from paralelo.core.align.auto import comparable_inputs
from paralelo.core.align.calibration import FILE, Calibration, fit_logistic, load_calibration
from paralelo.core.align.comparable import FEATURES, candidates
from paralelo.core.atomic import atomic_write
from paralelo.resources import resource_path

#: weight bounds: shared facts may only raise a score and guard conflicts only lower
#: it (the benchmark's same-article neighbours share names too, so an unconstrained
#: fit would learn to count a shared name against a link)
INF = float("inf")
BOUNDS = {"people": (0.0, INF), "full_names": (0.0, INF), "organisations": (0.0, INF),
          "numbers": (0.0, INF), "dates": (0.0, INF), "words": (0.0, INF),
          "person_conflict": (-INF, -0.5), "year_conflict": (-INF, -0.5),
          "cover_es": (0.0, INF), "cover_en": (0.0, INF), "name_short": (0.0, INF)}
#: display threshold, a product choice: the lowest 0.02 step whose top-1 precision on
#: the dev cases (translation flavour, MT) reaches 0.972 -- a margin over the 0.95
#: target for the dev/report gap; link F1 is flat from 0.50 to 0.64 (docs/benchmarks.md)
DISPLAY = 0.64
Translate = Callable[[Sequence[ComparableCase]], list[list[str | None]]]


def case_rows(case: ComparableCase, mt: Sequence[str | None] | None
              ) -> tuple[list[tuple[float, ...]], list[bool], int]:
    """Feature rows, their gold labels, and the number of gold pairs of one case."""
    es_free = [p.index for p in case.es.paragraphs if not p.boilerplate]
    refs, es_texts, mts = comparable_inputs(case.es, case.ens, es_free, set(), mt)
    rows, labels = [], []
    for c in candidates(es_texts, [t for _, _, t in refs], mts):
        doc, para, _ = refs[c.j]
        rows.append(c.x)
        labels.append((es_free[c.i], doc, para) in case.gold)
    return rows, labels, len(case.gold)


def fit(dev: Sequence[ComparableCase], translate: Translate) -> Calibration:
    weights: dict[str, tuple[float, ...]] = {}
    mts: dict[str, Sequence[Sequence[str | None] | None]] = {
        "mt": translate(dev), "none": [None] * len(dev)}
    for variant, texts in mts.items():
        xs: list[tuple[float, ...]] = []
        ys: list[bool] = []
        for case, mt in zip(dev, texts, strict=True):
            r, lab, _ = case_rows(case, mt)
            xs += r
            ys += lab
        x, y = np.asarray(xs), np.asarray(ys, dtype=np.float64)
        w = fit_logistic(x, y, [BOUNDS.get(f, (-INF, INF)) for f in FEATURES])
        weights[variant] = tuple(float(v) for v in w)
    return Calibration(FEATURES, weights, DISPLAY)


def fit_and_save(dev: Sequence[ComparableCase], translate: Translate) -> str:
    cal = fit(dev, translate)
    path = resource_path(*FILE)
    with atomic_write(path) as fh:
        fh.write(json.dumps(cal.to_json(), indent=1) + "\n")
    load_calibration.cache_clear()
    return f"calibration fitted on {len(dev)} dev cases -> {path} (threshold {cal.threshold})"
