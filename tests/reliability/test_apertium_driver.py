"""Issue 18.8: Apertium is driven so it can never deadlock or run away.

Each case runs a fake ``apertium`` the test writes (tests/translation/fake_apertium.py),
both as the one-shot command and as the long-lived null-flush pipeline: a
paragraph larger than the pipe buffer, a stall, a crash, hundreds of MB of
output, invalid UTF-8, an answer out of step, an install that dies at once.
Each ends in bounded time with a one-line message naming the engine and what
happened, and the paragraphs that did translate are kept.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "translation"))

from fake_apertium import write_fake_apertium

from paralelo.translation import translate_paragraphs
from paralelo.translation.apertium import ApertiumEngine
from paralelo.translation.base import EngineUnusable, UnitErrors
from paralelo.translation.pipeline import MAX_MT_CHARS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["one-shot", "persistent"])
def make_engine(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    fake = write_fake_apertium(tmp_path / "bin")
    engines: list[ApertiumEngine] = []

    def make(timeout: float = 20.0) -> ApertiumEngine:
        pipeline = [[str(fake), "--pipeline"]] if request.param == "persistent" else None
        engine = ApertiumEngine("9.9.9", str(fake), timeout=timeout, pipeline=pipeline)
        assert engine.persistent is (request.param == "persistent")
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


def _run(engine: ApertiumEngine,
         paras: list[str]) -> tuple[list[str | None], list[str | None], float]:
    start = time.monotonic()
    out = translate_paragraphs(paras, engine, cache=None)
    return [r.text for r in out], [r.error for r in out], time.monotonic() - start


def test_paragraph_larger_than_the_pipe_buffer(make_engine) -> None:  # type: ignore[no-untyped-def]
    # Just under the pipeline's size limit for MT (translation.pipeline.MAX_MT_CHARS):
    # multi-byte text, so ~118 KB: more than a 64 KiB pipe buffer each way.
    big = "árbol ñandú cigüeña " * 4_900
    assert len(big) < MAX_MT_CHARS and len(big.encode()) > 65_536
    texts, errors, took = _run(make_engine(), ["uno.", big, "tres."])
    assert errors == [None, None, None]
    assert texts[0] == "UNO." and texts[2] == "TRES."
    assert texts[1] == big.strip().upper()
    assert took < 120


def test_a_stalled_apertium_is_stopped_and_the_rest_kept(make_engine) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(timeout=1.0)
    texts, errors, took = _run(engine, ["uno.", "aquí stallnow sin fin.", "tres.", "cuatro."])
    assert texts == ["UNO.", None, "TRES.", "CUATRO."]
    msg = errors[1] or ""
    assert "apertium stalled" in msg and "22-character paragraph" in msg and "\n" not in msg
    assert took < 20


def test_a_crashing_apertium(make_engine) -> None:  # type: ignore[no-untyped-def]
    texts, errors, took = _run(make_engine(), ["uno.", "dos crashnow.", "tres."])
    assert texts == ["UNO.", None, "TRES."]
    msg = errors[1] or ""
    assert msg.startswith("ApertiumError: apertium ")
    assert "signal 11" in msg and "segmentation fault in transfer" in msg
    assert took < 30


def test_runaway_output_is_capped(make_engine) -> None:  # type: ignore[no-untyped-def]
    texts, errors, took = _run(make_engine(), ["uno.", "dos floodnow.", "tres."])
    assert texts == ["UNO.", None, "TRES."]
    msg = errors[1] or ""
    assert "apertium printed more than 4 MB" in msg and "runaway output" in msg
    assert took < 30


def test_invalid_utf8_fails_that_paragraph_only(make_engine) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine()
    texts, errors, _ = _run(engine, ["uno.", "dos badutf.", "tres."])
    assert texts == ["UNO.", None, "TRES."]
    assert "apertium printed invalid UTF-8 (byte 0xff at offset 0)" in (errors[1] or "")
    assert engine.runner.started == 1  # no restart needed: the framing held


def test_an_answer_out_of_step_is_never_given_to_another_paragraph(make_engine) -> None:  # type: ignore[no-untyped-def]
    texts, errors, _ = _run(make_engine(), ["uno.", "dos extranow.", "tres.", "cuatro."])
    assert "SURPRISE" not in " ".join(t or "" for t in texts)
    assert texts[0] == "UNO." and texts[1] is None and texts[2:] == ["TRES.", "CUATRO."]
    assert "out of step" in (errors[1] or "")


def test_an_apertium_that_dies_at_once_gives_up_quickly(make_engine,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_APERTIUM", "dead")
    engine = make_engine()
    start = time.monotonic()
    with pytest.raises(UnitErrors) as info:
        engine.translate_units([f"párrafo {i}." for i in range(60)])
    errors = [str(e) for e in info.value.results]
    assert all("apertium stopped (exit code 4): fake: cannot load the dictionary" in e
               for e in errors) and len(errors) == 60
    assert "gave up on the 58 remaining" in errors[-1]
    assert engine.runner.started == 3 and time.monotonic() - start < 30
    # Through the pipeline: one error for the run, not sixty "could not be translated".
    with pytest.raises(EngineUnusable, match=r"^Apertium spa-eng_US 9\.9\.9 translated none "
                       r"of 60 paragraph\(s\): ApertiumError: apertium stopped \(exit code 4\)"):
        translate_paragraphs([f"párrafo {i}." for i in range(60)], engine, cache=None)


def test_persistent_pipeline_survives_across_documents(tmp_path: Path) -> None:
    fake = write_fake_apertium(tmp_path / "bin")
    engine = ApertiumEngine("9.9.9", str(fake), pipeline=[[str(fake), "--pipeline"]])
    try:
        for doc in range(5):
            texts, errors, _ = _run(engine, [f"documento {doc}, párrafo {i}." for i in range(20)])
            assert errors == [None] * 20 and texts[3] == f"DOCUMENTO {doc}, PÁRRAFO 3."
        # A crash in one document: the next document gets a fresh pipeline.
        _, errors, _ = _run(engine, ["crashnow.", "bien."])
        assert errors[0] is not None and errors[1] is None
        texts, _, _ = _run(engine, ["después."])
        assert texts == ["DESPUÉS."] and engine.runner.started == 2
    finally:
        engine.close()


def test_a_pipeline_started_early_is_the_one_that_translates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus run starts the pipeline while it hashes; the first call uses that process,
    and one that died before its first paragraph is replaced as any dead pipeline is."""
    fake = write_fake_apertium(tmp_path / "bin")
    engine = ApertiumEngine("9.9.9", str(fake), pipeline=[[str(fake), "--pipeline"]])
    try:
        engine.start()
        engine.start()
        assert engine.runner.started == 1
        assert engine.translate_units(["primero."]) == ["PRIMERO."]
        assert engine.runner.started == 1
    finally:
        engine.close()
    monkeypatch.setenv("FAKE_APERTIUM", "dead")
    dead = ApertiumEngine("9.9.9", str(fake), timeout=5.0,  # its own runner: this env
                          pipeline=[[str(fake), "--pipeline"]])
    try:
        dead.start()
        with pytest.raises(UnitErrors) as info:
            dead.translate_units(["nada."])
        assert "apertium stopped (exit code 4)" in str(info.value.results[0])
    finally:
        dead.close()


