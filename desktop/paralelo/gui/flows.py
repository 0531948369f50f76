"""File and dialog flows of the main window (a mixin): open, import, export, models."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.gui import asks, backend, estimate
from paralelo.gui.dialogs import (
    ExportDialog,
    ModelsDialog,
    NewSessionDialog,
    PasteDialog,
    PrefsDialog,
    ShortcutsDialog,
    Source,
)
from paralelo.gui.i18n import error_text
from paralelo.gui.saving import SavingMixin
from paralelo.gui.session_store import (
    add_recent,
    clear_recent,
    create_store,
    open_store,
    recent_sessions,
    sessions_dir,
)
from paralelo.gui.settings import documents_dir
from paralelo.gui.sources import unique_session_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    class _Base(QMainWindow):
        """For the type checker: the window's attributes and methods."""

        def __getattr__(self, name: str) -> Any: ...
else:
    _Base = object

#: Errors after which the seed session file is rebuilt rather than reported.
_REBUILDABLE = {"SessionEmpty", "NotSQLite", "NotParalelo", "SessionCorrupt", "SessionTooNew"}
#: Errors after which the user may read a copy of the session instead.
_OFFER_COPY = {"SessionCorrupt", "SessionTooNew", "SessionLocked"}
SESSION_FILTER = "Paralelo sessions (*.paralelo);;Alignment JSON (*.json);;All files (*)"


