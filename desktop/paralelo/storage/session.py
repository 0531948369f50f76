"""A review session: one SQLite file (``.paralelo``) per session.

Public API (used by the GUI, exporters and ``paralelo align --session``)::

    Session.create(path, *, overwrite=False) -> Session        # empty, writable
    Session.create_with(path, result, *, documents=None, overwrite=False) -> Session
        # built whole aside, then renamed into place (nothing half-made at path)
    Session.open(path, *, readonly=False) -> Session           # bad files: SessionUnreadable
    Session.open_copy_readonly(path) -> Session                # temp copy, read-only
    s.save_result(result, *, documents=None, replace=False) -> int   # 1 transaction
    s.to_result_json(include_review=True, *, include_diff=True) -> dict
        # docs/json-schema.md; with include_review each link also has "origin"
        # (auto|manual) and "review" {status, note, by, at}
    s.links() -> list[LinkRecord]        # display order, no facts/diff: first paint
    s.get_link(id) -> LinkRecord; s.link_json(id) -> dict (one link, full)
    s.documents() -> list[Document]; s.es_mt() -> list[str | None]
    s.summary() -> dict; s.meta() -> dict; s.set_setting(key, value)
    s.anchors() -> list[Link]            # reviewed links: confirmed/flagged/noted/manual
    s.replace_auto_links(links) -> int   # re-alignment keeping anchors, undoable
    s.set_link_facts(id, data)           # recomputed facts of an edited link
    edits (edits.py), each one durable, undoable transaction:
      confirm(id) flag(id) unreview(id) set_note(id, text)
      link(es, en, *, exclusive=False) -> id   unlink(id)   merge(ids) -> id
      split(id, parts=None) -> [ids]   move_paragraph(para, from_id, to_id)
      undo() -> Op | None   redo() -> Op | None   can_undo()   can_redo()   history()
    s.reviewer = "name"                  # recorded as review.by (default: OS user)
    s.close()   (or use ``with``)

Where it lives: lifecycle and whole-result writes here, reads in reads.py,
edits in edits.py (review_ops, structure, realign, oplog), the file's
creation and connection settings in files.py.

Durability: WAL journal with ``synchronous=FULL``. Each public edit is one
``BEGIN IMMEDIATE ... COMMIT``; when the call returns the commit record is in
the WAL and fsync'ed, so it survives a killed process (which only needs the
write to reach the OS) and also power loss (which needs the fsync; NORMAL
would risk losing the last edits). The cost is one fsync per user action,
invisible at human editing speed.

Concurrency: one connection per Session, guarded by a re-entrant lock, so a
Session may be shared by the GUI thread and one worker (calls serialise).
Across processes there is a single writer, enforced by `lock.WriterLock`; a
second writer gets `SessionLocked`, readers (``readonly=True``) are welcome.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.result import normalise_result
from paralelo.core.surrogates import fix_surrogates, fix_surrogates_deep
from paralelo.storage import resultio
from paralelo.storage.build import build_session, ensure_folder
from paralelo.storage.edits import EditsMixin
from paralelo.storage.errors import (
    InvalidEdit,
    SessionCorrupt,
    SessionError,
    SessionExists,
    SessionReadOnly,
)
from paralelo.storage.fileguard import connect_ro, inspect_file
from paralelo.storage.files import build_empty, configure
from paralelo.storage.lock import WriterLock
from paralelo.storage.reads import ReadsMixin
from paralelo.storage.records import dumps
from paralelo.storage.schema import SCHEMA_VERSION, migrate
from paralelo.storage.util import default_reviewer, explain, guarded

SUFFIX = ".paralelo"


class Session(ReadsMixin, EditsMixin):
    """An open session file. Create with `create`, `open` or `open_copy_readonly`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool,
                 lock: WriterLock | None = None, tmpdir: str | None = None) -> None:
        self.path = path
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = conn
        self.db = Database(conn, execute_plugins=False)
        self._lock = lock
        self._tmpdir = tmpdir
        self._mutex = threading.RLock()
        #: Recorded as ``review.by`` on confirm/flag/note and manual edits.
        self.reviewer: str | None = default_reviewer()

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Session:
        """Make a new empty session (atomically: built aside, then renamed into place)."""
        path = Path(path).expanduser()
        if path.exists() and not overwrite:
            raise SessionExists(f"{path}: already exists")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SessionError(f"{path}: cannot create the folder "
                               f"({exc.strerror or exc})") from None
        lock = WriterLock(path)
        try:
            build_empty(path)
            return cls._open_writable(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create_with(cls, path: str | Path, result: dict[str, Any], *,
                    documents: Sequence[Document] | None = None,
                    overwrite: bool = False) -> Session:
        """A new session holding ``result``, opened for editing.

        Built whole under a temporary name and renamed into place (storage/build.py),
        so a failure (full disk, bad data, a kill) leaves nothing at ``path`` —
        or, with ``overwrite``, the file that was there, unchanged.
        """
        path = Path(path).expanduser()
        if path.exists() and not overwrite:
            raise SessionExists(f"{path}: already exists")
        ensure_folder(path)
        lock = WriterLock(path)
        try:
            if path.exists() and not overwrite:  # made while we waited for the lock
                raise SessionExists(f"{path}: already exists")
            build_session(path, result, documents)
            return cls._open_writable(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Session:
        """Open an existing session; bad files raise a `SessionUnreadable` and stay untouched.

        A read-only open of a session from an older Paralelo reads a migrated
        temporary copy, since migrating needs to write.
        """
        path = Path(path).expanduser()
        info = inspect_file(path)
        if readonly:
            if info.version < SCHEMA_VERSION:
                return cls.open_copy_readonly(path)
            try:
                conn = connect_ro(path, untouched=True)
                conn.execute("SELECT COUNT(*) FROM meta").fetchone()
            except sqlite3.OperationalError:  # e.g. read-only media without a -shm file
                return cls.open_copy_readonly(path)
            return cls(path, conn, readonly=True)
        lock = WriterLock(path)
        try:
            return cls._open_writable(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_writable(cls, path: Path, lock: WriterLock) -> Session:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=5.0)
        try:
            configure(conn)
            migrate(conn)
        except sqlite3.OperationalError as exc:  # disk full, I/O error, read-only medium
            conn.close()
            raise SessionError(f"{path}: cannot open for editing "
                               f"({explain(str(exc), path.parent)})") from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise SessionCorrupt(f"{path}: the session file is damaged ({exc})") from None
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, readonly=False, lock=lock)

    @classmethod
    def open_copy_readonly(cls, path: str | Path) -> Session:
        """Copy the file (and its WAL) to a temporary folder and open the copy read-only.

        For files `open` refuses or may not write (locked by another window,
        old schema on read-only media, damaged): the original is only read.
        Truncated or damaged copies are opened without the structure check, so
        what can be read is shown; reads that hit damage raise `SessionCorrupt`.
        """
        path = Path(path).expanduser()
        inspect_file(path, quick_check=False, lenient=True)  # refuse non-sessions early
        tmpdir = tempfile.mkdtemp(prefix="paralelo-copy-")
        try:
            copy = Path(tmpdir) / path.name
            shutil.copyfile(path, copy)
            if Path(str(path) + "-wal").exists():
                shutil.copyfile(str(path) + "-wal", str(copy) + "-wal")
            info = inspect_file(copy, quick_check=False, lenient=True)
            if info.version < SCHEMA_VERSION:
                conn = sqlite3.connect(copy, isolation_level=None)
                try:
                    migrate(conn)
                finally:
                    conn.close()
            return cls(path, connect_ro(copy), readonly=True, tmpdir=tmpdir)
        except sqlite3.DatabaseError as exc:
            shutil.rmtree(tmpdir, ignore_errors=True)
            raise SessionCorrupt(f"{path}: the session file is damaged ({exc})") from None
        except BaseException:
            shutil.rmtree(tmpdir, ignore_errors=True)
            raise

    def close(self) -> None:
        with self._mutex:
            if self._conn is None:
                return
            conn, self._conn = self._conn, None
            conn.close()
            if self._lock is not None:
                self._lock.release()
            if self._tmpdir:
                shutil.rmtree(self._tmpdir, ignore_errors=True)

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten session still releases its lock
        with contextlib.suppress(Exception):
            self.close()

    # ------------------------------------------------------------------ plumbing
    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise SessionError(f"{self.path}: the session is closed")
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction; callers hold the mutex (methods are `guarded`)."""
        if self.readonly:
            raise SessionReadOnly(f"{self.path}: opened read-only; open it for editing "
                                  "to make changes")
        conn = self.conn
        with resultio.no_gc():  # big edits (save, re-align, their undo) churn many dicts
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # ------------------------------------------------------------------ writes
    # (reads are in reads.py, edits in edits.py)
    @guarded
    def save_result(self, result: dict[str, Any], *,
                    documents: Sequence[Document] | None = None, replace: bool = False) -> int:
        """Store a whole alignment (docs/json-schema.md) in one transaction.

        ``documents`` (core objects) add what the JSON lacks: full text,
        format, encoding, paragraph offsets. A session that already has
        documents is refused unless ``replace`` (which also clears undo
        history). Returns the number of links stored. ``result`` is checked
        (and missing link ids filled) by `core.result.normalise_result`, so a
        malformed one is refused with a message naming what is wrong.
        """
        try:
            result = normalise_result(result)
        except UserError as exc:
            raise InvalidEdit(str(exc)) from None
        try:
            try:
                return self._save_result(result, documents, replace)
            except UnicodeEncodeError:
                # Lone surrogates (JSON input can carry "\ud800") cannot be stored as
                # UTF-8: store U+FFFD instead, as the JSON export does. The failed
                # attempt was rolled back; the copy is made only in this rare case.
                return self._save_result(
                    fix_surrogates_deep(result),
                    [dataclasses.replace(d, text=fix_surrogates(d.text))
                     for d in documents or ()], replace)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # e.g. unstorable values
            raise InvalidEdit(f"invalid alignment data ({type(exc).__name__}: {exc})") from None

    def _save_result(self, result: dict[str, Any], documents: Sequence[Document] | None,
                     replace: bool) -> int:
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone():
                if not replace:
                    raise InvalidEdit(f"{self.path}: the session already holds an "
                                      "alignment; use replace_auto_links to re-align")
                for table in ("ops", "links", "translations", "paragraphs", "documents"):
                    conn.execute(f"DELETE FROM {table}")
            return resultio.write_result(self.db, result, documents)

    @guarded
    def set_setting(self, key: str, value: Any) -> None:
        """Remember a session setting (e.g. the GUI's mode); not part of undo."""
        with self._write() as conn:
            settings = self.meta().get("settings") or {}
            settings[fix_surrogates(key)] = fix_surrogates_deep(value)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('settings', ?)",
                         (dumps(settings),))
