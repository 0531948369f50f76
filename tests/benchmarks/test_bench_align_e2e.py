"""End to end `paralelo align --engine none --json` on WMT paragraphs, old code vs new.

Issue 14.6: at 5,000 x 5,000 WMT paragraphs the whole command must take at
most half the time of the code before the change (base commit ``BASE``), and
peak RSS at 20,000 x 20,000 must stay under 600 MB.

How the baseline is measured: the benchmark extracts ``desktop/`` and ``resources/`` of the base
commit with ``git archive BASE desktop | tar -x`` into a temporary folder and
runs both trees as separate processes (``PYTHONPATH`` pointing at each), on
the same input files, interleaved (old, new, old, new, ...) so a busy shared
machine slows both alike; the best of ``REPEAT`` runs of each is compared.
Peak RSS is the child's own ``ru_maxrss`` (whole process, read at exit), plus
its largest child's (the facts helper, app.fact_prefetch); CPU is both together.

Input: the WMT dev set's paragraphs (3,186 pairs) followed by the same
articles' sentences regrouped in runs of 2, 3, 4 and 1 (so every paragraph
is real text and almost every one is unique), first N of them, written as
blank-line separated .txt files.

Reproduce: ``.venv/bin/python -m pytest tests/benchmarks/test_bench_align_e2e.py -s
-p no:cacheprovider -o addopts=""`` (``BENCH_REPEAT`` changes the repeat count).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest
from old_code import old_tree

REPO = Path(__file__).resolve().parents[2]
JSONL = REPO.parent / "shared" / "benchmarks" / "wmt-newstest-es-en.dev.jsonl"
BASE = "2cdd9c7"
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))

pytestmark = pytest.mark.skipif(not JSONL.is_file(), reason="WMT benchmark data not available")

_CHILD = """
import atexit, resource, sys, runpy
def report():
    ru = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    print("usage", ru.ru_maxrss, ru.ru_utime + ru.ru_stime, ch.ru_maxrss,
          ch.ru_utime + ch.ru_stime, file=sys.stderr)
