"""The corpus review session opens in the window like any session; its flags reach merge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corpus_fixtures import write_pairs

from paralelo.corpus.merge import merge_corpus
from paralelo.corpus.review import build_review
from paralelo.corpus.runner import RunOptions, run_corpus


def test_window_opens_review_session_and_its_flag_rejects(qtbot: Any, tmp_path: Path) -> None:
    from paralelo.gui.mainwindow import MainWindow
    from paralelo.gui.settings import Prefs

    write_pairs(tmp_path / "in", 4)
    out = tmp_path / "out"
    run_corpus(RunOptions(str(tmp_path / "in"), str(out), engine="none", workers=1))
    build_review(out, out / "review.paralelo", worst=3)
    merge_corpus(out, tmp_path / "before.jsonl")
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=30_000):
        win.open_session(out)  # the corpus folder opens its review session
    assert win.store is not None and len(win.store.result()["links"]) == 3
    ref = win.store.link_by_id(1)["evidence"]["corpus"]
    assert win.select_link(1)
    win.flag_selected()
    win.close()
    win.runner.pool.waitForDone(10_000)
    merge_corpus(out, tmp_path / "after.jsonl")
    before = [json.loads(x) for x in (tmp_path / "before.jsonl").read_text("utf-8").splitlines()]
    after = [json.loads(x) for x in (tmp_path / "after.jsonl").read_text("utf-8").splitlines()]
    assert [(o["pair"], o["link"]) for o in before if (o["pair"], o["link"]) not in
            {(a["pair"], a["link"]) for a in after}] == [(ref["pair"], ref["link"])]
