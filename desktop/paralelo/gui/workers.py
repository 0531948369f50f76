"""Long work on a QThreadPool: import, translation, alignment, export.

A `Task` is a QRunnable calling a plain function with ``progress`` and
``cancel``; it reports through a `TaskSignals` QObject living in the GUI
thread (queued signals), so workers never touch widgets. `TaskRunner` runs one
task at a time and is what the window (and tests) watch.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from paralelo.core.errors import Cancelled, UserError
from paralelo.core.progress import CancelToken
from paralelo.gui.estimate import eta_seconds
from paralelo.gui.i18n import error_text, tr_progress

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``fn(progress=..., cancel=...)`` off the GUI thread."""

    def __init__(self, fn: Callable[..., Any], min_interval: float = 0.05) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.token = CancelToken()
        self.signals = TaskSignals()
        self._min_interval = min_interval
        self._last = 0.0

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= self._min_interval or (total and done >= total):
            self._last = now
            self.signals.progress.emit(int(done), int(total), str(message))

    def run(self) -> None:
        try:
            result = self.fn(progress=self._progress, cancel=self.token)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(error_text(exc))
        except MemoryError:
            self.signals.failed.emit(QCoreApplication.translate(
                "TaskRunner", "Not enough memory to finish this task."))
        except Exception as exc:  # a bug: log it, show a calm message
            log.error("task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(QCoreApplication.translate(
                "TaskRunner", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}"))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """One long task at a time, with progress, cancel and completion signals."""

    started = Signal(str)
    progress = Signal(int, int, str)
    work_ended = Signal()  # the worker is done; its result is about to be shown
    finished = Signal()  # after the task's own callbacks ran (success or not)
    failed = Signal(str, str)  # title, message

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._task: Task | None = None
        self._title = ""
        self._clock = (0.0, 0, 0)  # (start time, done then, total) of the current measure

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, title: str, fn: Callable[..., Any],
              on_done: Callable[[Any], None]) -> Task | None:
        """Run ``fn`` on the pool; ``on_done(result)`` runs in the GUI thread."""
        if self._task is not None:
            return None
        task = Task(fn)
        self._task, self._title = task, title
        self._clock = (time.monotonic(), 0, -1)
        task.signals.progress.connect(self._relay)
        task.signals.done.connect(lambda result: self._finish(task, on_done, result))
        task.signals.failed.connect(lambda msg: self._finish(task, None, msg))
        task.signals.cancelled.connect(lambda: self._finish(task, None, None))
        self.started.emit(title)
        self.pool.start(task)
        return task

    def _relay(self, done: int, total: int, message: str) -> None:
        """Forward progress, translated and with the time left once it can be estimated."""
        now = time.monotonic()
        start, done0, total0 = self._clock
        if total != total0 or done < done0:  # a new measure: restart the clock
            self._clock = (now, done, total)
            start, done0 = now, done
        left = eta_seconds(done - done0, total - done0, now - start)
        text = tr_progress(message) if message else ""
        if left is not None:
            text = f"{text} · {time_left(left)}" if text else time_left(left)
        self.progress.emit(done, total, text)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.token.cancel()

    def _finish(self, task: Task, on_done: Callable[[Any], None] | None, value: Any) -> None:
        if task is not self._task:
            return
        self._task = None
        self.work_ended.emit()
        try:
            if on_done is not None:
                on_done(value)
            elif isinstance(value, str):
                self.failed.emit(self._title, value)
        finally:
            self.finished.emit()


def time_left(seconds: float) -> str:
    """"about 3 minutes left" (rounded up: an estimate that runs over is worse)."""
    if seconds < 50:
        n = max(5, int(-(-seconds // 5) * 5))
        return QCoreApplication.translate("TaskRunner", "about %n second(s) left", "", n)
    n = max(1, int(-(-seconds // 60)))
    return QCoreApplication.translate("TaskRunner", "about %n minute(s) left", "", n)
