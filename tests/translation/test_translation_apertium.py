"""Real Apertium (spa-eng_US): names survive, one pipeline, same text as apertium, cancel.

Misbehaving Apertiums (stall, crash, flood, bad UTF-8) are in
tests/reliability/test_apertium_driver.py, with a fake apertium.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from paralelo.cli import main
from paralelo.core.errors import Cancelled
from paralelo.core.progress import CancelToken
from paralelo.core.seeds import seed_paths
from paralelo.translation import get_engine, translate_paragraphs
from paralelo.translation.apertium import ApertiumEngine, apertium_version
from paralelo.translation.base import EngineUnusable

pytestmark = pytest.mark.apertium
SEED_ES = seed_paths()[0]  # Spanish seed 001


def _wrapper(tmp_path: Path, body: str) -> str:
    """An 'apertium' executable that misbehaves in a chosen way, else runs the real one."""
    script = tmp_path / "apertium-wrapper"
    script.write_text("#!/bin/sh\n" + body + '\nexec apertium "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_engine_identity() -> None:
    engine = get_engine("apertium")
    assert (engine.name, engine.model) == ("apertium", "spa-eng_US")
    assert engine.version == apertium_version() and engine.version[0].isdigit()
    assert engine.describe() == f"Apertium spa-eng_US {engine.version}"


def test_seed_translation_keeps_names() -> None:
    paras = [p for p in SEED_ES.read_text(encoding="utf-8").splitlines() if p.strip()]
    engine = get_engine("apertium")
    assert isinstance(engine, ApertiumEngine) and engine.persistent
    engine.close()
    before = engine.runner.started
    out = translate_paragraphs(paras, engine, cache=None)
    assert len(out) == len(paras) and all(r.error is None and r.text for r in out)
    text = "\n".join(r.text or "" for r in out)
    for needle in ("drug trafficking", "La Paz", "Santa Cruz", "USTR", "U.S. Trade",
                   "Fernando Aramayo", "(INL)", "(AACCLA)", "United States"):
        assert needle in text
    assert "The Peace" not in text and "Zq" not in text
    assert all(r.names_fallback == () for r in out)  # every placeholder came back
    # A second document, through another engine object: the same running pipeline.
    again = translate_paragraphs(["Otro documento."], get_engine("apertium"), cache=None)
    assert again[0].text == "Another document."
    assert engine.runner.started == before + 1


def test_paragraphs_are_translated_apart() -> None:
    # In one stream Apertium reorders across a paragraph boundary ("la casa" /
    # "roja" came back as "The red" / "house"); each paragraph is its own chunk.
    out = translate_paragraphs(["la casa", "roja", "el perro de", "mi amigo come."],
                               get_engine("apertium"), cache=None)
    assert [r.text for r in out] == ["The house", "Red", "The dog of", "My fellow eats."]


def test_same_text_as_apertium_itself() -> None:
    """Per paragraph, the pipeline gives what `apertium -u -f txt` gives (spacing tidied)."""
    paras = [p for p in SEED_ES.read_text(encoding="utf-8").splitlines() if p.strip()]
    paras += ["Dos  espacios\ty un tabulador.", "Primera línea\nsegunda línea.",
              "¿Qué pasa? ¡Nada!", "Precio: 3,5 % (más o menos) — dijo."]
    engine = get_engine("apertium")
    assert isinstance(engine, ApertiumEngine)
    ours = engine.translate_units(paras)
    for src, mine in zip(paras, ours, strict=True):
        ref = subprocess.run(["apertium", "-u", "-f", "txt", "spa-eng_US"], input=src,
                             capture_output=True, text=True, check=True).stdout
        assert " ".join(mine.split()) == " ".join(ref.split()), src


def test_hostile_text_survives() -> None:
    hostile = r"Texto [con] corchetes \ barra ^a$ <b>negrita</b> {x} @y #z ~w *u /v"
    out = translate_paragraphs([hostile, "Zqsepqz y La Paz.", "Zqax-1 en Sucre."],
                               get_engine("apertium"), cache=None)
    assert all(r.error is None for r in out)
    first = out[0].text or ""
    for piece in ("[", "]", "\\", "^", "$", "<b>", "</b>", "{x}", "#z", "~w", "/v"):
        assert piece in first
    assert "Zqsepqz" in (out[1].text or "") and "La Paz" in (out[1].text or "")
    assert "Zqax-1" in (out[2].text or "") and "Sucre" in (out[2].text or "")


def test_a_stall_is_reported_naming_the_engine(tmp_path: Path) -> None:
    engine = ApertiumEngine(apertium_version() or "", _wrapper(tmp_path, "sleep 5"),
                            timeout=0.5)
    start = time.monotonic()
    with pytest.raises(EngineUnusable, match=r"translated none of 1 paragraph\(s\): "
                       r"ApertiumError: apertium stalled: no answer within 1 s"):
        translate_paragraphs(["Hola."], engine, cache=None)
    assert time.monotonic() - start < 4


def test_cancel_kills_a_running_apertium(tmp_path: Path) -> None:
    engine = ApertiumEngine(apertium_version() or "", _wrapper(tmp_path, "sleep 30"))
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        translate_paragraphs(["Hola.", "Adiós."], engine, cache=None, cancel=token)
    assert time.monotonic() - start < 3


def test_progress_per_batch() -> None:
    engine = get_engine("apertium")
    assert isinstance(engine, ApertiumEngine)
    engine.batch_size = 2
    seen: list[tuple[int, int]] = []
    translate_paragraphs(["uno", "dos", "tres", "cuatro", "cinco"], engine, cache=None,
                         progress=lambda d, t, m: seen.append((d, t)))
    assert seen == [(0, 5), (2, 5), (4, 5), (5, 5)]


def test_cli_translate_seed_with_apertium(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(SEED_ES), "--engine", "apertium"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Engine: Apertium spa-eng_US ")
    for needle in ("drug trafficking", "La Paz", "Santa Cruz"):
        assert needle in out
    assert "names not carried through" not in out


def test_cli_subprocess_end_to_end() -> None:
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "paralelo", "translate", str(SEED_ES),
                           "--engine", "apertium"],
                          capture_output=True, text=True, env=env, timeout=60,
                          cwd=SEED_ES.parents[1])
    assert proc.returncode == 0, proc.stderr
    assert "drug trafficking" in proc.stdout and "La Paz" in proc.stdout


def test_names_at_edges_and_translatable_acronyms() -> None:
    src = ("La Paz y Santa Cruz. El presidente Rodrigo Paz visitó El Alto, Sucre y la Casa "
           "Grande del Pueblo con la ONU y la UE. Viajó a La Paz")
    raw = subprocess.run(["apertium", "-u", "spa-eng_US"], input=src, capture_output=True,
                         text=True, check=True).stdout
    assert "The Peace" in raw and "The Tall" in raw  # what protection prevents
    out = translate_paragraphs([src], get_engine("apertium"), cache=None)[0].text or ""
    assert out.startswith("La Paz and Santa Cruz.") and out.endswith("to La Paz")
    for kept in ("Rodrigo Paz", "El Alto", "Sucre", "Casa Grande del Pueblo"):
        assert kept in out
    assert "the UN" in out and "the EU" in out  # ONU / UE are translated, not protected
    assert "Peace" not in out and "Tall" not in out


def test_a_stage_killed_mid_document_costs_one_paragraph() -> None:
    """SIGSEGV to apertium-transfer while a document runs: one paragraph fails, naming the
    stage; a fresh pipeline translates the rest."""
    engine = get_engine("apertium")
    assert isinstance(engine, ApertiumEngine) and engine.persistent
    engine.translate_units(["hola"])  # the pipeline is running
    proc = engine.runner._proc
    assert proc is not None
    transfer = next(p for p, argv in zip(proc.procs, proc.stages, strict=True)
                    if argv[0] == "apertium-transfer")
    paras = [f"El perro número {i} come en la casa roja de mi amigo." for i in range(3000)]
    engine.batch_size = 1000
    first = engine.runner._seq

    def kill_when_the_second_batch_is_in_flight() -> None:
        deadline = time.monotonic() + 120
        while engine.runner._seq < first + 1001 and time.monotonic() < deadline:
            time.sleep(0.001)
        os.kill(transfer.pid, signal.SIGSEGV)

    killer = threading.Thread(target=kill_when_the_second_batch_is_in_flight)
    killer.start()
    out = translate_paragraphs(paras, engine, cache=None)
    killer.join()
    failed = [r.error or "" for r in out if r.error]
    assert len(failed) == 1, failed[:3]
    assert ("ApertiumError: apertium crashed: its stage apertium-transfer was killed by "
            "signal 11 SIGSEGV") in failed[0]
    assert sum(r.text is not None for r in out) == len(paras) - 1
    assert engine.translate_units(["Adiós."]) == ["Goodbye."]
