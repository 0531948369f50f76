"""Facts extracted on a helper process: same result as here, whatever happens to the helper."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest

from paralelo.app import fact_prefetch, pipeline
from paralelo.app.fact_prefetch import FactPrefetch, extract_chunk
from paralelo.app.pipeline import load_inputs, run_documents
from paralelo.core.errors import Cancelled
from paralelo.core.facts.extract import extract_raw
from paralelo.core.facts.match import FactKey
from paralelo.core.progress import CancelToken

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _keys() -> list[FactKey]:
    """Every seed paragraph as Spanish, English and machine-translation text."""
    paras = [p for f in sorted(SEEDS.glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return [(p, lang, any_lang) for p in paras for lang, any_lang in
            (("es", False), ("en", False), ("en", True))]


def _expected(keys: list[FactKey]) -> dict[FactKey, tuple[list, list]]:
    return {k: extract_raw(k[0], k[1], any_lang=k[2]) for k in keys}


def _wait_started(pf: FactPrefetch) -> int:
    """The helper's pid once it has claimed a chunk (it is really working)."""
    deadline = time.monotonic() + 60
    while pf._front.value == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert pf._front.value > 0, "the helper never claimed a chunk"
    return int(pf._proc.pid)


def _collect_while_stopped(pf: FactPrefetch, pid: int) -> tuple[dict, float]:
    """`collect` with the helper stopped (SIGSTOP); its results and how long it took."""
    os.kill(pid, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        got = pf.collect()
        return got, time.monotonic() - t0
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def test_helper_and_this_process_share_the_chunks_and_match_local_extraction() -> None:
    keys = _keys()
    pf = FactPrefetch(keys, chunk=8)
    _wait_started(pf)
    got = pf.collect()
    assert got == _expected(keys)
    assert pf._proc is None  # helper stopped


def test_extract_chunk_is_extract_raw() -> None:
    keys = _keys()[:30]
    assert extract_chunk(keys) == [extract_raw(t, lang, any_lang=a) for t, lang, a in keys]


def test_helper_killed_mid_run_loses_nothing() -> None:
    keys = _keys()
    pf = FactPrefetch(keys, chunk=4)
    os.kill(_wait_started(pf), signal.SIGKILL)
    assert pf.collect() == _expected(keys)


def test_helper_that_cannot_start_means_all_local(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.context

    def refuse(self: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    keys = _keys()[:60]
    pf = FactPrefetch(keys, chunk=8)
    assert pf._proc is None
    assert pf.collect() == _expected(keys)


def test_stalled_helper_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fact_prefetch, "STALL_SECONDS", 0.5)
    keys = _keys()
    pf = FactPrefetch(keys, chunk=4)
    got, waited = _collect_while_stopped(pf, _wait_started(pf))
    assert got == _expected(keys)
    assert waited < 30  # patience is 0.5 s + 20x a local chunk, not forever


def test_cancel_stops_the_helper() -> None:
    keys = _keys()
    pf = FactPrefetch(keys, chunk=4)
    pid = _wait_started(pf)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        pf.collect(token)
    with pytest.raises(ProcessLookupError):
        for _ in range(500):  # reaped by close(): the pid is gone
            os.kill(pid, 0)
            time.sleep(0.01)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[FactPrefetch]:
    started: list[FactPrefetch] = []
    real = fact_prefetch.FactPrefetch

    def spy(*args: object, **kw: object) -> FactPrefetch:
        started.append(real(*args, **kw))  # type: ignore[arg-type]
        return started[-1]

    monkeypatch.setattr(fact_prefetch, "FactPrefetch", spy)
    return started


def _seed_docs() -> tuple:
    es_seed = SEEDS / "001_d655b8d76ea664d5.txt"  # the Spanish one
    return load_inputs(es_seed, [p for p in sorted(SEEDS.glob("*.txt")) if p != es_seed])


def test_pipeline_result_is_the_same_with_prefetch(monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.core.facts import match

    es, ens = _seed_docs()
    plain = run_documents(es, ens, engine="none")
    monkeypatch.setattr(fact_prefetch, "MIN_TEXTS", 1)
    started = _spy(monkeypatch)
    match._cached.cache_clear()  # the plain run's extractions must not answer for the helper's
    missed: list[str] = []
    real_extract, real_annotate = match.extract_raw, pipeline.annotate_links

    def counting(text: str, *args: object, **kw: object) -> object:
        missed.append(text)
        return real_extract(text, *args, **kw)  # type: ignore[arg-type]

    def annotate(*args: object, **kw: object) -> object:
        # Only the comparison after alignment (comparable alignment extracts its own
        # evidence facts while aligning, before the prefetch is collected).
        match._cached.cache_clear()
        with monkeypatch.context() as m:
            m.setattr(match, "extract_raw", counting)
            return real_annotate(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "annotate_links", annotate)
    again = run_documents(es, ens, engine="none", fact_process=True)
    assert started, "the pipeline did not prefetch"
    assert missed == [], "the comparison extracted texts the prefetch should have given it"
    for result in (plain, again):
        result.pop("created", None)
    assert again == plain
    assert sum(len(lk[k]) for lk in again["links"] for k in ("facts", "only_es", "only_en")) > 20


def test_small_inputs_do_not_start_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    es, ens = _seed_docs()
    started = _spy(monkeypatch)
    run_documents(es, ens, engine="none", fact_process=True)
    assert started == []  # the seeds are far below MIN_TEXTS
    assert not fact_prefetch.worth_it(fact_prefetch.MIN_TEXTS - 1)
    assert fact_prefetch.worth_it(fact_prefetch.MIN_TEXTS) == ((os.cpu_count() or 1) >= 2)


def test_helper_that_never_starts_working_is_not_waited_for() -> None:
    """Alignment done before the helper claimed anything: everything is done here at once."""
    keys = _keys()[:200]
    pf = FactPrefetch(keys, chunk=50)
    # stopped long before it has imported anything
    got, waited = _collect_while_stopped(pf, pf._proc.pid)
    assert got == _expected(keys)
    assert waited < fact_prefetch.STALL_SECONDS / 2


def test_ctrl_c_in_the_terminal_prints_nothing_from_the_helper(
        capfd: pytest.CaptureFixture[str]) -> None:
    """Ctrl+C reaches the whole process group; the parent decides, the helper keeps quiet."""
    keys = _keys()
    pf = FactPrefetch(keys, chunk=4)
    os.kill(_wait_started(pf), signal.SIGINT)
    time.sleep(0.5)
    assert pf.collect() == _expected(keys)
    assert "Traceback" not in capfd.readouterr().err


def test_helper_stopped_while_holding_the_lock_does_not_hang(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A helper killed or stopped inside its claim would hold the lock for ever."""
    monkeypatch.setattr(fact_prefetch, "LOCK_SECONDS", 0.3)
    keys = _keys()
    pf = FactPrefetch(keys, chunk=4)
    _wait_started(pf)
    assert pf._lock.acquire(timeout=5)  # stands for the helper dying inside the lock
    try:
        t0 = time.monotonic()
        got = pf.collect()
        waited = time.monotonic() - t0
    finally:
        pf._lock.release()
    assert got == _expected(keys)
    assert waited < 30


def test_helper_uses_this_process_table_not_the_files(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A table loaded here (the user may have edited the files since) is the one used."""
    from paralelo.core.facts.table import load_table, table_files

    extra = tmp_path / "extra.tsv"
    extra.write_text("topic\tzorblax\tzorblax\tzorblax\n", encoding="utf-8")
    table = load_table([*table_files(), extra])
    monkeypatch.setattr(fact_prefetch, "default_table", lambda: table)
    keys: list[FactKey] = [(f"El zorblax número {k} llegó.", "es", False) for k in range(40)]
    pf = FactPrefetch(keys, chunk=4)
    _wait_started(pf)
    got = pf.collect()
    assert all(any(f.value == "zorblax" for f in got[k][0]) for k in keys)
    assert not any(f.value == "zorblax" for f in extract_raw(keys[0][0], "es")[0])


_ORPHAN = """
import os, signal, sys, time
from paralelo.app.fact_prefetch import FactPrefetch
def main():
    keys = [(f"El ministro Juan Pérez firmó {k} acuerdos en La Paz el 5 de mayo.", "es", False)
            for k in range(40000)]
    pf = FactPrefetch(keys, chunk=50)
    while pf._front.value < 3:
        time.sleep(0.01)
    print(pf._proc.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
if __name__ == "__main__":
    main()
"""


def test_orphan_helper_of_a_killed_process_exits(tmp_path: Path) -> None:
    """Nothing reads an orphan's results: it stops instead of extracting on."""
    import subprocess
    import sys

    script = tmp_path / "orphan.py"
    script.write_text(_ORPHAN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(fact_prefetch.__file__).parents[2])}
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    pid = int(proc.stdout.split()[0])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z":
            break  # exited, waiting to be reaped by init
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        raise AssertionError("the helper outlived its parent by 20 s")


def test_table_travels_without_its_caches() -> None:
    """The helper gets the table, not the memo of every word this process has met."""
    import pickle

    from paralelo.core.facts.table import default_table

    table = default_table()
    extract_chunk(_keys(), table)
    assert table.memo  # extraction filled the caches here
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table and not copy.memo and not copy.marks
    assert extract_chunk(_keys(), copy) == extract_chunk(_keys(), table)
