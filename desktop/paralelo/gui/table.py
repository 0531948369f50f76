"""The review table: a QTableView with a rich-text delegate and sized rows.

Only visible rows are painted (QTableView virtualises), each from a cached
QTextDocument. Row heights are estimated from text length so 10,000 rows
are laid out in milliseconds; long paragraphs are clipped with a fade and
read in full in the detail pane below.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from paralelo.gui.model import COL_EN, COL_ES, COL_SCORE, ROW_ROLE, ROWS_MIME
from paralelo.gui.richtext import build_document
from paralelo.gui.rows import ResultIndex, Row
from paralelo.gui.textmarks import cell_blocks, clip_blocks, hit_marks
from paralelo.gui.theme import Colors, colors

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y = 10, 7
MAX_LINES = 7
SCORE_WIDTH = 86
EAGER_ROWS = 1500  # below this many rows every height is applied at once


class LinkDelegate(QStyledItemDelegate):
    """Paints link rows: highlighted text on both sides, a status chip in the middle."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colors: Colors = colors("light")
        self.view_mode = "both"
        self.diff = False
        self.search = ""  # highlighted in every cell
        self.font = QFont()
        self._cache: OrderedDict[tuple[Any, ...], QTextDocument] = OrderedDict()
        self.index_: ResultIndex | None = None

    def clear(self) -> None:
        self._cache.clear()

    def forget(self, row: Row) -> None:
        for key in [k for k in self._cache if k[0] == id(row)]:
            del self._cache[key]

    def document(self, row: Row, side: str, width: int) -> QTextDocument:
        key = (id(row), side, width, self.view_mode, self.diff, self.search)
        doc = self._cache.get(key)
        if doc is None:
            assert self.index_ is not None
            blocks = hit_marks(cell_blocks(row, self.index_, side, self.view_mode, self.diff),
                               self.search)
            fm = QFontMetrics(self.font)
            per_line = int(max(40, width) / max(1.0, fm.averageCharWidth() * 0.8))
            blocks = clip_blocks(blocks, per_line * (MAX_LINES + 1))
            empty = (self.tr("No English paragraph") if side == "en"
                     else self.tr("No Spanish paragraph"))
            doc = build_document(blocks, self.colors, self.font, empty_text=empty)
            doc.setTextWidth(max(40, width))
            self._cache[key] = doc
            if len(self._cache) > 800:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, Row):
            return
        rect: QRect = option.rect
        c = self.colors
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        bg = c.select if selected else (c.gap if row.is_gap else c.base)
        painter.fillRect(rect, QColor(bg))
        col = index.column()
        if col == COL_SCORE:
            self._paint_score(painter, rect, row)
        elif col == COL_ES and row.repeat_es and self._same_es_above(index, row):
            self._paint_repeat(painter, rect, row)
        else:
            self._paint_text(painter, rect, row, "es" if col == COL_ES else "en", bg)
        if col == COL_ES and row.status in ("confirmed", "flagged"):
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()),
                             QColor(c.confirmed if row.status == "confirmed" else c.flagged))
        painter.setPen(QPen(QColor(c.gap if not selected else c.select).darker(112), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_text(self, painter: QPainter, rect: QRect, row: Row, side: str, bg: str) -> None:
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        if not (row.es if side == "es" else row.en):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(self.colors.muted), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRect(inner.left(), inner.top(), inner.width(),
                        min(inner.height(), QFontMetrics(self.font).lineSpacing() + 8))
            painter.drawRoundedRect(box, 5, 5)
            painter.setFont(self.font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                             self.tr("no Spanish paragraph") if side == "es"
                             else self.tr("no English paragraph"))
            return
        doc = self.document(row, side, inner.width())
        painter.translate(inner.topLeft())
        clip = QRect(0, 0, inner.width(), inner.height())
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        if doc.size().height() > inner.height() + 1:
            fade = QLinearGradient(0, inner.height() - 18, 0, inner.height())
            transparent = QColor(bg)
            transparent.setAlpha(0)
            fade.setColorAt(0, transparent)
            fade.setColorAt(1, QColor(bg))
            painter.fillRect(QRect(0, inner.height() - 18, inner.width(), 18), fade)
            painter.setPen(QColor(self.colors.label))
            painter.drawText(QRect(0, inner.height() - 16, inner.width(), 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "…")

    @staticmethod
    def _same_es_above(index: Index, row: Row) -> bool:
        model = index.model()
        if index.row() <= 0 or model is None:
            return False
        prev = model.index(index.row() - 1, index.column()).data(ROW_ROLE)
        return isinstance(prev, Row) and prev.es == row.es

    def _paint_repeat(self, painter: QPainter, rect: QRect, row: Row) -> None:
        """Another English match of the Spanish paragraph(s) shown just above."""
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        f = QFont(self.font)
        f.setItalic(True)
        painter.setFont(f)
        painter.setPen(QColor(self.colors.label))
        label = ", ".join(f"ES ¶{i + 1}" for i in row.es)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.tr("↳ %1, as above: another English match").replace("%1", label))

    def _paint_score(self, painter: QPainter, rect: QRect, row: Row) -> None:
        c = self.colors
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = rect.left() + 10, rect.top() + PAD_Y + 2
        if row.link is None:
            painter.setPen(QColor(c.muted))
            painter.drawText(QRect(x, y, rect.width() - 14, 18), Qt.AlignmentFlag.AlignLeft,
                             self.tr("no match"))
            return
        status_color = {"confirmed": c.confirmed, "flagged": c.flagged}.get(row.status,
                                                                          c.unreviewed)
        glyph = {"confirmed": "✓", "flagged": "⚑"}.get(row.status, "○")
        f = QFont(self.font)
        f.setBold(True)
        painter.setFont(f)
        painter.setPen(QColor(status_color))
        painter.drawText(QRect(x, y, 16, 18), Qt.AlignmentFlag.AlignLeft, glyph)
        painter.setPen(QColor(c.text))
        painter.drawText(QRect(x + 18, y, 44, 18), Qt.AlignmentFlag.AlignLeft, f"{row.score:.2f}")
        bar = QRect(x, y + 22, rect.width() - 22, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.gap).darker(110))
        painter.drawRoundedRect(bar, 2, 2)
        fill = QRect(bar)
        fill.setWidth(max(2, int(bar.width() * max(0.0, min(1.0, row.score)))))
        score_color = c.confirmed if row.score >= 0.6 else ("#d4a72c" if row.score >= 0.35
                                                            else c.flagged)
        painter.setBrush(QColor(score_color))
        painter.drawRoundedRect(fill, 2, 2)
        small = QFont(self.font)
        small.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.8))
        if rect.bottom() - (y + 30) < 14:
            return  # a short row: the kind label would be cut off
        painter.setFont(small)
        painter.setPen(QColor(c.label))
        kind = str(row.link.get("kind") or "")
        painter.drawText(QRect(x, y + 30, rect.width() - 14, 16), Qt.AlignmentFlag.AlignLeft,
                         kind + ("  ✎" if row.note else ""))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 48)


