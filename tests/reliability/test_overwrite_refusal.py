"""Issue 18.6: ``--json OUT`` and every export replace only Paralelo's own earlier outputs.

An existing file Paralelo did not write — the user's spreadsheet, notes, a
web page — is refused in one line and left byte for byte unless ``--force``;
an earlier output of Paralelo (recognised by content: core/outputs.py) is
replaced without asking, so re-running a command just works.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hostile import (
    assert_one_line_error,
    fingerprint,
    make_reviewed_session,
    run_cli,
    write_pair,
)

from paralelo.core.outputs import paralelo_output_kind

FORMATS = ["csv", "tsv", "tmx", "xlsx", "json", "html"]


def _foreign(path: Path) -> None:
    """A plausible file of the user's with the same extension (not Paralelo's)."""
    ext = path.suffix
    if ext == ".xlsx":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("docProps/core.xml", "<cp:coreProperties><dc:creator>Ana"
                        "</dc:creator></cp:coreProperties>")
            zf.writestr("xl/workbook.xml", "<workbook/>")
    elif ext == ".json":
        path.write_text('{"format": 1, "generator": "my-script", "links": []}\n')
    elif ext == ".tmx":
        path.write_text('<?xml version="1.0"?><tmx version="1.4"><header creationtool="Trados"'
                        ' srclang="es"/><body/></tmx>\n')
    elif ext == ".html":
        path.write_text("<!DOCTYPE html><html><head><title>Mi tesis</title></head></html>\n")
    else:
        sep = "\t" if ext == ".tsv" else ","
        path.write_text(f"id{sep}spanish{sep}english\r\n1{sep}hola{sep}hello\r\n")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_reviewed_session(tmp_path_factory.mktemp("s"), 20)[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_refuses_a_foreign_file_unless_force(session: Path, tmp_path: Path,
                                                    fmt: str) -> None:
    out = tmp_path / f"mine.{fmt}"
    _foreign(out)
    assert paralelo_output_kind(out) is None
    before = fingerprint(out)
    assert_one_line_error(run_cli("export", session, "-o", out), "not a file Paralelo wrote",
                          "--force")
    assert fingerprint(out) == before
    proc = run_cli("export", session, "-o", out, "--force")
    assert proc.returncode == 0, proc.stderr
    assert paralelo_output_kind(out) is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_replaces_its_own_earlier_output(session: Path, tmp_path: Path,
                                                fmt: str) -> None:
    out = tmp_path / f"again.{fmt}"
    assert run_cli("export", session, "-o", out).returncode == 0
    assert paralelo_output_kind(out) is not None
    first = out.read_bytes()
    proc = run_cli("export", session, "-o", out, "--status", "confirmed")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() != first or fmt == "xlsx"  # replaced (xlsx zips are timestamped)


def test_align_json_refuses_a_foreign_file_before_any_work(tmp_path: Path) -> None:
    es, en = write_pair(tmp_path, 5)
    out = tmp_path / "data.json"
    _foreign(out)
    before = fingerprint(out)
    proc = run_cli("align", "--es", es, "--en", en, "--engine", "none", "--json", out)
    assert_one_line_error(proc, "not a file Paralelo wrote")
    assert "engine:" not in proc.stdout  # refused before the pipeline ran
    assert fingerprint(out) == before
    for _ in range(2):  # with --force, then again without: now it is Paralelo's own
        extra = ["--force"] if _ == 0 else []
        proc = run_cli("align", "--es", es, "--en", en, "--engine", "none", "--json", out,
                       *extra)
        assert proc.returncode == 0, proc.stderr
        assert paralelo_output_kind(out) == "json"


def test_a_session_file_is_paralelos_own(session: Path, tmp_path: Path) -> None:
    assert paralelo_output_kind(session) == "session"
    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert paralelo_output_kind(other) is None


def test_devices_are_written_in_place(session: Path) -> None:
    proc = run_cli("export", session, "-o", "/dev/stdout", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("link_id,spanish,english")


def test_an_export_never_replaces_a_session_or_another_kind(session: Path,
                                                           tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(session.read_bytes())  # a session, whatever its name
    before = fingerprint(copy)
    assert_one_line_error(run_cli("export", session, "-o", copy), "a Paralelo review session")
    assert fingerprint(copy) == before
    report = tmp_path / "report.csv"
    assert run_cli("export", session, "-o", report, "--format", "html").returncode == 0
    assert_one_line_error(run_cli("export", session, "-o", report),
                          "a Paralelo HTML report", "--force")
