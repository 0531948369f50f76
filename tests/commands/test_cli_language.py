"""The command line reports core errors in the user's language, from the same catalogue (19.11)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from paralelo.cli import main
from paralelo.messages import localize, match, system_language


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str,
         *args: str) -> tuple[int, str]:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    code = main(list(args))
    return code, capsys.readouterr().err


def test_errors_follow_the_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nota.txt")
    code, err = _run(monkeypatch, capsys, "es_ES.UTF-8", "inspect", missing)
    assert code == 2 and err == f"paralelo: error: {missing}: el archivo no existe\n"
    code, err = _run(monkeypatch, capsys, "C.UTF-8", "inspect", missing)
    assert code == 2 and err == f"paralelo: error: {missing}: no such file\n"


def test_matching_and_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    assert match("/x/a.docx: not a valid .docx file (bad zip)") == (
        "{name}: not a valid .docx file ({reason})", {"name": "/x/a.docx", "reason": "bad zip"})
    assert match("something no one wrote") is None
    assert localize("something no one wrote", "es") == "something no one wrote"
    assert localize("/a: no such file", "xx") == "/a: no such file"  # no such catalogue
    monkeypatch.setenv("LANGUAGE", "es:en")
    assert system_language() == "es"
    monkeypatch.setenv("LANGUAGE", "fr_FR")
    assert system_language() == "en"


def test_catalogue_reading_does_not_load_qt() -> None:
    code = ("import sys; from paralelo.messages import localize;"
            "print(localize('/a: no such file', 'es'));"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.splitlines() == ["/a: el archivo no existe", "[]"]


@pytest.mark.parametrize("found", ["session", "json", "tmx", "delimited", "xlsx", "html"])
def test_overwrite_refusal_is_spanish_as_a_whole(found: str) -> None:
    """No English phrase ("a Paralelo workbook") inside the Spanish refusal."""
    from paralelo.core.outputs import _other_kind

    message = str(_other_kind(Path("/x/out.dat"), found, "--force"))
    spanish = localize(message, "es")
    assert spanish.startswith("/x/out.dat: ya existe y es ") and "--force" in spanish
    assert "Paralelo" in spanish and "already" not in spanish and " a Paralelo" not in spanish
