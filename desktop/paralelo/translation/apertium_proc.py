"""Drive one Apertium process in null-flush mode so it can never deadlock or run away.

Each paragraph goes in as one NUL-terminated chunk and comes back as one
NUL-terminated chunk; a numbered superblank at its end (passed through
verbatim) proves each answer belongs to its paragraph. Stdin is written by a
thread and stdout/stderr are read by threads, so a paragraph larger than the
pipe buffer cannot deadlock. Every
paragraph has a deadline scaled by its length and an output cap; a stall, a
crash, runaway output or invalid UTF-8 fails that paragraph only, with a line
saying what happened, and the paragraphs already answered are kept. After a
stall, a crash or an overflow the process is killed and a fresh one takes the
rest; three processes in a row failing without one answer fail the remainder.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import threading
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paralelo.core.errors import Cancelled
from paralelo.core.progress import CancelToken

_Event = tuple[str, bytes | int | None]  # ("ok", bytes) | ("eof", None) | ("overflow", size)


class ApertiumError(RuntimeError):
    """One paragraph (or one call) that Apertium did not translate; the message says why."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-paragraph budgets: time scales with length, output with input size."""

    base_seconds: float = 20.0
    seconds_per_kchar: float = 1.0
    min_output: int = 4 * 1024**2
    output_factor: int = 64

    def seconds(self, chars: int) -> float:
        return self.base_seconds + self.seconds_per_kchar * chars / 1000

    def max_output(self, size: int) -> int:
        return max(self.min_output, self.output_factor * size)


def _kill(procs: list[subprocess.Popen[bytes]]) -> None:
    """Kill every stage (one process group) and reap them, so no zombie stays."""
    if os.name == "posix" and procs and procs[0].poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(procs[0].pid, signal.SIGKILL)
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


def _describe_exit(code: int) -> str:
    if code < 0:
        try:
            name = f" {signal.Signals(-code).name}"
        except ValueError:
            name = ""
        return f"was killed by signal {-code}{name}"
    if code > 128:
        return f"crashed (exit code {code}: a stage died of signal {code - 128})"
    return f"stopped (exit code {code})"


