"""`paralelo session show FILE [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storage_helpers import make_result

from paralelo.cli import main
from paralelo.storage import Session


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "s.paralelo"
    with Session.create(path) as s:
        s.save_result(make_result(12, en_docs=2))
        s.confirm(1)
        s.flag(2)
        s.set_note(2, "revisar")
    return path


def test_show_text(session_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "show", str(session_file)]) == 0
    out = capsys.readouterr().out
    assert "apertium spa-eng_US 3.8.3" in out
    assert "en2" in out and "links: 12" in out
    assert "1 confirmed, 1 flagged, 10 unreviewed; 1 with notes" in out


def test_show_json(session_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "show", "--json", str(session_file)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["links"] == 12 and info["review"]["flagged"] == 1
    assert [d["id"] for d in info["documents"]] == ["es", "en1", "en2"]


def test_show_while_the_gui_edits(session_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Session.open(session_file) as writer:
        writer.confirm(5)
        assert main(["session", "show", "--json", str(session_file)]) == 0
    assert json.loads(capsys.readouterr().out)["review"]["confirmed"] == 2


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\0" * 10])
def test_show_bad_file_is_one_line_exit_2(tmp_path: Path, content: bytes,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.paralelo"
    bad.write_bytes(content)
    assert main(["session", "show", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("paralelo: error: ") and err.count("\n") == 1
    assert bad.read_bytes() == content
