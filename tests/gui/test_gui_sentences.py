"""Sentence-level highlighting in the detail pane: hover or click a sentence, its
counterpart lights up on the other side (original, machine translation, English);
Alt+Right / Alt+Left step through the pairs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser

from paralelo.core.sentences import sentence_texts
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.rows import ResultIndex, Row
from paralelo.gui.sentmap import sentence_map
from paralelo.gui.store import MemoryStore
from paralelo.gui.textmarks import cell_blocks

ALT = Qt.KeyboardModifier.AltModifier
MT4 = ("This diplomatic visit coincides with forums in Washington. The same day, Aramayo was "
       "present at the Ministerial 2026. These minerals are fundamental. In this context, "
       "countries explore mechanisms.")
# es sentences 0+1 <-> en sentence 1 (Aramayo); es 2 <-> en 0; es 3 has no counterpart
PAIRS = [[[0, 1], [1]], [[2], [0]]]


@pytest.fixture
def win(qtbot: Any, window: MainWindow, sample_result: dict[str, Any]) -> MainWindow:
    sample_result["documents"][0]["paragraphs"][2]["mt"] = MT4
    sample_result["links"][0]["evidence"]["sentences"] = PAIRS
    window.load_store(MemoryStore(sample_result))
    window.resize(1400, 950)
    assert window.select_link(1)
    QApplication.processEvents()
    return window


def selected(view: QTextBrowser) -> list[str]:
    return sorted(s.cursor.selectedText() for s in view.extraSelections())


def es_text(win: MainWindow, k: int) -> str:
    return sentence_texts(win.model.index_.es_para(2)["text"])[k]


def en_text(win: MainWindow, para: int) -> str:
    return sentence_texts(win.model.index_.en_para("en1", para)["text"])[0]


def hover(qtbot: Any, view: QTextBrowser, pos: int, click: bool = False) -> None:
    cur = QTextCursor(view.document())
    cur.setPosition(pos)
    view.setTextCursor(cur)
    view.ensureCursorVisible()
    point = view.cursorRect(cur).center()
    point.setX(point.x() + 2)
    qtbot.mouseMove(view.viewport(), point)
    if click:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QApplication.processEvents()


def test_sentence_map_groups_original_translation_and_english(
        sample_result: dict[str, Any]) -> None:
    sample_result["documents"][0]["paragraphs"][2]["mt"] = MT4
    link = sample_result["links"][0]
    link["evidence"]["sentences"] = PAIRS
    ix = ResultIndex(sample_result)
    row = Row(es=(2,), en=(("en1", 4), ("en1", 5)), link=link)
    es_blocks = cell_blocks(row, ix, "es", "both")
    es_map = sentence_map(row, ix, es_blocks)
    assert [g for _, _, g in es_map[0]] == [0, 0, 1, -1]  # the original
    assert [g for _, _, g in es_map[1]] == [0, 0, 1, -1]  # its translation, same split
    en_map = sentence_map(row, ix, cell_blocks(row, ix, "en"))
    assert [[g for _, _, g in b] for b in en_map] == [[1], [0]]
    # stale evidence (an index past the sentences) pairs nothing rather than wrong text
    link["evidence"]["sentences"] = [[[0], [7]]]
    assert all(g == -1 for b in sentence_map(row, ix, es_blocks) for _, _, g in b)
    # a translation split differently has no counterparts
    link["evidence"]["sentences"] = PAIRS
    sample_result["documents"][0]["paragraphs"][2]["mt"] = "One sentence only."
    es_blocks = cell_blocks(row, ix, "es", "both")
    assert [g for _, _, g in sentence_map(row, ix, es_blocks)[1]] == [-1]


def test_hovering_a_sentence_highlights_its_counterpart(qtbot: Any, win: MainWindow) -> None:
    hl = win.detail.sentences
    es_view, en_view = win.detail.es_view, win.detail.en_view
    # hover the third Spanish sentence: its pair is English sentence 0 (EN1 ¶5)
    a, _e, g = hl.maps["es"][0][2]
    assert g == 1
    hover(qtbot, es_view, hl.starts["es"][0] + a + 3)
    assert selected(en_view) == [en_text(win, 4)]
    # the original and its translation both light up on the Spanish side
    assert es_text(win, 2) in selected(es_view)
    assert "These minerals are fundamental." in selected(es_view)
    # hover an English sentence: both Spanish sentences of its pair light up
    a, _e, _g = hl.maps["en"][1][0]
    hover(qtbot, en_view, hl.starts["en"][1] + a + 5)
    assert es_text(win, 0) in selected(es_view) and es_text(win, 1) in selected(es_view)
    assert selected(en_view) == [en_text(win, 5)]
    # a sentence with no counterpart highlights only itself
    a, _e, _g = hl.maps["es"][0][3]
    hover(qtbot, es_view, hl.starts["es"][0] + a + 3)
    assert selected(es_view) == [es_text(win, 3)] and selected(en_view) == []


def test_click_keeps_the_highlight_and_alt_arrows_step(qtbot: Any, win: MainWindow) -> None:
    hl = win.detail.sentences
    es_view, en_view = win.detail.es_view, win.detail.en_view
    a, _e, _g = hl.maps["en"][0][0]
    hover(qtbot, en_view, hl.starts["en"][0] + a + 5, click=True)
    assert selected(en_view) == [en_text(win, 4)]
    QApplication.sendEvent(en_view.viewport(), QEvent(QEvent.Type.Leave))
    assert selected(en_view) == [en_text(win, 4)]  # pinned by the click
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    qtbot.keyClick(win.table, Qt.Key.Key_Right, ALT)  # from pair 1 (clicked) on to... pair 0
    assert selected(en_view) == [en_text(win, 5)]
    assert es_text(win, 0) in selected(es_view)
    qtbot.keyClick(win.table, Qt.Key.Key_Left, ALT)
    assert selected(en_view) == [en_text(win, 4)]
    assert win.current_link_id() == 1  # Alt+arrows did not move the table


def test_alt_arrows_say_when_a_link_has_no_sentence_pairs(qtbot: Any,
                                                          window: MainWindow) -> None:
    window.select_link(2)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Right, ALT)
    assert window.statusBar().currentMessage() == "This link has no sentence pairs."
