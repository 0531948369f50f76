"""`paralelo inspect` end to end, as a user runs it (subprocess, real venv Python)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
VENV_PY = REPO / ".venv" / "bin" / "python"
PY = str(VENV_PY if VENV_PY.is_file() else Path(sys.executable))


def _inspect(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PY, "-m", "paralelo", "inspect", *args], capture_output=True,
                          text=True, cwd=cwd or REPO, timeout=120)


def test_seed_001_json() -> None:
    proc = _inspect("seeds/001_d655b8d76ea664d5.txt", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["lang"] == "es" and data["detected_lang"] == "es"
    assert len(data["paragraphs"]) == 10 == data["counts"]["paragraphs"]
    assert [p["index"] for p in data["paragraphs"]] == list(range(10))
    assert not any(p["boilerplate"] for p in data["paragraphs"])
    assert all(p["sentences"] for p in data["paragraphs"])
    assert data["format"] == "txt" and data["encoding"] == "utf-8"


def test_seed_000_json_flags_boilerplate() -> None:
    proc = _inspect(str(SEEDS / "000_c427449a33106fde.txt"), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["lang"] == "en"
    flagged = [p["text"] for p in data["paragraphs"] if p["boilerplate"]]
    assert "Interesting: 0/0 • Support: 0/0Log in to vote" in flagged
    assert "Only logged-in users can comment." in flagged
    assert data["counts"]["boilerplate"] == len(flagged) == 4
    text = (SEEDS / "000_c427449a33106fde.txt").read_text(encoding="utf-8")
    for p in data["paragraphs"]:
        assert text[p["start"]:p["end"]] == p["text"]


def test_text_output_and_lang_override() -> None:
    proc = _inspect("seeds/003_fa4a4889cf7e4462.txt", "--lang", "other")
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.startswith("003_fa4a4889cf7e4462.txt: language other (detected en)")
    assert "[boilerplate]" in proc.stdout and "· Share." in proc.stdout


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    cases: dict[str, Path] = {"missing": tmp / "missing.txt", "directory": tmp}
    (tmp / "empty.txt").write_bytes(b"")
    cases["empty"] = tmp / "empty.txt"
    (tmp / "blank.txt").write_text(" \n\n\t \n")
    cases["whitespace"] = tmp / "blank.txt"
    (tmp / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00\xff" * 100)
    cases["binary"] = tmp / "bin.txt"
    (tmp / "undecodable.txt").write_bytes(b"caf\xe9 \x81\x8d\x8f")
    cases["undecodable"] = tmp / "undecodable.txt"
    with (tmp / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    cases["too large"] = tmp / "huge.txt"
    (tmp / "corrupt.docx").write_bytes(b"PK\x03\x04 broken")
    cases["corrupt docx"] = tmp / "corrupt.docx"
    with zipfile.ZipFile(tmp / "notword.docx", "w") as z:
        z.writestr("a.txt", "x")
    cases["zip not docx"] = tmp / "notword.docx"
    (tmp / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF")
    cases["corrupt pdf"] = tmp / "corrupt.pdf"
    (tmp / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    cases["unsupported"] = tmp / "old.doc"
    return cases


BAD = ["missing", "directory", "empty", "whitespace", "binary", "undecodable", "too large",
       "corrupt docx", "zip not docx", "corrupt pdf", "unsupported"]


@pytest.mark.parametrize(("case", "as_json"), [(c, False) for c in BAD] + [
    (c, True) for c in ("missing", "binary", "corrupt pdf")])
def test_bad_input_one_line_exit_2(tmp_path: Path, case: str, as_json: bool) -> None:
    path = _bad_inputs(tmp_path)[case]
    before = sorted(os.listdir(tmp_path))
    proc = _inspect(str(path), *(["--json"] if as_json else []), cwd=tmp_path)
    assert proc.returncode == 2, (case, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("paralelo: error: ") and str(path) in lines[0]
    assert "Traceback" not in proc.stderr
    assert sorted(os.listdir(tmp_path)) == before  # nothing written


def test_file_name_with_newline_stays_on_one_line(tmp_path: Path) -> None:
    proc = _inspect(str(tmp_path / "a\nb.txt"))
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", [["inspect"], ["inspect", "--json"], ["facts", "--json"]])
def test_non_utf8_file_name_on_a_strict_stdout(tmp_path: Path, command: list[str]) -> None:
    """The name arrives with a lone surrogate; a strict UTF-8 stdout must not crash on it."""
    name = os.fsencode(tmp_path) + b"/\xffhola.txt"
    with open(name, "wb") as fh:
        fh.write(b"Hola mundo. Es una prueba.\n")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    proc = subprocess.run([os.fsencode(PY), b"-m", b"paralelo", *map(os.fsencode, command),
                           name], capture_output=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in proc.stderr
    assert b"hola.txt" in proc.stdout
    proc.stdout.decode("utf-8")  # valid UTF-8
