"""The review window: table of links, detail pane, facts and matches panels.

Loading, selection and panels live here; review and correction operations
are in `editing.EditingMixin`, file/dialog flows in `flows.FlowsMixin`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from paralelo import APP_NAME
from paralelo.gui.a11y import name_controls, set_tab_order
from paralelo.gui.actions import build_actions, build_menus, build_toolbar
from paralelo.gui.detail import DetailPane
from paralelo.gui.editing import EditingMixin
from paralelo.gui.filters import build_filter_bar
from paralelo.gui.flows import FlowsMixin
from paralelo.gui.model import LINK_ID_ROLE, ROW_ROLE, LinkFilterProxy, LinkTableModel
from paralelo.gui.rows import Row
from paralelo.gui.search import SearchMixin
from paralelo.gui.settings import Prefs
from paralelo.gui.side_models import ITEM_ROLE, CandidatesModel, FactsModel
from paralelo.gui.store import Store
from paralelo.gui.table import ReviewTable
from paralelo.gui.theme import apply_theme, colors
from paralelo.gui.uistate import restore_ui_state, save_ui_state
from paralelo.gui.workers import TaskRunner


class MainWindow(SearchMixin, EditingMixin, FlowsMixin, QMainWindow):
    """Paralelo's main window. ``loaded`` fires whenever a session is shown."""

    loaded = Signal()
    view_menu: QMenu  # set by build_menus
    # set by build_filter_bar
    filter_bar: QWidget
    search: QLineEdit
    search_hits: QLabel
    status_filter: QComboBox
    doc_filter: QComboBox
    score_filter: QComboBox
    sort_combo: QComboBox
    _search_timer: QTimer

    def __init__(self, prefs: Prefs | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = prefs or Prefs.load()
        self.store: Store | None = None
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self.model = LinkTableModel(self)
        self.proxy = LinkFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReviewTable(self)
        self.table.setModel(self.proxy)
        self.detail = DetailPane(self)
        self.facts_model = FactsModel(self)
        self.cands_model = CandidatesModel(self)
        self.acts = build_actions(self)
        self.recent_menu = build_menus(self, self.acts)
        self.addToolBar(build_toolbar(self, self.acts))
        build_filter_bar(self)
        self._build_central()
        self._build_docks()
        self._build_status()
        self.setAcceptDrops(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.note_edited.connect(self.set_note)
        self.table.rows_dropped.connect(self.link_dropped)
        self.runner.started.connect(self._task_started)
        self.runner.progress.connect(self._task_progress)
        self.runner.finished.connect(self._task_finished)
        self.runner.failed.connect(self.show_error)
        self.undo_stack.indexChanged.connect(self._update_actions)
        for sig in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                    self.proxy.rowsRemoved):
            sig.connect(self.update_search_status)
        self.search.returnPressed.connect(lambda: self.search_key(Qt.Key.Key_Return))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search,
                  lambda: self.search_key(Qt.Key.Key_Escape),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.install_shortcut_passthrough(self.search, self.detail.note)
        name_controls(self)
        set_tab_order(self)
        self.acts[f"view_{self.prefs.view}"].setChecked(True)
        self.model.view = self.table.delegate.view_mode = self.prefs.view
        self.apply_prefs()
        self.refresh_recent_menu()
        self.resize(1440, 900)
        self._restore_window()
        self._update_title()
        self._update_actions()
        self.table.set_placeholder(self.tr(
            "Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents "
            "here."))

    # -- construction
    def _build_central(self) -> None:
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("mainSplitter")
        top = QWidget(split)
        v = QVBoxLayout(top)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(self.filter_bar)
        v.addWidget(self.table, 1)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 240])
        self.setCentralWidget(split)

    def _side_table(self, model: Any, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is the tooltip
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    def _build_docks(self) -> None:
        self.facts_view = self._side_table(self.facts_model, "factsView")
        hh = self.facts_view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):  # Spanish and English share the width the dock has
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.facts_view.clicked.connect(self._fact_clicked)
        self.facts_view.activated.connect(self._fact_clicked)
        self.cands_view = self._side_table(self.cands_model, "matchesView")
        self.cands_view.clicked.connect(self._candidate_clicked)
        self.cands_view.activated.connect(self._candidate_clicked)
        for view, title, name in ((self.facts_view, self.tr("Facts"), "factsDock"),
                                  (self.cands_view, self.tr("Matches for this Spanish paragraph"),
                                   "matchesDock")):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(view)
            view.setMinimumWidth(200)
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            toggle = dock.toggleViewAction()
            toggle.setShortcut("Ctrl+Alt+F" if name == "factsDock" else "Ctrl+Alt+L")
            self.view_menu.addAction(toggle)
            self.addAction(toggle)
            setattr(self, name, dock)
        self.resizeDocks([self.factsDock], [360], Qt.Orientation.Horizontal)
        self._add_hidden_toggle()

    def _add_hidden_toggle(self) -> None:
        """"Show hidden candidates" above the Matches list (comparable links below threshold)."""
        self.cands_hidden = QCheckBox(self.tr("Show hidden candidates"), self)
        self.cands_hidden.setObjectName("matchesHiddenBox")
        # a comfortable click target even when the dock is squeezed (800×600)
        self.cands_hidden.setMinimumHeight(max(24, self.cands_hidden.sizeHint().height()))
        self.cands_hidden.toggled.connect(self.cands_model.set_show_hidden)
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.cands_hidden)
        lay.addWidget(self.cands_view)
        self.matchesDock.setWidget(box)

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.engine_label = QLabel(self)
        self.engine_label.setObjectName("engineLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        # A fixed size: new progress text must not re-lay out (and repaint) the window.
        self.progress_label.setFixedWidth(300)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.runner.cancel)
        sb.addWidget(self.counts_label, 1)
        for w in (self.progress_label, self.progress, self.cancel_button):
            sb.addPermanentWidget(w)
            w.hide()
        sb.addPermanentWidget(self.engine_label)

    def _restore_window(self) -> None:
        from paralelo.gui.settings import qsettings

        settings = qsettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # -- preferences and view
    def apply_prefs(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.prefs.theme, self.prefs.font_size)
        # the application font just set, not this widget's: that one follows it only
        # once the font-change events are processed
        font = QFont(QApplication.font())
        if self.prefs.font_size:
            font.setPointSize(self.prefs.font_size)
        d = self.table.delegate
        d.font, d.colors = font, colors(self.prefs.theme)
        self.facts_model.colors = d.colors
        self.cands_model.colors = d.colors
        d.clear()
        self.table.schedule_heights()
        self.table.viewport().update()
        self._show_current()

    def set_view(self, view: str) -> None:
        self.prefs.view = view
        self.prefs.save()
        self.model.set_view(view)
        self.table.delegate.view_mode = view
        self.table.delegate.clear()
        self.table.schedule_heights()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_current()

    def toggle_diff(self) -> None:
        self.table.delegate.diff = self.acts["diff"].isChecked()
        self.table.delegate.clear()
        self.table.viewport().update()
        self._show_current()

    def toggle_gaps(self) -> None:
        self.proxy.set_filters(show_gaps=self.acts["gaps"].isChecked())

    def _score_filter_changed(self, i: int) -> None:
        lo, hi = self.score_filter.itemData(i)
        self.proxy.set_filters(min_score=lo, max_score=hi)

    def _sort_changed(self, i: int) -> None:
        col, order = self.sort_combo.itemData(i)
        self.proxy.sort(col, order)
        self.ensure_current_visible()

    def next_sentence(self) -> None:
        self._step_sentence(1)

    def previous_sentence(self) -> None:
        self._step_sentence(-1)

    def _step_sentence(self, step: int) -> None:
        if not self.detail.sentences.step(step):
            self.statusBar().showMessage(self.tr("This link has no sentence pairs."), 4000)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- loading
    def load_store(self, store: Store, prepared: Any = None) -> None:
        """Show ``store``'s session (replaces whatever was shown).

        ``prepared`` is `model.prepare_rows` of the store's result, computed on
        the worker that opened it, so big sessions appear without a pause.
        """
        if self.store is not None and self.store is not store:
            save_ui_state(self)
            self.store.close()
        self.store = store
        self.undo_stack.clear()
        self.reload_rows(prepared=prepared)
        result = store.result()
        self.doc_filter.blockSignals(True)
        self.doc_filter.clear()
        self.doc_filter.addItem(self.tr("All documents"), None)
        for d in self.model.index_.en_docs:
            self.doc_filter.addItem(f"{d['id'].upper()} · {d.get('name') or d['id']}", d["id"])
        self.doc_filter.setCurrentIndex(0)
        self.doc_filter.blockSignals(False)
        if self.proxy.doc is not None:
            self.proxy.set_filters(doc=None)
        eng = result.get("engine") or {}
        name = str(eng.get("name") or "none")
        detail = " ".join(str(eng.get(k)) for k in ("model", "version") if eng.get(k))
        self.engine_label.setText(self.tr("Engine: %1").replace("%1", f"{name} {detail}".strip()))
        self._update_title()
        first = next((n for n in range(min(self.proxy.rowCount(), 5000))
                      if self.proxy.index(n, 0).data(LINK_ID_ROLE) is not None), 0)
        if self.proxy.rowCount():
            self.select_proxy_row(first)
        restore_ui_state(self)
        self._update_actions()
        self.update_search_status()
        self.loaded.emit()

    def show_best_example(self) -> None:
        """Select the link with the most shared facts (for screenshots and demos)."""
        links = (self.store.result().get("links") or []) if self.store else []
        best = max(links, default=None, key=lambda lk: (len(lk.get("facts") or []),
                                                        float(lk.get("score") or 0)))
        if best is not None and self.select_link(int(best["id"])):
            self.table.scrollTo(self.table.currentIndex(),
                                QAbstractItemView.ScrollHint.PositionAtCenter)

    def reload_rows(self, keep_link: int | None = None, prepared: Any = None) -> None:
        """Rebuild every row from the store (after structural changes)."""
        assert self.store is not None
        current = keep_link if keep_link is not None else self.current_link_id()
        self.table.delegate.clear()
        self.model.set_result(self.store.result(), prepared)
        self.table.delegate.index_ = self.model.index_
        self.update_counts()
        if current is not None:
            self.select_link(current)
        self.table.schedule_heights()

    def update_counts(self) -> None:
        counts = {"confirmed": 0, "flagged": 0, "unreviewed": 0, "gap": 0}
        for r in self.model.rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        links = len(self.model.rows) - counts["gap"]
        self.counts_label.setText(" · ".join((  # Qt plural forms: "1 confirmado", "2 confirmados"
            self.tr("%n link(s)", "", links), self.tr("%n confirmed", "", counts["confirmed"]),
            self.tr("%n flagged", "", counts["flagged"]),
            self.tr("%n unreviewed", "", counts["unreviewed"]),
            self.tr("%n unmatched", "", counts["gap"]))))

    def _update_title(self) -> None:
        path = getattr(self.store, "path", None) if self.store else None
        name = Path(path).name if path else ""
        if self.store is not None and not path:
            name = self.tr("unsaved session")
        if getattr(self.store, "readonly", False):
            name += " " + self.tr("(read-only)")
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    # -- selection
    def current_row(self) -> Row | None:
        idx = self.table.currentIndex()
        row = idx.data(ROW_ROLE) if idx.isValid() else None
        return row if isinstance(row, Row) else None

    def current_link_id(self) -> int | None:
        row = self.current_row()
        return row.link_id if row else None

    def selected_rows(self) -> list[Row]:
        sel = self.table.selectionModel().selectedRows()
        rows = [i.data(ROW_ROLE) for i in sorted(sel, key=lambda i: i.row())]
        out = [r for r in rows if isinstance(r, Row)]
        cur = self.current_row()
        return out or ([cur] if cur else [])

    def select_proxy_row(self, n: int) -> None:
        idx = self.proxy.index(n, 0)
        if not idx.isValid():
            return
        sm = self.table.selectionModel()
        sm.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.center_on(idx)

    def select_link(self, link_id: int) -> bool:
        n = self.model.row_of_link(link_id)
        if n is None:
            return False
        idx = self.proxy.mapFromSource(self.model.index(n, 0))
        if not idx.isValid():
            return False
        self.select_proxy_row(idx.row())
        return True

    def ensure_current_visible(self) -> None:
        self.table.center_on(self.table.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()
        self._update_actions()
        self.update_search_status()

    def _show_current(self) -> None:
        row = self.current_row()
        ix = self.model.index_
        status = ""
        if row is not None and row.link is not None:
            status = (self.tr("Link %1 · %2 · score %3 · %4")
                      .replace("%1", str(row.link_id))
                      .replace("%2", str(row.link.get("kind") or ""))
                      .replace("%3", f"{row.score:.2f}")
                      .replace("%4", self.model.status_label(row.status)))
        self.detail.show_row(row, ix, self.table.delegate.view_mode, self.table.delegate.diff,
                             self.table.delegate.colors, self.table.delegate.font, status)
        self.facts_model.set_link(row.link if row else None)
        self.cands_model.set_paragraphs(ix, row.es if row else (), row.link_id if row else None)
        self.cands_view.resizeColumnToContents(0)
        self.cands_view.resizeColumnToContents(1)

    def _fact_clicked(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, dict):
            self.detail.focus_fact(item)

    def _candidate_clicked(self, index: QModelIndex) -> None:
        link_id = index.data(ITEM_ROLE)
        if isinstance(link_id, int) and not self.select_link(link_id):
            self.status_filter.setCurrentIndex(0)
            self.doc_filter.setCurrentIndex(0)
            self.search.clear()
            self.proxy.set_filters(text="")
            self.select_link(link_id)

    # -- tasks
    def _task_started(self, title: str) -> None:
        if self.store is None:
            self.table.set_placeholder(title + "…")
        self.progress_label.setText(self.progress_label.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideMiddle, self.progress_label.width()))
        self.progress.setRange(0, 0)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.show()
        self.cancel_button.setEnabled(True)
        self._update_actions()

    def _task_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if message:
            fm = self.progress_label.fontMetrics()
            text = fm.elidedText(message, Qt.TextElideMode.ElideMiddle,
                                 self.progress_label.width())
            if text != self.progress_label.text():
                self.progress_label.setText(text)

    def _task_finished(self) -> None:
        if self.store is None:
            self.table.set_placeholder(self.tr(
                "Open a session (Ctrl+O), start one from documents (Ctrl+N) or drop documents "
                "here."))
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.hide()
        self._update_actions()

    def _update_actions(self, *_args: Any) -> None:
        if not (isValid(self) and isValid(self.undo_stack) and isValid(self.runner)):
            return  # the window is being destroyed
        busy = self.runner.busy
        has = self.store is not None and not busy
        row = self.current_row()
        is_link = has and row is not None and row.link is not None
        for n in ("confirm", "flag", "unreview", "note", "unlink", "split", "move_en_up",
                  "move_en_down", "move_es_up", "move_es_down"):
            self.acts[n].setEnabled(is_link)
        for n in ("next", "prev", "lowest", "link", "merge", "realign", "export", "save_as",
                  "save_copy"):
            self.acts[n].setEnabled(has)
        for n in ("new", "open", "seed", "paste", "prefs", "models"):
            self.acts[n].setEnabled(not busy)
        stack, store = self.undo_stack, self.store
        can_undo = stack.canUndo() or (store is not None and store.can_undo())
        can_redo = stack.canRedo() or (store is not None and not stack.canRedo()
                                       and store.can_redo())
        self.acts["undo"].setEnabled(not busy and can_undo)
        self.acts["redo"].setEnabled(not busy and can_redo)
        undo_text = (stack.undoText() if stack.canUndo()
                     else self.tr("earlier edit") if can_undo else "")
        redo_text = (stack.redoText() if stack.canRedo()
                     else self.tr("earlier edit") if can_redo else "")
        self.acts["undo"].setText(self.tr("&Undo %1").replace("%1", undo_text).strip())
        self.acts["redo"].setText(self.tr("&Redo %1").replace("%1", redo_text).strip())

    # -- undo and redo
    def undo(self) -> None:
        """Undo the last edit; past this window's edits, the session's own history."""
        if self.runner.busy:
            return
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
        elif self.store is not None and self.store.can_undo():
            self.store.undo()
            self.reload_rows()
            self._update_actions()
            self.announce_step(self.tr("Undid: %1").replace("%1", self.tr("earlier edit")), None)

    def redo(self) -> None:
        if self.runner.busy:
            return
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
        elif self.store is not None and self.store.can_redo():
            self.store.redo()
            self.reload_rows()
            self._update_actions()
            self.announce_step(self.tr("Redid: %1").replace("%1", self.tr("earlier edit")), None)

    # -- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        md = event.mimeData()
        paths = [u.toLocalFile() for u in md.urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_dropped(paths)
        elif md.hasText() and md.text().strip():
            event.acceptProposedAction()
            self.paste_document(md.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        from paralelo.gui.settings import qsettings

        settings = qsettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        save_ui_state(self)
        self.runner.cancel()
        self.runner.pool.waitForDone(5000)
        if self.store is not None:
            self.store.close()
        event.accept()

    def row_link_ids(self) -> list[int]:
        return [int(i) for i in (self.proxy.index(n, 0).data(LINK_ID_ROLE)
                                 for n in range(self.proxy.rowCount())) if i is not None]
