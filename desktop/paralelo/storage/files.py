"""The session file on disk: building an empty one, connection settings, fsync.

A new session is built under a temporary name and renamed into place, so a
crash while creating it never leaves a half-made file at the user's path.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from paralelo import __version__
from paralelo.core.clock import now_iso
from paralelo.storage.errors import SessionError
from paralelo.storage.records import dumps
from paralelo.storage.schema import create_schema


def init_file(tmp: str | Path) -> None:
    """Make an empty session at ``tmp`` (a fresh name nobody else uses) and fsync it."""
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        create_schema(conn)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
            ("app", dumps("paralelo")), ("created", dumps(now_iso())),
            ("created_by", dumps(f"paralelo {__version__}")), ("settings", "{}")])
        conn.execute("COMMIT")
    finally:
        conn.close()  # checkpoints and removes tmp-wal
    fsync(tmp)


def build_empty(path: Path) -> None:
    """Build the empty session aside and rename it into place (caller holds the lock)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(fd)
        os.unlink(tmp)  # SQLite creates it; mkstemp only reserved the name
        init_file(tmp)
        for stale in ("-wal", "-shm"):  # a stale WAL would be replayed onto the new file
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path) + stale)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(NameError):
            remove_family(tmp)
        raise SessionError(f"{path}: cannot create the session "
                           f"({getattr(exc, 'strerror', None) or exc})") from None


def configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise SessionError("cannot use write-ahead logging for this session file "
                           f"(journal mode {mode}); is it on a network drive?")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def fsync(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fsync(path)


def remove_family(path: str | Path) -> None:
    """Delete a database file and its -wal/-shm/-journal side files, if present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
