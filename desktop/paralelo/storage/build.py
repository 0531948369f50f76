"""A whole session written aside and moved into place only when it is complete.

``paralelo align --session`` (new, or ``--force`` over an existing session) and
the window's "new session" build every table — documents, links, review —
under a hidden temporary name in the destination folder, fsync it, and rename
it over the user's path. A SIGKILL or a full disk at any moment leaves the
user's path as it was: absent, or the old session byte for byte. What a kill
leaves behind is a hidden ``.NAME.PID.building`` file, which the next build of
that path removes (it holds the writer lock, so no other build is running).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from paralelo.core.document import Document
from paralelo.storage.errors import SessionError
from paralelo.storage.files import configure, fsync, fsync_dir, init_file, remove_family
from paralelo.storage.util import disk_full

TMP_MARK = ".building"


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}{TMP_MARK}")


def ensure_folder(path: Path) -> None:
    """Make ``path``'s folder if missing (one-line error if it cannot be made)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SessionError(f"{path}: cannot create the folder "
                           f"({exc.strerror or exc})") from None


def sweep_leftovers(path: Path) -> list[Path]:
    """Remove temporary builds of ``path`` a killed process left (caller holds the lock)."""
    gone = []
    # exactly ".NAME.PID.building" and its side files: not another session's build
    # (".NAME.v2.PID.building"), and a name holding "[" still matches itself
    mine = re.compile(rf"\.{re.escape(path.name)}\.\d+{re.escape(TMP_MARK)}(-wal|-shm|-journal)?")
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*{TMP_MARK}*"):
        if not mine.fullmatch(leftover.name):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()
            gone.append(leftover)
    return gone


def build_session(path: Path, result: dict[str, Any],
                  documents: Sequence[Document] | None = None) -> int:
    """Write ``result`` as a complete session at ``path``; returns the links stored.

    The caller holds ``path``'s `WriterLock`. Any failure leaves ``path``
    untouched and removes the temporary build.
    """
    from paralelo.storage.session import Session  # session.py imports this module

    sweep_leftovers(path)
    tmp = temp_path(path)
    try:
        init_file(tmp)
        conn = sqlite3.connect(tmp, isolation_level=None, check_same_thread=False)
        configure(conn)
        with Session(tmp, conn, readonly=False) as session:
            n = session.save_result(result, documents=documents)
        if Path(f"{tmp}-wal").exists():  # close() checkpoints; a WAL left means it could not
            raise SessionError(f"{path}: could not finish writing the session")
        fsync(tmp)
        settle_wal(path)
        os.replace(tmp, path)
        fsync_dir(path.parent)
        return n
    except (SessionError, OSError, sqlite3.Error) as exc:
        remove_family(tmp)
        raise SessionError(f"{path}: cannot write the session ({_reason(exc, path)}); "
                           f"{_left(path)}") from None
    except BaseException:
        remove_family(tmp)
        raise


def settle_wal(path: Path) -> None:
    """Fold an existing session's WAL into it and drop its side files before a rename.

    A WAL left beside ``path`` would be replayed onto the new file (SQLite
    cannot tell it belongs to the old one), and deleting an unmerged WAL
    would lose committed edits. So the WAL is checkpointed first: the old
    session's content is unchanged, only moved from the WAL into the file.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for side in (wal, Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _reason(exc: BaseException, path: Path) -> str:
    """Why the build failed, short: "the disk is full", or the OS/SQLite reason."""
    text = getattr(exc, "strerror", None) or str(exc)
    if disk_full(path.parent) or "disk is full" in text or "No space left" in text:
        return "the disk is full"
    head, sep, tail = text.partition(": ")
    return tail if sep and head.endswith(TMP_MARK) else text


def _left(path: Path) -> str:
    return (f"{path.name} was left as it was" if path.exists()
            else "nothing was written")
