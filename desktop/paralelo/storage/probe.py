"""`probe(path)`: what can be done with a file, decided without changing a byte of it.

The window asks before it offers anything: "Open Read-Only Copy" only when a
copy really opens and reads whole, editing only when the file is a readable
session nobody else is editing. Every check reads; the one side effect is
the lock file a free session's lock test creates and removes again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from paralelo.storage.errors import (
    NotParalelo,
    NotSQLite,
    SessionCorrupt,
    SessionEmpty,
    SessionError,
    SessionLocked,
    SessionNotFound,
    SessionReadOnly,
    SessionTooNew,
)
from paralelo.storage.fileguard import inspect_file
from paralelo.storage.util import disk_full

#: ``Verdict.status`` values.
STATUSES = ("ok", "locked", "readonly", "disk_full", "missing", "not_session", "too_new",
            "damaged", "unreadable")


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str  # one of STATUSES
    message: str  # one line for the user ("" when ok)
    can_edit: bool  # Session.open(path) will work
    can_open_copy: bool  # Session.open_copy_readonly(path) opens and reads the whole session

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def probe(path: str | Path) -> Verdict:
    """Classify ``path`` as a session: usable, busy, or refused (and why)."""
    p = Path(path).expanduser()
    try:
        inspect_file(p)
        _read_all(p, copy=False)
    except SessionNotFound as exc:
        return Verdict("missing", str(exc), False, False)
    except (NotSQLite, NotParalelo, SessionEmpty) as exc:
        return Verdict("not_session", str(exc), False, False)
    except SessionTooNew as exc:
        return Verdict("too_new", str(exc), False, False)
    except SessionCorrupt as exc:
        return Verdict("damaged", str(exc), False, _copy_reads(p))
    except SessionError as exc:
        return Verdict("unreadable", str(exc), False, _copy_reads(p))
    return _lock_verdict(p)


def _read_all(path: Path, *, copy: bool) -> None:
    """Read every table the window reads (JSON fields included); errors propagate."""
    from paralelo.storage.session import Session

    session = Session.open_copy_readonly(path) if copy else Session.open(path, readonly=True)
    with session:
        session.to_result_json(include_review=True)
        session.summary()


def _copy_reads(path: Path) -> bool:
    try:
        _read_all(path, copy=True)
    except SessionError:
        return False
    return True


def _lock_verdict(path: Path) -> Verdict:
    from paralelo.storage.lock import WriterLock

    try:
        WriterLock(path).release()
    except SessionLocked as exc:
        return Verdict("locked", str(exc), False, True)
    except (SessionReadOnly, SessionError) as exc:
        return Verdict("readonly", str(exc), False, True)
    if disk_full(path.parent):  # readable, but editing would fail at the first change
        return Verdict("disk_full", f"{path}: the disk is full; free some space to edit "
                       "this session (it is intact)", False, True)
    return Verdict("ok", "", True, True)
