"""Take the README screenshots: the seed session in light and dark, under Xvfb.

Usage: python tests/gui/take_screenshots.py OUT_DIR   (``make screenshots``)

Each shot runs ``python -m paralelo --screenshot`` in a real X server with a
fresh data folder, so it shows exactly what a first launch shows.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SIZE = "1600x1000x24"


def free_display() -> int:
    for n in range(99, 160):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """Start Xvfb on a free display; yields the DISPLAY value."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed")
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", SIZE, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            if proc.poll() is not None:
                raise RuntimeError("Xvfb exited at start")
            time.sleep(0.05)
        yield f":{n}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def shoot(display: str, out: Path, theme: str, home: Path, timeout: float = 300) -> float:
    """One screenshot in a fresh environment; returns the wall time in seconds."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / var).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paralelo", "--screenshot", str(out), "--theme", theme],
                   env=env, check=True, timeout=timeout)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    with xvfb() as display, tempfile.TemporaryDirectory() as tmp:
        for theme in ("light", "dark"):
            out = out_dir / f"seed-session-{theme}.png"
            secs = shoot(display, out, theme, Path(tmp) / theme)
            print(f"{out}  ({secs:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