class _Proc:
    """The stages of one pipeline, piped together by us (no shell that could hold a pipe
    open after a stage dies), with writer, reader and stderr threads."""

    def __init__(self, stages: Sequence[Sequence[str]], env: dict[str, str] | None,
                 min_cap: int) -> None:
        self.stages = [list(s) for s in stages]
        self.procs: list[subprocess.Popen[bytes]] = []
        err_r, err_w = os.pipe()
        try:
            for argv in self.stages:
                group: dict[str, Any] = {}
                if os.name == "posix":
                    # One process group (killed as one), outside the terminal's foreground.
                    group = {"process_group": self.procs[0].pid if self.procs else 0}
                upstream = self.procs[-1].stdout if self.procs else subprocess.PIPE
                self.procs.append(subprocess.Popen(
                    argv, stdin=upstream, stdout=subprocess.PIPE, stderr=err_w, bufsize=0,
                    env=env, **group))
                if upstream is not subprocess.PIPE:
                    upstream.close()  # type: ignore[union-attr]  # the stages own it now
        except OSError:
            _kill(self.procs)
            os.close(err_r)
            raise
        finally:
            os.close(err_w)
        self.stdin = self.procs[0].stdin
        self.stdout = self.procs[-1].stdout
        self._stderr = err_r
        self.events: queue.Queue[_Event] = queue.Queue()
        self.inbox: queue.Queue[bytes | None] = queue.Queue()
        self.stderr_tail = b""
        # Output cap of each chunk sent and not yet answered (answer index → bytes).
        self.caps: dict[int, int] = {}
        self._sent = 0
        self._min_cap = min_cap
        self._finalizer = weakref.finalize(self, _kill, self.procs)
        self._threads = [threading.Thread(target=t, daemon=True, name="apertium-io")
                         for t in (self._write, self._read, self._read_stderr)]
        for thread in self._threads:
            thread.start()

    def dead(self) -> bool:
        return any(p.poll() is not None for p in self.procs)

    def _write(self) -> None:
        stdin = self.stdin
        assert stdin is not None
        try:
            while (data := self.inbox.get()) is not None:
                stdin.write(data)
        except (OSError, ValueError):
            return  # the process died or was killed: the reader reports it
        with contextlib.suppress(OSError, ValueError):
            stdin.close()

    def _read(self) -> None:
        fd = self.stdout.fileno()  # type: ignore[union-attr]
        current = bytearray()
        index = 0
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            if not data:
                self.events.put(("eof", None))
                return
            *done, rest = data.split(b"\0")
            for piece in done:
                current += piece
                if current:  # stages add empty chunks at end of input: not answers
                    self.events.put(("ok", bytes(current)))
                    self.caps.pop(index, None)
                    index += 1
                current = bytearray()
            current += rest
            if len(current) > self.caps.get(index, self._min_cap):
                self.events.put(("overflow", len(current)))
                return

    def _read_stderr(self) -> None:
        with contextlib.suppress(OSError):
            while data := os.read(self._stderr, 65536):
                self.stderr_tail = (self.stderr_tail + data)[-2000:]

    def send(self, data: bytes, cap: int) -> None:
        """Queue one chunk for the writer thread; ``cap`` bounds its answer."""
        self.caps[self._sent] = cap
        self._sent += 1
        self.inbox.put(data)

    def end_input(self) -> None:
        self.inbox.put(None)

    def kill(self) -> None:
        """Kill every stage, let the I/O threads see end of file, close the pipes."""
        _kill(self.procs)
        self.inbox.put(None)
        for thread in self._threads:
            thread.join(timeout=1)
        for pipe in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                pipe.close()  # type: ignore[union-attr]
        with contextlib.suppress(OSError):
            os.close(self._stderr)

    def exit_reason(self) -> str:
        """After end of output: which stage died and how, with the last of stderr."""
        deadline = time.monotonic() + 2
        failed = None
        while time.monotonic() < deadline:
            codes = [p.poll() for p in self.procs]
            # SIGPIPE / 141: a stage upstream of a dead one, not the cause.
            failed = next((i for i, c in enumerate(codes)
                           if c not in (None, 0, -signal.SIGPIPE, 128 + signal.SIGPIPE)), None)
            if failed is not None or all(c is not None for c in codes):
                break
            time.sleep(0.02)
        self._threads[2].join(timeout=1)  # the stderr reader: its last words
        err = " ".join(self.stderr_tail.decode("utf-8", "replace").split())[-200:]
        tail = f": {err}" if err else ""
        if failed is None:
            return f"closed its output{tail}"
        what = _describe_exit(self.procs[failed].returncode)
        if len(self.procs) == 1:
            return f"{what}{tail}"
        stage = Path(self.stages[failed][0]).name
        return f"crashed: its stage {stage} {what}{tail}"


def _describe_bad_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    return f"printed invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"


