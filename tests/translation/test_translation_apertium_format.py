"""Our per-paragraph stream formatting is byte for byte apertium-destxt's, and back."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from paralelo.core.seeds import seed_paths
from paralelo.translation.apertium_format import deformat, reformat

pytestmark = pytest.mark.apertium

SAMPLES = [
    "a ~b", "a~b", "x  y", "x\ty", "x \ty", "fin.", "fin", "fin.  ", "  lead", "a\nb", "a\n\nb",
    "a\n \nb", "end\n", "end\n\n", "q?", "[a]", "* # % & | ;", "a\\", "a\r\nb", "x\x0cy",
    r"Texto [con] corchetes \ barra ^a$ <b>negrita</b> {x} @y #z ~w *u /v",
    "Zqax-1 en Sucre.", "¿Qué? ¡Nada!", "a\xa0b", "x\x01y",
]


def _paragraphs() -> list[str]:
    out = list(SAMPLES)
    es, en = seed_paths()
    for path in [es, *en]:
        out += [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
    return out


@pytest.mark.skipif(shutil.which("apertium-destxt") is None, reason="apertium-destxt missing")
def test_deformat_matches_apertium_destxt() -> None:
    for text in _paragraphs():
        ref = subprocess.run(["apertium-destxt"], input=text.encode(), capture_output=True,
                             check=True).stdout.decode()
        assert deformat(text) == ref, text


@pytest.mark.skipif(shutil.which("apertium-retxt") is None, reason="apertium-retxt missing")
def test_reformat_matches_apertium_retxt() -> None:
    for text in _paragraphs():
        stream = deformat(text)
        ref = subprocess.run(["apertium-retxt"], input=stream.encode(), capture_output=True,
                             check=True).stdout.decode()
        assert reformat(stream) == ref, text


def test_round_trip_and_no_nul() -> None:
    for text in [*SAMPLES, "con\0nulo"]:
        assert "\0" not in deformat(text)
        assert reformat(deformat(text)) == text.replace("\0", " ")