class FlowsMixin(SavingMixin, _Base):
    # -- opening
    def open_seed(self) -> None:
        """The built-in seed session (Spanish 001 against English 000, 002, 003, 004)."""
        from paralelo.core.seeds import seed_paths

        try:
            es, ens = seed_paths()
        except (FileNotFoundError, UserError) as exc:
            self.show_error(self.tr("Seed session"), str(exc))
            return
        path = sessions_dir() / "seed.paralelo"
        engine = self.prefs.engine

        def work(progress: Progress, cancel: CancelToken) -> Any:
            if path.exists():
                try:
                    store = open_store(path)
                except UserError as exc:
                    if type(exc).__name__ not in _REBUILDABLE:
                        raise
                    path.unlink(missing_ok=True)  # a damaged seed session is rebuilt
                else:
                    if store.result().get("links") or not backend.can_align():
                        return _prepared(store)
                    store.close()  # made before an aligner was installed: build it again
            result = backend.align_paths(es, ens, engine=engine, progress=progress,
                                         cancel=cancel)
            return _prepared(create_store(result, path))

        self.runner.start(self.tr("Opening the seed session"), work, self._store_ready)

    def open_paths(self, es: str | Path, ens: list[str | Path], mode: str = "auto",
                   path: str | Path | None = None) -> None:
        self.open_sources(Source(Path(es).name, path=str(es)),
                          [Source(Path(p).name, path=str(p)) for p in ens], mode, path)

    def open_sources(self, es: Source, ens: list[Source], mode: str = "auto",
                     path: str | Path | None = None, engine: str | None = None) -> None:
        """Import, translate and align documents into a new session saved at ``path``.

        Without ``path`` the session goes to the documents folder, named after
        the Spanish document.
        """
        engine = engine or self.prefs.engine
        target = Path(path) if path else unique_session_path(documents_dir(),
                                                             Path(es.name).stem)

        def work(progress: Progress, cancel: CancelToken) -> Any:
            started = time.monotonic()
            progress(0, 0, "Importing documents")
            es_doc = es.load("es")
            en_docs = []
            for s in ens:
                check(cancel)
                en_docs.append(s.load("en"))
            result = backend.align_documents(es_doc, en_docs, mode=mode, engine=engine,
                                             progress=progress, cancel=cancel)
            used = str((result.get("engine") or {}).get("name") or engine)
            estimate.record(used, len(es_doc.content_paragraphs()), time.monotonic() - started)
            return _prepared(create_store(result, target))

        self.runner.start(self.tr("Aligning documents"), work, self._store_ready)

    def open_session(self, path: str | Path, readonly_copy: bool = False) -> None:
        """Open a session; a locked, damaged or too-new file can be read as a copy.

        The copy is opened (and read) before it is offered, so the window never
        offers "Open Read-Only Copy" for a file it then cannot open.
        """
        p = Path(path)
        if p.is_dir() and (p / "review.paralelo").is_file():  # a `paralelo corpus` folder
            p = p / "review.paralelo"
        if not readonly_copy and self.switch_to_window_for(p):
            return

        def work(progress: Progress, cancel: CancelToken) -> Any:
            progress(0, 0, f"Opening {p.name}")
            if readonly_copy:
                return _prepared(open_store(p, readonly_copy=True))
            try:
                return _prepared(open_store(p))
            except UserError as exc:
                if type(exc).__name__ not in _OFFER_COPY or p.suffix == ".json":
                    raise
                try:
                    copy = _prepared(open_store(p, readonly_copy=True))
                except UserError:
                    raise exc from None  # no copy to offer: say why the file failed
                return _Unreadable(p, error_text(exc), copy)

        self.runner.start(self.tr("Opening session"), work, self._store_ready)

    def _store_ready(self, opened: Any) -> None:
        if isinstance(opened, _Unreadable):
            self.offer_readonly_copy(opened)
            return
        store, prepared = opened
        self.load_store(store, prepared)
        if store.path:
            add_recent(str(store.path))
            self.refresh_recent_menu()

    def offer_readonly_copy(self, bad: _Unreadable) -> None:
        if self.ask_readonly_copy(bad.message):
            self.load_store(*bad.copy)
            return
        bad.copy[0].close()
        if self.store is None:  # never a blank window: say what happened and what to do
            QTimer.singleShot(0, lambda: self.table.set_placeholder(self.tr(
                "%1 was not opened. Open a session (Ctrl+O) or start one from documents "
                "(Ctrl+N).").replace("%1", bad.path.name)))

    def ask_readonly_copy(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open Session"), message,
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("The file was not changed. You can read a copy of it "
                                       "(changes cannot be saved) or start a new session."))
        copy = box.addButton(self.tr("Open Read-Only Copy"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is copy

    def open_session_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Session"), str(documents_dir()),
                                              self.tr(SESSION_FILTER))
        if path:
            self.open_session(path)

    def refresh_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        items = [p for p in recent_sessions() if Path(p).exists()]
        for p in items:
            act = menu.addAction(Path(p).name)
            act.setToolTip(p)
            act.triggered.connect(lambda _c=False, p=p: self.open_session(p))
        if items:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent Sessions"), self._clear_recent)
        menu.setEnabled(bool(items))

    def _clear_recent(self) -> None:
        clear_recent()
        self.refresh_recent_menu()

    def new_session_dialog(self, es: Source | None = None, ens: list[Source] | None = None) -> None:
        dlg = NewSessionDialog(self, es, ens, engine=self.prefs.engine)
        if dlg.exec():
            es_src, en_srcs, mode = dlg.sources()
            if es_src is not None and en_srcs:
                self.open_sources(es_src, en_srcs, mode, dlg.session_path(), engine=dlg.engine)

    def open_dropped(self, paths: list[str]) -> None:
        """Dropped files: a session opens; documents go to the new-session dialog."""
        sessions = [p for p in paths if p.endswith((".paralelo", ".json"))]
        if sessions:
            self.open_session(sessions[0])
            return

        def work(progress: Progress, cancel: CancelToken) -> Any:
            from paralelo.core.importers import load_document

            langs = []
            for p in paths:
                check(cancel)
                langs.append((p, load_document(p).lang))
            return langs

        def done(langs: list[tuple[str, str]]) -> None:
            es = next((Source(Path(p).name, path=p) for p, lang in langs if lang == "es"), None)
            ens = [Source(Path(p).name, path=p) for p, _ in langs
                   if es is None or p != es.path]
            self.new_session_dialog(es, ens)

        self.runner.start(self.tr("Reading dropped documents"), work, done)

    def paste_document(self, text: str | None = None) -> None:
        if text is None:
            text = QApplication.clipboard().text()
        dlg = PasteDialog(self, text)
        if dlg.exec() and (got := dlg.source()):
            lang, src = got
            self.new_session_dialog(src if lang == "es" else None, [src] if lang == "en" else [])

    # -- re-align and export
    def realign(self) -> None:
        if self.store is None:
            return
        result = self.store.result()
        engine = estimate.resolve_engine(self.prefs.engine)
        chosen = asks.confirm_duration(self, engine, estimate.realign_seconds(result, engine))
        if chosen is None:
            return
        engine = chosen

        def work(progress: Progress, cancel: CancelToken) -> Any:
            return backend.realign(result, engine=engine, progress=progress, cancel=cancel)

        self.runner.start(self.tr("Re-aligning"), work, self.apply_realigned)

    def export_dialog(self) -> None:
        if self.store is None:
            return
        name = Path(self.store.path).stem if self.store.path else ""
        dlg = ExportDialog(self, base_name=name)
        if dlg.exec():
            self.export_to(**dlg.options())

    def export_to(self, fmt: str, out: str, status: str = "all", with_mt: bool = False,
                  bom: bool = False) -> None:
        if self.store is None:
            return
        if not out:
            self.show_error(self.tr("Export"), self.tr("Choose a file to export to."))
            return
        result = self.store.result()

        def work(progress: Progress, cancel: CancelToken) -> Any:
            return backend.export_result(result, fmt, out, status=status, with_mt=with_mt,
                                         bom=bom, progress=progress, cancel=cancel)

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

        self.runner.start(self.tr("Exporting"), work, done)

    # -- tools
    def models_dialog(self) -> None:
        dlg = ModelsDialog(self, self.prefs.engine)
        dlg.install.clicked.connect(lambda: self._install_model(dlg))
        dlg.remove.clicked.connect(lambda: self._remove_model(dlg))
        dlg.exec()

    def _install_model(self, dlg: ModelsDialog) -> None:
        path, _ = QFileDialog.getOpenFileName(dlg, self.tr("Install Translation Model"), "",
                                              self.tr("Argos models (*.argosmodel)"))
        if not path:
            return

        def work(progress: Progress, cancel: CancelToken) -> Any:
            from paralelo.translation.models import install_model

            progress(0, 0, "Installing model")
            return install_model(path)

        self.runner.start(self.tr("Installing model"), work, lambda _m: dlg.refresh())

    def _remove_model(self, dlg: ModelsDialog) -> None:
        rows = {i.row() for i in dlg.table.selectedItems()}
        if not rows:
            return
        item = dlg.table.item(min(rows), 0)
        if item is None:
            return
        name = item.text()
        try:
            from paralelo.translation.models import remove_model

            remove_model(name)
        except UserError as exc:
            self.show_error(self.tr("Remove model"), error_text(exc))
        dlg.refresh()

    def preferences_dialog(self) -> None:
        dlg = PrefsDialog(self, self.prefs)
        if dlg.exec():
            dlg.apply_to(self.prefs)
            self.prefs.save()
            self.apply_prefs()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, list(self.acts.values())).exec()

    def show_about(self) -> None:
        from paralelo import __version__

        QMessageBox.about(self, self.tr("About Paralelo"), self.tr(
            "Paralelo %1\nSide-by-side review of Spanish and English documents, offline.")
            .replace("%1", __version__))


def _prepared(store: Any) -> tuple[Any, Any]:
    """The store with its rows built (on the worker, so the window does not pause)."""
    from paralelo.gui.model import prepare_rows

    return store, prepare_rows(store.result())


class _Unreadable:
    """A session that could not be opened, with its read-only copy already open."""

    def __init__(self, path: Path, message: str, copy: tuple[Any, Any]) -> None:
        self.path, self.message, self.copy = path, message, copy
