"""Search and filters of the main window (a mixin): hit count, F3 stepping, empty table text.

The filter proxy keeps only rows holding the search text, so stepping through
hits is stepping through the visible rows; the text itself is highlighted in
the table and the detail pane (`textmarks.hit_marks`). Window shortcuts keep
working while a line edit has focus (`ShortcutPassThrough`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    class _Base(QMainWindow):
        """For the type checker: the window's attributes and methods."""

        def __getattr__(self, name: str) -> Any: ...
else:
    _Base = object

#: Keys a line edit keeps for itself even when an action uses them (text editing).
_EDITING_KEYS = {QKeySequence(k).toString() for k in (
    "Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z",
    "Ctrl+Left", "Ctrl+Right", "Shift+Left", "Shift+Right", "Home", "End", "Shift+Home",
    "Shift+End", "Backspace", "Delete", "Ctrl+Backspace", "Ctrl+Delete", "Left", "Right",
    "Return", "Enter", "Escape")}


class ShortcutPassThrough(QObject):
    """Lets window shortcuts (Ctrl+E, F8, Ctrl+Enter...) fire while a line edit has focus.

    A QLineEdit claims many Ctrl+letter keys for editing (Ctrl+E moves to the
    end of the line on X11, Ctrl+K deletes to it); for keys bound to a window
    action the action wins, except the plain text-editing keys in `_EDITING_KEYS`.
    """

    def __init__(self, parent: QObject, shortcuts: set[str]) -> None:
        super().__init__(parent)
        self.shortcuts = shortcuts - _EDITING_KEYS

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            seq = QKeySequence(event.keyCombination()).toString()
            if seq in self.shortcuts:
                event.ignore()  # not overridden: the shortcut map fires the action
                return True
        return False


class SearchMixin(_Base):
    def install_shortcut_passthrough(self, *edits: Any) -> None:
        keys = {s.toString() for a in self.actions() for s in a.shortcuts()}
        self._passthrough = ShortcutPassThrough(self, keys)
        for edit in edits:
            edit.installEventFilter(self._passthrough)

    def filters_changed(self, **filters: Any) -> None:
        self.proxy.set_filters(**filters)
        self.ensure_current_visible()

    def apply_search(self) -> None:
        """Filter by the search box text and highlight it."""
        text = self.search.text().strip()
        self.table.delegate.search = text
        self.table.delegate.clear()
        self.detail.search = text
        self.proxy.set_filters(text=text)
        if self.current_row() is None and self.proxy.rowCount():
            self.select_proxy_row(0)
        else:
            self.ensure_current_visible()
        self._show_current()
        self.table.viewport().update()

    def update_search_status(self, *_args: Any) -> None:
        """The hit count beside the search box and what an empty table says."""
        if self.store is None:
            self.search_hits.clear()
            return
        text, n = self.search.text().strip(), self.proxy.rowCount()
        if text and n == 0:
            self.search_hits.setText(self.tr("No rows match"))
            self.table.set_placeholder(self.tr("No rows match '%1'").replace("%1", text))
        elif text:
            row = self.table.currentIndex().row()
            self.search_hits.setText(
                self.tr("%1 of %2").replace("%1", str(row + 1)).replace("%2", str(n))
                if row >= 0 else self.tr("%n row(s)", "", n))
        else:
            self.search_hits.clear()
        if not text and n == 0:
            self.table.set_placeholder(self.tr("No rows match the filters."))
        self.search_hits.setToolTip(self.tr("F3: next hit · Shift+F3: previous hit"))

    def find_next(self) -> None:
        self._step_hit(1)

    def find_previous(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self.search.text().strip():
            self.focus_search()
            return
        n = self.proxy.rowCount()
        if n == 0:
            self.statusBar().showMessage(self.tr("No rows match '%1'").replace(
                "%1", self.search.text().strip()), 4000)
            return
        row = self.table.currentIndex().row()
        nxt = (row + step) % n if row >= 0 else (0 if step > 0 else n - 1)
        self.select_proxy_row(nxt)
        self.detail.show_first_hit()
        self.update_search_status()

    def search_key(self, key: int) -> bool:
        """Return/Escape in the search box: go to the hits, or clear the search."""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.proxy.rowCount():
                if self.current_row() is None:
                    self.select_proxy_row(0)
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if key == Qt.Key.Key_Escape:
            self.search.clear()
            self.apply_search()
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False
