"""The undo log every edit goes through: ``ops`` rows with payload and inverse.

Every edit builds a change set (records.py) and hands it to `_record`, which
applies it and stores it with its inverse in the same transaction, so an
edit and its undo entry are never separated by a crash. A new edit drops the
redo tail, like QUndoStack. Review, structural and re-alignment edits are in
review_ops.py, structure.py and realign.py; edits.py puts them together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from paralelo.core.clock import now_iso
from paralelo.storage.errors import LinkNotFound, SessionError
from paralelo.storage.records import Op, apply_changes, dumps, invert, snapshots
from paralelo.storage.util import guarded

#: Payloads larger than this (bytes of JSON) get their inverse derived at undo time.
INLINE_INVERSE_MAX = 64 * 1024


class OpLogMixin:
    """Undo/redo and the helpers every edit needs; `Session` provides ``conn`` and ``_write``."""

    reviewer: str | None
    path: Any

    @property
    def conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    @guarded
    def undo(self) -> Op | None:
        """Undo the latest edit (also one made before the file was reopened)."""
        return self._step("SELECT seq, inverse, payload FROM ops WHERE undone = 0 "
                          "ORDER BY seq DESC LIMIT 1", undone=1)

    @guarded
    def redo(self) -> Op | None:
        return self._step("SELECT seq, payload, NULL FROM ops WHERE undone = 1 "
                          "ORDER BY seq LIMIT 1", undone=0)

    @guarded
    def can_undo(self) -> bool:
        return self.conn.execute("SELECT 1 FROM ops WHERE undone = 0 LIMIT 1").fetchone() \
            is not None

    @guarded
    def can_redo(self) -> bool:
        return self.conn.execute("SELECT 1 FROM ops WHERE undone = 1 LIMIT 1").fetchone() \
            is not None

    @guarded
    def history(self) -> list[Op]:
        """All undo steps, oldest first; undone ones (the redo stack) are at the end."""
        return [Op(seq, t, label, at, bool(u)) for seq, t, label, at, u in self.conn.execute(
            "SELECT seq, type, label, at, undone FROM ops ORDER BY seq")]

    def _step(self, query: str, undone: int) -> Op | None:
        with self._write() as conn:
            row = conn.execute(query).fetchone()
            if row is None:
                return None
            seq, changes, payload = row
            # An inverse stored as JSON null is derived from the payload (big steps).
            change_set = json.loads(changes)
            if change_set is None:
                change_set = invert(json.loads(payload))
            try:
                apply_changes(conn, change_set)
            except sqlite3.IntegrityError as exc:
                raise SessionError(f"cannot {'undo' if undone else 'redo'} this step: "
                                   f"the session no longer matches it ({exc})") from None
            conn.execute("UPDATE ops SET undone = ? WHERE seq = ?", (undone, seq))
            t, label, at = conn.execute("SELECT type, label, at FROM ops WHERE seq = ?",
                                        (seq,)).fetchone()
            return Op(seq, t, label, at, bool(undone))

    # ------------------------------------------------------------------ helpers
    def _record(self, conn: sqlite3.Connection, op: str, label: str,
                changes: dict[str, Any]) -> None:
        changes = {"remove": changes.get("remove", []), "add": changes.get("add", []),
                   "set": changes.get("set", [])}
        conn.execute("DELETE FROM ops WHERE undone = 1")
        apply_changes(conn, changes)
        payload = dumps(changes)
        # The inverse holds the same snapshots as the payload; for big steps (a
        # re-alignment of thousands of links) storing it twice would double the
        # file, so it is stored as null and derived when undoing.
        inverse = dumps(invert(changes)) if len(payload) <= INLINE_INVERSE_MAX else "null"
        conn.execute("INSERT INTO ops (type, label, payload, inverse, at) VALUES (?,?,?,?,?)",
                     (op, label, payload, inverse, now_iso()))

    def _need(self, conn: sqlite3.Connection, ids: Sequence[int]) -> list[dict[str, Any]]:
        found = snapshots(conn, ids)
        if len(found) != len(set(ids)):
            missing = sorted(set(ids) - {s["id"] for s in found})
            raise LinkNotFound(f"link {', '.join(map(str, missing))} does not exist (any more)")
        return found

    @staticmethod
    def _next_id(conn: sqlite3.Connection) -> int:
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'links'").fetchone()
        top = conn.execute("SELECT MAX(id) FROM links").fetchone()[0]
        return max(seq[0] if seq else 0, top or 0) + 1
