"""One worker feeds its engine without stalls (issue 20.8, the Apertium target).

Pairs are loaded and translated ahead on threads, in chunks that run on across
shard boundaries; the engine's processes start while the driver hashes and
stop when the run ends; Apertium gets one worker per two cores by default.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from corpus_fixtures import FakeEngine, write_pairs

from paralelo.corpus import runner, shards, worker
from paralelo.corpus.runner import RunOptions, default_workers, run_corpus
from paralelo.corpus.shards import iter_records, read_plan
from paralelo.corpus.stream import Feed


class StartStopEngine(FakeEngine):
    """A fake engine with the start/close an Apertium engine has; logs what happens."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def start(self) -> None:
        self.events.append("start")

    def close(self) -> None:
        self.events.append("close")

    def translate_units(self, units: list[str], cancel: Any = None) -> list[str]:
        self.events.append("translate")
        return super().translate_units(units, cancel)


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: Any, name: str,
         shard_size: int, chunk: int = 5) -> dict[str, Any]:
    monkeypatch.setattr("paralelo.translation.get_engine", lambda _name: engine)
    monkeypatch.setattr(worker, "_ENGINES", {})
    monkeypatch.setattr(worker, "TRANSLATE_CHUNK", chunk)
    out = tmp_path / name
    summary = run_corpus(RunOptions(str(tmp_path / "in"), str(out), engine="fake", workers=1,
                                    shard_size=shard_size))
    return {"summary": summary, "records": list(iter_records(out, read_plan(out)))}


def test_one_worker_sends_chunks_across_shard_boundaries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards of 2 pairs, chunks of 5: the same three engine calls as one shard of 12,
    so the engine never waits for a shard to be finished and written."""
    write_pairs(tmp_path / "in", 12)
    whole, small = FakeEngine(), FakeEngine()
    one = _run(tmp_path, monkeypatch, whole, "one", shard_size=12)
    many = _run(tmp_path, monkeypatch, small, "many", shard_size=2)
    assert len(read_plan(tmp_path / "many")["shards"]) == 6
    assert small.calls == whole.calls and len(small.calls) == 3
    assert many["records"] == one["records"] and len(many["records"]) == 12
    assert many["summary"].failed == 0


def test_engine_starts_while_hashing_and_stops_after_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_pairs(tmp_path / "in", 4)
    events: list[str] = []
    hashed = threading.Event()
    real_make = shards.make_shards

    def make(*a: Any) -> Any:
        hashed.set()
        return real_make(*a)

    monkeypatch.setattr(shards, "make_shards", make)
    engine = StartStopEngine(events)
    _run(tmp_path, monkeypatch, engine, "out", shard_size=2)
    assert hashed.is_set()
    assert events.count("start") == 1 and events.index("start") < events.index("translate")
    assert events[-1] == "close" and events.count("close") == 1


def test_a_failing_engine_fails_the_pairs_of_its_chunk_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(FakeEngine):
        def translate_units(self, units: list[str], cancel: Any = None) -> list[str]:
            raise RuntimeError("the engine fell over")

    write_pairs(tmp_path / "in", 7)
    result = _run(tmp_path, monkeypatch, Broken(), "out", shard_size=3, chunk=2)
    assert (result["summary"].done, result["summary"].failed) == (7, 7)
    errors = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 7 and all("translated none of" in e for e in errors)


def test_an_interrupted_one_worker_run_stops_its_threads_and_engine(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while translating: the finished shards stay, run.json says interrupted,
    no paralelo thread is left and the engine's processes are stopped."""
    class Interrupted(StartStopEngine):
        def translate_units(self, units: list[str], cancel: Any = None) -> list[str]:
            if len(self.calls) == 2:
                raise KeyboardInterrupt
            return super().translate_units(units, cancel)

    write_pairs(tmp_path / "in", 12)
    events: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        _run(tmp_path, monkeypatch, Interrupted(events), "out", shard_size=2, chunk=2)
    out = tmp_path / "out"
    state = json.loads((out / "run.json").read_text(encoding="utf-8"))
    done = [e["name"] for e in read_plan(out)["shards"] if shards.read_marker(out, e["name"])]
    assert state["status"] == "interrupted" and 1 <= len(done) < 6
    assert events[-1] == "close"
    assert not [t for t in threading.enumerate() if t.name.startswith("paralelo-")]


