"""`paralelo export`: the seed session to every format, from JSON and from a session file."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from paralelo.cli import main
from paralelo.export.load import normalise_result

FORMATS = ["tmx", "csv", "tsv", "xlsx", "json", "html"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["export", *args])
    err = capsys.readouterr().err
    return code, err


@pytest.fixture
def seed_json(seed: dict[str, Any], tmp_path: Path) -> Path:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def seed_session(seed: dict[str, Any], tmp_path: Path) -> Path:
    from paralelo.storage.session import Session

    path = tmp_path / "seed.paralelo"
    session = Session.create(path)
    try:
        session.save_result(seed)
    finally:
        session.close()
    return path


def _check_output(fmt: str, out: Path, seed: dict[str, Any]) -> None:
    es = seed["documents"][0]["paragraphs"]
    first_es = es[seed["links"][0]["es"][0]]["text"]
    if fmt == "xlsx":
        assert openpyxl.load_workbook(out)["Review"]["B2"].value == first_es
    elif fmt in ("csv", "tsv"):
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="," if fmt == "csv" else "\t"))
        assert rows[1][1] == first_es and len(rows) == 4
    elif fmt == "json":
        back = json.loads(out.read_text(encoding="utf-8"))
        assert [lk["id"] for lk in back["links"]] == [1, 2, 3]
        assert back["links"][0]["review"]["status"] == "confirmed"
    else:
        assert first_es.split(",")[0] in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_json_to_every_format(capsys: pytest.CaptureFixture[str], seed: dict[str, Any],
                                   seed_json: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    code, err = run(capsys, str(seed_json), "--format", fmt, "-o", str(out))
    assert code == 0, err
    assert f"to {out}" in err
    _check_output(fmt, out, seed)


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_session_to_every_format(capsys: pytest.CaptureFixture[str], seed: dict[str, Any],
                                      seed_session: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"s.{fmt}"
    code, err = run(capsys, str(seed_session), "-o", str(out))  # format from the extension
    assert code == 0, err
    _check_output(fmt, out, seed)


def test_session_json_equals_input(capsys: pytest.CaptureFixture[str], seed: dict[str, Any],
                                   seed_session: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert run(capsys, str(seed_session), "-f", "json", "-o", str(out))[0] == 0
    back = json.loads(out.read_text(encoding="utf-8"))
    expected = normalise_result(seed)
    assert back["documents"] == expected["documents"]
    for got, want in zip(back["links"], expected["links"], strict=True):
        assert {k: got[k] for k in want} == want


def test_options(capsys: pytest.CaptureFixture[str], seed_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert run(capsys, str(seed_json), "-o", str(out), "--status", "confirmed", "--bom")[0] == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 2
    tmx = tmp_path / "m.tmx"
    assert run(capsys, str(seed_json), "-o", str(tmx), "--with-mt", "--segtype", "sentence")[0] == 0
    assert 'segtype="sentence"' in tmx.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["missing input", "bad json", "not a session", "unknown format",
                                  "no extension", "missing dir", "out is dir", "bad status",
                                  "same file", "bad segtype", "invalid data"])
def test_errors_one_line_exit_2(capsys: pytest.CaptureFixture[str], seed_json: Path,
                                tmp_path: Path, case: str) -> None:
    out = tmp_path / "out.csv"
    src = str(seed_json)
    extra: list[str] = []
    if case == "missing input":
        src = str(tmp_path / "nope.json")
    elif case == "bad json":
        (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
        src = str(tmp_path / "bad.json")
    elif case == "not a session":
        db = tmp_path / "other.sqlite"
        sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
        src = str(db)
    elif case == "unknown format":
        extra = ["--format", "docx"]
    elif case == "no extension":
        out = tmp_path / "out"
    elif case == "missing dir":
        out = tmp_path / "no" / "out.csv"
    elif case == "out is dir":
        out = tmp_path
    elif case == "bad status":
        extra = ["--status", "done"]
    elif case == "same file":
        out = seed_json
        extra = ["--format", "json"]
    elif case == "bad segtype":
        extra = ["--format", "tmx", "--segtype", "word"]
    elif case == "invalid data":
        data = json.loads(seed_json.read_text(encoding="utf-8"))
        data["links"][0]["es"] = [10_000]
        seed_json.write_text(json.dumps(data), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, err = run(capsys, src, "-o", str(out), *extra)
    assert code == 2
    assert err.startswith("paralelo: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing half-written


def test_unwritable_dir(capsys: pytest.CaptureFixture[str], seed_json: Path, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    if os.geteuid() == 0:  # root writes anyway: make the folder refuse the temp file
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("tempfile.mkstemp", refuse)
    try:
        code, err = run(capsys, str(seed_json), "-o", str(ro / "x.csv"))
    finally:
        ro.chmod(0o700)
    assert code == 2 and "cannot write" in err and "Permission denied" in err
    assert not list(ro.iterdir())


def test_fresh_process(seed_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.html"
    proc = subprocess.run([sys.executable, "-m", "paralelo", "export", str(seed_json),
                           "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_review_done_in_the_session_is_exported(capsys: pytest.CaptureFixture[str],
                                                seed_session: Path, tmp_path: Path) -> None:
    from paralelo.storage.session import Session

    session = Session.open(seed_session)
    try:
        session.flag(1)
        session.set_note(1, "=HYPERLINK(\"x\") <script>")
        session.confirm(2)
        # exporting works while the reviewer still has the session open
        assert run(capsys, str(seed_session), "-o", str(tmp_path / "r.csv"))[0] == 0
    finally:
        session.close()
    with (tmp_path / "r.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["status"] for r in rows] == ["flagged", "confirmed", "flagged"]
    assert rows[0]["note"] == "'=HYPERLINK(\"x\") <script>"
    out = tmp_path / "r.html"
    assert run(capsys, str(seed_session), "-o", str(out), "--status", "confirmed")[0] == 0
    html = out.read_text(encoding="utf-8")
    assert 'id="link-2"' in html and 'id="link-1"' not in html
