"""Apertium engine: the system ``apertium`` command, mode spa-eng_US.

Starting apertium costs ~0.3 s, so many paragraphs go through one process,
joined by a sentinel line that the engine passes through unchanged. A blank
line alone is not enough (transfer rules reorder words across it: "la casa" /
"roja" came back as "The red" / "house"); an unknown word ending a sentence is.
If the sentinel count does not come back intact the caller retries paragraph by
paragraph. Cancel is honoured while the process runs (it is killed).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
from functools import lru_cache
from typing import Literal

from paralelo.core.errors import Cancelled
from paralelo.core.progress import CancelToken

MODE = "spa-eng_US"
SENTINEL = "Zqsepqz"
_JOIN = f"\n\n{SENTINEL}.\n\n"
_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_SPLIT = re.compile(rf"\s*{SENTINEL}\s*\.?\s*", re.IGNORECASE)


class ApertiumError(RuntimeError):
    pass


def _tidy(text: str) -> str:
    """Apertium leaves a double space where it drops a clitic ("prolonged  by")."""
    return _SPACES.sub(" ", text).strip()


def _run(args: list[str], text: str, timeout: float, cancel: CancelToken | None = None) -> str:
    """Run ``args`` feeding ``text``; poll ``cancel`` while waiting."""
    # Own process group: apertium is a shell pipeline, so cancel/timeout must kill
    # every stage, not just the shell (else we would wait on the pipe anyway).
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            start_new_session=os.name == "posix")
    waited = 0.0
    payload: str | None = text
    try:
        while True:
            try:
                out, err = proc.communicate(payload, timeout=0.25)
                break
            except subprocess.TimeoutExpired:
                payload = None
                waited += 0.25
                if cancel is not None and cancel.cancelled:
                    raise Cancelled() from None
                if waited >= timeout:
                    raise ApertiumError(f"apertium timed out after {timeout:.0f} s") from None
    finally:
        if proc.poll() is None:
            _kill(proc)
            proc.communicate()
    if proc.returncode != 0:
        raise ApertiumError(f"apertium failed ({proc.returncode}): {err.strip()[:200]}")
    return out


def _kill(proc: subprocess.Popen[str]) -> None:
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    proc.kill()


@lru_cache(maxsize=4)
def _probe(executable: str) -> str | None:
    """Apertium version if ``executable`` runs and offers spa-eng_US, else None."""
    try:
        modes = subprocess.run([executable, "-l"], capture_output=True, text=True, timeout=10)
        if MODE not in modes.stdout.split():
            return None
        ver = subprocess.run([executable, "-V"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"(\d+(?:\.\d+)+)", ver.stdout + ver.stderr)
    return m.group(1) if m else "unknown"


def apertium_version() -> str | None:
    """Version of a working system apertium with the spa-eng_US mode, or None."""
    exe = shutil.which("apertium")
    return _probe(exe) if exe else None


class ApertiumEngine:
    """Rule-based Spanish→English through the system apertium command."""

    name = "apertium"
    model = MODE
    unit: Literal["sentence", "paragraph"] = "paragraph"
    protect_names = True
    verify_names = False

    def __init__(self, version: str, executable: str = "apertium", *, batch_size: int = 40,
                 timeout: float = 120.0) -> None:
        self.version = version
        self.executable = executable
        self.batch_size = batch_size
        self.timeout = timeout

    def describe(self) -> str:
        return f"Apertium {self.model} {self.version}"

    def translate_units(self, units: list[str], cancel: CancelToken | None = None) -> list[str]:
        if any(SENTINEL.lower() in u.lower() for u in units) and len(units) > 1:
            raise ApertiumError("text contains the batch separator")
        cmd = [self.executable, "-u", "-f", "txt", self.model]
        out = _run(cmd, _JOIN.join(units), self.timeout, cancel)
        if len(units) == 1:
            return [_tidy(out)]
        parts = _SPLIT.split(out.strip())
        if len(parts) != len(units):
            raise ApertiumError(f"batch separator lost ({len(parts)} parts for {len(units)})")
        return [_tidy(p) for p in parts]

    def __repr__(self) -> str:
        return f"ApertiumEngine({self.version!r})"