class HeightEstimator:
    """Cheap row-height estimate from text lengths (no text layout per row)."""

    def __init__(self, font: QFont) -> None:
        fm = QFontMetrics(font)
        self.line = fm.lineSpacing()
        self.char = max(1.0, fm.averageCharWidth() * 1.02)

    def heights(self, lengths: list[tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]],
                view: str, es_w: int, en_w: int) -> list[int]:
        """Height of every row from (Spanish, machine translation, English) text lengths."""
        per_es = max(8, int((es_w - 2 * PAD_X) / self.char))
        per_en = max(8, int((en_w - 2 * PAD_X) / self.char))
        orig, mt = view in ("original", "both"), view in ("translation", "both")
        pad, line, ceil = 2 * PAD_Y + 2, self.line, math.ceil
        out = []
        for es_lens, mt_lens, en_lens in lengths:
            n_es = 0
            if orig:
                n_es += sum(ceil((n + 8) / per_es) or 1 for n in es_lens)
            if mt:
                n_es += sum(ceil((n + 8) / per_es) or 1 for n in mt_lens)
            n_en = sum(ceil((n + 8) / per_en) or 1 for n in en_lens)
            out.append(min(MAX_LINES, max(n_es, n_en, 2)) * line + pad)
        return out


class ReviewTable(QTableView):
    """The link table; recomputes row heights when rows or widths change.

    Dragging rows onto another row emits ``rows_dropped(dragged, target)``
    (the window links them together); file drags pass through to the window.
    """

    rows_dropped = Signal(list, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setObjectName("reviewTable")
        self.delegate = LinkDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setMinimumSectionSize(24)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setHighlightSections(False)
        self.setSortingEnabled(False)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.update_heights)
        self._last_widths: tuple[int, int] = (0, 0)
        self._heights: list[int] = []
        self._applied: set[int] = set()
        self._placeholder = ""
        hh.sectionResized.connect(lambda *_: self.schedule_heights())
        self.verticalScrollBar().valueChanged.connect(self.apply_visible)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(COL_SCORE, QHeaderView.ResizeMode.Fixed)
        # wide enough for the chip and for the header in any language ("Puntuación")
        title = str(model.headerData(COL_SCORE, Qt.Orientation.Horizontal) or "")
        bold = QFont(hh.font())
        bold.setBold(True)  # the themes draw headers bold
        hh.resizeSection(COL_SCORE, max(SCORE_WIDTH, QFontMetrics(bold).horizontalAdvance(title)
                                        + 2 * PAD_X + 12))
        for sig in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            sig.connect(self.schedule_heights)

    def schedule_heights(self, *args: Any) -> None:
        self._relayout.start()

    def update_heights(self) -> None:
        """Estimate every row's height; apply it to the rows around the viewport.

        Resizing a section costs O(rows) inside QHeaderView, so sizing all
        10,000 rows up front would take seconds. Instead the typical height is
        the default and real heights are applied as rows come into view
        (`apply_visible`), keeping what is on screen still.
        """
        proxy: Any = self.model()
        source = proxy.sourceModel() if proxy is not None else None
        if source is None or not hasattr(source, "text_lengths"):
            return
        es_w, en_w = self.columnWidth(COL_ES), self.columnWidth(COL_EN)
        est = HeightEstimator(self.delegate.font)
        self._heights = est.heights(source.text_lengths(), self.delegate.view_mode, es_w, en_w)
        self._applied = set()
        vh = self.verticalHeader()
        top = self.rowAt(0)  # new heights must not move what the reader is looking at
        top_pos = self.rowViewportPosition(top) if top >= 0 else 0
        if self._heights:
            typical = sorted(self._heights)[len(self._heights) // 2]
            vh.setDefaultSectionSize(typical)
            if proxy.rowCount() <= EAGER_ROWS:
                self._apply_rows(range(proxy.rowCount()))
        self._last_widths = (es_w, en_w)
        if 0 <= top < proxy.rowCount():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.rowViewportPosition(top) - top_pos)
        self.apply_visible()
        cur = self.currentIndex()
        if cur.isValid():
            self.scrollTo(cur, QAbstractItemView.ScrollHint.EnsureVisible)
            self.apply_visible()
        self.viewport().update()

    def _apply_rows(self, rows: Any) -> None:
        proxy: Any = self.model()
        vh = self.verticalHeader()
        heights, applied = self._heights, self._applied
        vh.blockSignals(True)  # one geometry update at the end, not one per row
        try:
            for r in rows:
                if r in applied:
                    continue
                applied.add(r)
                src = proxy.mapToSource(proxy.index(r, 0)).row()
                if 0 <= src < len(heights) and vh.sectionSize(r) != heights[src]:
                    vh.resizeSection(r, heights[src])
        finally:
            vh.blockSignals(False)
        self.updateGeometries()

    def apply_visible(self, *args: Any) -> None:
        """Give the rows on (and near) screen their estimated heights, without a jump."""
        proxy: Any = self.model()
        n = proxy.rowCount() if proxy is not None else 0
        if not n or not self._heights or len(self._applied) >= n:
            return
        top = max(0, self.rowAt(0))
        bottom = self.rowAt(self.viewport().height() - 1)
        bottom = n - 1 if bottom < 0 else bottom
        todo = [r for r in range(max(0, top - 20), min(n, bottom + 40))
                if r not in self._applied]
        if not todo:
            return
        before = self.rowViewportPosition(top)
        self._apply_rows(todo)
        shift = self.rowViewportPosition(top) - before
        if shift:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + shift)

    def center_on(self, index: QModelIndex) -> None:
        """Scroll ``index``'s row to the middle of the view, with its real height.

        Heights are applied lazily (`apply_visible`), so the rows around the
        target get theirs first; otherwise the row would drift once they did.
        """
        if not index.isValid():
            return
        r = index.row()
        if self._heights:
            self._apply_rows(range(max(0, r - 30), min(self.model().rowCount(), r + 30)))
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.apply_visible()
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def scroll_to_top_row(self, r: int, offset: int = 0) -> None:
        """Scroll so row ``r`` starts ``offset`` pixels from the top (negative: above it)."""
        if not 0 <= r < self.model().rowCount():
            return
        if self._heights:
            self._apply_rows(range(max(0, r - 40), min(self.model().rowCount(), r + 60)))
        self.scrollTo(self.model().index(r, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - offset)
        self.apply_visible()

    def set_placeholder(self, text: str) -> None:
        """What an empty table says (how to start, or what is being prepared)."""
        self._placeholder = text
        self.viewport().update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(self.delegate.colors.muted))
            f = QFont(self.delegate.font)
            f.setPointSizeF(f.pointSizeF() * 1.15)
            painter.setFont(f)
            painter.drawText(self.viewport().rect().adjusted(40, 40, -40, -40),
                             int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                             self._placeholder)
            painter.end()

    # -- drag a row onto another to link them
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ROWS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files and text go to the window

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(ROWS_MIME):
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        if target.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        md = event.mimeData()
        target = self.indexAt(event.position().toPoint())
        proxy: Any = self.model()
        source = proxy.sourceModel() if proxy is not None else None
        if not md.hasFormat(ROWS_MIME) or not target.isValid() or source is None:
            event.ignore()
            return
        dragged = source.rows_from_mime(md)
        row = target.data(ROW_ROLE)
        event.setDropAction(Qt.DropAction.CopyAction)  # the view must not remove rows itself
        event.accept()
        if dragged and isinstance(row, Row) and all(r is not row for r in dragged):
            self.rows_dropped.emit(dragged, row)
