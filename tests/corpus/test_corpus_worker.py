"""Per-worker engine: loaded once, each unit translated once, threads split."""

from __future__ import annotations

from typing import Any

from paralelo.corpus import worker
from paralelo.corpus.worker import MemoEngine, worker_engine
from paralelo.translation import translate_paragraphs


class FakeEngine:
    name, model, version = "fake", "m", "1"
    unit = "paragraph"
    protect_names = False
    verify_names = False
    batch_size = 8

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.threads = 0

    def describe(self) -> str:
        return "fake"

    def translate_units(self, units: list[str], cancel: Any = None) -> list[str]:
        self.calls.append(list(units))
        return [u.upper() for u in units]


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
