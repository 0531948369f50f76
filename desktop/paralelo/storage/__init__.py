"""Review sessions in SQLite (one ``.paralelo`` file per session).

Start at `Session` (storage/session.py) for the public API; errors are in
storage/errors.py, the schema and its migrations in storage/schema.py, the
recent-sessions list in storage/recent.py.
"""

from paralelo.storage.errors import (
    InvalidEdit,
    LinkNotFound,
    NotParalelo,
    NotSQLite,
    SessionCorrupt,
    SessionEmpty,
    SessionError,
    SessionExists,
    SessionLocked,
    SessionNotFound,
    SessionReadOnly,
    SessionTooNew,
    SessionUnreadable,
)
from paralelo.storage.probe import Verdict, probe
from paralelo.storage.recent import RecentSession, add_recent, list_recent, remove_recent
from paralelo.storage.records import LinkRecord, Op
from paralelo.storage.session import SUFFIX, Session

__all__ = [
    "SUFFIX", "InvalidEdit", "LinkNotFound", "LinkRecord", "NotParalelo", "NotSQLite", "Op",
    "RecentSession", "Session", "SessionCorrupt", "SessionEmpty", "SessionError",
    "SessionExists", "SessionLocked", "SessionNotFound", "SessionReadOnly", "SessionTooNew",
    "SessionUnreadable", "Verdict", "add_recent", "list_recent", "probe", "remove_recent",
]
