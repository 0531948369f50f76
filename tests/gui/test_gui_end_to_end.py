"""A working day in miniature, by keyboard, on the real window.

New Session from two .docx files written here -> confirm, flag, note, search,
undo -> export to XLSX (read back with openpyxl) -> close -> reopen: the
review is in the file and the window is where it was left.
Dialogs are driven through their public widgets while they run modally.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from paralelo.gui.export_dialog import ExportDialog
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.session_dialog import NewSessionDialog
from paralelo.gui.settings import Prefs

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

ES = [
    "El gobierno de Bolivia anunció el lunes un nuevo acuerdo comercial con Chile para "
    "exportar litio a través del puerto de Arica.",
    "El ministro de Economía dijo que el acuerdo creará tres mil empleos en los próximos "
    "dos años y aumentará las exportaciones del país.",
    "Las organizaciones ambientales pidieron más controles sobre el agua que usan las "
    "minas en el salar de Uyuni.",
    "La presidenta de la cámara de comercio celebró la noticia y pidió reducir los "
    "impuestos a las pequeñas empresas.",
    "El acuerdo será firmado en La Paz el próximo mes por los dos presidentes.",
]
EN = [
    "The government of Bolivia announced on Monday a new trade agreement with Chile to "
    "export lithium through the port of Arica.",
    "The economy minister said the agreement will create three thousand jobs in the next "
    "two years and will increase the country's exports.",
    "Environmental organisations asked for more controls on the water used by the mines "
    "in the Uyuni salt flat.",
    "The president of the chamber of commerce welcomed the news and asked for lower taxes "
    "on small businesses.",
    "The agreement will be signed in La Paz next month by the two presidents.",
]


def write_docx(path: Path, title: str, paragraphs: list[str]) -> Path:
    d = docx.Document()
    d.add_heading(title, level=1)
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def with_modal(qtbot: Any, kind: type[QDialog], drive: Callable[[Any], None],
               trigger: Callable[[], None]) -> None:
    """Run ``trigger`` (which opens a modal ``kind`` dialog) and ``drive`` that dialog."""
    errors: list[BaseException] = []

    def step() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, kind):
            QTimer.singleShot(50, step)
            return
        try:
            drive(dlg)
        except BaseException as exc:  # reported below; the dialog must not stay open
            errors.append(exc)
            dlg.reject()

    def watchdog() -> None:
        """A dialog nobody expected (a question, a warning) fails the test, never hangs it."""
        dlg = QApplication.activeModalWidget()
        if dlg is not None:
            texts = [w.text() for w in dlg.findChildren(QLabel) if w.text()]
            errors.append(AssertionError(f"unexpected {type(dlg).__name__}: {texts}"))
            dlg.reject()
            QTimer.singleShot(200, watchdog)

    QTimer.singleShot(0, step)
    QTimer.singleShot(30_000, watchdog)
    trigger()
    if errors:
        raise errors[0]


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Focus ``edit`` in its (active) window, select what it holds and type ``text``."""
    edit.window().activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


def review_of(win: MainWindow, link_id: int) -> dict[str, Any]:
    assert win.store is not None
    link = win.store.link_by_id(link_id)
    assert link is not None
    return dict(link["review"])


def key(qtbot: Any, win: MainWindow, k: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier
        ) -> None:
    qtbot.keyClick(QApplication.focusWidget() or win, k, mods)


