"""`run_corpus`: plan the shards, run the unfinished ones, record the outcome.

The driver resolves the engine once (so "auto" means the same engine on every
worker and in every shard key), hashes the inputs, writes the plan, then runs
only the shards whose marker does not match — on a local process pool (one
worker per core by default, per two cores for Apertium), in this process (one
worker: `worker.run_shards` streams the shards), or on a Dask cluster
(`dask_runner`). All run the same shard code (`worker.run_shard`).
``run.json`` says when the run started and whether it is still going;
``errors.jsonl`` lists every failed pair and every file of a folder that found
no partner.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import itertools
import json
import multiprocessing
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paralelo import __version__
from paralelo.core.atomic import atomic_write
from paralelo.core.errors import UserError
from paralelo.corpus import fsio
from paralelo.corpus import shards as sh
from paralelo.corpus.inputs import discover
from paralelo.corpus.worker import close_engines, prestart, run_shard, run_shards, warm_up

RUN_STATE = "run.json"
ERRORS = "errors.jsonl"
#: A shard whose worker died this many times is recorded as failed (every pair).
MAX_CRASHES = 3
#: Pools in a row that broke before finishing any shard: the workers cannot start.
MAX_DEAD_POOLS = 2

OnDone = Callable[[dict[str, Any]], None]


@dataclass(slots=True)
class RunOptions:
    source: str
    outdir: str
    mode: str = "auto"
    engine: str = "auto"
    workers: int = 0  # 0: `default_workers` (one per core; per two cores for Apertium)
    shard_size: int = sh.DEFAULT_SHARD_SIZE
    retry_failed: bool = False
    dask: str | None = None


@dataclass(slots=True)
class RunSummary:
    total: int
    done: int
    failed: int
    skipped: int  # shards already up to date
    ran: int  # shards run now
    unpaired: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "done": self.done, "failed": self.failed,
                "shards_reused": self.skipped, "shards_run": self.ran,
                "unpaired": self.unpaired, "seconds": round(self.seconds, 3)}


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


#: Cores one worker of this engine keeps busy. Apertium is a pipeline of ~12 processes
#: that kept 1.9 of 2 cores busy on its own: a second worker on a 2-core machine only
#: adds its start-up and shard-boundary stalls (measured: docs/benchmarks.md).
CORES_PER_WORKER = {"apertium": 2}


def default_workers(engine: str) -> int:
    """Workers when ``--workers`` is not given: one per core, or per two for Apertium."""
    return max(1, cpu_count() // CORES_PER_WORKER.get(engine, 1))


def resolve_params(mode: str, engine: str) -> tuple[str, dict[str, Any]]:
    """The concrete engine name and the parameters every shard key includes."""
    from paralelo.translation import get_engine

    if mode not in ("auto", "parallel", "comparable"):
        raise UserError(f"unknown mode {mode!r} (use auto, parallel or comparable)")
    eng = get_engine(engine)
    return eng.name, {"mode": mode, "engine": [eng.name, eng.model, eng.version],
                      "paralelo": __version__, "format": sh.PLAN_VERSION}


@dataclass(slots=True)
class Prepared:
    plan: dict[str, Any]
    todo: list[sh.Shard]  # shards to run now
    base: dict[str, Any]  # what every shard spec shares
    already: int  # pairs of shards reused from an earlier run
    unpaired: int

    def specs(self) -> Iterator[dict[str, Any]]:
        """Task specs, made one at a time (a million-pair plan is not copied at once)."""
        for s in self.todo:
            yield {**self.base, "name": s.name, "key": s.key,
                   "pairs": [p.to_json() for p in s.pairs], "hashes": s.hashes}


def prepare(opts: RunOptions, before_hashing: Callable[[str], None] | None = None,
            ) -> Prepared:
    """Write the plan; return it with the shards to run.

    ``before_hashing(engine)``: a hook called with the resolved engine's name.
    """
    out = fsio.resolve(opts.outdir)  # a local path or an fsspec URL (fsio)
    if fsio.exists(out) and not fsio.isdir(out):
        raise UserError(f"{out}: exists and is not a folder")
    if opts.shard_size < 1:
        raise UserError("--shard-size must be at least 1")
    _refuse_concurrent_run(out)
    source = fsio.resolve(opts.source)
    if fsio.isfile(fsio.join(out, sh.PLAN)) and sh.read_plan(out).get("input") != source:
        raise UserError(f"{out}: holds a corpus of {sh.read_plan(out).get('input')}; "
                        "give a new OUTDIR for another input")
    inputs = discover(opts.source)
    if not inputs.pairs:
        raise UserError(f"{opts.source}: no document pairs found"
                        + (f" ({len(inputs.unpaired)} files without a partner)"
                           if inputs.unpaired else ""))
    engine, params = resolve_params(opts.mode, opts.engine)
    try:
        fsio.makedirs(out)
    except OSError as exc:
        raise UserError(f"{out}: cannot create the folder ({exc.strerror or exc})") from None
    if before_hashing:
        before_hashing(engine)
    shards = sh.make_shards(inputs, params, opts.shard_size, sh.hash_cache(out))
    plan = {"version": sh.PLAN_VERSION, "input": source,
            "root": inputs.root, "params": params, "shard_size": opts.shard_size,
            "total": len(inputs.pairs), "unpaired": inputs.unpaired,
            "shards": [{"name": s.name, "key": s.key, "pairs": len(s.pairs)} for s in shards]}
    sh.write_plan(out, plan)
    sh.remove_stale(out, {s.name for s in shards})
    todo, already = [], 0
    for s in shards:
        marker = sh.read_marker(out, s.name) if sh.is_done(out, s.name, s.key) else None
        if marker and not (opts.retry_failed and marker.get("failed")):
            already += len(s.pairs)
            continue
        todo.append(s)
    base = {"outdir": out, "engine": engine, "mode": opts.mode, "root": inputs.root}
    return Prepared(plan, todo, base, already, len(inputs.unpaired))


def _refuse_concurrent_run(out: str) -> None:
    """Two drivers on one OUTDIR would redo each other's shards: refuse the second."""
    from paralelo.corpus.status import process_alive

    try:
        state = json.loads(fsio.read_text(fsio.join(out, RUN_STATE)))
    except (OSError, ValueError):
        return
    pid = int(state.get("pid") or 0)
    if (state.get("status") == "running" and state.get("host") == socket.gethostname()
            and pid not in (0, os.getpid()) and process_alive(pid)):
        raise UserError(f"{out}: a corpus run is already going here (process {pid}; if it "
                        f"is not, delete {RUN_STATE} there)")