class NullFlushRunner:
    """Translate chunks through ``stages`` (commands piped into each other).

    Persistent: a null-flush pipeline kept running between calls (one per
    command in a process, see `apertium`). One-shot: one process per call that
    reads every chunk, then end of input, and answers each chunk NUL-terminated
    (``apertium -z -f none``, whose wrapper only flushes at end of input).
    """

    def __init__(self, stages: Sequence[Sequence[str]], *, persistent: bool, limits: Limits,
                 env: dict[str, str] | None = None) -> None:
        self.stages = [list(s) for s in stages]
        self.persistent = persistent
        self.limits = limits
        self.env = env
        self._proc: _Proc | None = None
        self._pid = os.getpid()
        self._sizes: list[int] = []
        self._seq = 0  # each chunk ends with a superblank tag [#seq] Apertium passes through
        self._lock = threading.Lock()
        self.started = 0  # processes started, for tests and benchmarks

    def close(self) -> None:
        with self._lock:
            if self._proc is not None and self._pid == os.getpid():
                self._proc.kill()
            self._proc = None

    def start(self) -> None:
        """Start the persistent pipeline now rather than on the first call."""
        with self._lock:
            if self._pid != os.getpid():
                self._proc, self._pid = None, os.getpid()
            if self.persistent and self._proc is None:
                self._proc = self._start()

    def _start(self) -> _Proc:
        try:
            proc = _Proc(self.stages, self.env, self.limits.min_output)
        except OSError as exc:
            raise ApertiumError(f"apertium cannot start ({exc.strerror or exc})") from None
        self.started += 1
        return proc

    def run(self, chunks: list[str], cancel: CancelToken | None = None,
            sizes: list[int] | None = None) -> list[str | Exception]:
        """One result per chunk: Apertium's answer (stream format), or the error.

        ``sizes``: each paragraph's length before formatting, for messages.
        """
        with self._lock:
            if self._pid != os.getpid():  # forked: the parent's pipeline is not ours
                self._proc, self._pid = None, os.getpid()
            self._sizes = sizes or [len(c) for c in chunks]
            return self._run(chunks, cancel)

    def _run(self, chunks: list[str], cancel: CancelToken | None) -> list[str | Exception]:
        results: list[str | Exception] = []
        dead_in_a_row = 0
        while len(results) < len(chunks):
            rest = chunks[len(results):]
            answered, failure = self._attempt(rest, cancel, self._sizes[len(results):])
            results += answered
            if failure is None:
                continue
            dead_in_a_row = dead_in_a_row + 1 if not answered else 1
            if dead_in_a_row >= 3:  # fresh processes keep failing at once: give up the rest
                msg = f"{failure} (gave up on the {len(chunks) - len(results)} remaining)"
                results += [ApertiumError(msg)] * (len(chunks) - len(results))
                break
            results.append(ApertiumError(failure))
        return results

    def _attempt(self, chunks: list[str], cancel: CancelToken | None, sizes: list[int],
                 ) -> tuple[list[str | Exception], str | None]:
        """Answers until the first failure (its reason), with a process started if needed."""
        if self._proc is not None and (self._proc.dead() or not self._proc.events.empty()):
            self._proc.kill()  # died while idle, or said something unasked: start afresh
            self._proc = None
        if self._proc is None or not self.persistent:
            self._proc = self._start()
        proc = self._proc
        tags = []
        for _ in chunks:
            self._seq += 1
            tags.append(f"[#{self._seq}]".encode())
        data = [c.encode("utf-8") + t + b"\0" for c, t in zip(chunks, tags, strict=True)]
        for d in data:
            proc.send(d, self.limits.max_output(len(d)))
        if not self.persistent:
            proc.end_input()
        out: list[str | Exception] = []
        extra = sum(len(c) for c in chunks) if not self.persistent else 0
        for chunk, raw, tag, size in zip(chunks, data, tags, sizes, strict=True):
            budget = self.limits.seconds(len(chunk) + extra)
            extra = 0
            kind, value = self._wait(proc, budget, cancel)
            if kind == "ok" and not (isinstance(value, bytes) and value.endswith(tag)):
                kind = "out of step"
            if kind == "ok":
                assert isinstance(value, bytes)
                value = value[: -len(tag)]
                try:
                    out.append(value.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    out.append(ApertiumError(f"apertium {_describe_bad_utf8(value, exc)}"))
                continue
            # End of output: let the process finish dying first, so its own exit code
            # and stderr are what the message reports (not our kill).
            reason = f"apertium {proc.exit_reason()}" if kind == "eof" else ""
            proc.kill()
            self._proc = None
            if kind == "timeout":
                return out, (f"apertium stalled: no answer within {budget:.0f} s for a "
                             f"{size:,}-character paragraph (stopped)")
            if kind == "overflow":
                cap = self.limits.max_output(len(raw)) / 1e6
                return out, (f"apertium printed more than {cap:.0f} MB for a"
                             f" {size:,}-character paragraph (runaway output, "
                             "stopped)")
            if kind == "out of step":
                return out, ("apertium's answer did not belong to this paragraph (its output "
                             "went out of step; restarted)")
            return out, reason
        if not self.persistent:
            proc.kill()
            self._proc = None
        return out, None

    def _wait(self, proc: _Proc, budget: float, cancel: CancelToken | None) -> _Event:
        deadline = time.monotonic() + budget
        while True:
            if cancel is not None and cancel.cancelled:
                proc.kill()
                self._proc = None
                raise Cancelled()
            left = deadline - time.monotonic()
            if left <= 0:
                return ("timeout", None)
            try:
                return proc.events.get(timeout=min(0.1, left))
            except queue.Empty:
                continue
