"""Undo commands over the store's recorded operations.

The window performs an operation on the store first (so a refused operation
never reaches the stack), then pushes a `StoreCommand`: its first ``redo()``
only refreshes the view; later ``undo()``/``redo()`` call the store's own
undo/redo, so the QUndoStack and the session history stay in step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from paralelo.gui.store import Store


class StoreCommand(QUndoCommand):
    """One already-performed stored operation.

    ``review_of`` lists the link ids whose review changed (cheap in-place
    refresh) or is None when the links' structure changed (rows rebuilt).
    """

    def __init__(self, text: str, store: Store,
                 refresh: Callable[[list[int] | None], None],
                 review_of: list[int] | None = None) -> None:
        super().__init__(text)
        self.store, self.refresh, self.review_of = store, refresh, review_of
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.store.redo()
        self.refresh(self.review_of)

    def undo(self) -> None:
        self.store.undo()
        self.refresh(self.review_of)
