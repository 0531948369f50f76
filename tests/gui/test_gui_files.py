"""Files where the user wants them: Save As/Copy, export naming, new-session dialog (issue 19)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from paralelo.core.seeds import seed_paths
from paralelo.gui import asks, dialogs, estimate
from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.session_store import create_store
from paralelo.gui.settings import Prefs, documents_dir, qsettings


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    """QSettings caches its file per process: start each test from no remembered choice."""
    qsettings().clear()


def _dialog_accepted(dlg: QDialog) -> bool:
    return dlg.result() == int(QDialog.DialogCode.Accepted.value)


# -- export dialog (19.2, 18.6 window side)
def test_typed_extension_chooses_the_format(qtbot: Any, tmp_path: Path) -> None:
    dlg = dialogs.ExportDialog(None, str(tmp_path))
    qtbot.addWidget(dlg)
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("tmx"))
    dlg.path.setText(str(tmp_path / "seed.xlsx"))
    assert dlg.options()["fmt"] == "xlsx" and dlg.options()["out"].endswith("seed.xlsx")
    dlg.path.setText(str(tmp_path / "notes"))  # no extension: the chosen format's is added
    assert dlg.options()["out"] == str(tmp_path / "notes.xlsx")
    dlg.path.setText(str(tmp_path / "report.HTM"))
    assert dlg.options()["fmt"] == "html"


def test_export_to_typed_xlsx_writes_a_workbook(qtbot: Any, window: MainWindow,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "seed.xlsx"

    def fake_exec(dlg: dialogs.ExportDialog) -> int:
        dlg.fmt.setCurrentIndex(dlg.fmt.findData("tmx"))
        dlg.path.setText(str(out))
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(dialogs.ExportDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        window.export_dialog()
    import openpyxl

    book = openpyxl.load_workbook(out)
    assert book.active is not None and book.active.max_row >= 2


def test_export_dialog_remembers_folder_and_format(qtbot: Any, tmp_path: Path) -> None:
    first = dialogs.ExportDialog(None)
    qtbot.addWidget(first)
    assert Path(first.path.text()).parent == documents_dir()  # the default folder
    documents_dir().mkdir(parents=True, exist_ok=True)
    first.path.setText(str(tmp_path / "pairs.csv"))
    first.accept()
    assert _dialog_accepted(first)
    again = dialogs.ExportDialog(None, base_name="review")
    qtbot.addWidget(again)
    assert again.options()["fmt"] == "csv"
    assert again.path.text() == str(tmp_path / "review.csv")


def test_export_dialog_asks_before_overwriting(qtbot: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "pairs.csv"
    out.write_text("keep me", encoding="utf-8")
    asked: list[Path] = []
    answer = {"replace": False}

    def confirm(parent: Any, path: Path) -> bool:
        asked.append(Path(path))
        return answer["replace"]

    monkeypatch.setattr(asks, "confirm_overwrite", confirm)
    dlg = dialogs.ExportDialog(None, str(tmp_path))
    qtbot.addWidget(dlg)
    dlg.path.setText(str(out))
    dlg.accept()
    assert asked == [out] and not _dialog_accepted(dlg)
    answer["replace"] = True
    dlg.accept()
    assert _dialog_accepted(dlg) and dlg.overwrite
    missing = dialogs.ExportDialog(None, str(tmp_path))
    qtbot.addWidget(missing)
    missing.path.setText(str(tmp_path / "nowhere" / "x.csv"))
    missing.accept()
    assert not _dialog_accepted(missing) and "does not exist" in missing.error.text()


# -- new session dialog (19.3, 18.12 window side)
def test_typed_paths_work_and_are_checked(qtbot: Any, tmp_path: Path) -> None:
    es, ens = seed_paths()
    dlg = dialogs.NewSessionDialog(None)
    qtbot.addWidget(dlg)
    dlg.es_label.setText(f'"{es}"')  # pasted with quotes, as file managers copy paths
    dlg.es_label.editingFinished.emit()
    assert dlg.es_source is not None and dlg.es_source.path == str(es)
    assert "Spanish" in dlg.es_status.text() and "paragraph" in dlg.es_status.text()
    dlg.en_path.setText(str(ens[0]))
    dlg.en_path.returnPressed.emit()
    assert [s.path for s in dlg.en_sources()] == [str(ens[0])]
    assert "English" in dlg.en_list.item(0).text()
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()


def test_bad_file_is_reported_without_losing_other_choices(qtbot: Any, tmp_path: Path) -> None:
    es, ens = seed_paths()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)),
                                   [dialogs.Source(ens[0].name, path=str(ens[0]))])
    qtbot.addWidget(dlg)
    dlg.mode.setCurrentIndex(dlg.mode.findData("comparable"))
    dlg.en_path.setText(str(tmp_path / "missing.docx") + "\n" + str(empty))
    dlg.en_path.returnPressed.emit()
    texts = [dlg.en_list.item(i).text() for i in range(dlg.en_list.count())]
    assert "no such file" in texts[1] and "empty" in texts[2]
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dlg.es_source is not None and dlg.mode.currentData() == "comparable"
    dlg.en_list.item(1).setSelected(True)
    dlg.en_list.item(2).setSelected(True)
    dlg._remove_selected()
    assert ok.isEnabled() and dlg.en_list.count() == 1
    dlg.set_spanish(dialogs.Source("gone.txt", path=str(tmp_path / "gone.txt")))
    assert "no such file" in dlg.es_status.text() and not ok.isEnabled()


def test_swapped_languages_are_warned_with_one_click_swap(qtbot: Any) -> None:
    es, ens = seed_paths()
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(ens[0].name, path=str(ens[0])),
                                   [dialogs.Source(es.name, path=str(es))])
    qtbot.addWidget(dlg)
    warnings = dlg.input_warnings()
    assert len(warnings) == 1 and "reads as English" in warnings[0] and "swapped" in warnings[0]
    assert dlg.swap.isVisibleTo(dlg)
    dlg.swap.click()
    assert dlg.es_source is not None and dlg.es_source.path == str(es)
    assert [s.path for s in dlg.en_sources()] == [str(ens[0])]
    assert dlg.input_warnings() == [] and not dlg.swap.isVisibleTo(dlg)


def test_same_file_twice_is_warned(qtbot: Any) -> None:
    es, ens = seed_paths()
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)),
                                   [dialogs.Source(ens[0].name, path=str(ens[0]))] * 2)
    qtbot.addWidget(dlg)
    assert any("given twice" in w for w in dlg.input_warnings())


def test_session_is_saved_in_documents_named_after_the_spanish_file(qtbot: Any) -> None:
    es, ens = seed_paths()
    docs = documents_dir()
    docs.mkdir(parents=True, exist_ok=True)
    (docs / f"{es.stem}.paralelo").write_bytes(b"taken")
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)),
                                   [dialogs.Source(ens[0].name, path=str(ens[0]))])
    qtbot.addWidget(dlg)
    assert dlg.session_path() == docs / f"{es.stem} 2.paralelo"  # never over an existing one
    dlg.save_path.setText(str(docs / "mine"))
    dlg.save_path.textEdited.emit("mine")
    assert dlg.session_path() == docs / "mine.paralelo"


def test_long_job_offers_no_translation_or_cancel(qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    es, ens = seed_paths()
    monkeypatch.setattr(estimate, "resolve_engine",
                        lambda pref: "none" if pref == "none" else "argos")
    monkeypatch.setitem(estimate.DEFAULT_COST, "argos", 30.0)  # seconds per paragraph
    shown: list[str] = []
    answer = {"n": -1}

    def choose(parent: Any, title: str, text: str, info: str, buttons: list[str]) -> int:
        shown.append(text)
        return answer["n"]

    monkeypatch.setattr(asks, "choose", choose)
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)),
                                   [dialogs.Source(ens[0].name, path=str(ens[0]))],
                                   engine="auto")
    qtbot.addWidget(dlg)
    dlg.accept()
    assert not _dialog_accepted(dlg) and "minute" in shown[0]  # Cancel: choices kept
    assert dlg.es_source is not None and dlg.engine == "auto"
    answer["n"] = 1
    dlg.accept()
    assert _dialog_accepted(dlg) and dlg.engine == "none"
    quick = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)),
                                     [dialogs.Source(ens[0].name, path=str(ens[0]))],
                                     engine="none")
    qtbot.addWidget(quick)
    quick.accept()
    assert _dialog_accepted(quick) and len(shown) == 2  # "none" is quick: not asked


# -- save as / save a copy (19.1)
@pytest.fixture
def session_window(qtbot: Any, tmp_path: Path, sample_result: dict[str, Any]) -> MainWindow:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    win.show()
    win.load_store(create_store(sample_result, tmp_path / "first.paralelo"))
    return win


def _save_name(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_save_as_moves_the_work_to_the_new_file(qtbot: Any, session_window: MainWindow,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    win = session_window
    win.select_link(2)
    win.confirm_selected()
    _save_name(monkeypatch, tmp_path / "renamed")
    with qtbot.waitSignal(win.runner.finished, timeout=30_000):
        win.save_as()
    new = tmp_path / "renamed.paralelo"
    assert win.store is not None and Path(win.store.path) == new
    assert win.store.link_by_id(2)["review"]["status"] == "confirmed"
    assert win.store.can_undo()  # the history travels with the session
    assert "renamed.paralelo" in win.windowTitle()
    assert not (tmp_path / "first.paralelo.lock").exists()  # the old file was let go
    recent = [a.toolTip() for a in win.recent_menu.actions()]
    assert str(new) in recent


def test_save_a_copy_keeps_working_in_the_original(qtbot: Any, session_window: MainWindow,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.gui.session_store import open_store

    win = session_window
    win.select_link(3)
    win.flag_selected()
    _save_name(monkeypatch, tmp_path / "copy.paralelo")
    with qtbot.waitSignal(win.runner.finished, timeout=30_000):
        win.save_copy()
    assert win.store is not None and Path(win.store.path) == tmp_path / "first.paralelo"
    copy = open_store(tmp_path / "copy.paralelo")
    try:
        assert copy.link_by_id(3)["review"]["status"] == "flagged"
    finally:
        copy.close()


def test_save_as_over_an_existing_file_asks(qtbot: Any, session_window: MainWindow,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.paralelo"
    other.write_bytes(b"precious")
    monkeypatch.setattr(asks, "confirm_overwrite", lambda parent, path: False)
    _save_name(monkeypatch, other)
    session_window.save_as()
    assert not session_window.runner.busy and other.read_bytes() == b"precious"


def test_save_as_never_replaces_a_session_being_edited(qtbot: Any, session_window: MainWindow,
                                                      tmp_path: Path,
                                                      sample_result: dict[str, Any],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    busy = tmp_path / "busy.paralelo"
    holder = create_store(sample_result, busy)  # open for editing elsewhere
    try:
        before = busy.read_bytes()
        monkeypatch.setattr(asks, "confirm_overwrite", lambda parent, path: True)
        _save_name(monkeypatch, busy)
        shown: list[str] = []
        session_window.runner.failed.disconnect()
        session_window.runner.failed.connect(lambda title, msg: shown.append(msg))
        with qtbot.waitSignal(session_window.runner.finished, timeout=30_000):
            session_window.save_copy()
        assert len(shown) == 1 and "busy.paralelo" in shown[0]
        assert busy.read_bytes() == before
        assert session_window.store is not None
    finally:
        holder.close()


def test_enter_in_the_path_field_adds_the_file_and_does_not_start(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    es, ens = seed_paths()
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.en_path.setFocus()
    qtbot.keyClicks(dlg.en_path, str(ens[0]))
    qtbot.keyClick(dlg.en_path, Qt.Key.Key_Return)
    assert [s.path for s in dlg.en_sources()] == [str(ens[0])]
    assert dlg.isVisible() and dlg.result() == 0  # still open: the reviser may add more
    qtbot.wait(10)
    qtbot.keyClick(dlg.en_path, Qt.Key.Key_Return)  # Enter on the empty field: Align
    assert _dialog_accepted(dlg)


def test_an_alignment_json_gets_a_session_file_by_save_as(qtbot: Any, window: MainWindow,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    assert window.store is not None and window.store.path is None  # in memory only
    window.select_link(1)
    window.confirm_selected()
    _save_name(monkeypatch, tmp_path / "from-json")
    with qtbot.waitSignal(window.runner.finished, timeout=30_000):
        window.save_as()
    assert window.store is not None and window.store.path == str(tmp_path / "from-json.paralelo")
    assert window.store.link_by_id(1)["review"]["status"] == "confirmed"


def test_new_session_over_an_existing_file_asks(qtbot: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    es, ens = seed_paths()
    taken = tmp_path / "taken.paralelo"
    taken.write_bytes(b"earlier work")
    asked: list[Path] = []
    monkeypatch.setattr(asks, "confirm_overwrite",
                        lambda parent, path: asked.append(Path(path)) is None and False)
    dlg = dialogs.NewSessionDialog(None, dialogs.Source(es.name, path=str(es)),
                                   [dialogs.Source(ens[0].name, path=str(ens[0]))], "none")
    qtbot.addWidget(dlg)
    dlg.save_path.setText(str(taken))
    dlg.save_path.textEdited.emit(str(taken))
    dlg.accept()
    assert asked == [taken] and not _dialog_accepted(dlg)
    assert taken.read_bytes() == b"earlier work"


def test_long_realign_says_so_and_offers_no_translation_or_cancel(
        qtbot: Any, session_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """19.12 for Re-align (Ctrl+R): an estimate over a minute asks first."""
    from paralelo.gui import backend

    monkeypatch.setattr(estimate, "resolve_engine", lambda pref: "argos")
    monkeypatch.setitem(estimate.DEFAULT_COST, "argos", 30.0)  # seconds per paragraph
    monkeypatch.setitem(estimate.DEFAULT_COST, "none", 30.0)  # cached ones too: surely long
    shown: list[str] = []
    answer = {"n": -1}

    def choose(parent: Any, title: str, text: str, info: str, buttons: list[str]) -> int:
        shown.append(text)
        return answer["n"]

    engines: list[str] = []

    def realign(result: Any, *, engine: str, progress: Any, cancel: Any) -> Any:
        engines.append(engine)
        return result

    monkeypatch.setattr(asks, "choose", choose)
    monkeypatch.setattr(backend, "realign", realign)
    session_window.realign()  # Cancel: nothing runs
    assert len(shown) == 1 and "minute" in shown[0] and not session_window.runner.busy
    answer["n"] = 1  # without machine translation
    session_window.realign()
    qtbot.waitUntil(lambda: not session_window.runner.busy, timeout=10_000)
    assert engines == ["none"]
    answer["n"] = 0  # start with the engine
    session_window.realign()
    qtbot.waitUntil(lambda: not session_window.runner.busy, timeout=10_000)
    assert engines == ["none", "argos"]


def test_realign_estimate_counts_cached_translations_cheaply() -> None:
    result = {"documents": [{"paragraphs": [
        {"text": "a", "mt": "x"}, {"text": "b", "mt": None}, {"text": "c", "mt": None},
        {"text": "nav", "mt": None, "boilerplate": True}]}]}
    table = {"argos": 10.0, "none": 1.0}
    assert estimate.realign_seconds(result, "argos", table) == 2 * 10.0 + 1 * 1.0


def test_copy_over_a_session_with_a_stale_wal_is_the_copy(tmp_path: Path,
                                                          sample_result: dict[str, Any]) -> None:
    """A window that crashed on X left X-wal; Save a Copy of Y over X must give Y, not
    X's WAL replayed onto Y's pages (SQLite replays any WAL beside a file)."""
    import shutil
    import sqlite3

    from paralelo.gui.session_store import copy_store, open_store
    from paralelo.storage import Session

    x = tmp_path / "x.paralelo"
    create_store(sample_result, x).close()
    crashed = Session.open(x)
    link_id = int(crashed.links()[0].id)
    crashed.set_note(link_id, "X's own note, still in its WAL")
    wal = Path(f"{x}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    kept = tmp_path / "kept-wal"
    shutil.copyfile(wal, kept)  # what a killed process leaves behind
    crashed.close()
    shutil.copyfile(kept, wal)

    y = create_store(sample_result, tmp_path / "y.paralelo")
    try:
        y.session.flag(link_id)
        copy_store(y, x)
    finally:
        y.close()
    assert not wal.exists()
    conn = sqlite3.connect(x)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    copy = open_store(x)
    try:
        review = copy.link_by_id(link_id)["review"]
        assert review["status"] == "flagged" and not review["note"]  # Y's, not X's
    finally:
        copy.close()
