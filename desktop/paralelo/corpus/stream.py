"""Load and translate ahead of the aligning thread, across shard boundaries.

A corpus worker does three things per pair: import the documents (Python),
translate the Spanish one (Apertium's own processes, or CTranslate2's
threads) and align (Python). `Feed` runs the first two on threads ahead of the
caller: a loader thread imports pairs in order, a translator thread sends them
to the engine TRANSLATE_CHUNK pairs per call, and the caller takes the pairs
back, in order, ready to align. The chunks run on across shard boundaries,
so the engine never waits while the caller finishes a shard (aligns its last
pairs, writes it) and the next one is imported: measured on 200 WMT pairs
with one worker, those waits had kept Apertium idle for ~18% of the run.
Both queues are bounded: a few chunks ahead, whatever the corpus size.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from paralelo.core.progress import CancelToken
from paralelo.corpus.inputs import Pair


@dataclass(slots=True)
class Item:
    """One pair of a shard, loaded and translated; ``pair`` None marks the shard's end."""

    spec: dict[str, Any]
    pair: Pair | None = None
    engine: Any = None
    docs: Any = None  # (es, ens) as loaded, or the one-line reason loading failed
    translated: Any = None  # translate_documents' (engine, per-paragraph), or its exception


class _Stop(Exception):
    """The feed was closed: a thread leaves quietly."""


_DONE = object()
Loader = Callable[[Pair, list[str]], Any]  # docs, or raises (one-line reason)
EngineFor = Callable[[dict[str, Any]], Any]
Reason = Callable[[BaseException], str]


class Feed:
    """Iterate the pairs of ``specs`` in order, loaded and translated ahead.

    ``load(pair, hashes)`` returns the documents or raises; ``reason(exc)``
    turns its exception into the line errors.jsonl shows. Use as a context
    manager: leaving it stops both threads (an engine call in progress is
    cancelled).
    """

    def __init__(self, specs: Iterable[dict[str, Any]], load: Loader, engine_for: EngineFor,
                 reason: Reason, chunk: int) -> None:
        self._specs, self._load, self._engine_for, self._reason = specs, load, engine_for, reason
        self.chunk = max(1, chunk)
        self._stop = threading.Event()
        self._cancel = CancelToken()
        # Bounded, but with room: the translator must not wait while the caller catches up
        # on a long pair (the engine would stand idle).
        self._loaded: queue.Queue[Any] = queue.Queue(maxsize=2 * self.chunk + 2)
        self._ready: queue.Queue[Any] = queue.Queue(maxsize=8 * self.chunk + 2)
        self._threads = [threading.Thread(target=self._guard, args=(f, q), daemon=True,
                                          name=f"paralelo-{n}")
                         for n, f, q in (("load", self._load_all, self._loaded),
                                         ("translate", self._translate_all, self._ready))]

    def __enter__(self) -> Feed:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._cancel.cancel()
        for t in self._threads:
            t.join(timeout=30)

    def __iter__(self) -> Iterator[Item]:
        while True:
            item = self._get(self._ready)
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    # -- the threads ---------------------------------------------------------------------

    def _guard(self, body: Callable[[], None], out: queue.Queue[Any]) -> None:
        """Run a thread's body; its end (or an unexpected error) goes downstream."""
        try:
            body()
            self._put(out, _DONE)
        except _Stop:
            return
        except BaseException as exc:  # a bug: the caller raises it
            try:
                self._put(out, exc)
            except _Stop:
                return

    def _put(self, q: queue.Queue[Any], item: Any) -> None:
        while not self._stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Stop

    def _get(self, q: queue.Queue[Any]) -> Any:
        while not self._stop.is_set():
            try:
                return q.get(timeout=0.1)
            except queue.Empty:
                continue
        raise _Stop

    def _load_all(self) -> None:
        for spec in self._specs:
            engine = self._engine_for(spec)
            for p, hashes in zip(spec["pairs"], spec["hashes"], strict=True):
                pair = Pair.from_json(p)
                try:
                    docs = self._load(pair, hashes)
                except Exception as exc:  # one bad pair never stops the shard
                    docs = self._reason(exc)
                self._put(self._loaded, Item(spec, pair, engine, docs))
            self._put(self._loaded, Item(spec))

    def _translate_all(self) -> None:
        """Chunks of `chunk` loaded pairs (one engine, one call each), in order.

        What needs no translation (engine "none", a pair that failed to load, a
        shard's end) waits only behind pairs that do: never for a chunk to fill.
        """
        items: list[Item] = []
        while True:
            item = self._get(self._loaded)
            if isinstance(item, BaseException):
                raise item
            done = item is _DONE
            if not done:
                if items and _needs(item) and item.engine is not _engine(items):
                    self._translate(items)  # another engine: never one call for both
                    items = []
                items.append(item)
            needs = sum(map(_needs, items))
            if done or needs >= self.chunk or needs == 0 or len(items) >= 4 * self.chunk + 4:
                self._translate(items)
                items = []
            if done:
                return

    def _translate(self, items: list[Item]) -> None:
        from paralelo.app.pipeline import translate_documents

        todo = [it for it in items if _needs(it)]
        if todo:
            try:
                _engine_obj, per_doc = translate_documents(
                    [it.docs[0] for it in todo], todo[0].engine, cache=None,
                    cancel=self._cancel)
                for it, per_para in zip(todo, per_doc, strict=True):
                    it.translated = (_engine_obj, per_para)
            except Exception as exc:  # every pair of the chunk fails with it
                if self._stop.is_set():
                    raise _Stop from None
                for it in todo:
                    it.translated = exc
        for it in items:
            self._put(self._ready, it)


def _needs(item: Item) -> bool:
    """A loaded pair whose Spanish document goes to a real engine."""
    return (item.pair is not None and not isinstance(item.docs, str)
            and item.engine.name != "none")


def _engine(items: list[Item]) -> Any:
    return next((it.engine for it in items if _needs(it)), None)
