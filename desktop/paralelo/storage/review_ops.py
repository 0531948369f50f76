"""Review edits: confirm, flag, unreview, notes, and recomputed facts of a link.

Each review change is one undoable step that also records who made it and
when (``review.by``/``review.at``); a change that changes nothing records no
step. Recomputed facts are derived data, stored without an undo step.
"""

from __future__ import annotations

from typing import Any

from paralelo.core.clock import now_iso
from paralelo.core.surrogates import fix_surrogates, fix_surrogates_deep
from paralelo.storage.oplog import OpLogMixin
from paralelo.storage.records import fact_row
from paralelo.storage.util import guarded


class ReviewMixin(OpLogMixin):
    """confirm, flag, unreview, set_note, set_link_facts."""

    @guarded
    def confirm(self, link_id: int) -> None:
        self._review(link_id, "confirm", f"Confirm link {link_id}", status="confirmed")

    @guarded
    def flag(self, link_id: int) -> None:
        self._review(link_id, "flag", f"Flag link {link_id}", status="flagged")

    @guarded
    def unreview(self, link_id: int) -> None:
        self._review(link_id, "unreview", f"Unreview link {link_id}", status="unreviewed",
                     who=False)

    @guarded
    def set_note(self, link_id: int, text: str) -> None:
        self._review(link_id, "note", f"Note on link {link_id}", note=fix_surrogates(str(text)))

    def _review(self, link_id: int, op: str, label: str, who: bool = True,
                **fields: Any) -> None:
        with self._write() as conn:
            snap = self._need(conn, [link_id])[0]
            if all(snap[k] == v for k, v in fields.items()):
                return  # nothing changes: no undo step
            after = {**fields, "reviewed_by": self.reviewer if who else None,
                     "reviewed_at": now_iso() if who else None}
            before = {k: snap[k] for k in after}
            self._record(conn, op, label, {"set": [[link_id, before, after]]})

    @guarded
    def set_link_facts(self, link_id: int, data: dict[str, Any]) -> None:
        """Store recomputed facts/only_es/only_en/diff for a link (derived data, no undo)."""
        with self._write() as conn:
            self._need(conn, [link_id])
            conn.execute("INSERT OR REPLACE INTO facts (link_id, n_facts, n_only_es, n_only_en, "
                         "data, diff) VALUES (?, ?, ?, ?, ?, ?)",
                         (link_id, *fact_row(fix_surrogates_deep(data))))