atexit.register(report)
sys.argv = ["paralelo", *sys.argv[1:]]
runpy.run_module("paralelo", run_name="__main__")
"""


def wmt_paragraphs(n: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines() if line]
    paras = [(" ".join(p["es"]), " ".join(p["en"])) for r in rows for p in r["paragraphs"]]
    sents = [(s, t) for r in rows for p in r["paragraphs"]
             for s, t in zip(p["es"], p["en"], strict=True)]
    out = list(paras)
    k = 1
    while len(out) < n:
        size = k % 4 + 1
        for i in range(k % size, len(sents) - size + 1, size):
            chunk = sents[i:i + size]
            out.append((" ".join(a for a, _ in chunk), " ".join(b for _, b in chunk)))
        k += 1
    return out[:n]


def write_inputs(folder: Path, n: int) -> tuple[Path, Path]:
    pairs = wmt_paragraphs(n)
    es, en = folder / f"es{n}.txt", folder / f"en{n}.txt"
    es.write_text("\n\n".join(a for a, _ in pairs) + "\n", encoding="utf-8")
    en.write_text("\n\n".join(b for _, b in pairs) + "\n", encoding="utf-8")
    return es, en


def base_tree(folder: Path) -> Path:
    """``desktop/`` and ``resources/`` of the base commit (old_code.old_tree)."""
    return old_tree(BASE, folder)


class Run(NamedTuple):
    wall: float  # s
    cpu: float  # s, this process and its children (the facts helper) together
    mib: float  # peak RSS of the process itself
    child_mib: float  # peak RSS of its largest child (0: none)
    child_cpu: float


def run_align(desktop: Path, es: Path, en: Path, out: Path) -> Run:
    """Wall, CPU and peak RSS of one `paralelo align --engine none --json` process."""
    env = {**os.environ, "PYTHONPATH": str(desktop), "PYTHONDONTWRITEBYTECODE": "1"}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, "align", "--es", str(es), "--en",
                           str(en), "--engine", "none", "--mode", "auto", "--json", str(out)],
                          capture_output=True, text=True, env=env, timeout=1800)
    wall = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]
    u = [line.split() for line in proc.stderr.splitlines() if line.startswith("usage ")][-1]
    return Run(wall, float(u[2]) + float(u[4]), int(u[1]) / 1024, int(u[3]) / 1024, float(u[4]))


def _same_alignment(a: Path, b: Path) -> None:
    """Same links and the same facts as the base. Scores are not compared: since
    7a69dcd parallel-mode scores are calibrated (a monotonic map of the same
    logit), so they differ from the base by design; that this round's shortcuts
    change no score is tests/commands/test_cli_align_fastpath.py."""
    old, new = json.loads(a.read_text(encoding="utf-8")), json.loads(b.read_text(encoding="utf-8"))
    assert [(lk["es"], lk["en"]) for lk in old["links"]] == \
           [(lk["es"], lk["en"]) for lk in new["links"]]
    for lo, ln in zip(old["links"], new["links"], strict=True):
        assert (lo["facts"], lo["only_es"], lo["only_en"]) == \
               (ln["facts"], ln["only_es"], ln["only_en"])
    shared_old = sum(len(lk["facts"]) for lk in old["links"])
    shared_new = sum(len(lk["facts"]) for lk in new["links"])
    print(f"links {len(new['links'])} (same); shared facts old {shared_old}, new {shared_new} "
          "(same, link by link)")


@pytest.mark.timeout(3600)
def test_align_e2e_5000_half_of_base(tmp_path: Path) -> None:
    """The target is on wall time, the user's time (the issue's "~7.7 s").

    Large inputs now extract facts on a second core (app.fact_prefetch), so CPU
    time is no longer what the user waits for; it is printed too, this process
    and its facts helper together, so the extra work of a second process shows.
    Wall time varies with the machine's load: the runs are interleaved and the
    best of each is compared; run it on an otherwise idle machine.
    """
    base = base_tree(tmp_path / "base")
    new = REPO / "desktop"
    es, en = write_inputs(tmp_path, 5000)
    runs: dict[str, list[Run]] = {"base": [], "new": []}
    for _ in range(REPEAT):
        for name, tree in (("base", base), ("new", new)):
            runs[name].append(run_align(tree, es, en, tmp_path / f"{name}.json"))
    best = {k: Run(min(r.wall for r in v), min(r.cpu for r in v), max(r.mib for r in v),
                   max(r.child_mib for r in v), min(r.child_cpu for r in v))
            for k, v in runs.items()}
    print(f"\n5,000 x 5,000 WMT, align --engine none --json, best of {REPEAT} (interleaved), "
          f"load average before {os.getloadavg()[0]:.2f}:")
    for name, label in (("base", f"base {BASE}"), ("new", "new")):
        b = best[name]
        walls = ", ".join(f"{r.wall:.2f}" for r in runs[name])
        print(f"  {label}: wall {b.wall:.2f} s (runs {walls}), CPU {b.cpu:.2f} s "
              f"(of which facts helper {b.child_cpu:.2f} s), peak RSS {b.mib:.0f} MiB"
              + (f" + helper {b.child_mib:.0f} MiB" if b.child_mib else ""))
    wall_ratio = best["new"].wall / best["base"].wall
    print(f"  ratio new/base: wall {wall_ratio:.2f} (target <= 0.5), "
          f"CPU {best['new'].cpu / best['base'].cpu:.2f}")
    _same_alignment(tmp_path / "base.json", tmp_path / "new.json")
    print('command: .venv/bin/python -m pytest tests/benchmarks/test_bench_align_e2e.py -s '
          '-p no:cacheprovider -o addopts=""')
    assert wall_ratio <= 0.5, "issue 14.6 target: end to end at most half the base time"


@pytest.mark.timeout(3600)
def test_align_e2e_20000_peak_rss(tmp_path: Path) -> None:
    """Under 600 MB for the whole job: the process plus its facts helper's peak."""
    es, en = write_inputs(tmp_path, 20000)
    base = run_align(base_tree(tmp_path / "base"), es, en, tmp_path / "base.json")
    new = run_align(REPO / "desktop", es, en, tmp_path / "new.json")
    print("\n20,000 x 20,000 WMT, align --engine none --json (whole process):")
    for label, r in ((f"base {BASE}", base), ("new", new)):
        print(f"  {label}: wall {r.wall:.2f} s, CPU {r.cpu:.2f} s, peak RSS {r.mib:.0f} MiB"
              + (f" + facts helper {r.child_mib:.0f} MiB = {r.mib + r.child_mib:.0f} MiB"
                 if r.child_mib else ""))
    assert new.mib + new.child_mib < 600
