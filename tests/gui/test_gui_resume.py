"""Reopening a session restores where the reviewer left off (selection, order, filters,
view, scroll position, docks); another session, or the same file rebuilt, starts fresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.session_store import create_store, open_store
from paralelo.gui.settings import Prefs
from paralelo.gui.uistate import state_key


def open_window(qtbot: Any, path: Path) -> MainWindow:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    win.resize(1024, 700)
    with qtbot.waitExposed(win):
        win.show()
    win.load_store(open_store(path))
    win.table.update_heights()
    QApplication.processEvents()
    return win


def test_reopen_restores_where_the_reviewer_left_off(qtbot: Any, tmp_path: Path,
                                                     sample_result: dict[str, Any]) -> None:
    path = tmp_path / "seed.paralelo"
    create_store(sample_result, path).close()
    win = open_window(qtbot, path)
    win.sort_combo.setCurrentIndex(2)  # highest score first
    win.status_filter.setCurrentIndex(0)
    win.acts["view_translation"].trigger()
    win.acts["diff"].trigger()
    win.matchesDock.hide()
    win.select_link(3)
    bar = win.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    top_before = win.table.rowAt(0)
    offset_before = win.table.rowViewportPosition(top_before)
    win.close()

    again = open_window(qtbot, path)
    assert again.current_link_id() == 3
    assert again.sort_combo.currentIndex() == 2
    assert again.table.delegate.view_mode == "translation"
    assert again.acts["view_translation"].isChecked() and again.acts["diff"].isChecked()
    assert again.matchesDock.isHidden()
    assert again.table.rowAt(0) == top_before
    assert abs(again.table.rowViewportPosition(top_before) - offset_before) <= 2
    again.close()


def test_filters_and_search_come_back(qtbot: Any, tmp_path: Path,
                                      sample_result: dict[str, Any]) -> None:
    path = tmp_path / "s.paralelo"
    create_store(sample_result, path).close()
    win = open_window(qtbot, path)
    win.status_filter.setCurrentIndex(1)  # unreviewed
    win.score_filter.setCurrentIndex(2)
    win.doc_filter.setCurrentIndex(win.doc_filter.findData("en1"))
    win.search.setText("Aramayo")
    win.apply_search()
    shown = win.proxy.rowCount()
    win.close()
    again = open_window(qtbot, path)
    assert again.status_filter.currentIndex() == 1
    assert again.score_filter.currentIndex() == 2
    assert again.doc_filter.currentData() == "en1"
    assert again.search.text() == "Aramayo" and again.proxy.text == "aramayo"
    assert again.proxy.rowCount() == shown
    again.close()


def test_other_documents_under_the_same_name_start_fresh(qtbot: Any, tmp_path: Path,
                                                         sample_result: dict[str, Any]) -> None:
    path = tmp_path / "s.paralelo"
    store = create_store(sample_result, path)
    key = state_key(store)
    store.close()
    win = open_window(qtbot, path)
    win.sort_combo.setCurrentIndex(1)
    win.close()
    sample_result["documents"][1]["sha256"] = "0" * 64  # the same file name, other documents
    store = create_store(sample_result, path)
    assert state_key(store) != key
    store.close()
    again = open_window(qtbot, path)
    assert again.sort_combo.currentIndex() == 0
    again.close()
