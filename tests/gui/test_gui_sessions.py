"""A session open elsewhere, unreadable files, undo that says what it did, time left (19, 18.5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from paralelo.core.seeds import seed_paths
from paralelo.gui import asks, dialogs, estimate
from paralelo.gui.i18n import install_translators
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.session_store import create_store
from paralelo.gui.settings import Prefs, documents_dir, qsettings
from paralelo.gui.workers import TaskRunner, time_left


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    qsettings().clear()


def _window(qtbot: Any) -> MainWindow:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    return win


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform
def test_second_window_switches_to_the_open_one(qtbot: Any, tmp_path: Path,
                                               sample_result: dict[str, Any],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "day.paralelo"
    first = _window(qtbot)
    first.show()
    first.load_store(create_store(sample_result, path))
    second = _window(qtbot)
    second.show()
    asked: list[str] = []
    monkeypatch.setattr(asks, "choose", lambda p, title, text, info, b: asked.append(text) or 0)
    errors: list[str] = []
    monkeypatch.setattr(second, "show_error", lambda t, m: errors.append(m))
    second.open_session(path)
    assert asked and "day.paralelo" in asked[0] and errors == []
    assert not second.runner.busy and second.store is None
    qtbot.waitUntil(lambda: not second.isVisible())  # no empty window left behind
    assert first.isVisible() and first.store is not None


def test_second_window_can_read_a_copy_instead(qtbot: Any, tmp_path: Path,
                                              sample_result: dict[str, Any],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "day.paralelo"
    first = _window(qtbot)
    first.load_store(create_store(sample_result, path))
    second = _window(qtbot)
    monkeypatch.setattr(asks, "choose", lambda *a: 1)
    with qtbot.waitSignal(second.loaded, timeout=30_000):
        second.open_session(path)
    assert second.store is not None and second.store.readonly
    assert len(second.store.result()["links"]) == 4
    first.close()


def test_read_only_copy_is_offered_only_if_it_opens(qtbot: Any, tmp_path: Path,
                                                   sample_result: dict[str, Any],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "broken.paralelo"
    create_store(sample_result, path).close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 50)  # truncated: no copy can be read either
    before = path.read_bytes()
    win = _window(qtbot)
    offered: list[str] = []
    monkeypatch.setattr(win, "ask_readonly_copy", lambda msg: offered.append(msg) or True)
    failed: list[str] = []
    win.runner.failed.disconnect()
    win.runner.failed.connect(lambda title, msg: failed.append(msg))
    with qtbot.waitSignal(win.runner.finished, timeout=30_000):
        win.open_session(path)
    assert offered == [] and len(failed) == 1 and "broken.paralelo" in failed[0]
    assert path.read_bytes() == before and win.store is None


def test_undo_and_redo_say_what_they_did_and_select_the_link(qtbot: Any,
                                                             window: MainWindow) -> None:
    win = window
    win.select_link(2)
    win.flag_selected()
    win.select_link(4)
    win.undo()
    assert win.statusBar().currentMessage() == "Undid: Flag link 2"
    assert win.current_link_id() == 2
    win.select_link(1)
    win.redo()
    assert win.statusBar().currentMessage() == "Redid: Flag link 2"
    assert win.current_link_id() == 2
    assert win.store is not None and win.store.link_by_id(2)["review"]["status"] == "flagged"


def test_new_session_goes_where_the_dialog_says(qtbot: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    es, ens = seed_paths()
    target = tmp_path / "work" / "bolivia.paralelo"

    def run(dlg: dialogs.NewSessionDialog) -> int:
        assert Path(dlg.save_path.text()).parent == documents_dir()
        dlg.set_spanish(dialogs.Source(es.name, path=str(es)))
        dlg.en_path.setText(str(ens[0]))
        dlg.en_path.returnPressed.emit()
        dlg._just_added = False
        dlg.save_path.setText(str(target))
        dlg.save_path.textEdited.emit(str(target))
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(dialogs.NewSessionDialog, "exec", run)
    win = _window(qtbot)
    with qtbot.waitSignal(win.loaded, timeout=120_000):
        win.new_session_dialog()
    assert win.store is not None and Path(win.store.path) == target and target.exists()
    assert win.windowTitle().startswith("bolivia.paralelo")
    assert estimate._stored().get("none", 0) > 0  # the run was measured for next time
    win.close()


def test_time_left_and_estimates(qapp: Any) -> None:
    install_translators(qapp, QLocale("en_US"))  # as the app does: English plural forms
    assert estimate.eta_seconds(0, 10, 5.0) is None  # nothing done yet: no guess
    assert estimate.eta_seconds(5, 10, 0.2) is None  # too early to tell
    assert estimate.eta_seconds(25, 100, 10.0) == pytest.approx(30.0)
    assert time_left(30) == "about 30 seconds left"
    assert time_left(61) == "about 2 minutes left"
    assert time_left(20) != time_left(120)
    table = {"argos": 1.0, "none": 0.01}
    assert estimate.estimate_seconds(90, "argos", table) == 90.0
    assert estimate.estimate_seconds(90, "none", table) < 1.0
    estimate.record("apertium", 100, 20.0)
    assert estimate.costs()["apertium"] == pytest.approx(0.2)
    estimate.record("apertium", 100, 40.0)  # smoothed, not replaced
    assert estimate.costs()["apertium"] == pytest.approx(0.3)


def test_progress_shows_time_left(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import paralelo.gui.workers as workers

    clock = {"t": 100.0}
    monkeypatch.setattr(workers.time, "monotonic", lambda: clock["t"])
    runner = TaskRunner()
    seen: list[str] = []
    runner.progress.connect(lambda d, t, m: seen.append(m))
    runner._clock = (clock["t"], 0, -1)
    runner._relay(0, 40, "Translating with apertium (0/40)")
    clock["t"] += 10
    runner._relay(10, 40, "Translating with apertium (10/40)")
    assert seen[0] == "Translating with apertium (0/40)"
    assert seen[1] == "Translating with apertium (10/40) · about 30 seconds left"


def test_stage_progress_reports_done_of_total() -> None:
    from paralelo.app.pipeline import _StagedProgress

    got: list[str] = []
    staged = _StagedProgress(lambda d, t, m: got.append(m))
    staged.stage("import")(0, 1, "Importing documents")
    staged.stage("translate")(12, 40, "Translating with apertium")
    assert got == ["Importing documents", "Translating with apertium (12/40)"]


