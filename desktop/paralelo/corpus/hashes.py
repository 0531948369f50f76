"""Content hashes of the input files, remembered between runs by size and mtime.

A shard's key hashes its files' contents, so every run must know every
file's hash. Reading a million documents again on each resume would cost more
than the resume saves, so ``OUTDIR/hashes.sqlite`` keeps (path, size,
mtime_ns) → sha256: a file whose size and modification time are unchanged is
not read again (the rule rsync uses; a same-size edit within the same
nanosecond timestamp would be missed). Files are hashed on several threads
(I/O bound; hashlib releases the GIL) in chunks, so memory stays bounded.
URL inputs (`fsio`) are remembered by size and the store's modification
stamp (mtime, LastModified or ETag), and re-read when the store gives none.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from paralelo.core.errors import UserError
from paralelo.corpus import fsio

#: Threads reading input files (a shared filesystem wants several requests in flight).
THREADS = 8
CHUNK = 5_000


def file_sha256(path: str) -> str:
    """Content hash of a file; "missing" (or "unreadable") makes the pair fail later."""
    h = hashlib.sha256()
    try:
        with fsio.store_errors(path), fsio.open_read(path) as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except FileNotFoundError:
        return "missing"
    except (OSError, UserError):  # UserError: a URL fsspec cannot open (the pair says why)
        return "unreadable"
    return h.hexdigest()


def _open(cache: Path | None) -> sqlite3.Connection | None:
    if cache is None:
        return None
    try:
        db = sqlite3.connect(cache)
        db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, "
                    "mtime INTEGER, sha TEXT)")
        return db
    except sqlite3.Error:
        with contextlib.suppress(OSError):  # a damaged cache is only a cache
            cache.unlink()
        return None


def hash_files(files: Iterable[str], cache: Path | None = None) -> dict[str, str]:
    """sha256 of each file (``"missing"``/``"unreadable"`` for bad ones)."""
    out: dict[str, str] = {}
    todo = list(dict.fromkeys(files))
    db = _open(cache)
    with ThreadPoolExecutor(THREADS) as pool:
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start : start + CHUNK]
            stats = dict(zip(chunk, pool.map(fsio.stat, chunk), strict=True))
            known: dict[str, tuple[int, int, str]] = {}
            if db is not None:
                marks = ",".join("?" * len(chunk))
                for path, size, mtime, sha in db.execute(
                        f"SELECT path, size, mtime, sha FROM files WHERE path IN ({marks})", chunk):
                    known[path] = (size, mtime, sha)
            fresh = [f for f in chunk if stats[f] is None or known.get(f, (0, 0, ""))[:2]
                     != stats[f]]
            for f in chunk:
                if f not in fresh:
                    out[f] = known[f][2]
            for f, sha in zip(fresh, pool.map(file_sha256, fresh), strict=True):
                out[f] = sha
            if db is not None:
                rows = [(f, *stats[f], out[f]) for f in fresh  # type: ignore[misc]
                        if stats[f] is not None and len(out[f]) == 64]
                with contextlib.suppress(sqlite3.Error):
                    db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", rows)
                    db.commit()
    if db is not None:
        db.close()
    return out
