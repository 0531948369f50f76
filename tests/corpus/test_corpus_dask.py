"""`--dask`: the same shards on a distributed.LocalCluster; a killed worker loses nothing."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from corpus_fixtures import write_pairs

from paralelo.corpus.merge import merge_corpus
from paralelo.corpus.runner import RunOptions, run_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def _merged(out: Path, target: Path) -> bytes:
    merge_corpus(out, target)
    return target.read_bytes()


def test_dask_output_is_byte_identical_to_local(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_pairs(tmp_path / "in", 8)
    local, remote = tmp_path / "local", tmp_path / "remote"
    run_corpus(RunOptions(str(tmp_path / "in"), str(local), engine="none", workers=1))
    summary = run_corpus(RunOptions(str(tmp_path / "in"), str(remote), engine="none",
                                    shard_size=2, dask=cluster.scheduler_address))
    assert (summary.done, summary.failed, summary.ran) == (8, 0, 4)
    for fmt in ("tmx", "tsv"):
        assert _merged(local, tmp_path / f"l.{fmt}") == _merged(remote, tmp_path / f"r.{fmt}")
    # Resuming on the cluster reuses everything.
    again = run_corpus(RunOptions(str(tmp_path / "in"), str(remote), engine="none",
                                  shard_size=2, dask=cluster.scheduler_address))
    assert again.ran == 0


def test_a_worker_killed_mid_run_does_not_lose_the_job(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_pairs(tmp_path / "in", 24)
    out = tmp_path / "out"
    with distributed.Client(cluster.scheduler_address) as client:
        pids = sorted(client.run(os.getpid).values())
    killed: list[int] = []

    def progress(done: int, failed: int) -> None:
        if not killed:  # after the first shard: the others are queued or running
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    summary = run_corpus(RunOptions(str(tmp_path / "in"), str(out), engine="none",
                                    shard_size=1, dask=cluster.scheduler_address),
                         on_progress=progress)
    assert killed and (summary.done, summary.failed) == (24, 0)
    fresh = tmp_path / "fresh"
    run_corpus(RunOptions(str(tmp_path / "in"), str(fresh), engine="none", workers=1))
    assert _merged(out, tmp_path / "a.tmx") == _merged(fresh, tmp_path / "b.tmx")


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.core.errors import UserError
    from paralelo.corpus import dask_runner

    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "1s")
    write_pairs(tmp_path / "in", 1)
    with pytest.raises(UserError, match="cannot reach the Dask scheduler"):
        run_corpus(RunOptions(str(tmp_path / "in"), str(tmp_path / "o"), engine="none",
                              dask="tcp://127.0.0.1:9"))
