"""`paralelo --screenshot`: a real window under Xvfb (light and dark), and offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gui_sample_data import seed_result, write_json
from PySide6.QtGui import QImage
from take_screenshots import shoot, xvfb


def check_png(path: Path) -> QImage:
    img = QImage(str(path))
    assert not img.isNull(), f"{path} is not a readable image"
    assert img.width() >= 1000 and img.height() >= 700
    # not a blank frame: many distinct colours across a sample grid
    colours = {img.pixel(x, y) for x in range(0, img.width(), 37)
               for y in range(0, img.height(), 29)}
    assert len(colours) > 20
    return img


def mean_lightness(img: QImage) -> float:
    vals = [img.pixelColor(x, y).lightnessF() for x in range(0, img.width(), 41)
            for y in range(0, img.height(), 31)]
    return sum(vals) / len(vals)


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_screenshots_under_xvfb_light_and_dark(tmp_path: Path) -> None:
    with xvfb() as display:
        light, dark = tmp_path / "light.png", tmp_path / "dark.png"
        shoot(display, light, "light", tmp_path / "home-light", timeout=240)
        shoot(display, dark, "dark", tmp_path / "home-dark", timeout=240)
    lum_light = mean_lightness(check_png(light))
    lum_dark = mean_lightness(check_png(dark))
    assert lum_light > 0.75 > 0.35 > lum_dark


def test_screenshot_of_a_given_session_offscreen(tmp_path: Path) -> None:
    session = write_json(seed_result(), tmp_path / "seed.json")
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "paralelo", "--screenshot", str(out),
                           str(session)], env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    check_png(out)


def test_screenshot_of_a_bad_session_fails_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.paralelo"
    bad.write_bytes(b"not a database at all")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "paralelo", "--screenshot",
                           str(tmp_path / "x.png"), str(bad)], env=env, capture_output=True,
                          text=True, timeout=240)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "bad.paralelo" in proc.stderr
    assert not (tmp_path / "x.png").exists()