@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing)")
def test_a_review_day_by_keyboard(qtbot: Any, tmp_path: Path) -> None:
    es_file = write_docx(tmp_path / "acuerdo.docx", "Acuerdo comercial", ES)
    en_file = write_docx(tmp_path / "agreement.docx", "Trade agreement", EN)
    session = tmp_path / "acuerdo.paralelo"
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    win.resize(1024, 700)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    win.table.setFocus()

    # -- New Session (Ctrl+N): typed paths, where to save, Enter aligns
    def new_session(dlg: NewSessionDialog) -> None:
        type_into(qtbot, dlg.es_label, str(es_file))
        qtbot.keyClick(dlg.es_label, Qt.Key.Key_Tab)  # checked as it is chosen
        assert "✗" not in dlg.es_status.text()
        type_into(qtbot, dlg.en_path, str(en_file))
        qtbot.keyClick(dlg.en_path, Qt.Key.Key_Return)  # adds the file, does not align yet
        assert dlg.en_list.count() == 1 and dlg.isVisible()
        assert "✗" not in dlg.en_list.item(0).text()
        type_into(qtbot, dlg.save_path, str(session))
        QTimer.singleShot(100, lambda: qtbot.keyClick(dlg.save_path, Qt.Key.Key_Return))

    with qtbot.waitSignal(win.loaded, timeout=120_000):
        with_modal(qtbot, NewSessionDialog, new_session,
                   lambda: qtbot.keyClick(win.table, Qt.Key.Key_N, CTRL))
    assert win.store is not None and Path(str(win.store.path)) == session
    assert session.name in win.windowTitle()
    links = win.row_link_ids()
    assert len(links) >= 4
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)

    # -- confirm, flag, note
    first = win.current_link_id()
    assert first is not None
    key(qtbot, win, Qt.Key.Key_Return, CTRL)
    assert review_of(win, first)["status"] == "confirmed"
    second = win.current_link_id()
    assert second not in (None, first)
    key(qtbot, win, Qt.Key.Key_F, CTRL | SHIFT)
    assert review_of(win, second)["status"] == "flagged"
    third = win.current_link_id()
    assert third not in (None, first, second)
    key(qtbot, win, Qt.Key.Key_F2)
    assert win.detail.note.hasFocus()
    qtbot.keyClicks(win.detail.note, "check the number of jobs")
    key(qtbot, win, Qt.Key.Key_Return)
    assert review_of(win, third)["note"] == "check the number of jobs"
    assert "1 confirmed · 1 flagged" in win.counts_label.text()

    # -- search: hits counted, Enter goes to them, Escape clears
    key(qtbot, win, Qt.Key.Key_F, CTRL)
    assert win.search.hasFocus()
    qtbot.keyClicks(win.search, "lithium")
    qtbot.waitUntil(lambda: win.proxy.text == "lithium")
    assert win.proxy.rowCount() == 1
    assert win.search_hits.text() == "1 of 1"
    key(qtbot, win, Qt.Key.Key_Return)
    assert win.table.hasFocus()
    assert "lithium" in (win.current_row() and win.detail.en_view.toPlainText())
    win.search.setFocus()
    key(qtbot, win, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.proxy.rowCount() == win.model.rowCount())

    # -- undo the note
    win.table.setFocus()
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert review_of(win, third)["note"] == ""
    assert review_of(win, second)["status"] == "flagged"

    # -- export to XLSX (Ctrl+E), typed file name
    out = tmp_path / "review.xlsx"

    def export(dlg: ExportDialog) -> None:
        type_into(qtbot, dlg.path, str(out))
        assert dlg.format() == "xlsx"  # follows the typed extension
        QTimer.singleShot(100, lambda: qtbot.keyClick(dlg.path, Qt.Key.Key_Return))

    with_modal(qtbot, ExportDialog, export, lambda: key(qtbot, win, Qt.Key.Key_E, CTRL))
    qtbot.waitUntil(lambda: out.exists() and not win.runner.busy, timeout=60_000)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    by_id = {int(r[head.index("link_id")]): r for r in rows[1:]}
    assert by_id[first][head.index("status")] == "confirmed"
    assert by_id[second][head.index("status")] == "flagged"
    assert not by_id[third][head.index("note")]
    assert "lithium" in " ".join(str(r[head.index("english")]) for r in rows[1:])

    # -- where the reviewer is when the day ends: lowest score first, a link, a view
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    key(qtbot, win, Qt.Key.Key_L, CTRL)
    key(qtbot, win, Qt.Key.Key_2, CTRL)  # machine translation view
    for _ in range(12):  # the next unreviewed links, until the table had to scroll to one
        key(qtbot, win, Qt.Key.Key_F8)
        qtbot.wait(50)  # the rows take their heights for the new view
        if win.table.verticalScrollBar().value() > 0:
            break
    left_at = win.current_link_id()
    assert left_at is not None
    top = win.table.rowAt(0)
    offset = win.table.rowViewportPosition(top)
    assert win.table.verticalScrollBar().value() > 0  # scrolled: the position means something
    key(qtbot, win, Qt.Key.Key_Q, CTRL)  # quit closes the window and the session file
    qtbot.waitUntil(lambda: not win.isVisible())

    # -- reopen from File > Open Recent
    again = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(again)
    again.resize(1024, 700)
    with qtbot.waitExposed(again):
        again.show()
    recent = [a for a in again.recent_menu.actions() if a.text() == session.name]
    assert recent
    with qtbot.waitSignal(again.loaded, timeout=60_000):
        recent[0].trigger()
    qtbot.wait(100)  # and whatever layout the window does next must not move it
    assert review_of(again, first)["status"] == "confirmed"
    assert review_of(again, second)["status"] == "flagged"
    assert review_of(again, third)["note"] == ""
    assert again.current_link_id() == left_at
    assert again.sort_combo.currentIndex() == 1
    assert again.table.delegate.view_mode == "translation"
    assert again.table.rowAt(0) == top
    assert abs(again.table.rowViewportPosition(top) - offset) <= 2
    again.close()
