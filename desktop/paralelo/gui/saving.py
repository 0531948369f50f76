"""Save As…, Save a Copy… and opening a session another window holds (a window mixin).

Sessions save themselves on every change; these put the session where the
user wants it. A session that is already open elsewhere is never opened
twice for editing: in this process the other window is raised, otherwise a
read-only copy is offered; the window never ends up empty and silent.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from paralelo.core.progress import CancelToken, Progress
from paralelo.gui import asks
from paralelo.gui.session_store import add_recent, copy_store, open_store
from paralelo.gui.settings import documents_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    class _Base(QMainWindow):
        """For the type checker: the window's attributes and methods."""

        def __getattr__(self, name: str) -> Any: ...
else:
    _Base = object


def _same_path(a: str | Path | None, b: str | Path | None) -> bool:
    if not a or not b:
        return False
    try:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return False


def window_showing(path: str | Path, besides: QWidget | None = None) -> Any | None:
    """Another window of this process that has ``path`` open for editing, if any."""
    for w in QApplication.topLevelWidgets():
        store: Any = getattr(w, "store", None)
        session = getattr(store, "session", None)
        if (w is not besides and w.objectName() == "mainWindow" and session is not None
                and not getattr(session, "closed", True) and not store.readonly
                and _same_path(store.path, path)):
            return w
    return None


class SavingMixin(_Base):
    # -- save as / save a copy
    def _ask_save_path(self, title: str) -> Path | None:
        current = getattr(self.store, "path", None)
        folder = Path(current).parent if current else documents_dir()
        if current and str(folder).startswith(str(_app_data())):
            folder = documents_dir()  # never suggest the hidden app-data folder
        name = Path(current).stem if current else "session"
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / f"{name}.paralelo"),
            self.tr("Paralelo sessions (*.paralelo)"), "",
            QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return None
        p = Path(path)
        if p.suffix.lower() != ".paralelo":
            p = p.with_name(p.name + ".paralelo")
        if _same_path(p, current):
            self.statusBar().showMessage(self.tr("The session is already saved there."), 6000)
            return None
        if window_showing(p, self) is not None:
            self.show_error(title, self.tr("%1 is open in another window; close it there "
                                           "first.").replace("%1", str(p)))
            return None
        if p.exists() and not asks.confirm_overwrite(self, p):
            return None
        return p

    def save_as(self) -> None:
        """Save the session under a new name and keep working in the new file."""
        if self.store is None or self.runner.busy:
            return
        dest = self._ask_save_path(self.tr("Save Session As"))
        if dest is not None:
            self.save_to(dest, switch=True)

    def save_copy(self) -> None:
        """Write a copy of the session elsewhere; this window stays on the current file."""
        if self.store is None or self.runner.busy:
            return
        dest = self._ask_save_path(self.tr("Save a Copy"))
        if dest is not None:
            self.save_to(dest, switch=False)

    def save_to(self, dest: str | Path, switch: bool) -> None:
        """Copy the session to ``dest`` (on a worker); with ``switch``, go on in the copy."""
        from paralelo.gui.flows import _prepared

        store = self.store
        if store is None:
            return
        target = Path(dest)

        def work(progress: Progress, cancel: CancelToken) -> Any:
            progress(0, 0, "Saving")
            copy_store(store, target)
            if not switch:
                return None
            new_store = open_store(target)
            try:
                return _prepared(new_store)  # load_store closes the old store (GUI thread)
            except BaseException:
                new_store.close()
                raise

        def done(opened: Any) -> None:
            if opened is not None:
                self.load_store(*opened)
                add_recent(str(opened[0].path))
                self.refresh_recent_menu()
            self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", str(target)),
                                         8000)

        self.runner.start(self.tr("Saving the session"), work, done)

    # -- a session open elsewhere
    def switch_to_window_for(self, path: str | Path) -> bool:
        """If another window here edits ``path``: raise it or open a read-only copy.

        Returns True when handled (nothing more to open in this window).
        """
        other = window_showing(path, self)
        if other is None:
            return False
        choice = asks.choose(
            self, self.tr("Open Session"),
            self.tr("%1 is already open in another window.").replace("%1", Path(path).name),
            self.tr("Switch to that window, or read a copy of the session here (changes "
                    "cannot be saved in the copy)."),
            [self.tr("Switch to That Window"), self.tr("Open Read-Only Copy")])
        if choice == 0:
            other.show()
            other.raise_()
            other.activateWindow()
            if self.store is None:
                QTimer.singleShot(0, self.close)  # not left behind as an empty window
        elif choice == 1:
            self.open_session(path, readonly_copy=True)
        elif self.store is None:
            QTimer.singleShot(0, self.close)
        return True


def _app_data() -> Path:
    from paralelo.gui.session_store import sessions_dir

    return sessions_dir().parent
