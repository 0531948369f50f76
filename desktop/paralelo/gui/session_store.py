"""`SessionStore`: the window's store over a `.paralelo` session file (Qt-free).

Every operation goes straight to `paralelo.storage.Session` (durable when the
call returns); the store keeps the alignment dict the view reads and patches
it: one link after a review change, all links after a structural one.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from paralelo.core.errors import UserError
from paralelo.gui.store import STATUSES, EnRef, MemoryStore, Result, ensure_review


def sessions_dir() -> Path:
    from paralelo.paths import user_data_dir

    path = user_data_dir() / "sessions"
    path.mkdir(parents=True, exist_ok=True)
    return path


class SessionStore:
    """A store backed by an open `Session`."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.path: str | None = str(session.path)
        self.readonly = bool(getattr(session, "readonly", False))
        self._result: Result = ensure_review(session.to_result_json(include_review=True))
        self._pos: dict[int, int] = {}
        self._reindex()

    def _reindex(self) -> None:
        self._pos = {int(lk["id"]): n for n, lk in enumerate(self._result.get("links") or [])}

    def _reload_links(self) -> None:
        """Bring the cached links in line with the file, re-reading only changed links."""
        old = {int(lk["id"]): lk for lk in self._result.get("links") or []}
        links = []
        for rec in self.session.links():
            lk = old.get(rec.id)
            if lk is None or _differs(lk, rec):
                lk = self.session.link_json(rec.id)
                ensure_review({"links": [lk]})
            links.append(lk)
        self._result["links"] = links
        self._reindex()

    def result(self) -> Result:
        return self._result

    def link_by_id(self, link_id: int) -> dict[str, Any] | None:
        """The link as stored now (re-read, so it is right after undo/redo too)."""
        from paralelo.storage import LinkNotFound

        try:
            fresh = self.session.link_json(link_id)
        except LinkNotFound:
            return None
        ensure_review({"links": [fresh]})
        n = self._pos.get(link_id)
        if n is not None:
            self._result["links"][n] = fresh
        return fresh

    def _check(self) -> None:
        if self.readonly:
            raise UserError("this session is open read-only: changes cannot be saved")

    def set_status(self, link_id: int, status: str) -> None:
        self._check()
        if status not in STATUSES:
            raise UserError(f"unknown review status {status!r}")
        {"confirmed": self.session.confirm, "flagged": self.session.flag,
         "unreviewed": self.session.unreview}[status](link_id)
        self.link_by_id(link_id)

    def set_note(self, link_id: int, text: str) -> None:
        self._check()
        self.session.set_note(link_id, text)
        self.link_by_id(link_id)

    def _structural(self, fn: Any, *args: Any) -> Any:
        self._check()
        value = fn(*args)
        self._reload_links()
        return value

    def link(self, es: list[int], en: list[EnRef]) -> int:
        return int(self._structural(self.session.link, es, en))

    def unlink(self, link_id: int) -> None:
        self._structural(self.session.unlink, link_id)

    def merge(self, ids: list[int]) -> int:
        return int(self._structural(self.session.merge, ids))

    def split(self, link_id: int) -> list[int]:
        return list(self._structural(self.session.split, link_id))

    def move_paragraph(self, src: int, dst: int, side: str, ref: int | EnRef) -> None:
        para: int | EnRef = (int(ref) if isinstance(ref, int)
                             else (str(ref[0]), int(ref[1])))
        self._structural(self.session.move_paragraph, para, src, dst)

    def replace_result(self, result: Result) -> None:
        self._structural(self.session.replace_auto_links, result.get("links") or [])

    def _step(self, fn: Any) -> None:
        if fn() is not None:
            self._reload_links()  # re-reads only the links the step changed

    def undo(self) -> None:
        self._step(self.session.undo)

    def redo(self) -> None:
        self._step(self.session.redo)

    def can_undo(self) -> bool:
        return bool(self.session.can_undo())

    def can_redo(self) -> bool:
        return bool(self.session.can_redo())

    def close(self) -> None:
        self.session.close()


