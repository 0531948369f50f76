"""Issue 18.9 (Markdown part): hostile markup imports in near-linear time.

markdown-it spends ~10 µs per character on pathological inline markup (and
superlinear time on some, e.g. 400,000 "![" take 20 s); Paralelo diverts long
blocks dense with markup to a linear fallback. Each case is timed at 1× and
4× its size in the same run: linear growth gives ~4×, a quadratic regression
16×, so the test fails on the shape of the curve, not on absolute seconds.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from paralelo.app.pipeline import run_pipeline
from paralelo.core.errors import DocumentError
from paralelo.core.formats.markdown import markdown_text
from paralelo.core.importers import load_document

CASES = {
    "200k [": "[" * 200_000,
    "100k *a": "*a" * 100_000,
    "100k ![": "![" * 100_000,
    "100k [x": "[x " * 100_000,
    "25k [ lines": "[\n" * 12_500,
    "paragraphs of [": ("[[[ " * 124 + "\n\n") * 100,
}


def _best(src: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        markdown_text(src)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_markdown_grows_linearly(name: str) -> None:
    src = CASES[name]
    small, large = _best(src), _best(src * 4)
    assert large < 8 * max(small, 0.005), f"{name}: 1× {small:.3f} s, 4× {large:.3f} s"


def test_brackets_only_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    p = tmp_path / "brackets.md"
    p.write_text(CASES["200k ["], encoding="utf-8")
    with pytest.raises(DocumentError, match=r"brackets\.md: contains no text"):
        load_document(p)


def test_star_runs_align_end_to_end(tmp_path: Path) -> None:
    es = tmp_path / "stars.md"
    es.write_text("# Título\n\n" + CASES["100k *a"] + "\n\nEl ministro llegó a La Paz.\n",
                  encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("Title\n\nThe minister arrived in La Paz.\n", encoding="utf-8")
    result = run_pipeline(es, [en], engine="none")
    texts = [p["text"] for p in result["documents"][0]["paragraphs"]]
    assert texts[0] == "Título" and texts[-1] == "El ministro llegó a La Paz."
    assert "*" not in "".join(texts)
