"""Corpus progress: a one-line bar on a terminal, or JSON lines for other programs.

The bar (stderr) shows pairs done/total, pairs per second, ETA and failures;
it is drawn only when stderr is a terminal and not ``--quiet``. JSON lines
(``--json-progress``, on stdout) carry the same numbers, one object per shard
finished, then one ``"event": "done"`` line.
"""

from __future__ import annotations

import json
import sys
import time
from typing import TextIO


def eta_text(seconds: float | None) -> str:
    if seconds is None or seconds != seconds or seconds < 0:
        return "--:--"
    s = int(seconds + 0.5)
    h, rem = divmod(s, 3600)
    return f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60:02d}:{rem % 60:02d}"


class CorpusProgress:
    """Called by the runner after each shard: ``update(done, failed)`` in pairs."""

    def __init__(self, total: int, already: int = 0, *, bar: bool | None = None,
                 json_lines: bool = False, stream: TextIO | None = None,
                 out: TextIO | None = None) -> None:
        self.total = total
        self.already = already  # pairs finished by an earlier run (not counted in the rate)
        self.stream = stream or sys.stderr
        self.out = out or sys.stdout
        self.bar = self.stream.isatty() if bar is None else bar
        self.json_lines = json_lines
        self.start = time.monotonic()
        self.done = already
        self.failed = 0
        self._drawn = 0.0

    def rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return (self.done - self.already) / elapsed if elapsed > 0 else 0.0

    def eta(self) -> float | None:
        r = self.rate()
        return (self.total - self.done) / r if r > 0 else None

    def update(self, done: int, failed: int) -> None:
        self.done, self.failed = done, failed
        if self.json_lines:
            print(json.dumps({"event": "progress", "done": done, "total": self.total,
                              "failed": failed, "pairs_per_s": round(self.rate(), 3),
                              "eta_s": None if self.eta() is None else round(self.eta() or 0, 1)}),
                  file=self.out, flush=True)
        now = time.monotonic()
        if self.bar and (now - self._drawn >= 0.1 or done >= self.total):
            self._drawn = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def line(self, width: int = 24) -> str:
        frac = self.done / self.total if self.total else 1.0
        fill = int(width * frac)
        return (f"[{'#' * fill}{'.' * (width - fill)}] {self.done}/{self.total} pairs "
                f"{self.rate():.1f}/s ETA {eta_text(self.eta())} failed {self.failed} ")

    def finish(self, summary: dict[str, object]) -> None:
        if self.bar:
            self.stream.write("\n")
            self.stream.flush()
        if self.json_lines:
            print(json.dumps({"event": "done", **summary}), file=self.out, flush=True)