def test_cli_translate_keeps_good_paragraphs_and_says_why(tmp_path: Path) -> None:
    fake = write_fake_apertium(tmp_path / "bin")
    doc = tmp_path / "doc.txt"
    doc.write_text("Primero bien.\n\nAquí stallnow sin fin.\n\nLuego crashnow aquí.\n\n"
                   "Último bien.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"), "PARALELO_APERTIUM": str(fake),
           "PARALELO_APERTIUM_TIMEOUT": "1"}
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "paralelo", "translate", str(doc), "--engine",
                           "apertium", "--no-cache"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert time.monotonic() - start < 60
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "Engine: Apertium spa-eng_US 9.9.9" in proc.stdout
    assert "PRIMERO BIEN." in proc.stdout and "ÚLTIMO BIEN." in proc.stdout
    assert "[¶1 not translated: ApertiumError: apertium stalled" in proc.stdout
    assert "[¶2 not translated: ApertiumError: apertium was killed by signal 11" in proc.stdout
    assert "2 paragraph(s) could not be translated" in proc.stderr


def _child_translates(engine: ApertiumEngine, out: Any) -> None:
    out.put((engine.translate_units(["en el hijo."]), engine.runner.started))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with threads, on 3.12+
def test_a_forked_worker_starts_its_own_pipeline(tmp_path: Path) -> None:
    """Corpus workers forked from a process that already translated do not share its pipe."""
    fake = write_fake_apertium(tmp_path / "bin")
    engine = ApertiumEngine("9.9.9", str(fake), pipeline=[[str(fake), "--pipeline"]])
    try:
        assert engine.translate_units(["en el padre."]) == ["EN EL PADRE."]
        ctx = multiprocessing.get_context("fork")
        out = ctx.Queue()
        child = ctx.Process(target=_child_translates, args=(engine, out))
        child.start()
        texts, started = out.get(timeout=60)
        child.join(timeout=60)
        assert texts == ["EN EL HIJO."] and started == 2  # the child's own, new process
        assert engine.translate_units(["otra vez."]) == ["OTRA VEZ."]
        assert engine.runner.started == 1  # the parent's pipeline was left alone
    finally:
        engine.close()


def test_a_stage_dying_inside_the_pipeline_is_seen_at_once(tmp_path: Path) -> None:
    """The real pipeline has a dozen stages: a middle one dies, the stages around it live."""
    fake = write_fake_apertium(tmp_path / "bin")
    pipeline = [["cat"], [str(fake), "--pipeline"], ["cat"]]
    engine = ApertiumEngine("9.9.9", str(fake), pipeline=pipeline)
    try:
        texts, errors, took = _run(engine, ["uno.", "dos crashnow.", "tres."])
    finally:
        engine.close()
    assert texts == ["UNO.", None, "TRES."] and took < 10  # not a 20 s stall
    assert errors[1] == ("ApertiumError: apertium crashed: its stage apertium was killed by "
                         "signal 11 SIGSEGV: fake: segmentation fault in transfer")
