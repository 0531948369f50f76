"""Review by keyboard and mouse: confirm, flag, note, navigation, undo, panels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.model import ROW_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def status(win: MainWindow, link_id: int) -> str:
    assert win.store is not None
    link = win.store.link_by_id(link_id)
    assert link is not None
    return str(link["review"]["status"])


def focus_table(qtbot: Any, win: MainWindow) -> None:
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(lambda: win.table.hasFocus())


def test_confirm_flag_and_undo_by_keyboard(qtbot: Any, window: MainWindow) -> None:
    win = window
    focus_table(qtbot, win)
    assert win.select_link(1)
    qtbot.keyClick(win.table, Qt.Key.Key_Return, CTRL)
    assert status(win, 1) == "confirmed"
    # confirming moved on to the next unreviewed link
    assert win.current_link_id() != 1 and win.current_row().status == "unreviewed"
    nxt = win.current_link_id()
    assert nxt is not None
    qtbot.keyClick(win.table, Qt.Key.Key_F, CTRL | SHIFT)
    assert status(win, nxt) == "flagged"
    assert "1 confirmed · 1 flagged" in win.counts_label.text()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert status(win, nxt) == "unreviewed"
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert status(win, 1) == "unreviewed"
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert status(win, 1) == "confirmed"
    assert win.undo_stack.canUndo() and win.undo_stack.canRedo()


def test_mouse_selects_row_and_toolbar_confirms(qtbot: Any, window: MainWindow) -> None:
    win = window
    n = win.proxy.mapFromSource(win.model.index(win.model.row_of_link(4), 0)).row()
    win.table.scrollTo(win.proxy.index(n, 0))
    rect = win.table.visualRect(win.proxy.index(n, 1))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_link_id() == 4
    assert "Link 4" in win.detail.header.text()
    button = win.findChild(object, "tool_confirm")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert status(win, 4) == "confirmed"


def test_note_with_f2_and_enter(qtbot: Any, window: MainWindow) -> None:
    win = window
    focus_table(qtbot, win)
    win.select_link(2)
    qtbot.keyClick(win.table, Qt.Key.Key_F2)
    assert win.detail.note.hasFocus()
    qtbot.keyClicks(win.detail.note, "check the number of years")
    qtbot.keyClick(win.detail.note, Qt.Key.Key_Return)
    assert win.store is not None
    assert win.store.link_by_id(2)["review"]["note"] == "check the number of years"
    # The score cell shows the note: its tooltip quotes it, the delegate draws ✎ for row.note.
    row_n = win.model.row_of_link(2)
    assert win.model.rows[row_n].note == "check the number of years"
    tip = win.model.data(win.model.index(row_n, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Note: check the number of years" in tip
    win.undo_stack.undo()
    assert win.store.link_by_id(2)["review"]["note"] == ""


def test_next_unreviewed_and_lowest_score_first(qtbot: Any, window: MainWindow) -> None:
    win = window
    focus_table(qtbot, win)
    qtbot.keyClick(win.table, Qt.Key.Key_L, CTRL)
    assert win.sort_combo.currentIndex() == 1
    assert win.current_link_id() == 2  # score 0.31, the lowest
    qtbot.keyClick(win.table, Qt.Key.Key_F8)
    assert win.current_link_id() == 3  # 0.47
    qtbot.keyClick(win.table, Qt.Key.Key_F8, SHIFT)
    assert win.current_link_id() == 2
    # confirm walks up the scores
    qtbot.keyClick(win.table, Qt.Key.Key_Return, CTRL)
    assert win.current_link_id() == 3


def test_search_and_status_filters(qtbot: Any, window: MainWindow) -> None:
    win = window
    focus_table(qtbot, win)
    qtbot.keyClick(win.table, Qt.Key.Key_F, CTRL)
    assert win.search.hasFocus()
    qtbot.keyClicks(win.search, "Calderon")
    qtbot.waitUntil(lambda: win.proxy.rowCount() == 1)
    row = win.proxy.index(0, 0).data(ROW_ROLE)
    assert "Calderon" in win.model.index_.en_para(*row.en[0])["text"]
    win.search.clear()
    qtbot.waitUntil(lambda: win.proxy.rowCount() == win.model.rowCount())
    win.status_filter.setCurrentIndex(win.status_filter.findText("Unreviewed"))
    assert win.proxy.rowCount() == 4


def test_facts_panel_click_jumps_to_span(qtbot: Any, window: MainWindow) -> None:
    win = window
    win.select_link(1)
    assert win.facts_model.rowCount() == 4
    win.facts_view.scrollTo(win.facts_model.index(0, 1))
    rect = win.facts_view.visualRect(win.facts_model.index(0, 1))
    qtbot.mouseClick(win.facts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.detail.es_view.textCursor().selectedText() == "Fernando Aramayo"
    assert win.detail.en_view.textCursor().selectedText() == "Fernando Aramayo"


def test_matches_panel_ranks_and_selects(qtbot: Any, window: MainWindow) -> None:
    win = window
    win.select_link(1)
    assert win.cands_model.rowCount() == 2
    rect = win.cands_view.visualRect(win.cands_model.index(1, 0))
    qtbot.mouseClick(win.cands_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center() + QPoint(0, 0))
    assert win.current_link_id() == 3


def test_view_toggle_and_tooltip(qtbot: Any, window: MainWindow) -> None:
    win = window
    focus_table(qtbot, win)
    win.select_link(1)
    qtbot.keyClick(win.table, Qt.Key.Key_2, CTRL)
    assert win.model.view == "translation"
    idx = win.table.currentIndex().siblingAtColumn(0)
    assert idx.data().startswith("This diplomatic visit")
    assert "Esta visita diplomática" in idx.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(win.table, Qt.Key.Key_1, CTRL)
    assert idx.data().startswith("Esta visita")
    qtbot.keyClick(win.table, Qt.Key.Key_D, CTRL)
    assert win.table.delegate.diff
    text = win.detail.en_view.toPlainText()
    assert "Fernando Aramayo" in text


def test_note_is_kept_when_focus_leaves(qtbot: Any, window: MainWindow) -> None:
    win = window
    focus_table(qtbot, win)
    win.select_link(4)
    qtbot.keyClick(win.table, Qt.Key.Key_F2)
    qtbot.keyClicks(win.detail.note, "dates differ")
    focus_table(qtbot, win)  # the reviewer clicks back into the table without Enter
    assert win.store is not None
    assert win.store.link_by_id(4)["review"]["note"] == "dates differ"
    assert win.undo_stack.undoText() == "Note on link 4"
