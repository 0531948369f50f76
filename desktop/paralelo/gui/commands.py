"""Undo commands over the store's recorded operations.

The window performs an operation on the store first (so a refused operation
never reaches the stack), then pushes a `StoreCommand`: its first ``redo()``
only refreshes the view; later ``undo()``/``redo()`` call the store's own
undo/redo, so the QUndoStack and the session history stay in step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from paralelo.gui.store import Store


class StoreCommand(QUndoCommand):
    """One already-performed stored operation.

    ``review_of`` lists the link ids whose review changed (cheap in-place
    refresh) or is None when the links' structure changed (rows rebuilt).
    After a later undo or redo, ``announce(message, link_id)`` says what was
    done ("Undid: Flag link 2") and lets the window select that link.
    """

    def __init__(self, text: str, store: Store,
                 refresh: Callable[[list[int] | None], None],
                 review_of: list[int] | None = None,
                 announce: Callable[[str, int | None], None] | None = None,
                 focus: int | None = None) -> None:
        super().__init__(text)
        self.store, self.refresh, self.review_of = store, refresh, review_of
        self.announce, self.focus = announce, focus
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.refresh(self.review_of)
            return
        self.store.redo()
        self.refresh(self.review_of)
        self._say(QCoreApplication.translate("StoreCommand", "Redid: %1"))

    def undo(self) -> None:
        self.store.undo()
        self.refresh(self.review_of)
        self._say(QCoreApplication.translate("StoreCommand", "Undid: %1"))

    def _say(self, template: str) -> None:
        if self.announce is not None:
            self.announce(template.replace("%1", self.text()), self.focus)
