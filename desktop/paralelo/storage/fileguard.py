"""Look at a would-be session file without changing a byte of it.

`inspect_file` reads the 100-byte SQLite header itself (a zero-byte file would
otherwise be silently turned into a fresh database by SQLite), then opens the
file through a read-only URI connection to check the application id, the
schema version and the page structure. Only after it passes does `Session`
open a writable connection.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from paralelo.storage.errors import (
    NotParalelo,
    NotSQLite,
    SessionCorrupt,
    SessionEmpty,
    SessionError,
    SessionNotFound,
    SessionTooNew,
)
from paralelo.storage.schema import APPLICATION_ID, SCHEMA_VERSION, create_schema
from paralelo.storage.util import explain

MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class FileInfo:
    version: int  # schema version (PRAGMA user_version)


def ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def connect_ro(path: Path, *, untouched: bool = False) -> sqlite3.Connection:
    """A read-only connection. With ``untouched``, and no WAL beside the file (so no
    writer has it open), it is opened immutable: SQLite creates no -wal/-shm files,
    so reading leaves the folder exactly as it was."""
    uri = ro_uri(path)
    if untouched and not Path(f"{path}-wal").exists():
        uri = path.resolve().as_uri() + "?immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _header(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise SessionNotFound(f"{path}: no such session file")
        with path.open("rb") as fh:
            return fh.read(100)
    except PermissionError:
        raise SessionNotFound(f"{path}: permission denied") from None
    except OSError as exc:
        raise SessionNotFound(f"{path}: cannot read ({exc.strerror or exc})") from None


def check_header(path: Path) -> bytes:
    """Cheap checks on the raw header: empty, not SQLite, visibly truncated."""
    head = _header(path)
    if not head:
        raise SessionEmpty(f"{path}: the file is empty (0 bytes), not a Paralelo session")
    if not head.startswith(MAGIC[: len(head)]) or len(head) < len(MAGIC):
        if head.startswith(MAGIC[: len(head)]):
            raise SessionCorrupt(f"{path}: the session file is truncated ({len(head)} bytes)")
        raise NotSQLite(f"{path}: not a Paralelo session (not an SQLite database)")
    if len(head) < 100:
        raise SessionCorrupt(f"{path}: the session file is truncated ({len(head)} bytes)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise SessionCorrupt(f"{path}: the session file is damaged (bad page size)")
    pages = int.from_bytes(head[28:32], "big")
    size_valid = head[24:28] == head[92:96] and pages > 0
    expected = page_size * pages
    actual = path.stat().st_size
    if size_valid and actual < expected:
        raise SessionCorrupt(f"{path}: the session file is truncated "
                             f"({actual} of {expected} bytes); it may have been copied "
                             "incompletely")
    if actual % page_size:
        raise SessionCorrupt(f"{path}: the session file is damaged (its size is not a "
                             "whole number of pages)")
    return head


def inspect_file(path: Path, *, quick_check: bool = True, lenient: bool = False,
                 max_version: int = SCHEMA_VERSION) -> FileInfo:
    """Raise a `SessionUnreadable` subclass unless ``path`` is a usable session.

    Identity and version come from the header bytes, so another program's
    database is refused without even connecting to it. The structure check
    connects with ``immutable=1`` when there is no WAL (no -shm/-wal files
    are created); with a WAL present, read-only mode reads it too.
    ``lenient`` lets a truncated file through (to salvage what a copy holds).
    """
    try:
        head = check_header(path)
    except SessionCorrupt:
        if not lenient:
            raise
        head = _header(path)
    if len(head) < 100:
        raise SessionCorrupt(f"{path}: the session file is truncated ({len(head)} bytes)")
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise NotParalelo(f"{path}: an SQLite database, but not a Paralelo session")
    _check_version(path, int.from_bytes(head[60:64], "big"), max_version)
    has_wal = Path(str(path) + "-wal").exists()
    try:
        return _check_structure(path, quick_check, max_version, "mode=ro" if has_wal
                                else "immutable=1")
    except sqlite3.OperationalError as exc:
        if has_wal:  # e.g. no -shm can be made here: check the main file alone
            try:
                return _check_structure(path, quick_check, max_version, "immutable=1")
            except sqlite3.OperationalError:
                pass
        raise SessionError(f"{path}: cannot read the session "
                           f"({explain(str(exc), path.parent)})") from None


def _check_structure(path: Path, quick_check: bool, max_version: int, how: str) -> FileInfo:
    """Version, tables and (with ``quick_check``) pages; OperationalError is not damage."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{how}", uri=True,
                               isolation_level=None)
    except sqlite3.OperationalError:
        raise
    except sqlite3.Error as exc:
        raise NotSQLite(f"{path}: cannot be opened as a database ({exc})") from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        _check_version(path, version, max_version)
        if quick_check:
            _check_tables(path, conn, version)
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                detail = [ln for ln in str(rows[0][0]).splitlines()
                          if ln.strip() and not ln.startswith("***")]
                raise SessionCorrupt(f"{path}: the session file is damaged "
                                     f"({(detail or ['integrity check failed'])[0][:120]})")
    except sqlite3.OperationalError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise SessionCorrupt(f"{path}: the session file is damaged ({exc})") from None
        raise
    except sqlite3.DatabaseError as exc:
        raise SessionCorrupt(f"{path}: the session file is damaged ({exc})") from None
    finally:
        conn.close()
    return FileInfo(version=version)


@functools.lru_cache(maxsize=8)
def expected_columns(version: int) -> dict[str, frozenset[str]]:
    """Every table and its columns in a session of ``version`` (built in memory)."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_schema(mem, version)
        return {t: frozenset(r[1] for r in mem.execute(f"PRAGMA table_info({t!r})"))
                for (t,) in mem.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'")}
    finally:
        mem.close()


def _check_tables(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """A file claiming to be a session must have its tables (a forged header is not enough)."""
    for table, cols in sorted(expected_columns(version).items()):
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table!r})")}
        if not have:
            raise SessionCorrupt(f"{path}: the session file is damaged (its {table!r} table "
                                 "is missing)")
        if missing := sorted(cols - have):
            raise SessionCorrupt(f"{path}: the session file is damaged (column "
                                 f"{table}.{missing[0]} is missing)")


def _check_version(path: Path, version: int, max_version: int) -> None:
    if version > max_version:
        raise SessionTooNew(f"{path}: made by a newer Paralelo (session format {version}; "
                            f"this version reads up to {max_version}); update Paralelo "
                            "to open it")
    if version < 1:
        raise SessionCorrupt(f"{path}: the session was never fully created")
