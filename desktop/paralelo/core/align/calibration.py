"""Calibrated link scores: a logistic model over evidence features, fitted offline.

A comparable link's score should read as "the chance a reviser confirms this
link". The weights are fitted by logistic regression on the calibration part
of the comparable benchmark (``python -m paralelo.bench.comparable --fit``)
and stored in ``resources/align/comparable_calibration.json``, one weight
vector per variant ("mt": with a machine translation, "none": without), plus
the display threshold. Parallel groups keep their aligner's score function,
mapped monotonically (`ParallelCalibration`, fitted by
``python -m paralelo.bench.parallel_fit --fit``) so both modes' scores read
the same way. Fitting lives here too (plain IRLS in numpy), so the
benchmark and the product share one definition of the model.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from paralelo.core.align.scoring import logistic
from paralelo.core.errors import UserError
from paralelo.resources import resource_path

FILE = ("align", "comparable_calibration.json")
PARALLEL_FILE = ("align", "parallel_calibration.json")


@dataclass(frozen=True, slots=True)
class Calibration:
    features: tuple[str, ...]  # names, in the order of the weight vectors
    weights: dict[str, tuple[float, ...]]  # variant -> intercept + one weight per feature
    threshold: float  # links scoring below are hidden candidates
    #: rule name -> the share of dev pairs it shows (below the threshold) that were true:
    #: the score such a link gets when the model's own is lower
    rules: dict[str, float] = field(default_factory=dict)

    def score(self, variant: str, x: np.ndarray) -> np.ndarray:
        """Probabilities for the rows of ``x`` (n × len(features))."""
        w = np.asarray(self.weights[variant])
        z = w[0] + np.asarray(x, dtype=np.float64).reshape(-1, len(self.features)) @ w[1:]
        z = np.nan_to_num(z, nan=-30.0)  # no evidence either way is no link (like `logistic`)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "features": list(self.features), "threshold": self.threshold,
            "weights": {k: [round(v, 6) for v in w] for k, w in self.weights.items()}}
        if self.rules:
            out["rules"] = {k: round(v, 4) for k, v in self.rules.items()}
        return out


def parse_calibration(data: object, where: str) -> Calibration:
    """Check the JSON shape; any problem is one clear line naming the file."""
    try:
        assert isinstance(data, dict)
        feats = tuple(str(f) for f in data["features"])
        weights = {str(k): tuple(float(v) for v in w) for k, w in data["weights"].items()}
        threshold = float(data["threshold"])
        rules = {str(k): float(v) for k, v in data.get("rules", {}).items()}
        assert weights and all(len(w) == len(feats) + 1 for w in weights.values())
        assert 0.0 < threshold < 1.0 and all(0.0 < v < 1.0 for v in rules.values())
    except (AssertionError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UserError(f"{where}: not a valid link calibration ({exc or 'bad shape'})") from None
    return Calibration(feats, weights, threshold, rules)


@lru_cache(maxsize=4)
def load_calibration(path: str | None = None) -> Calibration:
    """The shipped calibration (or the one at ``path``)."""
    p = Path(path) if path else resource_path(*FILE)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{p}: cannot read the link calibration ({exc})") from None
    return parse_calibration(data, str(p))


@dataclass(frozen=True, slots=True)
class ParallelCalibration:
    """Platt scaling of the parallel aligner's group logit, per variant ("mt", "none").

    ``sigmoid(a + b * logit)`` with ``b > 0``: monotonic, so it changes what a
    parallel score reads as (the chance a reviser confirms the group, like a
    comparable score) but never which groups the aligner makes.
    """

    weights: dict[str, tuple[float, float]]  # variant -> (a, b)

    def score(self, variant: str, logit: float) -> float:
        a, b = self.weights.get(variant, (0.0, 1.0))
        return logistic(a + b * logit)  # overflow-safe, NaN -> 0 (core/align/scoring.py)

    def to_json(self) -> dict[str, object]:
        return {"about": "parallel group score = sigmoid(a + b * aligner logit), per variant",
                "weights": {k: [round(v, 6) for v in w] for k, w in self.weights.items()}}


def parse_parallel_calibration(data: object, where: str) -> ParallelCalibration:
    try:
        assert isinstance(data, dict)
        weights = {str(k): (float(w[0]), float(w[1])) for k, w in data["weights"].items()}
        assert weights and all(len(w) == 2 and w[1] > 0 for w in data["weights"].values())
        assert all(math.isfinite(a) and math.isfinite(b) for a, b in weights.values())
    except (AssertionError, KeyError, TypeError, ValueError, AttributeError,
            IndexError) as exc:
        raise UserError(f"{where}: not a valid parallel score calibration "
                        f"({exc or 'bad shape'})") from None
    return ParallelCalibration(weights)


@lru_cache(maxsize=4)
def load_parallel_calibration(path: str | None = None) -> ParallelCalibration:
    """The shipped parallel calibration (or the one at ``path``)."""
    p = Path(path) if path else resource_path(*PARALLEL_FILE)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{p}: cannot read the parallel score calibration ({exc})") from None
    return parse_parallel_calibration(data, str(p))


def _irls(a: np.ndarray, y: np.ndarray, offset: np.ndarray, l2: float,
          iters: int) -> np.ndarray:
    w = np.zeros(a.shape[1])
    pen = np.full(a.shape[1], l2)
    pen[0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(offset + a @ w, -30, 30)))
        grad = a.T @ (p - y) + pen * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return w


Bounds = Sequence[tuple[float, float]]


def fit_logistic(x: np.ndarray, y: np.ndarray, bounds: Bounds | None = None,
                 l2: float = 1e-2, iters: int = 50) -> np.ndarray:
    """Intercept + weights maximising the (lightly L2-penalised) log-likelihood (IRLS).

    ``bounds`` (one ``(low, high)`` per feature) constrains weights: evidence a
    reader relies on (a shared full name) must raise a score by at least its
    lower bound even where the benchmark alone would not teach it. A weight
    that comes out of bounds is fixed at the bound and the rest refitted.
    """
    a = np.hstack([np.ones((len(x), 1)), np.asarray(x, dtype=np.float64)])
    y = np.asarray(y, dtype=np.float64)
    lo, hi = np.full(a.shape[1], -np.inf), np.full(a.shape[1], np.inf)
    if bounds:
        lo[1:] = [b[0] for b in bounds]
        hi[1:] = [b[1] for b in bounds]
    w = np.zeros(a.shape[1])
    fixed = np.zeros(a.shape[1], dtype=bool)
    while True:
        free = ~fixed
        w[free] = _irls(a[:, free], y, a[:, fixed] @ w[fixed], l2, iters)
        low, high = free & (w < lo), free & (w > hi)
        if not (low | high).any():
            return w
        w[low], w[high] = lo[low], hi[high]
        fixed |= low | high


def reliability(scores: Sequence[float], labels: Sequence[bool],
                edges: Sequence[float] = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 1.0001)
                ) -> list[tuple[float, float, int, float, float]]:
    """Per score bin: (low, high, count, mean score, fraction true)."""
    s = np.asarray(scores, dtype=np.float64)
    t = np.asarray(labels, dtype=np.float64)
    rows = []
    for lo, hi in itertools.pairwise(edges):
        m = (s >= lo) & (s < hi)
        if m.any():
            rows.append((lo, min(hi, 1.0), int(m.sum()), float(s[m].mean()), float(t[m].mean())))
    return rows
