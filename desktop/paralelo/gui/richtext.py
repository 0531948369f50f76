"""Turn cell blocks into a QTextDocument with highlight formats.

Text is inserted as plain text (never parsed as HTML), so a document holding
``<script>`` shows it literally; marks are applied with QTextCursor on UTF-16
positions, the unit both Qt and `textmarks` count in.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument

from paralelo.gui.textmarks import Block, Mark, utf16_len
from paralelo.gui.theme import Colors


def _mark_format(mark: Mark, c: Colors) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if mark.style == "fact":
        fmt.setBackground(QColor(c.facts[mark.color % len(c.facts)]))
    elif mark.style == "only":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(c.only))
    elif mark.style == "ins":
        fmt.setBackground(QColor(c.ins))
    elif mark.style == "del":
        fmt.setBackground(QColor(c.dele))
        fmt.setFontStrikeOut(True)
    elif mark.style == "hit":
        fmt.setBackground(QColor(c.hit))
        fmt.setForeground(QColor(c.text))
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(c.text))
    elif mark.style == "focus":
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(c.text))
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def build_document(blocks: list[Block], colors: Colors, font: QFont, *, labels: bool = True,
                   empty_text: str = "", focus: list[tuple[int, Mark]] | None = None,
                   doc: QTextDocument | None = None) -> QTextDocument:
    """A QTextDocument for ``blocks``; ``focus`` adds (block number, mark) emphasis."""
    doc = doc or QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    cur = QTextCursor(doc)
    base = QTextCharFormat()
    base.setForeground(QColor(colors.text))
    label_fmt = QTextCharFormat()
    label_fmt.setForeground(QColor(colors.label))
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    small.setBold(True)
    label_fmt.setFont(small)
    if not blocks:
        empty = QTextCharFormat()
        empty.setForeground(QColor(colors.muted))
        empty.setFontItalic(True)
        cur.insertText(empty_text, empty)
        return doc
    starts: list[int] = []
    for n, block in enumerate(blocks):
        if n:
            cur.insertBlock()
        if labels:
            cur.insertText(block.label + "  ", label_fmt)
        fmt = QTextCharFormat(base)
        if block.role == "mt":
            fmt.setFontItalic(True)
            fmt.setForeground(QColor(colors.label))
        if block.dim:
            fmt.setForeground(QColor(colors.muted))
        starts.append(cur.position())
        cur.insertText(block.text, fmt)
    marks = [(n, m) for n, b in enumerate(blocks) for m in b.marks] + list(focus or [])
    for n, mark in marks:
        length = utf16_len(blocks[n].text)
        a, b = max(0, mark.start), min(mark.end, length)
        if a >= b:
            continue
        cur.setPosition(starts[n] + a)
        cur.setPosition(starts[n] + b, QTextCursor.MoveMode.KeepAnchor)
        cur.mergeCharFormat(_mark_format(mark, colors))
    return doc


def block_starts(blocks: list[Block], labels: bool = True) -> list[int]:
    """Document position of each block's text (mirrors `build_document`)."""
    out, pos = [], 0
    for n, b in enumerate(blocks):
        if n:
            pos += 1
        if labels:
            pos += utf16_len(b.label) + 2
        out.append(pos)
        pos += utf16_len(b.text)
    return out
