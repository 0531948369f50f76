"""Take the screenshots in docs/screenshots: the seed session under Xvfb.

Usage: python tests/gui/take_screenshots.py OUT_DIR   (``make screenshots``)

The README pair (``seed-session-{light,dark}.png``) runs ``python -m paralelo
--screenshot`` in a real X server with a fresh data folder, so it shows exactly
what a first launch shows. The review set (``window-WxH-THEME-LANG.png``: 1024x700
and 1600x1000, light and dark, English and Spanish, plus one at
QT_SCALE_FACTOR=2) runs this file's ``--window`` mode, which opens the same
window at a given size and interface language.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SIZE = "1600x1000x24"
SIZES = ((1024, 700), (1600, 1000))


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


def _env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               LANG="C.UTF-8", LC_ALL="C.UTF-8", **extra)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / var).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var)
    return env


def shoot(display: str, out: Path, theme: str, home: Path, timeout: float = 300) -> float:
    """One screenshot in a fresh environment; returns the wall time in seconds."""
    env = _env(display, home)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paralelo", "--screenshot", str(out), "--theme", theme],
                   env=env, check=True, timeout=timeout)
    return time.perf_counter() - t0


def shoot_window(display: str, out: Path, theme: str, lang: str, size: tuple[int, int],
                 home: Path, scale: str = "", timeout: float = 300) -> float:
    """The window at ``size`` (logical pixels) in ``lang``; returns the wall time."""
    env = _env(display, home, **({"QT_SCALE_FACTOR": scale} if scale else {}))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--window", str(out), theme, lang,
                    f"{size[0]}x{size[1]}"], env=env, check=True, timeout=timeout)
    return time.perf_counter() - t0


def window_mode(out: str, theme: str, lang: str, size: str) -> int:
    """In the X server: open the seed session at ``size`` in ``lang`` and grab the window."""
    from PySide6.QtCore import QLocale

    from paralelo.gui.app import _screenshot_when_ready, make_app
    from paralelo.gui.i18n import install_translators
    from paralelo.gui.mainwindow import MainWindow
    from paralelo.gui.settings import Prefs

    app = make_app([])
    install_translators(app, QLocale(lang))
    prefs = Prefs.load()
    prefs.theme = theme
    win = MainWindow(prefs)
    w, h = (int(x) for x in size.split("x"))
    win.resize(w, h)
    _screenshot_when_ready(win, Path(out), 300)
    win.show()
    win.open_seed()
    code = int(app.exec())
    win.close()
    return code


def main(argv: list[str]) -> int:
    if argv[:1] == ["--window"]:
        return window_mode(*argv[1:5])
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    with xvfb() as display, tempfile.TemporaryDirectory() as tmp:
        for theme in ("light", "dark"):
            out = out_dir / f"seed-session-{theme}.png"
            secs = shoot(display, out, theme, Path(tmp) / theme)
            print(f"{out}  ({secs:.1f} s)")
        home = Path(tmp) / "light"  # the seed session built above is reused
        for (w, h), theme, lang in itertools.product(SIZES, ("light", "dark"), ("en", "es")):
            out = out_dir / f"window-{w}x{h}-{theme}-{lang}.png"
            secs = shoot_window(display, out, theme, lang, (w, h), home)
            print(f"{out}  ({secs:.1f} s)")
        out = out_dir / "window-scale2-800x500-light-en.png"  # 1600x1000 physical pixels
        secs = shoot_window(display, out, "light", "en", (800, 500), home, scale="2")
        print(f"{out}  ({secs:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
