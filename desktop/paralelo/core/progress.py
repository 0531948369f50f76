"""Progress callbacks and cooperative cancellation for long operations.

Every long operation in `core/`, `translation/`, `storage/` and `export/`
takes ``progress: Progress | None`` and ``cancel: CancelToken | None``. Workers
in the GUI forward progress as Qt signals and call ``cancel()`` from the GUI
thread; the operation checks the token between units of work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from paralelo.core.errors import Cancelled

#: progress(done, total, message). ``total`` may be 0 when unknown.
Progress = Callable[[int, int, str], None]


class CancelToken:
    """Thread-safe flag checked cooperatively by long operations."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def check(cancel: CancelToken | None) -> None:
    """Raise `Cancelled` if ``cancel`` is set; accepts ``None`` for convenience."""
    if cancel is not None:
        cancel.raise_if_cancelled()
