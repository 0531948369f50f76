"""Fact extraction on a second core while this process aligns.

Reading the facts of every paragraph is about half of a large ``paralelo
align`` run, and it depends only on the paragraph texts, not on the links.
So a helper process extracts them, chunk by chunk from the front of the list,
while this process aligns; when alignment is done this process takes chunks
from the back until the two meet. The comparison that follows reads the
prefetched facts instead of extracting again.

The result never depends on the helper: it is given this process's fact table
itself (not the files, which the user may have edited since they were read)
and runs the same `extract_raw`; a chunk it did not
deliver (it could not start, died, was killed, stalled) is extracted here.
Cancelling stops the helper at once. Spawned, not forked: the GUI and an
Apertium engine have threads, and a spawned child is also what a packaged
(frozen) app supports, via ``multiprocessing.freeze_support``.

Results travel over a one-way pipe whose write end only the helper holds: if
this process dies (killed), the helper's next write fails and it exits at
once; if the helper dies, the reading thread here sees end of file. A thread
reads the pipe as results come, so the helper never waits on a full pipe and a
helper stopped in the middle of a message cannot block this process.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Iterable, Sequence
from typing import Any

from paralelo.core.facts.extract import extract_raw
from paralelo.core.facts.match import FactKey, RawFacts
from paralelo.core.facts.table import FactTable, default_table
from paralelo.core.progress import CancelToken, check

#: Below this many texts a helper process costs more than it saves.
MIN_TEXTS = 1500
#: Texts per chunk: small enough that the two sides meet evenly.
CHUNK = 200
#: A helper silent this long (and this many times our own time per chunk) is given up.
STALL_SECONDS = 10.0
#: Longest wait for the lock the helper takes for an instant per chunk.
LOCK_SECONDS = 2.0


def worth_it(n_texts: int) -> bool:
    """Whether prefetching pays: enough texts and a second core to run on."""
    return n_texts >= MIN_TEXTS and (os.cpu_count() or 1) >= 2


def extract_chunk(keys: Sequence[FactKey], table: FactTable | None = None) -> list[RawFacts]:
    """Raw facts of each (text, lang, any_lang) key, exactly as `compare_facts` reads them."""
    tb = table or default_table()
    return [extract_raw(text, lang, tb, any_lang=any_lang) for text, lang, any_lang in keys]


def _helper(table: FactTable, chunks: list[list[FactKey]], counters: Any, conn: Any,
            parent: int) -> None:
    """The helper process: claim chunks from the front until the two sides meet."""
    # Ctrl+C in a terminal reaches the whole process group: the parent decides what
    # happens (it stops this process), so no traceback of ours on the user's screen.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    front, back, lock = counters
    try:
        while os.getppid() == parent:  # an orphan stops at once
            with lock:
                if front.value >= back.value:
                    break
                k = front.value
                front.value += 1
            conn.send((k, extract_chunk(chunks[k], table)))
        conn.send(None)
    except OSError:  # the reader is gone (this process's parent died or gave up)
        pass
    finally:
        conn.close()


_END = object()  # what the reading thread queues when the pipe closes


class FactPrefetch:
    """Extracts facts of ``keys`` on a helper process; `collect` returns all of them."""

    def __init__(self, keys: Iterable[FactKey], *, chunk: int = CHUNK) -> None:
        uniq = list(dict.fromkeys(k for k in keys if k[0]))
        self._chunks = [uniq[i:i + chunk] for i in range(0, len(uniq), chunk)]
        ctx = multiprocessing.get_context("spawn")
        self._lock = ctx.Lock()
        self._front = ctx.RawValue("i", 0)
        self._back = ctx.RawValue("i", len(self._chunks))
        self._table = default_table()
        self._results: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._reader: threading.Thread | None = None
        reader, writer = ctx.Pipe(duplex=False)
        self._proc: Any = ctx.Process(
            target=_helper, name="paralelo-facts", daemon=True,
            args=(self._table, self._chunks, (self._front, self._back, self._lock), writer,
                  os.getpid()))
        try:
            self._proc.start()
        except (OSError, RuntimeError):  # cannot start a process here: all chunks stay local
            self._proc = None
            reader.close()
        else:
            self._reader = threading.Thread(target=self._read, args=(reader,), daemon=True,
                                            name="paralelo-facts-reader")
            self._reader.start()
        finally:
            writer.close()  # the helper's copy is the only one: its death means end of file

    def _read(self, conn: Any) -> None:
        """Thread: move results from the pipe to the queue until the pipe closes."""
        try:
            while True:
                self._results.put(conn.recv())
        except (EOFError, OSError):
            pass
        finally:
            conn.close()
            self._results.put(_END)

    def _claim_back(self) -> int | None:
        """The last unclaimed chunk, or None when none is left or the helper is gone.

        A helper killed or stopped while holding the lock would block us for
        ever, so after a short wait the helper is given up (the chunks it did
        not deliver are extracted here).
        """
        if self._proc is None:
            return None
        if not self._lock.acquire(timeout=LOCK_SECONDS):
            self.close()
            return None
        try:
            if self._front.value >= self._back.value:
                return None
            self._back.value -= 1
            return int(self._back.value)
        finally:
            self._lock.release()

    def collect(self, cancel: CancelToken | None = None) -> dict[FactKey, RawFacts]:
        """Every key's raw facts; the chunks the helper has not reached are done here."""
        done: dict[int, list[RawFacts]] = {}
        per_chunk = 0.0
        try:
            while (k := self._claim_back()) is not None:
                check(cancel)
                t0 = time.perf_counter()
                done[k] = extract_chunk(self._chunks[k], self._table)
                per_chunk = max(per_chunk, time.perf_counter() - t0)
            if len(done) < len(self._chunks):  # the helper claimed some: wait for those
                self._receive(done, cancel, STALL_SECONDS + 20 * per_chunk)
        finally:
            self.close()
        # Without a helper (none, or given up) the chunks nobody delivered are done here.
        for k, chunk in enumerate(self._chunks):
            if k not in done:
                check(cancel)
                done[k] = extract_chunk(chunk, self._table)
        return {key: raw for k, chunk in enumerate(self._chunks)
                for key, raw in zip(chunk, done[k], strict=True)}

    def _receive(self, done: dict[int, list[RawFacts]], cancel: CancelToken | None,
                 patience: float) -> None:
        """Results the helper sends, until its end mark, the pipe's end or a stall."""
        if self._proc is None:
            return
        last = time.monotonic()
        while True:
            check(cancel)
            try:
                item = self._results.get(timeout=0.1)
            except queue.Empty:
                if time.monotonic() - last > patience:
                    return  # stalled (stopped, swapping): not worth waiting for
                continue
            if item is None or item is _END:
                return  # finished, or died: what it did not deliver is done here
            done[item[0]] = item[1]
            last = time.monotonic()
            if len(done) == len(self._chunks):
                return  # all there: its end mark is not worth waiting for

    def close(self) -> None:
        """Stop the helper and the reading thread (idempotent)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.is_alive():
                proc.terminate()
            proc.join(timeout=1)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.join(timeout=5)  # the helper is gone, so its pipe is at end of file
