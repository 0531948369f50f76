"""Apertium through Paralelo vs one direct ``apertium -u -f txt spa-eng_US`` run.

Input: the first 300 Spanish paragraphs of the WMT dev set
(/work/shared/benchmarks, research data: benchmarks only; the seeds' paragraphs
repeated when it is absent). Paths, interleaved in each round and repeated
(best of BENCH_ROUNDS, default 5), because the machine is shared:

* direct: one ``apertium -u -f txt spa-eng_US`` process over the 300 paragraphs
  joined by blank lines (the ceiling: no name protection, no per-paragraph work);
* cold: ``translate_paragraphs(paras, get_engine("apertium"), cache=None)`` with
  the long-lived pipeline stopped first, so its start is counted — what one
  ``paralelo translate`` pays, names protected;
* warm: the same with the pipeline already running — what each further document
  costs a worker that keeps its engine;
* one-shot: the fallback when the null-flush pipeline cannot be built (one
  ``apertium -z -f none`` process per call);
* cli: ``python -m paralelo translate FILE --engine apertium --no-cache`` as a
  subprocess (adds interpreter start and imports).

Wall times: best and median of the rounds, each against the direct run's, and
the median of each round's ratio to that round's direct run.

Asserts cold ≤ 1.3 × direct (issue 14.5), as the median over rounds of each
round's own ratio, and that, names aside, the text is the direct run's. Reproduce: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_apertium_bench.py -s -p no:cacheprovider
-o addopts=""`` (BENCH_PARAGRAPHS, BENCH_ROUNDS change the run).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from paralelo.translation import get_engine, translate_paragraphs
from paralelo.translation.apertium import ApertiumEngine, apertium_version

REPO = Path(__file__).resolve().parents[2]
#: The WMT dev set sits in the shared folder next to the checkout (or its worktree parent).
WMT = next((p / "shared" / "benchmarks" / "wmt-newstest-es-en.dev.jsonl" for p in REPO.parents
            if (p / "shared" / "benchmarks" / "wmt-newstest-es-en.dev.jsonl").is_file()),
           REPO / "missing.jsonl")
COUNT = int(os.environ.get("BENCH_PARAGRAPHS", "300"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def _paragraphs() -> tuple[list[str], str]:
    paras: list[str] = []
    if WMT.is_file():
        for line in WMT.read_text(encoding="utf-8").splitlines():
            paras += [" ".join(p["es"]) for p in json.loads(line)["paragraphs"]]
        return paras[:COUNT], "WMT dev"
    base = [p for f in sorted((REPO / "seeds").glob("*.txt"))
            for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    return [f"{base[i % len(base)]} ({i})" for i in range(COUNT)], "seeds"


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.apertium
@pytest.mark.timeout(1800)
def test_apertium_at_its_own_speed(tmp_path: Path) -> None:
    version = apertium_version()
    if version is None:
        pytest.skip("apertium with spa-eng_US is not installed")
    paras, source = _paragraphs()
    joined = "\n\n".join(paras) + "\n"
    doc = tmp_path / "doc.txt"
    doc.write_text(joined, encoding="utf-8")
    engine = get_engine("apertium")
    assert isinstance(engine, ApertiumEngine) and engine.persistent
    oneshot = ApertiumEngine(version, engine.executable, pipeline=None, batch_size=10**6)
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    direct_out: list[str] = []
    ours: list[str | None] = []

    def direct() -> None:
        direct_out[:] = [subprocess.run(["apertium", "-u", "-f", "txt", "spa-eng_US"],
                                        input=joined, capture_output=True, text=True,
                                        check=True).stdout]

    def cold() -> None:
        engine.close()
        ours[:] = [r.text for r in translate_paragraphs(paras, engine, cache=None)]

    def warm() -> None:
        translate_paragraphs(paras, engine, cache=None)

    def one_shot() -> None:
        translate_paragraphs(paras, oneshot, cache=None)

    def cli() -> None:
        subprocess.run([sys.executable, "-m", "paralelo", "translate", str(doc), "--engine",
                        "apertium", "--no-cache"], env=env, capture_output=True, check=True)

    paths = {"direct": direct, "cold": cold, "warm": warm, "one-shot": one_shot, "cli": cli}
    times: dict[str, list[float]] = {k: [] for k in paths}
    for _ in range(ROUNDS):
        for name, fn in paths.items():
            times[name].append(_timed(fn))
    best = {k: min(v) for k, v in times.items()}
    median = {k: statistics.median(v) for k, v in times.items()}
    # Each round's own ratio (same moment, same load), then the median over rounds.
    paired = {k: statistics.median(t / d for t, d in zip(v, times["direct"], strict=True))
              for k, v in times.items()}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nApertium {version}, {len(paras)} {source} paragraphs "
          f"({sum(map(len, paras)):,} characters), best of {ROUNDS} interleaved rounds, "
          f"load average {load:.1f} on {os.cpu_count()} CPUs:")
    for name in paths:
        runs = " ".join(f"{t:.2f}" for t in times[name])
        print(f"  {name:9s} best {best[name]:5.2f} s = {best[name] / best['direct']:.2f}x direct;"
              f" median {median[name]:5.2f} s = {median[name] / median['direct']:.2f}x;"
              f" per round {paired[name]:.2f}x   (runs: {runs})")
    print("  reproduce: .venv/bin/python -m pytest tests/benchmarks/test_apertium_bench.py "
          "-s -p no:cacheprovider -o addopts=''")
    direct_paras = [" ".join(p.split()) for p in direct_out[0].split("\n\n") if p.strip()]
    assert len(direct_paras) == len(ours) and all(t for t in ours)
    same = sum(a == b for a, b in zip(direct_paras, ours, strict=True))
    bare = engine.translate_units(paras)  # the engine alone: no name protection
    same_bare = sum(a == " ".join(b.split()) for a, b in zip(direct_paras, bare, strict=True))
    print(f"  identical to the direct run: {same}/{len(ours)} paragraphs with names protected, "
          f"{same_bare}/{len(ours)} without (spacing normalised)")
    assert same_bare == len(ours)
    assert paired["cold"] <= 1.3  # the median of the rounds' own ratios: robust to one lucky run
