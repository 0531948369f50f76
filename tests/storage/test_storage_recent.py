"""The recent-sessions list in the user data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from paralelo.storage import add_recent, list_recent, remove_recent
from paralelo.storage.recent import MAX_RECENT, recent_file


def _touch(p: Path) -> Path:
    p.write_bytes(b"x")
    return p


def test_add_list_remove(tmp_path: Path) -> None:
    a, b = _touch(tmp_path / "a.paralelo"), _touch(tmp_path / "b.paralelo")
    add_recent(a)
    add_recent(b)
    add_recent(a)  # moves to the top, not duplicated
    assert [r.name for r in list_recent()] == ["a.paralelo", "b.paralelo"]
    remove_recent(b)
    assert [r.name for r in list_recent()] == ["a.paralelo"]
    assert recent_file().is_relative_to(os.environ["XDG_DATA_HOME"])  # the platform data folder


def test_missing_files_are_skipped(tmp_path: Path) -> None:
    a = _touch(tmp_path / "a.paralelo")
    add_recent(a)
    add_recent(tmp_path / "gone.paralelo")
    assert [r.name for r in list_recent()] == ["a.paralelo"]
    assert len(list_recent(include_missing=True)) == 2


def test_list_is_trimmed(tmp_path: Path) -> None:
    for n in range(MAX_RECENT + 5):
        add_recent(_touch(tmp_path / f"{n}.paralelo"))
    names = [r.name for r in list_recent()]
    assert len(names) == MAX_RECENT and names[0] == f"{MAX_RECENT + 4}.paralelo"


def test_damaged_list_reads_as_empty_and_is_rewritten(tmp_path: Path) -> None:
    recent_file().parent.mkdir(parents=True, exist_ok=True)
    recent_file().write_text("{not json", encoding="utf-8")
    assert list_recent() == []
    add_recent(_touch(tmp_path / "a.paralelo"))
    data = json.loads(recent_file().read_text(encoding="utf-8"))
    assert [Path(e["path"]).name for e in data["sessions"]] == ["a.paralelo"]
    assert [p.name for p in recent_file().parent.iterdir()] == ["recent.json"]  # no temp left


def test_list_is_private_to_the_user(tmp_path: Path) -> None:
    """It names the user's (possibly confidential) documents: mode 0600, as before."""
    add_recent(_touch(tmp_path / "a.paralelo"))
    assert recent_file().stat().st_mode & 0o777 == 0o600
