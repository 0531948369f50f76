"""Files a session open must refuse with a clear message, without changing a byte."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import make_result

from paralelo.core.errors import UserError
from paralelo.storage import (
    NotParalelo,
    NotSQLite,
    Session,
    SessionCorrupt,
    SessionEmpty,
    SessionNotFound,
    SessionTooNew,
    SessionUnreadable,
)
from paralelo.storage.schema import APPLICATION_ID, SCHEMA_VERSION


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.paralelo"
    with Session.create(path) as s:
        s.save_result(make_result(300, seed=2))
        s.confirm(1)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, error: type[UserError], match: str) -> UserError:
    """Both open modes refuse ``path`` with ``error``; the file and its folder stay as they were."""
    before = _digest(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    for readonly in (False, True):
        with pytest.raises(error, match=match) as info:
            Session.open(path, readonly=readonly)
        assert "\n" not in str(info.value) and str(path) in str(info.value)
        assert _digest(path) == before
        assert sorted(p.name for p in path.parent.iterdir()) == listing  # no lock, no -wal
    return info.value


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.paralelo"
    path.write_bytes(random.Random(1).randbytes(50_000))
    _refused(path, NotSQLite, "not an SQLite database")


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.paralelo"
    path.write_text("Ministro de Relaciones Exteriores\n" * 10, encoding="utf-8")
    _refused(path, NotSQLite, "not an SQLite database")


def test_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.paralelo"
    path.write_bytes(b"")
    _refused(path, SessionEmpty, "empty")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.paralelo"
    with pytest.raises(SessionNotFound, match="no such"):
        Session.open(path)
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_session(tmp_path: Path) -> None:
    with pytest.raises(SessionNotFound):
        Session.open(tmp_path)


@pytest.mark.parametrize("keep", [0.5, 0.9, 4096, 120, 10])
def test_truncated_session(good: Path, keep: float) -> None:
    data = good.read_bytes()
    cut = int(len(data) * keep) if keep < 1 else int(keep)
    good.write_bytes(data[:cut])
    _refused(good, SessionCorrupt, "truncated")


def test_damaged_pages(good: Path) -> None:
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    rng = random.Random(4)
    for n in range(3, len(data) // page, 7):  # scribble over every 7th page (not the header)
        data[n * page: n * page + page] = rng.randbytes(page)
    good.write_bytes(bytes(data))
    _refused(good, SessionCorrupt, "damaged")


def _sql(path: Path, *statements: str) -> None:
    """Run statements on a plain SQLite file (not through Paralelo) and close it."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_plain_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.paralelo"
    _sql(path, "CREATE TABLE links (id INTEGER PRIMARY KEY, x TEXT)",
         "INSERT INTO links VALUES (1, 'hola')")
    _refused(path, NotParalelo, "not a Paralelo session")


def test_empty_sqlite_database_with_wal(tmp_path: Path) -> None:
    path = tmp_path / "wal.paralelo"
    _sql(path, "PRAGMA journal_mode = WAL", "CREATE TABLE t (x)")
    _refused(path, NotParalelo, "not a Paralelo session")


def test_newer_schema(good: Path) -> None:
    _sql(good, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    err = _refused(good, SessionTooNew, "newer Paralelo")
    assert f"format {SCHEMA_VERSION + 1}" in str(err)
    with pytest.raises(SessionTooNew):
        Session.open_copy_readonly(good)


def test_half_created_session(tmp_path: Path) -> None:
    path = tmp_path / "half.paralelo"
    _sql(path, f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE t (x)")
    _refused(path, SessionCorrupt, "never fully created")


def test_all_bad_file_errors_are_unreadable_user_errors() -> None:
    for cls in (SessionEmpty, NotSQLite, NotParalelo, SessionCorrupt, SessionTooNew):
        assert issubclass(cls, SessionUnreadable) and issubclass(cls, UserError)


def test_copy_of_a_truncated_session_reads_what_it_can(good: Path) -> None:
    data = good.read_bytes()
    good.write_bytes(data[: len(data) * 9 // 10])
    before = _digest(good)
    try:
        with Session.open_copy_readonly(good) as s:
            assert s.readonly
            try:
                s.to_result_json()
            except SessionCorrupt as exc:  # damage found while reading: still a clear error
                assert "damaged" in str(exc)
    except SessionCorrupt as exc:  # nothing salvageable is an acceptable answer too
        assert "\n" not in str(exc) and str(good) in str(exc)
    assert _digest(good) == before


def test_copy_readonly_of_a_good_session_leaves_no_temp_files(good: Path) -> None:
    s = Session.open_copy_readonly(good)
    copy_dir = Path(s.conn.execute("PRAGMA database_list").fetchone()[2]).parent
    assert copy_dir != good.parent and s.summary()["review"]["confirmed"] == 1
    s.close()
    assert not copy_dir.exists()


_READ_CHILD = """
import sys
from paralelo.storage import Session
with Session.open(sys.argv[1], readonly=True) as s:
    print(s.summary()["links"])
"""


def test_readonly_folder(good: Path, run_unprivileged: Any) -> None:
    """A session on read-only media (or a folder the user cannot write) can still be read.

    Run in a child without root's permission override, so it also holds on CI.
    """
    before = sorted(p.name for p in good.parent.iterdir())
    digest = _digest(good)
    good.parent.chmod(0o555)
    try:
        proc = run_unprivileged(_READ_CHILD, str(good))
    finally:
        good.parent.chmod(0o755)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["300"]
    assert sorted(p.name for p in good.parent.iterdir()) == before and _digest(good) == digest


def test_unopenable_in_place_falls_back_to_a_copy(good: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Where SQLite cannot read in place (read-only media without a -shm), read a copy."""
    from paralelo.storage import session as session_mod

    real = session_mod.connect_ro

    def picky(path: Path, **kwargs: bool) -> sqlite3.Connection:
        if Path(path) == good:
            raise sqlite3.OperationalError("unable to open database file")
        return real(path, **kwargs)

    monkeypatch.setattr(session_mod, "connect_ro", picky)
    with Session.open(good, readonly=True) as s:
        assert s.readonly and s.summary()["links"] == 300
        where = Path(s.conn.execute("PRAGMA database_list").fetchone()[2])
        assert where.parent != good.parent
