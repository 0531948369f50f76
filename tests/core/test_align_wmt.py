"""Alignment quality on a few real WMT news articles (skipped when the data is absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paralelo.bench.align import evaluate, score_groups
from paralelo.bench.corpus import build_cases, load_articles
from paralelo.core.align import align_documents

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
JSONL = SHARED / "benchmarks" / "wmt-newstest-es-en.dev.jsonl"
pytestmark = pytest.mark.skipif(not JSONL.is_file(), reason="WMT benchmark data not available")


@pytest.fixture(scope="module")
def articles() -> list[dict]:  # type: ignore[type-arg]
    return load_articles(JSONL, limit=40)


def test_gold_groups_follow_sentence_ids(articles: list[dict]) -> None:  # type: ignore[type-arg]
    natural = build_cases(articles[:5], perturbed=False)
    for case in natural:
        n = len(case.es.paragraphs)
        assert n == len(case.en.paragraphs)
        assert case.gold == {(frozenset([i]), frozenset([i])) for i in range(n)}
    perturbed = build_cases(articles, perturbed=True)
    shapes = {(len(a), len(b)) for c in perturbed for a, b in c.gold}
    assert {(1, 1), (1, 2), (2, 1)} <= shapes and ((1, 0) in shapes or (0, 1) in shapes)
    again = build_cases(articles, perturbed=True)
    assert [c.gold for c in again] == [c.gold for c in perturbed]  # fixed seed


def test_metrics_strict_and_lax() -> None:
    g = {(frozenset([0]), frozenset([0])), (frozenset([1]), frozenset([1, 2])),
         (frozenset([2]), frozenset())}
    perfect = score_groups([(g, g)])
    assert perfect.strict_f == perfect.lax_f == 1.0
    pred = {(frozenset([0]), frozenset([0])), (frozenset([1]), frozenset([1])),
            (frozenset(), frozenset([2])), (frozenset([2]), frozenset())}
    s = score_groups([(pred, g)])
    assert s.strict_p == pytest.approx(2 / 4) and s.strict_r == pytest.approx(2 / 3)
    assert s.lax_p == pytest.approx(3 / 4) and s.lax_r == pytest.approx(1.0)


def test_no_engine_f1_floor(articles: list[dict]) -> None:  # type: ignore[type-arg]
    natural = evaluate(build_cases(articles, perturbed=False), "none")
    perturbed = evaluate(build_cases(articles, perturbed=True), "none")
    assert natural.strict_f >= 0.97
    assert perturbed.strict_f >= 0.92
    assert perturbed.lax_f >= perturbed.strict_f


@pytest.mark.apertium
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")
def test_apertium_f1_floor(articles: list[dict]) -> None:  # type: ignore[type-arg]
    perturbed = evaluate(build_cases(articles[:20], perturbed=True), "apertium")
    assert perturbed.strict_f >= 0.94


def test_auto_mode_calls_translations_parallel(articles: list[dict]) -> None:  # type: ignore[type-arg]
    cases = build_cases(articles, perturbed=False)
    modes = [align_documents(c.es, [c.en]).modes["en1"] for c in cases]
    assert modes.count("parallel") >= 0.9 * len(cases)
