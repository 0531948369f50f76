"""GUI entry point: ``paralelo [--seed] [SESSION]`` and ``paralelo --screenshot OUT``.

Sets up the application (translations following the system locale, theme,
a calm error dialog instead of tracebacks), then opens the window on a
session, the seed session, or—on first launch—the seed session too.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from paralelo import APP_NAME
from paralelo.gui.i18n import install_translators
from paralelo.gui.paths import resource_file

log = logging.getLogger("paralelo.gui")


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="paralelo", description="Paralelo review window.")
    parser.add_argument("files", nargs="*", metavar="SESSION",
                        help="a .paralelo session or alignment JSON (more open in new windows)")
    parser.add_argument("--seed", action="store_true", help="open the built-in seed session")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="save a screenshot of the window once processing is done, then exit")
    parser.add_argument("--theme", choices=("light", "dark"), help="override the theme")
    parser.add_argument("--timeout", type=float, default=300.0, help=argparse.SUPPRESS)
    parser.add_argument("--bench", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(argv)
    # The desktop entry passes every file the user opened (Exec=Paralelo %F).
    args.session, args.others = (args.files[0] if args.files else None), args.files[1:]
    return args, qt_args


_children: list[Any] = []  # kept so a running child is never garbage-collected


def open_in_new_windows(paths: list[str]) -> None:
    """Start one more Paralelo per extra session (the window shows one session at a time)."""
    import subprocess

    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "paralelo"]
    for path in paths:
        try:
            _children.append(subprocess.Popen([*base, path], start_new_session=True))
        except OSError as exc:
            log.warning("could not open %s in a new window: %s", path, exc)


def start_session(args: argparse.Namespace) -> str | None:
    """The session to open at start: the one given, else the last one; None = seed session.

    ``--seed`` and ``--screenshot`` without a session always show the seed
    session, and so does the very first launch (no recent sessions yet).
    """
    from paralelo.gui.session_store import recent_sessions

    if args.session:
        return str(args.session)
    if args.seed or args.screenshot:
        return None
    recent = recent_sessions()
    return recent[0] if recent else None


def log_file() -> Path:
    from paralelo.paths import user_log_dir

    path = user_log_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path / "paralelo.log"


def install_excepthook() -> None:
    """Unexpected errors are logged (to `log_file`) and shown calmly; the app keeps running."""
    path = log_file()
    root = logging.getLogger("paralelo")
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path
               for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                               "%(message)s"))
        root.addHandler(handler)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error:\n%s", text)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        from paralelo.core.errors import UserError

        if isinstance(exc, UserError):
            from paralelo.gui.i18n import error_text

            message = error_text(exc)
        else:
            message = QApplication.translate(
                "App", "Something went wrong: %1\n\nYour session is saved. Details were "
                "written to %2.").replace("%1", f"{kind.__name__}: {exc}").replace(
                "%2", str(log_file()))
        if QApplication.instance() is not None:
            QMessageBox.warning(None, APP_NAME, message)

    sys.excepthook = hook


def make_app(qt_args: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("paralelo")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Paralelo")
    icon = resource_file("icons", "paralelo.svg") or resource_file("icons", "paralelo-256.png")
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, QLocale.system())
    return app


def _screenshot_when_ready(win: object, out: Path, timeout: float) -> None:
    """Grab the window once it is loaded and idle, then quit (exit code 0 on success)."""
    from paralelo.gui.mainwindow import MainWindow

    assert isinstance(win, MainWindow)
    app = QApplication.instance()
    assert app is not None
    state = {"done": False}

    def shoot() -> None:
        if state["done"]:
            return
        if win.runner.busy or win.store is None:
            QTimer.singleShot(200, shoot)
            return
        state["done"] = True
        win.show_best_example()
        win.table.update_heights()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = win.grab().save(str(out))
        app.exit(0 if ok else 1)

    win.loaded.connect(lambda: QTimer.singleShot(600, shoot))
    win.runner.failed.connect(lambda *_: app.exit(1))
    QTimer.singleShot(int(timeout * 1000), lambda: app.exit(3))


class _PaintWatch(QObject):
    """Reports the first paint of the table after a session is shown (benchmarks)."""

    def __init__(self, win: Any) -> None:
        super().__init__(win)
        self.win, self.armed = win, False
        win.loaded.connect(self._arm)
        win.table.viewport().installEventFilter(self)

    def _arm(self) -> None:
        self.armed = True
        self.win.table.viewport().update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"PARALELO_DRAWN {time.time():.6f}", flush=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]


def main(argv: list[str]) -> int:
    args, qt_args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_app(qt_args)
    from paralelo.gui.mainwindow import MainWindow
    from paralelo.gui.settings import Prefs

    prefs = Prefs.load()
    if args.theme:
        prefs.theme = args.theme
    if args.screenshot:
        install_translators(app, QLocale(QLocale.Language.English))
    else:
        install_excepthook()
    win = MainWindow(prefs)
    if args.bench:
        _PaintWatch(win)
        print(f"PARALELO_OPEN {time.time():.6f}", flush=True)
    if args.screenshot:
        win.runner.failed.connect(lambda title, msg: print(f"paralelo: {title}: {msg}",
                                                           file=sys.stderr))
        win.show_error = lambda title, message: print(  # type: ignore[method-assign]
            f"paralelo: {message}", file=sys.stderr)
        _screenshot_when_ready(win, Path(args.screenshot), args.timeout)
    win.show()
    session = start_session(args)
    if args.others and not args.screenshot:
        open_in_new_windows(args.others)
    if session is not None:
        win.open_session(session)
    else:
        win.open_seed()
    code = int(app.exec())
    win.close()  # closes the session file cleanly before the interpreter exits
    del win
    return code
