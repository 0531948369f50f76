"""`corpus status` from files alone, and the progress bar / JSON lines."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest

from paralelo.cli import main
from paralelo.corpus.progress import CorpusProgress, eta_text
from paralelo.corpus.runner import RUN_STATE, RunOptions, run_corpus
from paralelo.corpus.shards import marker_path
from paralelo.corpus.status import corpus_status


def test_status_after_a_run_and_while_one_is_going(small_corpus: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run_corpus(RunOptions(str(small_corpus), str(out), engine="none", workers=1, shard_size=2))
    info = corpus_status(out)
    assert (info["status"], info["done"], info["failed"], info["remaining"]) == (
        "finished", 6, 0, 0)
    assert info["pairs_per_s"] > 0 and info["eta_s"] is None
    # As a live run would leave it: one shard to go, this process "running" it.
    marker_path(out, "s000002").unlink()
    state = json.loads((out / RUN_STATE).read_text(encoding="utf-8"))
    started = time.time() - 100  # 4 pairs in ~100 s: 2 more take ~50 s
    (out / RUN_STATE).write_text(json.dumps({**state, "status": "running", "pid": os.getpid(),
                                             "started": started}), encoding="utf-8")
    live = corpus_status(out)
    assert (live["status"], live["done"], live["remaining"]) == ("running", 4, 2)
    assert 45 < live["eta_s"] < 55 and 0.035 < live["pairs_per_s"] < 0.045
    assert main(["corpus", "status", str(out)]) == 0
    text = capsys.readouterr().out
    assert "status: running" in text and "pairs: 4/6 done" in text and "ETA" in text


def test_status_of_a_folder_that_is_not_a_corpus(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "status", str(tmp_path)]) == 2
    assert "not a corpus folder" in capsys.readouterr().err


def test_progress_bar_and_json_lines() -> None:
    err, out = io.StringIO(), io.StringIO()
    bar = CorpusProgress(10, 2, bar=True, json_lines=True, stream=err, out=out)
    bar.update(6, 1)
    bar.update(10, 1)
    bar.finish({"done": 10})
    assert "10/10 pairs" in err.getvalue() and "failed 1" in err.getvalue()
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert lines[0]["done"] == 6 and lines[0]["total"] == 10 and lines[0]["failed"] == 1
    assert lines[-1] == {"event": "done", "done": 10}
    quiet = io.StringIO()
    CorpusProgress(5, stream=quiet, out=io.StringIO()).update(5, 0)  # not a TTY: no bar
    assert quiet.getvalue() == ""
    assert eta_text(75) == "01:15" and eta_text(3725) == "1:02:05" and eta_text(None) == "--:--"


def test_cli_json_progress(small_corpus: Path, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "run", str(small_corpus), "-o", str(tmp_path / "o"), "--engine",
                 "none", "--workers", "1", "--json-progress", "--shard-size", "3"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["done"] for x in lines[:-1]] == [0, 3, 6]
    assert lines[-1]["event"] == "done" and lines[-1]["failed"] == 0
