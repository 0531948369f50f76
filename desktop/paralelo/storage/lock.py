"""One writer per session file, across processes.

SQLite serialises transactions but would let two Paralelo windows interleave
edits on the same review (and each keep its own undo stack). So a writable
`Session` holds an OS lock on ``FILE.paralelo.lock``: ``flock`` on POSIX,
``msvcrt.locking`` on Windows. The OS drops the lock when the process dies,
even on SIGKILL, so a crash never leaves a stale lock; the lock file is
removed on a clean close. Read-only opens take no lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from paralelo.storage.errors import SessionError, SessionLocked, SessionReadOnly


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class WriterLock:
    """Exclusive, non-blocking lock; raises `SessionLocked` if already held."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fd: int | None = None
        for _ in range(5):  # retry if the file is unlinked under us by a closing writer
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise SessionError(f"{path}: the disk is full; cannot open the session "
                                       "for editing (free some space and try again)") from None
                raise SessionReadOnly(f"{path}: cannot edit here ({exc.strerror or exc}); "
                                      "open the session read-only, or save a copy "
                                      "somewhere writable") from None
            if not _try_lock(fd):
                holder = _read(fd)
                os.close(fd)
                who = f" (process {holder})" if holder else ""
                raise SessionLocked(f"{path}: already open for editing in another Paralelo "
                                    f"window{who}; close it there, or open this session "
                                    "read-only")
            if _same_file(fd, self.path):
                self._fd = fd
                with contextlib.suppress(OSError):  # the pid is a courtesy; a full disk
                    os.ftruncate(fd, 0)              # must not stop the lock or leak it
                    os.write(fd, str(os.getpid()).encode())
                return
            os.close(fd)
        raise SessionLocked(f"{path}: could not lock the session for editing")

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":  # unlink while locked, so no one locks a dead inode
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        os.close(fd)  # closing drops the lock


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _read(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip() if hasattr(
            os, "pread") else ""
    except OSError:
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
