"""Parallel-mode scores read as P(a reviser confirms the group), like comparable ones (issue 15).

The reliability check uses the WMT report articles' groups binned by the
aligner's raw logit (tests/core/data/parallel_reliability_bins.json, written by
``python -m paralelo.bench.parallel_fit --sample``): in every score bin with
enough groups the mean calibrated score must be close to the share of correct
groups. The uncalibrated scores fail it (short groups scored ~0.45 are right).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_align_parallel import EN, ES, FOREIGN_EN

from paralelo.core.align import align_parallel
from paralelo.core.align.calibration import (
    ParallelCalibration,
    load_parallel_calibration,
    parse_parallel_calibration,
    reliability,
)
from paralelo.core.errors import UserError

BINS = json.loads((Path(__file__).parent / "data" / "parallel_reliability_bins.json")
                  .read_text(encoding="utf-8"))["bins"]


def _worst_gap(cal: ParallelCalibration, variant: str, min_groups: int = 20) -> float:
    scores, labels = [], []
    for logit, n, correct in BINS[variant]:
        s = cal.score(variant, logit)
        scores += [s] * n
        labels += [True] * correct + [False] * (n - correct)
    return max(abs(mean - true) for _, _, n, mean, true in reliability(scores, labels)
               if n >= min_groups)


@pytest.mark.parametrize("variant", ["mt", "none"])
def test_parallel_scores_are_calibrated(variant: str) -> None:
    assert _worst_gap(load_parallel_calibration(), variant) <= 0.05
    assert _worst_gap(ParallelCalibration({variant: (0.0, 1.0)}), variant) > 0.2  # raw


def test_calibration_is_monotonic_and_changes_no_group() -> None:
    es = ["Crisis en Bolivia", *ES]
    en = ["Crisis in Bolivia", *EN[:3], FOREIGN_EN, *EN[3:]]
    raw = align_parallel(es, en, calibrated=False)
    cal = align_parallel(es, en)
    assert [(a, b) for a, b, _, _ in raw] == [(a, b) for a, b, _, _ in cal]
    linked = [(r[2], c[2]) for r, c in zip(raw, cal, strict=True) if r[0] and r[1]]
    assert all(0.0 < s < 1.0 for _, s in linked)
    assert sorted(linked) == sorted(linked, key=lambda rc: (rc[1], rc[0]))


@pytest.mark.parametrize("data", [{"weights": {"mt": [1.0, 0.0]}}, {"weights": {}},
                                  {"weights": {"mt": [1.0]}}, []])
def test_bad_parallel_calibration_is_one_clear_line(data: object) -> None:
    with pytest.raises(UserError, match="not a valid parallel score calibration") as exc:
        parse_parallel_calibration(data, "p.json")
    assert "\n" not in str(exc.value)