def _write_state(outdir: str | Path, state: dict[str, Any]) -> None:
    fsio.write_text(fsio.join(outdir, RUN_STATE), json.dumps(state, sort_keys=True))


def run_corpus(opts: RunOptions, on_progress: Callable[[int, int], None] | None = None,
               on_start: Callable[[int, int], None] | None = None) -> RunSummary:
    """Run (or resume) a corpus; ``on_start(total, already)``, ``on_progress(done, failed)``."""
    start = time.time()
    workers = opts.workers
    pool: cf.ProcessPoolExecutor | None = None
    starting: list[threading.Thread] = []

    def early_start(engine: str) -> None:  # the inputs are fine: start work while hashing
        nonlocal pool, workers
        workers = workers or default_workers(engine)
        if opts.dask:
            return
        if workers > 1:
            pool = start_pool(workers)
        else:  # this process translates: start the engine's processes now
            starting.append(threading.Thread(target=prestart, daemon=True,
                                             args=(engine, _threads(workers, opts))))
            starting[0].start()

    try:
        prep = prepare(opts, before_hashing=early_start)
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if starting:  # a refused run leaves no engine process behind
            starting[0].join()
            close_engines()
        raise
    if starting:
        starting[0].join()  # usually long done: the pipeline started while files were hashed
    plan, already = prep.plan, prep.already
    out = prep.base["outdir"]
    workers = workers or default_workers(prep.base["engine"])
    prep.base["threads"] = _threads(workers, opts)
    state = {"started": start, "pid": os.getpid(), "host": socket.gethostname(),
             "workers": workers, "dask": opts.dask, "status": "running",
             "pairs_todo": sum(len(s.pairs) for s in prep.todo), "pairs_before": already}
    try:
        _write_state(out, state)
        if on_start:
            on_start(plan["total"], already)
        errors_log = fsio.open_append(fsio.join(out, ERRORS))
    except BaseException:  # full disk, a store refusing: nothing started may outlive us
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if starting:
            close_engines()
        raise
    done, failed = already, 0

    def finished(marker: dict[str, Any]) -> None:
        nonlocal done, failed
        done += int(marker["pairs"])
        failed += int(marker["failed"])
        for err in marker["errors"]:
            errors_log.write(json.dumps(err, ensure_ascii=False) + "\n")
        errors_log.flush()
        if on_progress:
            on_progress(done, failed)

    try:
        if opts.dask:
            from paralelo.corpus.dask_runner import run_on_dask

            run_on_dask(opts.dask, prep.specs(), finished)
        else:
            run_local(prep.specs(), workers, finished, pool)
        state["status"] = "finished"
    except BaseException:
        state["status"] = "interrupted"
        raise
    finally:
        errors_log.close()
        state["ended"] = time.time()
        _write_state(out, state)
        write_errors(out, plan)
    failed = sum(int((sh.read_marker(out, s["name"]) or {}).get("failed", 0))
                 for s in plan["shards"])
    ran = len(prep.todo)
    return RunSummary(plan["total"], done, failed, len(plan["shards"]) - ran, ran,
                      prep.unpaired, time.time() - start)


