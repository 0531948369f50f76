"""Apertium translations for the evaluation, cached on disk so reruns are quick.

Calls `apertium -u spa-eng_US` directly with many paragraphs per call
(blank-line separated, which Apertium's text mode preserves).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

PAIR = "spa-eng_US"


def cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "paralelo-bench" / f"apertium-{PAIR}.json"


def available() -> bool:
    return shutil.which("apertium") is not None


def _run(texts: Sequence[str]) -> list[str]:
    proc = subprocess.run(["apertium", "-u", PAIR], input="\n\n".join(texts) + "\n",
                          capture_output=True, text=True, check=True, timeout=600)
    out = [b.strip() for b in proc.stdout.strip().split("\n\n")]
    if len(out) == len(texts):
        return out
    if len(texts) == 1:
        return [" ".join(proc.stdout.split())]
    mid = len(texts) // 2  # a separator was not preserved: bisect
    return _run(texts[:mid]) + _run(texts[mid:])


def translate(texts: Sequence[str], batch: int = 300) -> list[str]:
    path = cache_path()
    cache: dict[str, str] = {}
    if path.is_file():
        cache = json.loads(path.read_text(encoding="utf-8"))
    todo = sorted({" ".join(t.split()) for t in texts} - cache.keys())
    for s in range(0, len(todo), batch):
        chunk = todo[s:s + batch]
        cache.update(zip(chunk, _run(chunk), strict=True))
    if todo:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    return [cache[" ".join(t.split())] for t in texts]
