"""Apertium engine: the system ``apertium`` command, mode spa-eng_US.

Starting apertium costs ~0.3 s, so one long-lived null-flush pipeline per
process gets every paragraph of every document as its own NUL-terminated
chunk (no separator tricks: each chunk is translated alone, so transfer rules
cannot reorder words across paragraphs). The pipeline is the mode file's own,
with ``-z`` on every stage (``apertium-wblank-mode -z``): the ``apertium``
wrapper itself only flushes at end of input. Paralelo pipes the stages
together itself, so a stage that dies is seen (and named) at once. When that
pipeline cannot be found, each call runs ``apertium -z -f none`` once over all
its paragraphs. ``apertium_proc`` bounds time and output per paragraph.
``PARALELO_APERTIUM`` names the apertium command to use.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from paralelo.core.progress import CancelToken, check
from paralelo.translation.apertium_format import deformat, reformat
from paralelo.translation.apertium_proc import ApertiumError, Limits, NullFlushRunner
from paralelo.translation.base import UnitErrors

__all__ = ["MODE", "ApertiumEngine", "ApertiumError", "apertium_executable",
           "apertium_version", "null_flush_pipeline"]

MODE = "spa-eng_US"
Stages = tuple[tuple[str, ...], ...]  # commands piped into each other
_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_SCRIPT_VAR = re.compile(r'^(APERTIUM_PATH|APERTIUM_DATADIR)="\$\{\1:-([^}"]+)\}"', re.M)
_SCRIPT_VERSION = re.compile(r'^apertium_version="Apertium (\d+(?:\.\d+)+)"', re.M)


def _tidy(text: str) -> str:
    """Apertium leaves a double space where it drops a clitic ("prolonged  by")."""
    return _SPACES.sub(" ", text).strip()


def apertium_executable() -> str | None:
    """The apertium command: ``PARALELO_APERTIUM`` if set, else ``apertium`` on PATH."""
    return os.environ.get("PARALELO_APERTIUM") or shutil.which("apertium")


@lru_cache(maxsize=4)
def _script_vars(executable: str) -> dict[str, str]:
    """The standard apertium script's tool folder, data folder and version, read from its head.

    Empty when ``executable`` is not that script (another build, a test's fake).
    """
    try:
        head = Path(executable).read_bytes()[:4096].decode("utf-8", "replace")
    except OSError:
        return {}
    found = dict(_SCRIPT_VAR.findall(head))
    version = _SCRIPT_VERSION.search(head)
    if len(found) != 2 or version is None:
        return {}
    return {**found, "version": version.group(1)}


def _folders(executable: str) -> tuple[Path, Path] | None:
    found = _script_vars(executable)
    if not found:
        return None
    return (Path(os.environ.get("APERTIUM_PATH") or found["APERTIUM_PATH"]),
            Path(os.environ.get("APERTIUM_DATADIR") or found["APERTIUM_DATADIR"]))


@lru_cache(maxsize=4)
def _probe(executable: str) -> str | None:
    """Apertium version if ``executable`` runs and offers spa-eng_US, else None."""
    folders = _folders(executable)
    if folders and (folders[1] / "modes" / f"{MODE}.mode").is_file():
        return _script_vars(executable)["version"]  # no need to run the script twice
    try:
        modes = subprocess.run([executable, "-l"], capture_output=True, text=True, timeout=10)
        if MODE not in modes.stdout.split():
            return None
        ver = subprocess.run([executable, "-V"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return None
    m = re.search(r"(\d+(?:\.\d+)+)", ver.stdout + ver.stderr)
    return m.group(1) if m else "unknown"


def apertium_version() -> str | None:
    """Version of a working apertium with the spa-eng_US mode, or None."""
    exe = apertium_executable()
    return _probe(exe) if exe else None


@lru_cache(maxsize=4)
def null_flush_pipeline(executable: str) -> Stages | None:
    """The mode's own pipeline with null flush on every stage, as commands to pipe together.

    None when ``executable`` is not the standard apertium script (its data folder
    and tools are named in its first lines) or the tools are missing.
    """
    folders = _folders(executable)
    if folders is None:
        return None
    tools, data = folders
    mode, wblank = data / "modes" / f"{MODE}.mode", tools / "apertium-wblank-mode"
    if not mode.is_file() or not wblank.is_file():
        return None
    try:
        text = subprocess.run([str(wblank), "-z", str(mode)], capture_output=True, text=True,
                              timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return None
    if " -z " not in text or "\0" in text:
        return None
    stages = split_stages(text)
    if stages is None:  # more than a plain pipeline: let bash run it
        return ((("bash", "-c", f"set -o pipefail; {text}", "apertium", "-n", "")),)
    return stages


def split_stages(text: str) -> Stages | None:
    """``a x | b 'y' $1 | c`` → ((a, x), (b, y, -n), (c,)); None unless a plain pipeline.

    ``$1``/``$2`` are what the apertium script passes for ``-u``: ``-n`` (no
    unknown-word marks) and nothing (the default tagger).
    """
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    stages: list[tuple[str, ...]] = []
    current: list[str] = []
    try:
        tokens = list(lexer)
    except ValueError:  # unbalanced quotes
        return None
    for token in [*tokens, "|"]:
        if token == "|":
            if not current:
                return None
            stages.append(tuple(current))
            current = []
        elif token == "$1":
            current.append("-n")
        elif token == "$2":
            continue
        elif set(token) & set("$`;&<>()|*?~"):
            return None
        else:
            current.append(token)
    return tuple(stages)


def _env(executable: str) -> dict[str, str]:
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"  # the apertium tools need a UTF-8 locale (its script sets one)
    folders = _folders(executable)
    if folders:  # the stages by name, as the apertium script finds them
        env["PATH"] = f"{folders[0]}{os.pathsep}{env.get('PATH', '')}"
    return env


_RUNNERS: dict[tuple[Stages, Limits], NullFlushRunner] = {}
_RUNNERS_LOCK = threading.Lock()


def _shared_runner(stages: Stages, limits: Limits, executable: str) -> NullFlushRunner:
    """One long-lived pipeline per command in this process, whatever the engine objects."""
    with _RUNNERS_LOCK:
        runner = _RUNNERS.get((stages, limits))
        if runner is None:
            runner = _RUNNERS[(stages, limits)] = NullFlushRunner(
                stages, persistent=True, limits=limits, env=_env(executable))
        return runner


class ApertiumEngine:
    """Rule-based Spanish→English through apertium.

    Every engine object of a process shares one long-lived pipeline (per command
    and limits), started on first use: a worker that translates many documents
    pays the start-up once. Calls are serialised; `close()` stops the pipeline
    (the next call starts a new one); it is killed at exit, and a forked child
    starts its own instead of using its parent's.
    """

    name = "apertium"
    model = MODE
    unit: Literal["sentence", "paragraph"] = "paragraph"
    protect_names = True
    verify_names = False

    def __init__(self, version: str, executable: str = "apertium", *, batch_size: int = 100,
                 timeout: float = 20.0, seconds_per_kchar: float = 1.0,
                 pipeline: Sequence[Sequence[str]] | Literal["auto"] | None = "auto") -> None:
        self.version = version
        self.executable = executable
        self.batch_size = batch_size  # progress/cancel granularity only: no process per batch
        path = shutil.which(executable) or executable
        stages = null_flush_pipeline(path) if pipeline == "auto" else pipeline
        limits = Limits(base_seconds=timeout, seconds_per_kchar=seconds_per_kchar)
        if stages:
            self.runner = _shared_runner(tuple(tuple(s) for s in stages), limits, path)
        else:
            self.runner = NullFlushRunner([(executable, "-z", "-u", "-f", "none", MODE)],
                                          persistent=False, limits=limits, env=_env(path))

    @property
    def persistent(self) -> bool:
        return self.runner.persistent

    def describe(self) -> str:
        return f"Apertium {self.model} {self.version}"

    def translate_units(self, units: list[str], cancel: CancelToken | None = None) -> list[str]:
        """One result per unit; raises `UnitErrors` keeping those that did translate."""
        check(cancel)
        units = [u.strip() for u in units]
        raw = self.runner.run([deformat(u) for u in units], cancel, [len(u) for u in units])
        out = [r if isinstance(r, Exception) else _tidy(reformat(r)) for r in raw]
        if any(isinstance(r, Exception) for r in out):
            raise UnitErrors(out)
        return [r for r in out if isinstance(r, str)]

    def start(self) -> None:
        """Start the long-lived pipeline now (a one-shot runner starts per call)."""
        if self.runner.persistent:
            self.runner.start()

    def close(self) -> None:
        self.runner.close()

    def __repr__(self) -> str:
        return f"ApertiumEngine({self.version!r})"
