"""The corpus run gives exactly the links `paralelo align` gives on the same pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_fixtures import write_pairs

from paralelo.cli import main
from paralelo.corpus.runner import RunOptions, cpu_count, run_corpus
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


def test_argos_engine_loaded_once_per_worker_same_links_as_align(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A genuine tiny Argos package (tests/translation/argos_fixture): one worker, in-process,
    so the decoding cap set here applies; the translator is built once for all pairs."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "translation"))
    from argos_fixture import build_argos_package

    from paralelo.corpus import worker
    from paralelo.translation import argos
    from paralelo.translation.models import install_model

    monkeypatch.setattr(argos, "MAX_DECODING_LENGTH", 12)
    install_model(build_argos_package(tmp_path / "pkg"))
    monkeypatch.setattr(worker, "_ENGINES", {})
    loads: list[int] = []
    real_load = argos.ArgosEngine._load

    def counting_load(self: argos.ArgosEngine) -> tuple[object, object]:
        if self._translator is None:
            loads.append(self.threads)
        return real_load(self)

    monkeypatch.setattr(argos.ArgosEngine, "_load", counting_load)
    ids = write_pairs(tmp_path / "in", 3)
    out = tmp_path / "out"
    summary = run_corpus(RunOptions(str(tmp_path / "in"), str(out), engine="argos", workers=1,
                                    shard_size=2))
    assert (summary.done, summary.failed) == (3, 0)
    assert loads == [cpu_count()]  # one translator for both shards, all cores (1 worker)
    corpus = _corpus_links(out)
    for pid in ids:
        assert corpus[pid] == _align_links(tmp_path / "in" / f"{pid}.es.txt",
                                           tmp_path / "in" / f"{pid}.en.txt", "argos",
                                           tmp_path / "a.json"), pid
    capsys.readouterr()
