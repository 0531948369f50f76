"""Sentence-level highlighting in the detail pane: point at a sentence, see its counterpart.

Hovering a sentence on one side highlights it and the sentence(s) the aligner
paired it with on the other side (`sentmap`); a click keeps that highlight
after the mouse leaves; Alt+Right / Alt+Left step through the pairs in order.
Highlights are QTextEdit extra selections, so the documents stay untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from paralelo.gui.richtext import block_starts
from paralelo.gui.rows import ResultIndex, Row
from paralelo.gui.sentmap import BlockSentences, group_count, sentence_map
from paralelo.gui.textmarks import Block

#: (side, block number, sentence number in the block)
Where = tuple[str, int, int]


class SentenceHighlighter(QObject):
    """Tracks the mouse over both text views of the detail pane."""

    def __init__(self, views: dict[str, QTextBrowser]) -> None:
        super().__init__(views["es"])
        self.views = views
        self.maps: dict[str, list[BlockSentences]] = {"es": [], "en": []}
        self.starts: dict[str, list[int]] = {"es": [], "en": []}
        self.color = QColor("#1d4ed8")
        self.pinned: set[Where] = set()
        self.shown: set[Where] = set()
        self.group = -1  # the pair Alt+arrows last stepped to
        for side, view in views.items():
            view.viewport().setMouseTracking(True)
            view.viewport().installEventFilter(self)
            view.viewport().setProperty("side", side)

    def set_blocks(self, row: Row | None, ix: ResultIndex | None,
                   blocks: dict[str, list[Block]]) -> None:
        """New documents were shown: recompute the sentence map, drop highlights."""
        for side in ("es", "en"):
            b = blocks.get(side) or []
            self.maps[side] = sentence_map(row, ix, b) if row is not None and ix else []
            self.starts[side] = block_starts(b)
        self.pinned, self.shown, self.group = set(), set(), -1
        self._apply(set())

    # -- what is where
    def at(self, side: str, pos: int) -> Where | None:
        """The sentence at document position ``pos`` of ``side``."""
        for n, start in enumerate(self.starts[side]):
            for k, (a, e, _g) in enumerate(self.maps[side][n] if n < len(self.maps[side]) else []):
                if start + a <= pos < start + e:
                    return side, n, k
        return None

    def partners(self, where: Where) -> set[Where]:
        """The sentence and every sentence of its group, on both sides."""
        side, n, k = where
        g = self.maps[side][n][k][2]
        if g < 0:
            return {where}
        return {(s, n2, k2) for s in ("es", "en") for n2, block in enumerate(self.maps[s])
                for k2, (_a, _e, g2) in enumerate(block) if g2 == g}

    def groups(self) -> int:
        return group_count([self.maps["es"], self.maps["en"]])

    # -- showing
    def _apply(self, targets: set[Where], scroll: bool = False) -> None:
        self.shown = targets
        fmt = QTextCharFormat()
        fmt.setForeground(self.color)
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(self.color)
        for side, view in self.views.items():
            sels = []
            first: QTextCursor | None = None
            for s, n, k in sorted(targets):
                if s != side or n >= len(self.maps[s]) or k >= len(self.maps[s][n]):
                    continue
                a, e, _g = self.maps[s][n][k]
                cur = QTextCursor(view.document())
                end = min(self.starts[s][n] + e, view.document().characterCount() - 1)
                cur.setPosition(min(self.starts[s][n] + a, end))
                cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor, sel.format = cur, fmt
                sels.append(sel)
                first = first or QTextCursor(cur)
            view.setExtraSelections(sels)
            if scroll and first is not None:
                first.clearSelection()
                view.setTextCursor(first)
                view.ensureCursorVisible()

    def step(self, delta: int) -> bool:
        """Highlight the next (previous) sentence pair; False when the link has none."""
        n = self.groups()
        if n == 0:
            return False
        self.group = (self.group + delta) % n if self.group >= 0 else (0 if delta > 0 else n - 1)
        targets = {(s, b, k) for s in ("es", "en") for b, block in enumerate(self.maps[s])
                   for k, (_a, _e, g) in enumerate(block) if g == self.group}
        self.pinned = targets
        self._apply(targets, scroll=True)
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        side = obj.property("side") if kind in (QEvent.Type.MouseMove, QEvent.Type.Leave,
                                                 QEvent.Type.MouseButtonRelease) else None
        if side in self.views:
            if kind == QEvent.Type.Leave:
                if self.shown != self.pinned:
                    self._apply(self.pinned)
            elif isinstance(event, QMouseEvent):
                pos = self.views[side].cursorForPosition(event.position().toPoint()).position()
                where = self.at(side, pos)
                targets = self.partners(where) if where else self.pinned
                if kind == QEvent.Type.MouseButtonRelease and where is not None \
                        and event.button() == Qt.MouseButton.LeftButton:
                    self.pinned = targets
                    g = self.maps[side][where[1]][where[2]][2]
                    self.group = g if g >= 0 else self.group
                if targets != self.shown:
                    self._apply(targets)
        return False

