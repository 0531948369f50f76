"""Comparable-linking benchmark (issue 15) on the held-apart WMT cases, with its targets.

Reproduce: ``python -m paralelo.bench.comparable --jsonl JSONL [--flavour summary]``
(the WMT dev set in ../shared/benchmarks; or set PARALELO_WMT_JSONL for this test;
figures in docs/benchmarks.md, "Comparable linking"). The calibration it
checks was fitted on the ``dev`` cases only (``--fit``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from paralelo.bench.comparable import figures, load_cases, run, table
from paralelo.bench.corpus import DEFAULT_JSONL

#: the WMT dev set (next to the repository, or named by PARALELO_WMT_JSONL)
JSONL = Path(os.environ.get("PARALELO_WMT_JSONL") or DEFAULT_JSONL)
pytestmark = pytest.mark.skipif(not JSONL.is_file(),
                                reason=f"{JSONL} not available (research-use data)")


@pytest.fixture(scope="module")
def report_cases():  # type: ignore[no-untyped-def]
    cases = load_cases(str(JSONL))
    assert {c.split for c in cases} == {"dev", "report"}
    return [c for c in cases if c.split == "report"]


def _show(engine: str, results) -> None:  # type: ignore[no-untyped-def]
    f = figures(results)
    print(f"\n{engine}: link P {f.link_p:.4f} R {f.link_r:.4f} F1 {f.link_f:.4f}; top-1 P "
          f"{f.top1_p:.4f} R {f.top1_r:.4f} F1 {f.top1_f:.4f}; distractor outranks truth "
          f"{100 * f.outranked:.2f} % of {f.paragraphs} paragraphs")
    print("\n".join(table(results)))
    print("command: python -m paralelo.bench.comparable --jsonl " + str(JSONL))


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")
def test_targets_with_apertium(report_cases) -> None:  # type: ignore[no-untyped-def]
    results = run(report_cases, "apertium")
    _show("apertium", results)
    f = figures(results)
    assert f.link_f >= 0.90 and f.top1_p >= 0.95 and f.outranked < 0.02


def test_targets_without_mt(report_cases) -> None:  # type: ignore[no-untyped-def]
    results = run(report_cases, "none")
    _show("none", results)
    assert figures(results).link_f >= 0.80


@pytest.mark.parametrize("engine", ["apertium", "none"])
def test_summary_flavour(engine: str) -> None:
    """Figures on the summary flavour (no issue target; a floor against regressions)."""
    if engine == "apertium" and shutil.which("apertium") is None:
        pytest.skip("apertium not installed")
    cases = [c for c in load_cases(str(JSONL), flavour="summary") if c.split == "report"]
    results = run(cases, engine)
    _show(f"summary, {engine}", results)
    assert figures(results).link_f >= (0.75 if engine == "apertium" else 0.70)
