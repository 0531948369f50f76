"""GUI start-up benchmarks: launch → seed session drawn; open a 10,000-link session → paint.

Run: make bench   (or .venv/bin/pytest tests/benchmarks/test_gui_startup.py -s -o addopts="")

Each figure is wall-clock time measured from outside: the parent notes the
time, starts ``python -m paralelo --bench ...`` offscreen, and the child prints
the time of the table's first paint after the session is shown
(``PARALELO_DRAWN``) and exits. Timings are reported, never asserted.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))

from gui_sample_data import big_result

RUNS = 3


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / var).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var)
    return env


def launch(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(process start → drawn, window created → drawn, CPU seconds used) of one launch.

    CPU time (user + system of the child and its helpers such as apertium) is
    what the launch costs on an idle machine; wall time includes waiting for a
    shared, busy CPU.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-m", "paralelo", "--bench", *args], env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    marks = dict(line.split() for line in proc.stdout.splitlines()
                 if line.startswith("PARALELO_"))
    drawn, opened = float(marks["PARALELO_DRAWN"]), float(marks["PARALELO_OPEN"])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return drawn - t0, drawn - opened, cpu


def report(label: str, runs: list[tuple[float, float, float]]) -> None:
    total = statistics.median(r[0] for r in runs)
    window = statistics.median(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)
    print(f"\n{label}: launch → drawn {total:.2f} s wall (median of {len(runs)}), "
          f"of which window → drawn {window:.2f} s; CPU {cpu:.2f} s; load average "
          f"{os.getloadavg()[0]:.1f}; runs: " + ", ".join(f"{r[0]:.2f}" for r in runs))


def test_launch_to_seed_session_drawn(tmp_path: Path) -> None:
    env = env_for(tmp_path / "home")
    first = launch(["--seed"], env)  # builds the seed session (translate + align + facts)
    again = [launch(["--seed"], env) for _ in range(RUNS)]  # reopens the stored session
    report("seed session, first launch (pipeline runs)", [first])
    report("seed session, later launches (session reopened)", again)


def test_open_10000_link_session_to_first_paint(tmp_path: Path) -> None:
    from paralelo.gui.session_store import create_store

    path = tmp_path / "big.paralelo"
    t = time.perf_counter()
    create_store(big_result(10_000), path).close()
    print(f"\n(building the 10,000-link session file took {time.perf_counter() - t:.1f} s)")
    env = env_for(tmp_path / "home")
    runs = [launch([str(path)], env) for _ in range(RUNS)]
    report("10,000-link session", runs)
