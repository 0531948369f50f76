"""A terminal progress bar for long CLI commands (align, translate, export).

It is a `paralelo.core.progress.Progress` callback, ``bar(done, total, message)``,
so the commands hand it to exactly the functions the GUI's workers feed their
progress signals from. It draws one tqdm-style line on stderr::

    Translating with Apertium  |██████████░░░░░░░░░░|  52%  156/300  0:04<0:03

and only when stderr is a terminal and ``--quiet`` was not given: piped or
redirected output (scripts, CI logs) never gets control characters.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

FULL, EMPTY = "█", "░"
SPINNER = "|/-\\"


def add_quiet_flag(parser: argparse.ArgumentParser) -> None:
    """The ``--quiet``/``-q`` option every command with a progress bar takes."""
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar on stderr (it is only drawn on a terminal anyway)")


def _clock(seconds: float) -> str:
    s = int(max(0.0, seconds))
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


class ProgressBar:
    """Progress callback drawing on a terminal; a no-op when disabled.

    Redraws at most every ``interval`` seconds (a stage may report thousands of
    steps) but always draws a stage's last step, so the bar ends full.
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None,
                 interval: float = 0.1, clock: Callable[[], float] = time.monotonic,
                 columns: int | None = None, counts: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self._is_tty() if enabled is None else enabled
        self.interval = interval
        self.clock = clock
        self.columns = columns
        self.counts = counts  # False when ``total`` is a scale (the pipeline's per mille)
        self.start = clock()
        self.last_draw: float | None = None
        self.drawn = False
        self.spin = 0

    def _is_tty(self) -> bool:
        try:
            return bool(self.stream.isatty())
        except (AttributeError, ValueError, OSError):
            return False

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        now = self.clock()
        final = total > 0 and done >= total
        if not final and self.last_draw is not None and now - self.last_draw < self.interval:
            return
        self.last_draw = now
        self._write("\r" + self.render(done, total, message, now - self.start) + "\x1b[K")
        self.drawn = True

    def render(self, done: int, total: int, message: str, elapsed: float) -> str:
        """The bar's text (no control characters), fitted to the terminal width."""
        width = self.columns or shutil.get_terminal_size((80, 24)).columns
        label = " ".join(message.split())[:32]
        if total <= 0:  # unknown length: a spinner and the time so far
            self.spin += 1
            return f"{label}  {SPINNER[self.spin % len(SPINNER)]}  {_clock(elapsed)}"[:width - 1]
        frac = min(1.0, max(0.0, done / total))
        eta = elapsed * (1 - frac) / frac if frac > 0 else 0.0
        count = f"  {min(done, total)}/{total}" if self.counts else ""
        tail = f" {frac * 100:3.0f}%{count}  {_clock(elapsed)}<{_clock(eta)}"
        cells = max(10, min(40, width - len(label) - len(tail) - 5))
        filled = int(cells * frac)
        line = f"{label}  |{FULL * filled}{EMPTY * (cells - filled)}|{tail}"
        return line[:width - 1]

    def close(self) -> None:
        """End the bar's line so the next output starts on a fresh one."""
        if self.enabled and self.drawn:
            self._write("\n")
        self.drawn = False

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed terminal must not fail the command
            self.enabled = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def progress_bar(args: argparse.Namespace, *, counts: bool = True) -> ProgressBar:
    """The bar for a parsed command line: off with ``--quiet`` or when stderr is no terminal."""
    return ProgressBar(enabled=False if getattr(args, "quiet", False) else None, counts=counts)
