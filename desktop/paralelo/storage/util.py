"""Small shared pieces: the reviewer name and the guard every public Session method wears."""

from __future__ import annotations

import functools
import getpass
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from paralelo.storage.errors import (
    InvalidEdit,
    SessionCorrupt,
    SessionError,
    SessionLocked,
    SessionReadOnly,
)

F = TypeVar("F", bound=Callable[..., Any])


def guarded(fn: F) -> F:
    """Serialise calls on the session's lock; SQLite failures become `SessionError`s."""

    @functools.wraps(fn)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            if self._conn is None:
                raise SessionError(f"{self.path}: the session is closed")
            try:
                return fn(self, *args, **kwargs)
            except sqlite3.IntegrityError as exc:
                raise InvalidEdit(f"{self.path}: the edit conflicts with the session "
                                  f"({exc})") from None
            except sqlite3.ProgrammingError:
                raise  # a bug, not the user's doing
            except sqlite3.OperationalError as exc:
                msg = str(exc)
                if "locked" in msg or "busy" in msg:
                    raise SessionLocked(f"{self.path}: the session is busy in another "
                                        "process") from None
                if "readonly" in msg or "read-only" in msg:
                    raise SessionReadOnly(f"{self.path}: cannot write ({msg})") from None
                raise SessionError(f"{self.path}: {explain(msg, Path(self.path).parent)}"
                                   ) from None
            except sqlite3.DatabaseError as exc:
                if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
                    raise SessionError(f"{self.path}: {explain(str(exc))}") from None
                raise SessionCorrupt(f"{self.path}: the session file is damaged "
                                     f"({exc})") from None
            except json.JSONDecodeError as exc:  # a stored JSON field was garbled
                detail = exc.msg if exc.doc == "" else (  # "" marks our own wording
                    f"a stored field is not valid JSON: {exc.msg}")
                raise SessionCorrupt(f"{self.path}: the session file is damaged "
                                     f"({detail})") from None
    return wrapper  # type: ignore[return-value]


def disk_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (almost) no free space left.

    SQLite reports a full disk as "disk I/O error" when it cannot even make
    its shared-memory file, so the free space is checked directly.
    """
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def explain(msg: str, folder: Path | None = None) -> str:
    """SQLite's terse I/O messages in words a reviser can act on."""
    low = msg.lower()
    if folder is not None and "disk" in low and disk_full(folder):
        low = "disk is full"
    if "disk is full" in low or "no space" in low:
        return ("the disk is full; nothing was changed (free some space and try again: "
                "everything saved before is intact)")
    if "disk i/o error" in low:
        return ("the disk reported an input/output error; nothing was changed (check the "
                "drive and try again)")
    return msg


def default_reviewer() -> str | None:
    """The OS user name, recorded as who reviewed a link unless the GUI sets another."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes: reviewer stays unknown
        return None
