"""The corpus run gives exactly the links `paralelo align` gives on the same pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_fixtures import write_pairs

from paralelo.cli import main
from paralelo.corpus.runner import RunOptions, run_corpus
from paralelo.corpus.shards import iter_records, read_plan
from paralelo.translation.apertium import apertium_version


def _align_links(es: Path, en: Path, engine: str, out: Path) -> list[tuple[object, ...]]:
    assert main(["align", "--es", str(es), "--en", str(en), "--engine", engine,
                 "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    return [(tuple(lk["es"]), tuple((r["doc"], r["para"]) for r in lk["en"]), lk["score"],
             lk["kind"], lk["mode"]) for lk in result["links"]]


def _corpus_links(out: Path) -> dict[str, list[tuple[object, ...]]]:
    return {rec["pair"]: [(tuple(lk["es"]), tuple((d, i) for d, i in lk["en"]), lk["score"],
                           lk["kind"], lk["mode"]) for lk in rec["links"]]
            for rec in iter_records(out, read_plan(out))}


@pytest.mark.parametrize("engine", ["none", pytest.param("apertium", marks=pytest.mark.apertium)])
def test_same_links_as_align(tmp_path: Path, engine: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    if engine == "apertium" and apertium_version() is None:
        pytest.skip("apertium with spa-eng_US is not installed")
    ids = write_pairs(tmp_path / "in", 4 if engine == "none" else 2)
    out = tmp_path / "out"
    run_corpus(RunOptions(str(tmp_path / "in"), str(out), engine=engine, workers=1))
    corpus = _corpus_links(out)
    assert sorted(corpus) == ids
    for pid in ids:
        expected = _align_links(tmp_path / "in" / f"{pid}.es.txt",
                                tmp_path / "in" / f"{pid}.en.txt", engine, tmp_path / "a.json")
        assert corpus[pid] == expected, pid
    capsys.readouterr()


def test_run_documents_takes_an_engine_object_and_can_skip_facts(tmp_path: Path) -> None:
    """The two pipeline switches a corpus run uses: a loaded engine, facts=False."""
    from paralelo.app.pipeline import load_inputs, run_documents
    from paralelo.translation import get_engine

    write_pairs(tmp_path, 1)
    es, ens = load_inputs(tmp_path / "p00.es.txt", [tmp_path / "p00.en.txt"])
    full = run_documents(es, ens, engine="none")
    bare = run_documents(es, ens, engine=get_engine("none"), facts=False)
    strip = ("facts", "only_es", "only_en", "diff")
    assert [{k: v for k, v in lk.items() if k not in strip} for lk in full["links"]] == [
        {k: v for k, v in lk.items() if k not in strip} for lk in bare["links"]]
    assert any(lk["facts"] for lk in full["links"])
    assert not any(lk["facts"] or lk["only_es"] or lk["only_en"] for lk in bare["links"])
