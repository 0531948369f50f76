"""Review and manual-correction operations of the main window (a mixin).

Each operation runs on the store first (a refused one shows a message and
changes nothing), then a `StoreCommand` goes on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from paralelo.core.errors import UserError
from paralelo.gui.commands import StoreCommand
from paralelo.gui.i18n import error_text
from paralelo.gui.model import ROW_ROLE, STATUS_ROLE
from paralelo.gui.rows import Row

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    class _Base(QMainWindow):
        """For the type checker: the window's attributes and methods."""

        def __getattr__(self, name: str) -> Any: ...
else:
    _Base = object


class EditingMixin(_Base):
    # -- plumbing
    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title or self.tr("Paralelo"), message)

    def announce_step(self, message: str, link_id: int | None) -> None:
        """After an undo or redo: say what it did and select the link it changed."""
        self.statusBar().showMessage(message, 8000)
        if link_id is not None and self.select_link(link_id):
            self.ensure_current_visible()

    def refresh_after(self, review_of: list[int] | None) -> None:
        """Update the view after an operation, undo or redo."""
        if self.store is None:
            return
        if review_of is None:
            self.reload_rows()
            return
        for link_id in review_of:
            link = self.store.link_by_id(link_id)
            n = self.model.row_of_link(link_id)
            if link is not None and n is not None:
                self.table.delegate.forget(self.model.rows[n])
                self.model.update_link(link)
        self.update_counts()
        self._show_current()
        self._update_actions()

    def run_op(self, text: str, ops: list[Callable[[], Any]],
               review_of: list[int] | None = None) -> list[Any]:
        """Apply store operations as one undoable step; returns their values."""
        if self.store is None or self.runner.busy or not ops:
            return []
        values: list[Any] = []
        started = False
        try:
            for op in ops:
                value = op()
                if not started:
                    self.undo_stack.beginMacro(text)
                    started = True
                values.append(value)
                focus = (review_of[0] if review_of else value if isinstance(value, int)
                         else value[0] if isinstance(value, list) and value else None)
                self.undo_stack.push(StoreCommand(text, self.store, self.refresh_after,
                                                  review_of, self.announce_step, focus))
        except UserError as exc:
            self.show_error(text, error_text(exc))
        finally:
            if started:
                self.undo_stack.endMacro()
        return values

    def _review_targets(self) -> list[int]:
        return [r.link_id for r in self.selected_rows() if r.link_id is not None]

    def _next_unreviewed_from(self, start: int, step: int = 1,
                              skip: set[int] | None = None) -> int | None:
        n = self.proxy.rowCount()
        for k in range(1, n + 1):
            i = (start + step * k) % n
            idx = self.proxy.index(i, 0)
            row = idx.data(ROW_ROLE)
            if (idx.data(STATUS_ROLE) == "unreviewed" and isinstance(row, Row)
                    and row.link_id not in (skip or set())):
                return i
        return None

    # -- review
    def _set_status(self, status: str, label: str) -> None:
        ids = [r.link_id for r in self.selected_rows()
               if r.link_id is not None and r.status != status]
        if not ids or self.store is None:
            return
        store = self.store
        cur = self.table.currentIndex().row()
        nxt = self._next_unreviewed_from(cur, 1, set(ids)) if status != "unreviewed" else None
        nxt_id = self.proxy.index(nxt, 0).data(ROW_ROLE).link_id if nxt is not None else None
        ops: list[Callable[[], Any]] = [partial(store.set_status, i, status) for i in ids]
        self.run_op(label.replace("%1", ", ".join(map(str, ids))), ops, review_of=ids)
        if nxt_id is not None and len(ids) == 1:
            self.select_link(nxt_id)

    def confirm_selected(self) -> None:
        self._set_status("confirmed", self.tr("Confirm link %1"))

    def flag_selected(self) -> None:
        self._set_status("flagged", self.tr("Flag link %1"))

    def unreview_selected(self) -> None:
        self._set_status("unreviewed", self.tr("Mark link %1 unreviewed"))

    def edit_note(self) -> None:
        if self.detail.note.isEnabled():
            self.detail.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.detail.note.selectAll()

    def set_note(self, link_id: int, text: str) -> None:
        if self.store is None:
            return
        link = self.store.link_by_id(link_id)
        if link is None or (link.get("review") or {}).get("note", "") == text:
            return
        store = self.store
        self.run_op(self.tr("Note on link %1").replace("%1", str(link_id)),
                    [lambda: store.set_note(link_id, text)],
                    review_of=[link_id])
        self.table.setFocus()

    def next_unreviewed(self) -> None:
        i = self._next_unreviewed_from(self.table.currentIndex().row(), 1)
        if i is None:
            self.statusBar().showMessage(self.tr("Every visible link is reviewed."), 4000)
        else:
            self.select_proxy_row(i)

    def previous_unreviewed(self) -> None:
        i = self._next_unreviewed_from(self.table.currentIndex().row(), -1)
        if i is not None:
            self.select_proxy_row(i)

    def review_lowest_first(self) -> None:
        self.sort_combo.setCurrentIndex(1)
        i = self._next_unreviewed_from(-1, 1)
        if i is not None:
            self.select_proxy_row(i)
        self.table.setFocus()

    # -- manual correction
    def link_dropped(self, dragged: list[Row], target: Row) -> None:
        """Rows dragged onto another row: link all their paragraphs together."""
        self.link_selected([*dragged, target])

    def link_selected(self, rows: list[Row] | None = None) -> None:
        rows = rows if rows is not None else self.selected_rows()
        if self.store is None or not rows:
            return
        es = sorted({i for r in rows for i in r.es})
        en = sorted({ref for r in rows for ref in r.en})
        if not es or not en:
            self.show_error(self.tr("Link"), self.tr(
                "Select rows holding at least one Spanish and one English paragraph "
                "(Ctrl+click or Shift+click to select several rows)."))
            return
        store = self.store
        olds = [r.link_id for r in rows if r.link_id is not None]
        ops: list[Callable[[], Any]] = [partial(store.unlink, i) for i in olds]
        ops.append(partial(store.link, es, en))
        values = self.run_op(self.tr("Link paragraphs"), ops)
        if values and len(values) == len(ops):
            self.select_link(int(values[-1]))

    def unlink_selected(self) -> None:
        ids = self._review_targets()
        if self.store is None or not ids:
            return
        store = self.store
        self.run_op(self.tr("Unlink"), [partial(store.unlink, i) for i in ids])

    def merge_selected(self) -> None:
        ids = self._review_targets()
        if self.store is None:
            return
        if len(ids) < 2:
            self.show_error(self.tr("Merge"), self.tr("Select two or more links to merge."))
            return
        store = self.store
        values = self.run_op(self.tr("Merge links"), [lambda: store.merge(ids)])
        if values:
            self.select_link(int(values[0]))

    def split_selected(self) -> None:
        ids = self._review_targets()
        if self.store is None or not ids:
            return
        store = self.store
        values = self.run_op(self.tr("Split link"), [lambda: store.split(ids[0])])
        if values and values[0]:
            self.select_link(int(values[0][0]))

    def _neighbour_link(self, step: int) -> int | None:
        n = self.table.currentIndex().row() + step
        while 0 <= n < self.proxy.rowCount():
            row = self.proxy.index(n, 0).data(ROW_ROLE)
            if isinstance(row, Row) and row.link_id is not None:
                return row.link_id
            n += step
        return None

    def _move(self, side: str, step: int) -> None:
        row = self.current_row()
        if self.store is None or row is None or row.link_id is None:
            return
        refs: list[Any] = list(row.es) if side == "es" else list(row.en)
        target = self._neighbour_link(step)
        if not refs or target is None:
            self.statusBar().showMessage(self.tr("Nothing to move there."), 4000)
            return
        ref = refs[0] if step < 0 else refs[-1]
        store, src = self.store, row.link_id
        self.run_op(self.tr("Move paragraph"),
                    [lambda: store.move_paragraph(src, target, side, ref)])
        self.select_link(target)

    def move_en_up(self) -> None:
        self._move("en", -1)

    def move_en_down(self) -> None:
        self._move("en", 1)

    def move_es_up(self) -> None:
        self._move("es", -1)

    def move_es_down(self) -> None:
        self._move("es", 1)

    def apply_realigned(self, result: dict[str, Any]) -> None:
        """Put a re-alignment in place as one undoable step."""
        if self.store is None:
            return
        store = self.store
        self.run_op(self.tr("Re-align"), [lambda: store.replace_result(result)])
        self.statusBar().showMessage(self.tr("Re-aligned; confirmed links were kept."), 5000)

