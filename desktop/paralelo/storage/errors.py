"""Why a session file could not be opened or changed, in words for the user.

Every class is a `UserError`: the CLI prints the message and exits 2, the GUI
shows it and, for the bad-file cases (`SessionUnreadable` subclasses), offers
"open a read-only copy" (`Session.open_copy_readonly`) or "start a new
session" (`Session.create`). A failed open never writes to the file.
"""

from __future__ import annotations

from paralelo.core.errors import UserError


class SessionError(UserError):
    """Any problem with a session file."""


class SessionNotFound(SessionError):
    """The path does not exist (or is not a regular file)."""


class SessionExists(SessionError):
    """`Session.create` without ``overwrite`` on an existing path."""


class SessionUnreadable(SessionError):
    """The file exists but cannot be used as a session; it was left untouched."""


class SessionEmpty(SessionUnreadable):
    """A zero-byte file (SQLite would silently turn it into a new database)."""


class NotSQLite(SessionUnreadable):
    """The bytes are not an SQLite database at all."""


class NotParalelo(SessionUnreadable):
    """A valid SQLite database made by some other program."""


class SessionCorrupt(SessionUnreadable):
    """A Paralelo session that is truncated or damaged."""


class SessionTooNew(SessionUnreadable):
    """Written by a newer Paralelo with a schema this version does not know."""


class SessionLocked(SessionError):
    """Another Paralelo window or process is editing this session."""


class SessionReadOnly(SessionError):
    """An edit was attempted on a session opened read-only."""


class LinkNotFound(SessionError):
    """An operation named a link id that does not exist (any more)."""


class InvalidEdit(SessionError):
    """An edit that makes no sense (merge one link, move a paragraph it lacks...)."""