def _threads(workers: int, opts: RunOptions) -> int:
    """Threads per worker for CTranslate2: the cores split between the workers."""
    return max(1, cpu_count() // workers) if not opts.dask else 1


def start_pool(workers: int) -> cf.ProcessPoolExecutor:
    """A pool whose workers start (spawn, imports) while the driver plans and hashes."""
    ctx = multiprocessing.get_context("spawn")  # same start on every OS; no fork of threads
    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    for _ in range(workers):  # one submit spawns one process
        try:
            pool.submit(warm_up)
        except (cf.BrokenExecutor, OSError):  # a worker died at once (OSError: its pipes
            break  # already closed): _fill sees the broken pool, and a new one is started
    return pool


def run_local(specs: Iterable[dict[str, Any]], workers: int, finished: OnDone,
              pool: cf.ProcessPoolExecutor | None = None) -> None:
    """Run shards in this process (one worker) or on a pool of ``workers`` processes.

    ``pool`` is one from `start_pool`, used for the first pass.
    """
    if workers <= 1:  # one stream: the engine is fed across shard boundaries
        try:
            with contextlib.closing(run_shards(specs)) as markers:
                for marker in markers:
                    finished(marker)
        finally:
            close_engines()  # no pipeline outlives the run in a long-lived caller
        return
    crashes: dict[str, int] = {}
    pending = iter(specs)
    redo: list[dict[str, Any]] = []
    dead = ran = 0

    def counted(marker: dict[str, Any]) -> None:
        nonlocal ran
        ran += marker.get("worker") != "crashed"
        finished(marker)

    while True:
        before = ran
        redo, exhausted = _pool_pass(itertools.chain(redo, pending), workers, counted, crashes,
                                     pool)
        pool = None
        if exhausted and not redo:
            return
        dead = dead + 1 if ran == before else 0
        if dead >= MAX_DEAD_POOLS:
            raise UserError("worker processes keep dying before finishing any shard "
                            "(run with --workers 1 to see why); finished shards are kept")


def _pool_pass(pending: Iterator[dict[str, Any]], workers: int, finished: OnDone,
               crashes: dict[str, int], pool: cf.ProcessPoolExecutor | None = None,
               ) -> tuple[list[dict[str, Any]], bool]:
    """One pool until it finishes or breaks (a worker died).

    Returns the shards to redo and whether ``pending`` ran out; what was not
    started stays in ``pending`` for the next pool.
    """
    redo: list[dict[str, Any]] = []
    exhausted = False
    pool = pool or start_pool(workers)
    running: dict[cf.Future[dict[str, Any]], dict[str, Any]] = {}
    try:
        exhausted = _fill(pool, pending, running, workers * 2, redo)
        while running:
            ready, _ = cf.wait(running, return_when=cf.FIRST_COMPLETED)
            for fut in ready:
                spec = running.pop(fut)
                try:
                    finished(fut.result())
                except cf.process.BrokenProcessPool:
                    crashes[spec["name"]] = crashes.get(spec["name"], 0) + 1
                    if crashes[spec["name"]] >= MAX_CRASHES:
                        finished(crashed_marker(spec))
                    else:
                        redo.append(spec)
            if redo:  # the pool is broken: drain, then start a new one
                continue
            exhausted = _fill(pool, pending, running, workers * 2, redo)
    except BaseException:  # Ctrl-C or an error: start nothing more (finished shards stay)
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return redo, exhausted


def _fill(pool: cf.ProcessPoolExecutor, pending: Iterator[dict[str, Any]],
          running: dict[cf.Future[dict[str, Any]], dict[str, Any]], limit: int,
          redo: list[dict[str, Any]]) -> bool:
    """Keep at most ``limit`` shards in flight; True once ``pending`` is empty.

    A pool found broken while submitting (a worker just died, or a process
    could not be started) puts the shard in ``redo`` for the next pool.
    """
    while len(running) < limit and not redo:
        spec = next(pending, None)
        if spec is None:
            return True
        try:
            running[pool.submit(run_shard, spec)] = spec
        except (cf.process.BrokenProcessPool, OSError):  # OSError: the pool's pipes already
            redo.append(spec)  # closed, or no new process could be started
    return False


def crashed_marker(spec: dict[str, Any]) -> dict[str, Any]:
    """Record a shard that killed its worker every time: each pair failed, the run goes on."""
    errors = [{"pair": p["id"], "es": p["es"], "en": p["en"],
               "reason": "the worker process died while aligning this shard"}
              for p in spec["pairs"]]
    marker = {"key": spec["key"], "name": spec["name"], "pairs": len(errors), "ok": 0,
              "failed": len(errors), "errors": errors, "started": time.time(),
              "finished": time.time(), "seconds": 0.0, "worker": "crashed"}
    sh.write_shard(spec["outdir"], spec["name"], [], marker)
    return marker


def write_errors(outdir: str, plan: dict[str, Any]) -> None:
    """errors.jsonl in plan order: failed pairs of every finished shard, then unpaired files."""
    with fsio.output_file(fsio.join(outdir, ERRORS)) as path, atomic_write(path) as fh:
        for entry in plan["shards"]:
            marker = sh.read_marker(outdir, entry["name"])
            if marker and marker.get("key") == entry["key"]:
                for err in marker.get("errors", []):
                    fh.write(json.dumps(err, ensure_ascii=False, sort_keys=True) + "\n")
        for f in plan.get("unpaired", []):
            fh.write(json.dumps({"file": f, "reason": "no partner file found"},
                                ensure_ascii=False, sort_keys=True) + "\n")
