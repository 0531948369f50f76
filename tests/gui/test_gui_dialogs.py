"""Export, preferences, models, new-session and paste dialogs, driven from the window."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from paralelo.core.seeds import seed_paths
from paralelo.gui import dialogs
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs

CTRL = Qt.KeyboardModifier.ControlModifier


def test_export_by_keyboard_after_review(qtbot: Any, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    win = window
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    win.select_link(1)
    qtbot.keyClick(win.table, Qt.Key.Key_Return, CTRL)
    out = tmp_path / "pairs.csv"

    def fake_exec(dlg: dialogs.ExportDialog) -> int:
        dlg.fmt.setCurrentIndex(dlg.fmt.findData("csv"))
        dlg.status.setCurrentIndex(dlg.status.findData("confirmed"))
        dlg.path.setText(str(out))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(dialogs.ExportDialog, "exec", fake_exec)
    with qtbot.waitSignal(win.runner.finished, timeout=30_000):
        qtbot.keyClick(win.table, Qt.Key.Key_E, CTRL)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 2  # header and the one confirmed link
    assert any("Fernando Aramayo" in cell for cell in rows[1])
    assert "Exported to" in win.statusBar().currentMessage()


@pytest.mark.parametrize("fmt", ["json", "tmx", "html", "xlsx", "tsv"])
def test_export_formats(qtbot: Any, window: MainWindow, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        window.export_to(fmt, str(out))
    assert out.stat().st_size > 100
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert len(data["links"]) == 4


def test_export_dialog_suffix_follows_format(qtbot: Any, tmp_path: Path) -> None:
    dlg = dialogs.ExportDialog(None, str(tmp_path))
    qtbot.addWidget(dlg)
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("xlsx"))
    assert dlg.options()["out"].endswith(".xlsx")
    assert not dlg.with_mt.isEnabled() and not dlg.bom.isEnabled()
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("tmx"))
    assert dlg.with_mt.isEnabled() and dlg.options()["fmt"] == "tmx"


def test_preferences_change_theme_font_and_persist(qtbot: Any, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(dlg: dialogs.PrefsDialog) -> int:
        dlg.theme.setCurrentIndex(dlg.theme.findData("dark"))
        dlg.font_size.setValue(13)
        dlg.engine.setCurrentIndex(dlg.engine.findData("none"))
        return 1

    monkeypatch.setattr(dialogs.PrefsDialog, "exec", fake_exec)
    window.preferences_dialog()
    app = QApplication.instance()
    assert app is not None and app.property("paraleloTheme") == "dark"
    assert window.table.delegate.font.pointSize() == 13
    again = Prefs.load()
    assert (again.theme, again.font_size, again.engine) == ("dark", 13, "none")
    window.prefs.theme, window.prefs.font_size = "light", 0  # "System default" again
    window.apply_prefs()
    assert QApplication.font().pointSize() != 13


def test_models_dialog_shows_engine_in_use(qtbot: Any) -> None:
    dlg = dialogs.ModelsDialog(None, "none")
    qtbot.addWidget(dlg)
    text = dlg.engines.text()
    assert "none" in text and "apertium" in text
    assert dlg.table.rowCount() == 0  # isolated data folder: nothing installed


def test_new_session_dialog_with_pasted_english(qtbot: Any, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    es, _ = seed_paths()
    started: list[tuple[Any, Any, str]] = []
    monkeypatch.setattr(window, "open_sources",
                        lambda e, en, m, path=None, engine=None: started.append((e, en, m)))

    def paste_exec(dlg: dialogs.PasteDialog) -> int:
        return 1

    def new_exec(dlg: dialogs.NewSessionDialog) -> int:
        assert dlg.es_source is None
        dlg.set_spanish(dialogs.Source(es.name, path=str(es)))
        dlg.mode.setCurrentIndex(dlg.mode.findData("comparable"))
        return 1

    monkeypatch.setattr(dialogs.PasteDialog, "exec", paste_exec)
    monkeypatch.setattr(dialogs.NewSessionDialog, "exec", new_exec)
    window.paste_document("The minister met officials in Washington on Monday.")
    assert len(started) == 1
    es_src, en_srcs, mode = started[0]
    assert es_src.path == str(es) and mode == "comparable"
    assert en_srcs[0].text.startswith("The minister") and en_srcs[0].path is None
    doc = en_srcs[0].load("en")
    assert doc.paragraphs and doc.lang == "en"


def test_dropping_documents_detects_the_spanish_one(qtbot: Any, window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    es, ens = seed_paths()
    got: list[Any] = []
    monkeypatch.setattr(window, "new_session_dialog", lambda e=None, en=None: got.append((e, en)))
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in (ens[0], es, ens[1])])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, md,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        window.dropEvent(event)
    (es_src, en_srcs), = got
    assert es_src.path == str(es)
    assert [s.path for s in en_srcs] == [str(ens[0]), str(ens[1])]


def test_shortcuts_dialog_lists_every_shortcut(qtbot: Any, window: MainWindow) -> None:
    dlg = dialogs.ShortcutsDialog(window, list(window.acts.values()))
    table = dlg.findChild(dialogs.QTableWidget, "shortcutsTable")
    keys = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"Ctrl+Return", "Ctrl+Shift+F", "F8", "Ctrl+Z"} <= keys
    texts = [a.shortcut().toString() for a in window.acts.values() if not a.shortcut().isEmpty()]
    assert len(texts) == len(set(texts)), "two actions share a shortcut"


def test_every_menu_action_has_a_shortcut(window: MainWindow) -> None:
    missing, seen = [], []

    def walk(menu: Any) -> None:
        for act in menu.actions():
            if act.isSeparator() or menu.objectName() == "recentMenu":
                continue
            if act.menu() is not None:
                walk(act.menu())
            elif act.shortcut().isEmpty():
                missing.append(act.text())
            else:
                seen.append(act.shortcut().toString())

    for top in window.menuBar().actions():
        walk(top.menu())
    assert missing == []
    assert len(seen) == len(set(seen)) > 35
    # menus show the keys next to each action
    assert window.acts["confirm"].shortcut().toString() == "Ctrl+Return"


def test_dropping_a_broken_document_shows_a_clear_message(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\n\x00\x01 not really a pdf \xff\xfe")
    shown: list[str] = []
    window.runner.failed.disconnect()
    window.runner.failed.connect(lambda title, msg: shown.append(msg))
    opened: list[Any] = []
    monkeypatch.setattr(window, "new_session_dialog", lambda *a: opened.append(a))
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        window.open_dropped([str(bad)])
    assert opened == []
    assert len(shown) == 1 and "scan.pdf" in shown[0]
    assert "Traceback" not in shown[0] and "Unexpected" not in shown[0]
