"""`paralelo translate` and engine selection (auto / named / unavailable)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paralelo.cli import main
from paralelo.core.errors import UserError
from paralelo.core.seeds import seed_paths
from paralelo.translation import get_engine, translate_paragraphs
from paralelo.translation.base import NoneEngine
from paralelo.translation.models import InstalledModel

SEED_ES = seed_paths()[0]  # Spanish seed 001


@pytest.fixture
def no_apertium(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no apertium on PATH


def test_auto_falls_back_to_none_without_any_engine(no_apertium: None) -> None:
    engine = get_engine("auto")
    assert isinstance(engine, NoneEngine) and engine.name == "none"
    with pytest.raises(UserError, match="Apertium is not available"):
        get_engine("apertium")


def test_unknown_engine_name_is_a_user_error() -> None:
    with pytest.raises(UserError, match="unknown engine 'deepl'"):
        get_engine("deepl")


def test_none_engine_gives_no_text_and_no_error() -> None:
    seen: list[tuple[int, int]] = []
    out = translate_paragraphs(["Hola.", "Adiós."], get_engine("none"),
                               progress=lambda d, t, m: seen.append((d, t)))
    assert [(r.text, r.error, r.engine) for r in out] == [(None, None, "none")] * 2
    assert seen == [(2, 2)]


def test_cli_none_engine_prints_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(SEED_ES), "--engine", "none"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Engine: no machine translation\n")
    assert "La relación diplomática" in out


def test_cli_json_with_argos(installed_argos: InstalledModel,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(SEED_ES), "--json", "--no-cache"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["engine"] == {"name": "argos", "model": "translate-es_en-test",
                              "version": "0.1",
                              "description": "Argos translate-es_en-test 0.1"}
    paras = data["paragraphs"]
    assert len(paras) == 10
    assert all(p["translation"] and p["error"] is None and not p["cached"] for p in paras)
    # the random-weight test model cannot copy names: the loss is reported, not hidden
    assert "USTR" in {n for p in paras for n in p["names_missing"]}
    assert paras[0]["source"].startswith("La relación diplomática")


def test_cli_cache_marks_second_run(installed_argos: InstalledModel,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(SEED_ES), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["translate", str(SEED_ES), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert all(p["cached"] for p in second["paragraphs"])
    assert [p["translation"] for p in second["paragraphs"]] == [
        p["translation"] for p in first["paragraphs"]]


def test_cli_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                 no_apertium: None) -> None:
    assert main(["translate", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["translate", str(SEED_ES), "--engine", "argos"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("paralelo: error: no Argos es→en model is installed")
    assert err.count("\n") == 1