def _differs(link: dict[str, Any], rec: Any) -> bool:
    rv = link.get("review") or {}
    en = tuple((str(e["doc"]), int(e["para"])) for e in link.get("en") or ())
    return (tuple(link.get("es") or ()) != tuple(rec.es) or en != tuple(rec.en)
            or rv.get("status") != rec.status or (rv.get("note") or "") != (rec.note or "")
            or link.get("kind") != rec.kind or float(link.get("score") or 0) != float(rec.score))


def _session_class() -> Any | None:
    try:
        from paralelo.storage import Session
    except ImportError:
        return None
    return Session


def create_store(result: Result, path: str | Path) -> Any:
    """A new session file at ``path`` holding ``result`` (memory only without storage)."""
    session_cls = _session_class()
    if session_cls is None:
        return MemoryStore(result)
    # Built whole aside and renamed into place: a full disk or a bad result leaves
    # no half-made file at ``path`` (issue 18.3).
    session = session_cls.create_with(path, result, overwrite=True)
    try:
        return SessionStore(session)
    except BaseException:
        session.close()
        raise


def copy_store(store: Any, dest: str | Path) -> Path:
    """Write the store's whole session (review and undo history too) to ``dest``.

    A consistent snapshot through SQLite's backup API, built beside ``dest``
    and renamed into place, so a failure never leaves half a file there. A
    store without a session file (an alignment JSON) becomes a new session.
    """
    import sqlite3

    from paralelo.core.atomic import atomic_path

    target = Path(dest).expanduser()
    session = getattr(store, "session", None)
    if session is None:
        create_store(store.result(), target).close()
        return target
    if store.path and target.exists() and target.resolve() == Path(store.path).resolve():
        raise UserError("{path}: this is the session itself; choose another name",
                        path=str(target))
    from paralelo.storage.build import settle_wal

    lock = _lock_target(target)  # never replace a session someone is editing
    try:
        with atomic_path(target) as tmp:
            out = sqlite3.connect(tmp)
            try:
                with getattr(session, "_mutex", contextlib.nullcontext()):
                    session.conn.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
            # A WAL left beside the file being replaced (a window that crashed on it)
            # would be replayed onto the copy: fold it into the old file first.
            settle_wal(target)
    except OSError as exc:
        raise UserError("{path}: cannot save the session there ({reason})",
                        path=str(target), reason=exc.strerror or str(exc)) from None
    except sqlite3.Error as exc:
        raise UserError("{path}: cannot save the session there ({reason})",
                        path=str(target), reason=str(exc)) from None
    finally:
        if lock is not None:
            lock.release()
    return target


def _lock_target(target: Path) -> Any:
    """The writer lock of an existing session at ``target`` (raises if it is being edited)."""
    if not target.exists():
        return None
    try:
        from paralelo.storage.lock import WriterLock
    except ImportError:
        return None
    return WriterLock(target)


def open_store(path: str | Path, *, readonly_copy: bool = False) -> Any:
    """Open a session file (or a read-only copy of it), or an alignment JSON (in memory)."""
    p = Path(path)
    if p.suffix.lower() == ".json":
        return MemoryStore(load_json_result(p), path=None)
    session_cls = _session_class()
    if session_cls is None:
        raise UserError("opening session files needs the storage module")
    session = session_cls.open_copy_readonly(p) if readonly_copy else session_cls.open(p)
    try:
        return SessionStore(session)
    except BaseException:  # e.g. damaged fields: release the lock and side files now
        session.close()
        raise


def load_json_result(path: Path) -> Result:
    """Read an alignment JSON (``paralelo align --json``), checked like exports check it."""
    from paralelo.core.result import load_result_json

    return load_result_json(path)


def recent_sessions() -> list[str]:
    try:
        from paralelo.storage import list_recent
    except ImportError:
        return []
    return [r.path for r in list_recent()]


def add_recent(path: str | Path) -> None:
    try:
        from paralelo.storage import add_recent as add
    except ImportError:
        return
    add(path)


def clear_recent() -> None:
    try:
        from paralelo.storage import list_recent, remove_recent
    except ImportError:
        return
    for r in list_recent(include_missing=True):
        remove_recent(r.path)
