"""Packaged app: build time, folder size and start-up times.

    .venv/bin/python -m pytest tests/benchmarks/test_bench_packaging.py -s \
        -p no:cacheprovider -o addopts=""

Builds the app into a temporary folder (or uses PARALELO_APP=path/to/Paralelo/Paralelo),
then measures, as medians of a few runs on a first start (fresh XDG folders):
bare start (``--version``), start to ``--self-test`` done per engine, start to the
main window mapped on an Xvfb display (polled with xwininfo), and start to
``--screenshot`` saved. The source-tree app (``python -m paralelo``) is timed the
same way in the same run as the baseline.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "packaging"))
from packaging_helpers import first_start_env  # noqa: E402

RUNS = 3


def _timed(cmd: list[str], **extra: str) -> float:
    """Median wall time of ``cmd`` over RUNS first starts; fails if it fails."""
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            t0 = time.perf_counter()
            out = subprocess.run(cmd, env=first_start_env(Path(home), **extra), cwd=home,
                                 capture_output=True, text=True, timeout=600)
            times.append(time.perf_counter() - t0)
            assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    return statistics.median(times)


@pytest.fixture(scope="module")
def xdisplay() -> Iterator[str]:
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        pytest.skip("needs Xvfb and xwininfo")
    proc = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    display = ":" + proc.stdout.readline().strip()
    yield display
    proc.terminate()
    proc.wait(10)
    proc.stdout.close()


def _window_time(cmd: list[str], display: str) -> float:
    """Seconds from launch until a top-level window titled 'Paralelo…' is mapped."""
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            env = first_start_env(Path(home), DISPLAY=display)
            env.pop("QT_QPA_PLATFORM", None)
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, env=env, cwd=home, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            try:
                while True:
                    tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", display],
                                          capture_output=True, text=True).stdout
                    if '"Paralelo' in tree:
                        times.append(time.perf_counter() - t0)
                        break
                    assert proc.poll() is None, "app exited before showing a window"
                    assert time.perf_counter() - t0 < 120, "no window after 120 s"
                    time.sleep(0.02)
            finally:
                proc.terminate()
                proc.wait(20)
    return statistics.median(times)


@pytest.fixture(scope="module")
def frozen_exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("PARALELO_APP")
    if given:
        return Path(given)
    root = tmp_path_factory.mktemp("bench-package")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--quiet",
                    "--distpath", str(root / "dist"), "--workpath", str(root / "work")],
                   check=True, timeout=1200, capture_output=True)
    print(f"\nbuild (make package equivalent): {time.perf_counter() - t0:.0f} s")
    return root / "dist" / "Paralelo" / "Paralelo"


def test_bench_packaged_app(frozen_exe: Path, xdisplay: str) -> None:
    app_dir = frozen_exe.parent
    size = sum(p.stat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink())
    files = sum(1 for p in app_dir.rglob("*") if p.is_file())
    print(f"\ndist/Paralelo: {size / 1e6:.0f} MB in {files} files")
    source = [sys.executable, "-m", "paralelo"]
    rows = [("bare start (--version)", ["--version"], {})]
    rows.append(("start to --self-test done, engine none", ["--self-test", "--engine", "none"],
                 {"QT_QPA_PLATFORM": "offscreen"}))
    if shutil.which("apertium"):
        rows.append(("start to --self-test done, engine apertium",
                     ["--self-test", "--engine", "apertium"], {"QT_QPA_PLATFORM": "offscreen"}))
    print(f"{'median of ' + str(RUNS) + ' first starts':<46} {'packaged':>9} {'source':>9}")
    for label, args, extra in rows:
        f, s = _timed([str(frozen_exe), *args], **extra), _timed([*source, *args], **extra)
        print(f"{label:<46} {f:8.2f}s {s:8.2f}s")
    f, s = _window_time([str(frozen_exe)], xdisplay), _window_time(source, xdisplay)
    print(f"{'start to main window mapped (Xvfb)':<46} {f:8.2f}s {s:8.2f}s")
    with tempfile.TemporaryDirectory() as home:
        shot = Path(home) / "shot.png"
        env = first_start_env(Path(home), DISPLAY=xdisplay)
        env.pop("QT_QPA_PLATFORM", None)
        t0 = time.perf_counter()
        out = subprocess.run([str(frozen_exe), "--screenshot", str(shot)], env=env, cwd=home,
                             capture_output=True, text=True, timeout=600)
        took = time.perf_counter() - t0
        assert out.returncode == 0 and shot.is_file(), out.stderr[-2000:]
    print(f"{'start to --screenshot saved (seed session)':<46} {took:8.2f}s")
