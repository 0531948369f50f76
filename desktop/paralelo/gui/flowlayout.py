"""A layout that wraps its items onto more lines when the width runs out.

The filter bar holds a search box and four labelled drop-downs; at 1024 px
(and 800 px) they do not fit on one line, and a box layout would squeeze them
over each other. Wrapping keeps every control at its size hint.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; an item with ``stretch`` widens to fill its line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretch.append(0)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        self._stretch[-1] = stretch

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            self._stretch.pop(index)
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lines(self, width: int) -> list[list[int]]:
        """Item numbers of each line for an inner ``width``."""
        lines: list[list[int]] = [[]]
        x = 0
        for n, item in enumerate(self._items):
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if lines[-1] and x + w > width:
                lines.append([])
                x = 0
            lines[-1].append(n)
            x += w + self._spacing
        return lines

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = inner.y()
        for line in self._lines(inner.width()):
            if not line:
                continue
            hints = [self._items[n].sizeHint() for n in line]
            used = sum(h.width() for h in hints) + self._spacing * (len(line) - 1)
            spare = max(0, inner.width() - used)
            stretch = sum(self._stretch[n] for n in line)
            height = max(h.height() for h in hints)
            x = inner.x()
            for n, hint in zip(line, hints, strict=True):
                w = hint.width() + (spare * self._stretch[n] // stretch if stretch else 0)
                w = min(w, inner.width())
                if apply:
                    top = y + (height - hint.height()) // 2
                    self._items[n].setGeometry(QRect(QPoint(x, top), QSize(w, hint.height())))
                x += w + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if y > inner.y() else m.top() + m.bottom()