def _specs(n: int) -> list[dict[str, Any]]:
    return [{"name": f"s{k}", "pairs": [{"id": f"p{k}", "es": "es", "en": ["en"]}],
             "hashes": [["h", "h"]]} for k in range(n)]


def test_feed_threads_stop_when_the_caller_leaves_early() -> None:
    class NoEngine:
        name = "none"

    before = set(threading.enumerate())
    with Feed(_specs(50), lambda pair, hashes: ("es", []), lambda spec: NoEngine(), str,
              chunk=2) as feed:
        first = next(iter(feed))
    assert first.pair is not None and first.pair.id == "p0"
    assert set(threading.enumerate()) <= before  # both threads have ended


def test_feed_passes_on_what_needs_no_translation_at_once() -> None:
    """Engine "none": the caller gets the first pair while the loader is still busy
    (nothing waits for a chunk to fill, so memory stays bounded)."""
    class NoEngine:
        name = "none"

    got_first = threading.Event()
    timed_out: list[bool] = []

    def load(pair: Any, hashes: list[str]) -> Any:
        if pair.id == "p8":
            timed_out.append(not got_first.wait(timeout=10))
        return ("es", [])

    with Feed(_specs(12), load, lambda spec: NoEngine(), str, chunk=3) as feed:
        items = iter(feed)
        first = next(items)
        got_first.set()
        rest = list(items)
    assert first.pair is not None and first.pair.id == "p0"
    assert timed_out == [False] and len(rest) == 23


def test_feed_raises_what_breaks_its_threads_in_the_caller() -> None:
    def engine_for(spec: dict[str, Any]) -> Any:
        raise RuntimeError("no engine for you")

    feed = Feed(_specs(3), lambda pair, hashes: ("es", []), engine_for, str, chunk=2)
    with feed, pytest.raises(RuntimeError, match="no engine for you"):
        list(feed)


def test_feed_turns_a_pair_that_cannot_load_into_its_reason() -> None:
    class NoEngine:
        name = "none"

    def load(pair: Any, hashes: list[str]) -> Any:
        if pair.id == "p1":
            raise ValueError("p1 is unreadable")
        return ("es", [])

    with Feed(_specs(3), load, lambda spec: NoEngine(), lambda exc: f"bad: {exc}",
              chunk=2) as feed:
        items = list(feed)
    assert [(it.pair.id if it.pair else None, it.docs) for it in items] == [
        ("p0", ("es", [])), (None, None), ("p1", "bad: p1 is unreadable"), (None, None),
        ("p2", ("es", [])), (None, None)]


def test_default_workers_per_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apertium's pipeline keeps two cores busy: one worker per two cores, at least one."""
    for cores, apertium, other in ((1, 1, 1), (2, 1, 2), (3, 1, 3), (8, 4, 8)):
        monkeypatch.setattr(runner, "cpu_count", lambda cores=cores: cores)
        assert default_workers("apertium") == apertium
        assert default_workers("none") == default_workers("argos") == other


def test_engine_started_early_is_closed_when_the_run_cannot_begin(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan is written, then the state file cannot be (full disk, a store refusing):
    the engine started while hashing must not outlive the failed run."""
    write_pairs(tmp_path / "in", 4)
    events: list[str] = []

    def no_space(*a: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(runner, "_write_state", no_space)
    with pytest.raises(OSError, match="No space"):
        _run(tmp_path, monkeypatch, StartStopEngine(events), "out", shard_size=2)
    assert events == ["start", "close"]
