"""Per-worker engine: loaded once, each unit translated once, threads split."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus_fixtures import FakeEngine, write_pairs

from paralelo.app.pipeline import load_inputs, run_documents, translate_documents
from paralelo.corpus import worker
from paralelo.corpus.runner import RunOptions, run_corpus
from paralelo.corpus.shards import iter_records, read_plan
from paralelo.corpus.worker import MemoEngine, worker_engine
from paralelo.translation import translate_paragraphs
from paralelo.translation.cache import default_cache_path


def test_memo_translates_each_unit_once() -> None:
    inner = FakeEngine()
    memo = MemoEngine(inner)
    texts = ["uno dos", "tres", "uno dos"]
    first = translate_paragraphs(texts, memo, cache=None)  # type: ignore[arg-type]
    again = translate_paragraphs(["tres", "cuatro"], memo, cache=None)  # type: ignore[arg-type]
    assert [r.text for r in first] == ["UNO DOS", "TRES", "UNO DOS"]
    assert [r.text for r in again] == ["TRES", "CUATRO"]
    assert inner.calls == [["tres", "uno dos"], ["cuatro"]]  # batches sorted by length


def test_worker_engine_is_loaded_once_with_split_threads(monkeypatch: Any) -> None:
    made: list[FakeEngine] = []

    def fake_get_engine(name: str) -> FakeEngine:
        made.append(FakeEngine())
        return made[-1]

    monkeypatch.setattr("paralelo.translation.get_engine", fake_get_engine)
    monkeypatch.setattr(worker, "_ENGINES", {})
    a = worker_engine("fake", 3)
    b = worker_engine("fake", 3)
    assert a is b and len(made) == 1 and made[0].threads == 3
    assert worker_engine("fake", 1) is not a and made[1].threads == 1


def _fake_run(tmp_path: Path, monkeypatch: Any, chunk: int, name: str) -> FakeEngine:
    engine = FakeEngine()
    monkeypatch.setattr("paralelo.translation.get_engine", lambda _name: engine)
    monkeypatch.setattr(worker, "_ENGINES", {})
    monkeypatch.setattr(worker, "TRANSLATE_CHUNK", chunk)
    summary = run_corpus(RunOptions(str(tmp_path / "in"), str(tmp_path / name), engine="fake",
                                    workers=1, shard_size=12))
    assert (summary.done, summary.failed) == (12, 0)
    return engine


def _records(out: Path) -> list[dict[str, Any]]:
    return list(iter_records(out, read_plan(out)))


def test_shard_translated_in_chunks_ahead_without_the_user_cache(
        tmp_path: Path, monkeypatch: Any) -> None:
    """One engine call per TRANSLATE_CHUNK pairs; same records whatever the chunk; the
    translation cache is neither read nor written (a corpus would flood it)."""
    write_pairs(tmp_path / "in", 12)
    chunked = _fake_run(tmp_path, monkeypatch, 5, "five")
    assert not default_cache_path().exists()
    per_pair = _fake_run(tmp_path, monkeypatch, 1, "one")
    assert len(chunked.calls) == 3  # 5 + 5 + 2 Spanish documents
    assert len(per_pair.calls) > 3  # one per pair whose paragraphs the memo lacks
    five, one = _records(tmp_path / "five"), _records(tmp_path / "one")
    assert five == one and len(five) == 12
    assert any(lk["score"] > 0 for r in five for lk in r["links"])
    units = [u for c in chunked.calls for u in c]
    assert sorted(units) == sorted(u for c in per_pair.calls for u in c)
    assert len(units) == len(set(units))  # the memo: each paragraph once per worker


def test_run_documents_uses_a_translation_already_made(tmp_path: Path) -> None:
    """The worker hands `run_documents` the chunk's translation: no second engine call."""
    write_pairs(tmp_path / "in", 1)
    [es_path] = (tmp_path / "in").glob("*.es.txt")
    es, ens = load_inputs(es_path, sorted((tmp_path / "in").glob("*.en.txt")))
    engine = FakeEngine()
    translated = translate_documents([es], engine, cache=None)
    calls = len(engine.calls)
    result = run_documents(es, ens, engine=engine, facts=False,
                           translated=(translated[0], translated[1][0]))
    assert len(engine.calls) == calls == 1
    assert result["documents"][0]["paragraphs"][0]["mt"] == es.paragraphs[0].text.upper()
