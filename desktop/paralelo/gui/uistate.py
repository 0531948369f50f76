"""Where the reviewer left off in each session: restored when the session is reopened.

Kept in QSettings, not in the session file: it is one person's view (a
shared session file should not move a colleague's selection), and the
session schema stays as it is. The key is the session file's absolute path
plus a hash of its documents' SHA-256, so a file rebuilt from other documents
under the same name starts fresh.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from paralelo.gui.model import ROW_ROLE
from paralelo.gui.rows import Row

if TYPE_CHECKING:
    from paralelo.gui.mainwindow import MainWindow


def state_key(store: Any) -> str | None:
    """The settings group of ``store``'s session, or None (unsaved sessions keep nothing)."""
    path = getattr(store, "path", None) if store is not None else None
    if not path:
        return None
    docs = store.result().get("documents") or []
    shas = ",".join(sorted(str(d.get("sha256") or d.get("id")) for d in docs
                           if isinstance(d, dict)))
    digest = hashlib.sha256(f"{Path(path).resolve()}|{shas}".encode()).hexdigest()[:24]
    return f"sessions/{digest}"


def row_key(row: Row) -> str:
    """A row's identity across runs: its link id, or the paragraphs of an unmatched row."""
    if row.link_id is not None:
        return f"L{row.link_id}"
    return "G" + ",".join(map(str, row.es)) + "|" + ",".join(f"{d}:{p}" for d, p in row.en)


def _settings() -> QSettings:
    from paralelo.gui.settings import qsettings

    return qsettings()


def save_ui_state(win: MainWindow) -> None:
    """Remember the selection, order, filters, view, scroll position and docks."""
    key = state_key(win.store)
    if key is None:
        return
    t = win.table
    top = t.rowAt(0)
    top_row = win.proxy.index(top, 0).data(ROW_ROLE) if top >= 0 else None
    cur = win.current_row()
    values: dict[str, Any] = {
        "current": row_key(cur) if cur else "",
        "top": row_key(top_row) if isinstance(top_row, Row) else "",
        "top_offset": t.rowViewportPosition(top) if top >= 0 else 0,
        "sort": win.sort_combo.currentIndex(), "status": win.status_filter.currentIndex(),
        "score": win.score_filter.currentIndex(),
        "doc": str(win.doc_filter.currentData() or ""), "search": win.search.text(),
        "view": win.table.delegate.view_mode, "diff": win.acts["diff"].isChecked(),
        "gaps": win.acts["gaps"].isChecked(), "docks": win.saveState(),
    }
    s = _settings()
    s.beginGroup(key)
    for name, value in values.items():
        s.setValue(name, value)
    s.endGroup()
    s.sync()


def _proxy_row(win: MainWindow, key: str) -> int:
    for n in range(win.proxy.rowCount()):
        row = win.proxy.index(n, 0).data(ROW_ROLE)
        if isinstance(row, Row) and row_key(row) == key:
            return n
    return -1


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def restore_ui_state(win: MainWindow) -> bool:
    """Put back what `save_ui_state` kept for this session; False when nothing was kept."""
    key = state_key(win.store)
    if key is None:
        return False
    s = _settings()
    s.beginGroup(key)
    got = {k: s.value(k) for k in s.childKeys()}
    s.endGroup()
    if not got:
        return False
    if isinstance(got.get("docks"), QByteArray):
        win.restoreState(got["docks"])
    view = str(got.get("view") or "")
    if view in ("original", "translation", "both"):
        win.acts[f"view_{view}"].setChecked(True)
        win.set_view(view)
    for name in ("diff", "gaps"):
        want = str(got.get(name, "")).lower() == "true"
        if name in got and win.acts[name].isChecked() != want:
            win.acts[name].trigger()
    for combo, name in ((win.sort_combo, "sort"), (win.status_filter, "status"),
                        (win.score_filter, "score")):
        i = _int(got.get(name))
        if 0 <= i < combo.count():
            combo.setCurrentIndex(i)
    doc = win.doc_filter.findData(str(got.get("doc") or "")) if got.get("doc") else 0
    win.doc_filter.setCurrentIndex(max(0, doc))
    win.search.setText(str(got.get("search") or ""))
    win._search_timer.stop()  # applied now, not again after the scroll position is restored
    win.apply_search()
    current = _proxy_row(win, str(got.get("current") or ""))
    if current >= 0:
        win.select_proxy_row(current)
    win.table.update_heights()
    top = _proxy_row(win, str(got.get("top") or ""))
    if top >= 0:
        win.table.scroll_to_top_row(top, _int(got.get("top_offset")))
    return True
