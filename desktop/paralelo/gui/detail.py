"""The detail pane: the selected row in full, both sides, plus its note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from paralelo.gui.richtext import block_starts, build_document
from paralelo.gui.rows import ResultIndex, Row
from paralelo.gui.sentence_hl import SentenceHighlighter
from paralelo.gui.textmarks import Block, Mark, cell_blocks, hit_marks, to_utf16
from paralelo.gui.theme import Colors


class DetailPane(QWidget):
    """Full text of one row with highlights; ``note_edited`` when the note changes."""

    note_edited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.header = QLabel(self)
        self.header.setObjectName("detailHeader")
        self.es_view = QTextBrowser(self)
        self.en_view = QTextBrowser(self)
        for v, name, acc in ((self.es_view, "detailSpanish", self.tr("Spanish text of the link")),
                             (self.en_view, "detailEnglish", self.tr("English text of the link"))):
            v.setObjectName(name)
            v.setAccessibleName(acc)
            v.setOpenLinks(False)
            v.setFrameShape(QTextBrowser.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.es_view)
        split.addWidget(self.en_view)
        split.setChildrenCollapsible(False)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Add a note to this link (Enter to save)"))
        self.note.setClearButtonEnabled(True)
        self.note.editingFinished.connect(self._note_done)  # Enter or leaving the field
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("Note:"), self)
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(6)
        lay.addWidget(self.header)
        lay.addWidget(split, 1)
        lay.addLayout(note_row)
        self.row: Row | None = None
        self.search = ""  # highlighted like in the table
        self._blocks: dict[str, list[Block]] = {"es": [], "en": []}
        self.sentences = SentenceHighlighter({"es": self.es_view, "en": self.en_view})
        self.show_row(None, None, "both", False, None, QFont())

    def show_row(self, row: Row | None, ix: ResultIndex | None, view: str, diff: bool,
                 colors: Colors | None, font: QFont, status_text: str = "") -> None:
        self.row = row
        if row is None or ix is None or colors is None:
            self.header.setText(self.tr("Select a row to read it in full."))
            self.es_view.clear()
            self.en_view.clear()
            self.sentences.set_blocks(None, None, {})
            self.note.setEnabled(False)
            self.note.clear()
            return
        self._ix, self._view, self._diff, self._colors, self._font = ix, view, diff, colors, font
        self._render()
        if row.link is None:
            self.header.setText(self.tr("Unmatched paragraph: not linked to anything yet"))
        else:
            self.header.setText(status_text)
        self.note.setEnabled(row.link is not None)
        if not self.note.hasFocus():
            self.note.setText(row.note)

    def _render(self, focus: dict[str, list[tuple[int, Mark]]] | None = None) -> None:
        assert self.row is not None
        for side, view in (("es", self.es_view), ("en", self.en_view)):
            blocks = hit_marks(cell_blocks(self.row, self._ix, side, self._view, self._diff),
                               self.search)
            self._blocks[side] = blocks
            empty = (self.tr("No English paragraph") if side == "en"
                     else self.tr("No Spanish paragraph"))
            doc = build_document(blocks, self._colors, self._font, empty_text=empty,
                                 focus=(focus or {}).get(side))
            doc.setDocumentMargin(6)
            doc.setParent(view)
            view.setDocument(doc)
        self.sentences.color = QColor(self._colors.sentence)
        self.sentences.set_blocks(self.row, self._ix, self._blocks)

    def show_first_hit(self) -> None:
        """Scroll both sides to the first search hit (F3 / Shift+F3)."""
        for side, view in (("es", self.es_view), ("en", self.en_view)):
            starts = block_starts(self._blocks[side])
            hit = next(((starts[n], m) for n, b in enumerate(self._blocks[side])
                        for m in b.marks if m.style == "hit"), None)
            if hit is not None:
                cur = QTextCursor(view.document())
                cur.setPosition(hit[0] + hit[1].start)
                cur.setPosition(hit[0] + hit[1].end, QTextCursor.MoveMode.KeepAnchor)
                view.setTextCursor(cur)
                view.ensureCursorVisible()

    def focus_fact(self, item: dict[str, Any]) -> None:
        """Jump to a fact's spans on both sides and emphasise them."""
        if self.row is None:
            return
        focus: dict[str, list[tuple[int, Mark]]] = {"es": [], "en": []}
        places = [(side, loc) for side in ("es", "en")
                  for loc in item.get(f"{side}_locs") or [item.get(f"{side}_loc")]]
        for side, loc in places:
            if not isinstance(loc, dict):
                continue  # missing (a one-side fact) or damaged
            want = loc.get("para") if side == "es" else (loc.get("doc"), loc.get("para"))
            try:
                a, e = int(loc["span"][0]), int(loc["span"][1])
            except (KeyError, TypeError, ValueError, IndexError):
                continue
            for n, b in enumerate(self._blocks[side]):
                if b.ref == want and b.role in ("es", "en") and 0 <= a < e <= len(b.text):
                    focus[side].append((n, Mark(to_utf16(b.text, a), to_utf16(b.text, e),
                                                "focus")))
        self._render(focus)
        for side, view in (("es", self.es_view), ("en", self.en_view)):
            if focus[side]:
                n, mark = focus[side][0]
                pos = block_starts(self._blocks[side])[n]
                cur = QTextCursor(view.document())
                cur.setPosition(pos + mark.start)
                cur.setPosition(pos + mark.end, QTextCursor.MoveMode.KeepAnchor)
                view.setTextCursor(cur)
                view.ensureCursorVisible()

    def _note_done(self) -> None:
        if self.row is not None and self.row.link_id is not None:
            self.note_edited.emit(self.row.link_id, self.note.text())
