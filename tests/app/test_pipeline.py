"""The headless pipeline: stages, progress, cancel, one-sided links."""

from __future__ import annotations

from pathlib import Path

import pytest

from paralelo.app.pipeline import run_pipeline
from paralelo.core.errors import Cancelled, UserError
from paralelo.core.progress import CancelToken

ES = """El presidente Rodrigo Paz llegó a Washington el 5 de febrero de 2026 en visita oficial.

La delegación boliviana firmó tres acuerdos comerciales por valor de 1.500 millones de dólares.

El ministro Fernando Aramayo se reunió con 12 empresarios del sector minero en Nueva York.

La visita terminó con una conferencia de prensa en la embajada.
"""
EN = """President Rodrigo Paz arrived in Washington on February 5, 2026 for an official visit.

The Bolivian delegation signed three trade agreements worth $1.5 billion.

The visit ended with a press conference at the embassy.
"""


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    es, en = tmp_path / "es.txt", tmp_path / "en.txt"
    es.write_text(ES, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    return es, en


def test_parallel_pair_keeps_unmatched_paragraph_with_its_facts(pair: tuple[Path, Path]) -> None:
    result = run_pipeline(pair[0], [pair[1]], mode="parallel", engine="none")
    assert result["documents"][1]["mode"] == "parallel"
    groups = [(tuple(link["es"]), tuple(r["para"] for r in link["en"]))
              for link in result["links"]]
    assert ((0,), (0,)) in groups and ((1,), (1,)) in groups and ((3,), (2,)) in groups
    lone = next(link for link in result["links"] if link["es"] == [2])
    assert lone["en"] == [] and lone["facts"] == [] and lone["diff"] == []
    assert "Fernando Aramayo" in {f["text"] for f in lone["only_es"]}
    first = next(link for link in result["links"] if link["es"] == [0])
    assert {"Washington", "Rodrigo Paz"} <= {f["en"] for f in first["facts"]}


def test_progress_is_monotonic_and_finishes(pair: tuple[Path, Path]) -> None:
    seen: list[tuple[int, int]] = []
    run_pipeline(pair[0], [pair[1]], engine="none", progress=lambda d, t, m: seen.append((d, t)))
    assert seen and all(t == 1000 for _, t in seen)
    values = [d for d, _ in seen]
    assert values == sorted(values) and values[-1] >= 950


def test_cancel_stops_the_pipeline(pair: tuple[Path, Path]) -> None:
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done > 100:
            token.cancel()

    with pytest.raises(Cancelled):
        run_pipeline(pair[0], [pair[1]], engine="none", progress=progress, cancel=token)


def test_bad_mode_and_missing_english(pair: tuple[Path, Path]) -> None:
    with pytest.raises(UserError, match="mode"):
        run_pipeline(pair[0], [pair[1]], mode="sideways", engine="none")
    with pytest.raises(UserError, match="English"):
        run_pipeline(pair[0], [], engine="none")
