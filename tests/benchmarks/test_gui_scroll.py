"""Scrolling a 10,000-link session: time per page step, paint included.

Run: .venv/bin/pytest tests/benchmarks/test_gui_scroll.py -s -o addopts=""
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))

from gui_sample_data import big_result

from paralelo.gui.mainwindow import MainWindow
from paralelo.gui.settings import Prefs
from paralelo.gui.store import MemoryStore


def test_scroll_10000_links(qtbot: Any) -> None:
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    win.resize(1440, 900)
    with qtbot.waitExposed(win):
        win.show()
    t = time.perf_counter()
    win.load_store(MemoryStore(big_result(10_000)))
    win.table.update_heights()
    win.table.viewport().repaint()
    first = time.perf_counter() - t
    bar = win.table.verticalScrollBar()
    steps, steps_cpu = [], []
    for k in range(60):
        t, c = time.perf_counter(), time.process_time()
        bar.setValue(int(bar.maximum() * k / 59))  # jump through the whole session
        win.table.viewport().repaint()
        steps.append(time.perf_counter() - t)
        steps_cpu.append(time.process_time() - c)
    pages, pages_cpu = [], []
    for _ in range(40):
        t, c = time.perf_counter(), time.process_time()
        bar.setValue(bar.value() - bar.pageStep())  # page up, as a reader would
        win.table.viewport().repaint()
        pages.append(time.perf_counter() - t)
        pages_cpu.append(time.process_time() - c)

    def ms(xs: list[float]) -> str:
        return f"median {statistics.median(xs) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms"

    print(f"\n10,000 links in memory: load + first paint {first:.2f} s; "
          f"jump-scroll step (every row new) wall {ms(steps)}, CPU {ms(steps_cpu)}; "
          f"page-up step wall {ms(pages)}, CPU {ms(pages_cpu)}")
    assert win.table.rowAt(0) >= 0
    built = len(win.table.delegate._cache)  # one text document per painted cell
    print(f"({built} cell documents built while scrolling)")
    assert built > 200, "the scroll steps did not paint"
