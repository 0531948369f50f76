"""Manual correction by keyboard on both stores (memory and a real session file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.model import ROW_ROLE
from paralelo.gui.rows import Row
from paralelo.gui.session_store import SessionStore, create_store, open_store
from paralelo.gui.store import MemoryStore

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(params=["memory", "session"])
def edit_window(request: pytest.FixtureRequest, qtbot: Any, tmp_path: Path,
                sample_result: dict[str, Any]) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    if request.param == "memory":
        store: Any = MemoryStore(sample_result)
    else:
        store = create_store(sample_result, tmp_path / "t.paralelo")
        assert isinstance(store, SessionStore)
    win.load_store(store)
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    return win


def links(win: MainWindow) -> dict[int, tuple[tuple[int, ...], tuple[tuple[str, int], ...]]]:
    assert win.store is not None
    return {int(lk["id"]): (tuple(lk["es"]), tuple((e["doc"], e["para"]) for e in lk["en"]))
            for lk in win.store.result()["links"]}


def select_rows(win: MainWindow, pred: Any) -> list[Row]:
    sm = win.table.selectionModel()
    sm.clearSelection()
    picked = []
    for n in range(win.proxy.rowCount()):
        row = win.proxy.index(n, 0).data(ROW_ROLE)
        if pred(row):
            sm.select(win.proxy.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                      | QItemSelectionModel.SelectionFlag.Rows)
            sm.setCurrentIndex(win.proxy.index(n, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            picked.append(row)
    return picked


def test_link_two_unmatched_paragraphs_and_undo(qtbot: Any, edit_window: MainWindow) -> None:
    win = edit_window
    before = links(win)
    picked = select_rows(win, lambda r: r.link is None and (r.es == (5,) or r.en == (("en2", 3),)))
    assert len(picked) == 2
    qtbot.keyClick(win.table, Qt.Key.Key_K, CTRL)
    after = links(win)
    new = [v for k, v in after.items() if k not in before]
    assert new == [((5,), (("en2", 3),))]
    assert win.current_row() is not None and win.current_row().es == (5,)
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert links(win) == before


def test_unlink_merge_split(qtbot: Any, edit_window: MainWindow) -> None:
    win = edit_window
    before = links(win)
    win.select_link(4)
    qtbot.keyClick(win.table, Qt.Key.Key_K, CTRL | SHIFT)
    assert 4 not in links(win)
    # the paragraphs came back as unmatched rows
    assert any(r.link is None and r.en == (("en1", 1),) for r in win.model.rows)
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert links(win) == before
    select_rows(win, lambda r: r.link_id in (2, 3))
    qtbot.keyClick(win.table, Qt.Key.Key_M, CTRL)
    merged = {k: v for k, v in links(win).items() if k not in before}
    assert list(merged.values()) == [((0, 2), (("en1", 13), ("en2", 0)))]
    (merged_id,) = merged
    assert win.current_link_id() == merged_id
    qtbot.keyClick(win.table, Qt.Key.Key_M, CTRL | SHIFT)  # split it again, pairwise
    parts = sorted(v for k, v in links(win).items() if k not in before)
    assert parts == [((0,), (("en1", 13),)), ((2,), (("en2", 0),))]
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert links(win) == before


def test_move_english_paragraph_to_next_link(qtbot: Any, edit_window: MainWindow) -> None:
    win = edit_window
    win.sort_combo.setCurrentIndex(0)
    win.acts["gaps"].setChecked(False)
    win.toggle_gaps()
    order = [win.proxy.index(n, 0).data(ROW_ROLE).link_id for n in range(win.proxy.rowCount())]
    first, second = order[0], order[1]
    src_en = links(win)[first][1]
    win.select_link(first)
    qtbot.keyClick(win.table, Qt.Key.Key_Down, ALT)
    after = links(win)
    moved = src_en[-1]
    assert moved in after[second][1]
    assert first not in after or moved not in after[first][1]
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert links(win)[first][1] == src_en


def test_refused_edit_shows_message_and_changes_nothing(
        qtbot: Any, edit_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = edit_window
    shown: list[str] = []
    monkeypatch.setattr(win, "show_error", lambda title, msg: shown.append(msg))
    before = links(win)
    win.select_link(1)
    qtbot.keyClick(win.table, Qt.Key.Key_M, CTRL)  # merge needs two links
    assert shown and "two or more" in shown[0]
    assert links(win) == before and not win.undo_stack.canUndo()


def test_session_edits_survive_reopen(qtbot: Any, tmp_path: Path,
                                      sample_result: dict[str, Any]) -> None:
    path = tmp_path / "keep.paralelo"
    store = create_store(sample_result, path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.load_store(store)
    win.select_link(3)
    win.confirm_selected()
    win.set_note(1, "names agree")
    win.close()
    again = open_store(path)
    try:
        assert again.link_by_id(3)["review"]["status"] == "confirmed"
        assert again.link_by_id(1)["review"]["note"] == "names agree"
        # undo history lives in the file: undo still works after reopening
        again.undo()
        assert again.link_by_id(1)["review"]["note"] == ""
    finally:
        again.close()


def test_drag_an_unmatched_paragraph_onto_a_link(qtbot: Any, edit_window: MainWindow) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    win = edit_window
    before = links(win)
    src_n = next(n for n, r in enumerate(win.model.rows)
                 if r.link is None and r.en == (("en1", 6),))
    mime = win.model.mimeData([win.model.index(src_n, 0)])
    target = win.proxy.mapFromSource(win.model.index(win.model.row_of_link(1), 1))
    win.table.scrollTo(target)
    pos = QPointF(win.table.visualRect(target).center())
    event = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    win.table.dropEvent(event)
    new = {k: v for k, v in links(win).items() if k not in before}
    assert list(new.values()) == [((2,), (("en1", 4), ("en1", 5), ("en1", 6)))]
    assert 1 not in links(win)
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert links(win) == before


def test_locked_session_opens_as_read_only_copy(qtbot: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                sample_result: dict[str, Any]) -> None:
    path = tmp_path / "busy.paralelo"
    holder = create_store(sample_result, path)  # another window is editing this session
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        asked: list[str] = []
        monkeypatch.setattr(win, "ask_readonly_copy", lambda msg: asked.append(msg) or True)
        errors: list[str] = []
        monkeypatch.setattr(win, "show_error", lambda t, m: errors.append(m))
        with qtbot.waitSignal(win.loaded, timeout=30_000):
            win.open_session(path)
        assert asked and "busy.paralelo" in asked[0]
        assert win.store is not None and "(read-only)" in win.windowTitle()
        assert len(win.store.result()["links"]) == 4
        win.select_link(1)
        win.confirm_selected()
        assert errors and "read-only" in errors[0]
        assert win.store.link_by_id(1)["review"]["status"] == "unreviewed"
        assert not win.undo_stack.canUndo()
        win.close()
    finally:
        holder.close()


def test_opened_sessions_appear_in_recent_menu(qtbot: Any, tmp_path: Path,
                                               sample_result: dict[str, Any]) -> None:
    path = tmp_path / "recent-one.paralelo"
    create_store(sample_result, path).close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.recent_menu.isEnabled()
    with qtbot.waitSignal(win.loaded, timeout=30_000):
        win.open_session(path)
    names = [a.text() for a in win.recent_menu.actions()]
    assert "recent-one.paralelo" in names
    win.close()


def test_undo_reaches_edits_made_before_reopening(qtbot: Any, tmp_path: Path,
                                                  sample_result: dict[str, Any]) -> None:
    path = tmp_path / "days.paralelo"
    first = MainWindow()
    qtbot.addWidget(first)
    first.load_store(create_store(sample_result, path))
    first.select_link(2)
    first.flag_selected()
    first.close()  # the reviewer goes home

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.loaded, timeout=30_000):
        win.open_session(path)
    assert win.store is not None
    assert win.store.link_by_id(2)["review"]["status"] == "flagged"
    assert not win.undo_stack.canUndo() and win.acts["undo"].isEnabled()
    assert "earlier edit" in win.acts["undo"].text()
    win.activateWindow()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL)
    assert win.store.link_by_id(2)["review"]["status"] == "unreviewed"
    assert win.statusBar().currentMessage() == "Undid: earlier edit"
    assert win.model.rows[win.model.row_of_link(2)].status == "unreviewed"
    qtbot.keyClick(win.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert win.store.link_by_id(2)["review"]["status"] == "flagged"
    win.close()


def test_opening_a_json_file_checks_it_like_exports(tmp_path: Path,
                                                    sample_result: dict[str, Any]) -> None:
    """The GUI's JSON loader is the shared `core.result` one: fills ids, names bad links."""
    import copy
    import json

    from paralelo.core.errors import UserError

    good = copy.deepcopy(sample_result)
    top = max(int(lk["id"]) for lk in good["links"])
    del good["links"][0]["id"]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(good), encoding="utf-8-sig")
    store = open_store(path)
    assert isinstance(store, MemoryStore)
    assert store.result()["links"][0]["id"] == top + 1
    bad = copy.deepcopy(sample_result)
    bad["links"][1]["es"] = [10_000]
    path.write_text(json.dumps(bad), encoding="utf-8")
    lid = bad["links"][1]["id"]
    with pytest.raises(UserError, match=f"^invalid alignment data: link {lid} refers to "
                                        "paragraph 10000, which does not exist$"):
        open_store(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="not an alignment JSON file"):
        open_store(path)
