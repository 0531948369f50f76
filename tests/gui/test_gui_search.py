"""Finding your way: search hits, F3, empty-result text, shortcuts in the search box,
centred navigation, score order, the facts panel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.model import ROW_ROLE
from paralelo.gui.rows import Row
from paralelo.gui.store import MemoryStore
from paralelo.gui.textmarks import cell_blocks, hit_marks

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_search(qtbot: Any, win: MainWindow, text: str) -> None:
    win.activateWindow()
    win.search.setFocus()
    qtbot.waitUntil(win.search.hasFocus)
    win.search.clear()
    qtbot.keyClicks(win.search, text)
    qtbot.waitUntil(lambda: win.proxy.text == text.lower())


def test_hits_are_counted_highlighted_and_stepped_with_f3(qtbot: Any,
                                                          window: MainWindow) -> None:
    win = window
    type_search(qtbot, win, "Aramayo")
    n = win.proxy.rowCount()
    assert n >= 2
    assert win.search_hits.text().endswith(f"of {n}")
    first = win.current_row()
    assert first is not None
    # the hit is highlighted in the detail pane (and the table cell)
    es = win.detail.es_view.document().toPlainText() + win.detail.en_view.document().toPlainText()
    assert "Aramayo" in es
    hits = [m for b in win.detail._blocks["es"] + win.detail._blocks["en"] for m in b.marks
            if m.style == "hit"]
    assert hits
    assert win.table.delegate.search == "Aramayo"
    i = win.table.currentIndex().row()
    assert win.search_hits.text() == f"{i + 1} of {n}"
    qtbot.keyClick(win.search, Qt.Key.Key_F3)  # F3 works from the search box too
    assert win.table.currentIndex().row() == (i + 1) % n
    assert win.search_hits.text() == f"{(i + 1) % n + 1} of {n}"
    qtbot.keyClick(win.search, Qt.Key.Key_F3, SHIFT)
    assert win.current_row() is first
    win.select_proxy_row(0)
    qtbot.keyClick(win.search, Qt.Key.Key_F3, SHIFT)  # wraps to the last hit
    assert win.table.currentIndex().row() == n - 1


def test_hit_marks_find_every_occurrence_case_insensitively(window: MainWindow) -> None:
    row = window.model.rows[window.model.row_of_link(1)]
    blocks = hit_marks(cell_blocks(row, window.model.index_, "en"), "washington")
    marks = [(b.text[m.start:m.end]) for b in blocks for m in b.marks if m.style == "hit"]
    assert marks and all(t == "Washington" for t in marks)
    assert hit_marks(blocks, "") is blocks


def test_no_hits_says_so_instead_of_opening(qtbot: Any, window: MainWindow) -> None:
    win = window
    type_search(qtbot, win, "zzqqx")
    assert win.proxy.rowCount() == 0
    assert win.table._placeholder == "No rows match 'zzqqx'"
    assert win.search_hits.text() == "No rows match"
    assert "Opening" not in win.table._placeholder
    qtbot.keyClick(win.search, Qt.Key.Key_Escape)  # clears the search, back to the table
    qtbot.waitUntil(lambda: win.proxy.rowCount() == win.model.rowCount())
    assert win.search.text() == ""


def test_window_shortcuts_work_while_the_search_box_has_focus(qtbot: Any,
                                                              window: MainWindow) -> None:
    win = window
    called: list[str] = []
    win.export_dialog = lambda: called.append("export")  # type: ignore[method-assign]
    win.acts["export"].triggered.disconnect()
    win.acts["export"].triggered.connect(lambda *_: win.export_dialog())
    type_search(qtbot, win, "Aramayo")
    assert win.search.hasFocus()
    qtbot.keyClick(win.search, Qt.Key.Key_E, CTRL)
    assert called == ["export"]
    assert win.search.text() == "Aramayo"  # Ctrl+E did not act on the text
    assert win.select_link(1) and win.search.hasFocus()
    link = 1
    qtbot.keyClick(win.search, Qt.Key.Key_Return, CTRL)  # confirm, from the search box
    assert win.store is not None and win.store.link_by_id(link)["review"]["status"] == \
        "confirmed"
    qtbot.keyClick(win.search, Qt.Key.Key_A, CTRL)  # text editing keys stay with the box
    assert win.search.selectedText() == "Aramayo"


def visible_fully(win: MainWindow) -> bool:
    rect = win.table.visualRect(win.table.currentIndex())
    view = win.table.viewport().rect()
    return view.contains(rect)


def test_f8_and_ctrl_enter_centre_the_next_link(qtbot: Any, window: MainWindow) -> None:
    win = window
    win.resize(1024, 700)
    qtbot.waitUntil(lambda: win.width() == 1024)
    win.table.update_heights()
    win.activateWindow()
    win.table.setFocus()
    win.select_proxy_row(0)
    centred = 0
    for key, mods in ((Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier),) * 3 + (
            (Qt.Key.Key_Return, CTRL),) * 2:  # F8, then confirm-and-next
        qtbot.keyClick(win.table, key, mods)
        QApplication.processEvents()
        assert win.current_row() is not None and win.current_row().status == "unreviewed"
        rect = win.table.visualRect(win.table.currentIndex())
        middle = win.table.viewport().height() / 2
        assert visible_fully(win)
        # centred, unless the table cannot scroll that far (first or last rows)
        bar = win.table.verticalScrollBar()
        if 0 < bar.value() < bar.maximum():
            assert abs(rect.center().y() - middle) <= 2
            centred += 1
    assert centred >= 2


def test_lowest_score_first_puts_unmatched_paragraphs_after_links(window: MainWindow) -> None:
    win = window
    for order in (1, 2):  # lowest first, highest first
        win.sort_combo.setCurrentIndex(order)
        rows = [win.proxy.index(n, 0).data(ROW_ROLE) for n in range(win.proxy.rowCount())]
        kinds = [r.link is None for r in rows if isinstance(r, Row)]
        n_links = kinds.count(False)
        assert kinds[:n_links] == [False] * n_links and all(kinds[n_links:])
        scores = [r.score for r in rows[:n_links]]
        assert scores == sorted(scores, reverse=order == 2)


def test_a_fact_stated_twice_is_listed_once_in_one_colour(qtbot: Any, window: MainWindow,
                                                          sample_result: dict[str, Any]) -> None:
    link = sample_result["links"][0]
    dup = dict(link["facts"][1])  # Washington, a second time (another place in the text)
    link["facts"].append(dup)
    link["facts"].append(dict(dup, en="Washington, D.C."))
    link["facts"].append(dict(dup, es="washingtoniano", en="washington"))  # same English
    link["only_en"].append(dict(link["only_en"][0]))  # a one-side fact found twice
    window.load_store(MemoryStore(sample_result))
    window.select_link(1)
    model = window.facts_model
    washington = [i for i in model.items if i["es"].startswith("Washington")]
    assert len(washington) == 1
    assert washington[0]["es"] == "Washington · washingtoniano"
    assert washington[0]["en"] == "Washington · Washington, D.C."
    assert len(model.items) == 4  # Aramayo, Washington, 2026, and the one-side date
    date = next(i for i in model.items if i["side"] == "en")
    assert len(date["en_locs"]) == 2
    row = window.model.rows[window.model.row_of_link(1)]
    colours = {m.color for b in cell_blocks(row, window.model.index_, "es") for m in b.marks
               if m.style == "fact" and b.text[m.start:m.end] == "Washington"}
    assert len(colours) == 1
    # long values are elided with the full value as tooltip; the columns share the width
    n = model.items.index(washington[0])
    assert model.index(n, 2).data(Qt.ItemDataRole.ToolTipRole) == "Washington · Washington, D.C."
    hh = window.facts_view.horizontalHeader()
    assert abs(hh.sectionSize(1) - hh.sectionSize(2)) <= 2


CLAIMED = """
import sys
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs
win = MainWindow(Prefs(engine="none"))
win.show()
if sys.argv[1] == "raw":
    win.search.removeEventFilter(win._passthrough)
win.search.setText("abc")
for a in win.actions():
    for sc in a.shortcuts():
        ev = QKeyEvent(QEvent.Type.ShortcutOverride, sc[0].key(), sc[0].keyboardModifiers())
        ev.ignore()
        app.sendEvent(win.search, ev)
        if ev.isAccepted():
            print(sc.toString())
"""


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_search_box_lets_window_shortcuts_through_under_x11(tmp_path: Path) -> None:
    """On X11 a QLineEdit claims Ctrl+E (end of line) and Ctrl+U; the window's win."""
    from take_screenshots import xvfb

    env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    with xvfb() as display:
        env["DISPLAY"] = display
        claimed = {}
        for mode in ("raw", "window"):
            proc = subprocess.run([sys.executable, "-c", CLAIMED, mode], env=env,
                                  capture_output=True, text=True, timeout=120)
            assert proc.returncode == 0, proc.stderr
            claimed[mode] = set(proc.stdout.split())
    assert "Ctrl+E" in claimed["raw"]  # what the line edit does on its own
    assert "Ctrl+E" not in claimed["window"] and "Ctrl+U" not in claimed["window"]
    assert claimed["window"] <= {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"}  # text undo stays
