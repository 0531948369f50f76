"""Model manager dialog: install a real .argosmodel, see it and the engine in use, remove it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog

from paralelo.gui import dialogs
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "translation"))

from argos_fixture import build_argos_package


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {"good": build_argos_package(tmp_path_factory.mktemp("gui-argos")),
            "wrong": build_argos_package(tmp_path_factory.mktemp("gui-argos-en"),
                                         from_code="en", to_code="es", vocab_size=200)}


def test_install_and_remove_a_model(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                    archives: dict[str, Path]) -> None:
    win = MainWindow(Prefs(engine="auto"))
    qtbot.addWidget(win)
    errors: list[str] = []
    win.runner.failed.disconnect()
    win.runner.failed.connect(lambda title, msg: errors.append(msg))
    monkeypatch.setattr(win, "show_error", lambda title, msg: errors.append(msg))
    dlg = dialogs.ModelsDialog(win, win.prefs.engine)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 0, errors

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(archives["wrong"]), "")))
    with qtbot.waitSignal(win.runner.finished, timeout=60_000):
        win._install_model(dlg)
    assert errors and "en" in errors[0]  # refused: not a Spanish→English model
    assert dlg.table.rowCount() == 0, errors

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(archives["good"]), "")))
    with qtbot.waitSignal(win.runner.finished, timeout=60_000):
        win._install_model(dlg)
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, 1).text() == "es → en"
    assert "argos" in dlg.engines.text().split("\n")[0].lower()  # auto now picks Argos

    flags = QItemSelectionModel.SelectionFlag
    # (selectRow() would honour modifier keys left pressed by earlier key events)
    dlg.table.selectionModel().select(dlg.table.model().index(0, 0),
                                      flags.ClearAndSelect | flags.Rows)
    assert dlg.table.selectedItems(), "row not selected"
    win._remove_model(dlg)
    assert dlg.table.rowCount() == 0, errors
