"""Issue 18.7: documents of wildly different size never crash a score computation.

A 4 MB Spanish file against a one-line English file used to raise
``OverflowError: math range error`` in the parallel aligner's logistic score,
and the reverse (one line against thousands of paragraphs) left the DP band.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from paralelo.core.align import align_parallel
from paralelo.core.align.calibration import Calibration, ParallelCalibration
from paralelo.core.align.comparable import align_comparable
from paralelo.core.align.scoring import logistic

SENTENCE_ES = "El gobierno aprobó la ley de presupuesto de 2026 en Madrid. "
SENTENCE_EN = "The government passed the 2026 budget law in Madrid. "


@pytest.mark.parametrize("x", [-1e6, -1e308, -745.2, -710.0, 0.0, 710.0, 1e6, 1e308,
                               math.inf, -math.inf])
def test_logistic_is_finite_and_monotone_at_extremes(x: float) -> None:
    y = logistic(x)
    assert 0.0 <= y <= 1.0
    if x <= -710:
        assert y < 1e-300
    if x >= 710:
        assert y == 1.0


def test_logistic_matches_the_textbook_formula_where_it_is_defined() -> None:
    for x in (-30.0, -2.5, -0.1, 0.0, 0.3, 4.0, 30.0):
        assert logistic(x) == pytest.approx(1.0 / (1.0 + math.exp(-x)), rel=1e-12)
    assert logistic(math.nan) == 0.0
    xs = [-1e300, -800.0, -700.0, -50.0, 0.0, 50.0, 700.0, 800.0, 1e300]
    ys = [logistic(x) for x in xs]
    assert ys == sorted(ys)


def test_calibrated_scores_survive_huge_weights_and_nan() -> None:
    par = ParallelCalibration({"mt": (0.0, 1e6)})
    assert par.score("mt", -1.0) < 1e-300
    assert par.score("mt", 1.0) == 1.0
    assert par.score("mt", math.nan) == 0.0
    cmp = Calibration(("a", "b"), {"mt": (0.0, 50.0, -50.0)}, 0.5)
    got = cmp.score("mt", np.array([[1e10, 0.0], [0.0, 1e10], [math.nan, 0.0]]))
    assert np.all(np.isfinite(got)) and got[0] > 0.99 and got[1] < 0.01 and got[2] < 0.01


def _groups_cover(groups: list, n: int, m: int) -> None:  # type: ignore[type-arg]
    assert sorted(i for g in groups for i in g[0]) == list(range(n))
    assert sorted(j for g in groups for j in g[1]) == list(range(m))
    for _, _, score, _ in groups:
        assert 0.0 <= score <= 1.0 and math.isfinite(score)


@pytest.mark.parametrize("swap", [False, True], ids=["huge-es", "huge-en"])
def test_one_huge_paragraph_against_one_line(swap: bool) -> None:
    big = SENTENCE_ES * 70_000  # ~4 MB in one paragraph
    es, en = [big], [SENTENCE_EN]
    if swap:
        es, en = [SENTENCE_ES], [SENTENCE_EN * 70_000]
    groups = align_parallel(es, en)
    _groups_cover(groups, 1, 1)


@pytest.mark.parametrize("swap", [False, True], ids=["many-es", "many-en"])
def test_thousands_of_paragraphs_against_one(swap: bool) -> None:
    many = [f"{SENTENCE_ES} Párrafo {k}." for k in range(4000)]
    es, en = many, [SENTENCE_EN]
    if swap:
        es, en = [SENTENCE_ES], [f"{SENTENCE_EN} Paragraph {k}." for k in range(4000)]
    groups = align_parallel(es, en)
    _groups_cover(groups, len(es), len(en))
    shown, hidden = align_comparable(es, en)
    assert all(0.0 <= g[2] <= 1.0 and math.isfinite(g[2]) for g in [*shown, *hidden])


@pytest.mark.parametrize(("es", "en"), [
    ([""], ["x"]), (["x"], [""]), ([" "], ["\u00a0"]), (["."], ["!"]),
    (["", ""], ["a " * 50_000]), (["a " * 50_000], ["", ""]),
], ids=["empty-es", "empty-en", "spaces", "punct", "empties-vs-big", "big-vs-empties"])
def test_empty_ish_sides(es: list[str], en: list[str]) -> None:
    _groups_cover(align_parallel(es, en), len(es), len(en))


@pytest.mark.slow
@pytest.mark.parametrize("direction", ["es-big", "en-big"])
@pytest.mark.parametrize("mode", ["auto", "parallel"])
def test_cli_align_extreme_length_ratio(tmp_path: Path, direction: str, mode: str) -> None:
    """The reported crash, end to end: 4 MB Spanish vs one English line (and reversed)."""
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(f"{SENTENCE_ES * 3}({k})" for k in range(20_000)),
                   encoding="utf-8")
    assert big.stat().st_size > 3_500_000
    small = tmp_path / "small.txt"
    small.write_text(SENTENCE_EN + "\n", encoding="utf-8")
    es, en = (big, small) if direction == "es-big" else (small, big)
    out = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, "-m", "paralelo", "align", "--es", str(es),
                           "--en", str(en), "--engine", "none", "--mode", mode,
                           "--json", str(out)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert out.stat().st_size > 0
