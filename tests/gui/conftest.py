"""GUI test fixtures: a window on the seed documents with hand-made links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_sample_data import seed_result

from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs
from paralelo.gui.store import MemoryStore


@pytest.fixture
def sample_result() -> dict[str, Any]:
    return seed_result()


@pytest.fixture
def window(qtbot: Any, sample_result: dict[str, Any]) -> Iterator[MainWindow]:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.load_store(MemoryStore(sample_result))
    win.table.update_heights()
    yield win
    win.runner.cancel()
    win.runner.pool.waitForDone(10_000)
