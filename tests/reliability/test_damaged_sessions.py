"""Issue 18.5: damaged, truncated-schema and foreign session files get one line and stay untouched.

Each case is made from a good reviewed session (or from scratch) behind
Paralelo's back. Every refusing operation — ``session show``, ``export``,
``session realign``, ``align --force --session``, opening in the window's
store, `probe` — must print one line (no traceback) and leave the file's
bytes, its mtime and its folder (no -wal/-shm/.lock) exactly as they were.
`probe` never offers a read-only copy that then cannot be opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import assert_one_line_error, fingerprint, make_reviewed_session, raw_sql, run_cli

from paralelo.core.errors import UserError
from paralelo.storage import Session, SessionCorrupt, probe
from paralelo.storage.schema import APPLICATION_ID, SCHEMA_VERSION

Damage = Callable[[Path], None]


def _sql(*statements: str) -> Damage:
    return lambda path: raw_sql(path, *statements)


def _foreign(path: Path, *, forged: bool) -> None:
    """Another program's SQLite database (with ``forged``: wearing Paralelo's header marks)."""
    path.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ana'), ('Luis')")
    if forged:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()


DAMAGE: dict[str, Damage] = {
    "evidence-not-json": _sql("UPDATE links SET evidence = '{\"sim\": 0.9' WHERE id = 3"),
    "evidence-wrong-shape": _sql("UPDATE links SET evidence = '], [1' WHERE id = 2"),
    "facts-not-json": _sql("UPDATE facts SET data = 'not json' WHERE link_id = 4"),
    "diff-not-json": _sql("UPDATE facts SET diff = '[{\"op\": ' WHERE link_id = 5"),
    "meta-not-json": _sql("UPDATE meta SET value = '{oops' WHERE key = 'engine'"),
    "meta-wrong-type": _sql("UPDATE meta SET value = '\"apertium\"' WHERE key = 'engine'"),
    "document-extra-wrong-type": _sql("UPDATE documents SET extra = '[1, 2]' WHERE id = 'en1'"),
    "links-table-missing": _sql("PRAGMA foreign_keys = OFF", "DROP TABLE links"),
    "ops-table-missing": _sql("DROP TABLE ops"),
    "note-column-missing": _sql("ALTER TABLE links DROP COLUMN note"),
    "forged-header": lambda p: _foreign(p, forged=True),
}
SESSION_LIKE = list(DAMAGE)  # all of these claim to be sessions


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    return make_reviewed_session(folder, 30)[0]


@pytest.fixture(params=SESSION_LIKE)
def damaged(request: pytest.FixtureRequest, reviewed: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "s"
    folder.mkdir()
    path = folder / "damaged.paralelo"
    path.write_bytes(reviewed.read_bytes())
    DAMAGE[request.param](path)
    return path


def _untouched(path: Path, action: Callable[[], object]) -> None:
    before = fingerprint(path)
    action()
    assert fingerprint(path) == before, "the refusing operation changed the file or its folder"


def test_cli_refuses_in_one_line_and_changes_nothing(damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    es = damaged.parent / "es.txt"
    es.write_text("Hola.\n", encoding="utf-8")
    for args in (["session", "show", damaged], ["session", "show", damaged, "--json"],
                 ["export", damaged, "-o", out], ["session", "realign", damaged],
                 ["align", "--es", es, "--en", es, "--engine", "none", "--session", damaged,
                  "--force"]):
        _untouched(damaged, lambda a=args: assert_one_line_error(run_cli(*a), str(damaged)))
    assert not out.exists()


def test_opening_refuses_and_changes_nothing(damaged: Path) -> None:
    from paralelo.gui.session_store import open_store

    def refused(fn: Callable[[], object]) -> None:
        with pytest.raises(UserError) as info:
            fn()
        assert "\n" not in str(info.value) and str(damaged) in str(info.value)

    _untouched(damaged, lambda: refused(lambda: open_store(damaged)))  # the window's open
    _untouched(damaged, lambda: refused(
        lambda: Session.open(damaged, readonly=True).to_result_json()))


def test_probe_never_offers_a_copy_that_cannot_open(damaged: Path) -> None:
    before = fingerprint(damaged)
    verdict = probe(damaged)
    assert fingerprint(damaged) == before
    assert verdict.status == "damaged" and not verdict.can_edit
    assert "\n" not in verdict.message and str(damaged) in verdict.message
    def read_copy() -> None:  # what the window does with a read-only copy
        with Session.open_copy_readonly(damaged) as s:
            s.to_result_json()
            s.summary()

    if verdict.can_open_copy:  # offered: it must really open and read
        read_copy()
    else:
        with pytest.raises(UserError):
            read_copy()


def test_missing_tables_are_refused_at_open(reviewed: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.paralelo"
    path.write_bytes(reviewed.read_bytes())
    DAMAGE["links-table-missing"](path)
    before = fingerprint(path)
    for readonly in (False, True):
        with pytest.raises(SessionCorrupt, match="'links' table is missing"):
            Session.open(path, readonly=readonly)
    assert fingerprint(path) == before


def test_another_apps_database_is_not_a_session(tmp_path: Path) -> None:
    path = tmp_path / "crm.paralelo"
    path.write_bytes(b"")
    _foreign(path, forged=False)
    for args in (["session", "show", path], ["export", path, "-o", tmp_path / "o.csv"]):
        _untouched(path, lambda a=args: assert_one_line_error(run_cli(*a), "not a Paralelo"))
    verdict = probe(path)
    assert verdict.status == "not_session" and not verdict.can_open_copy


def test_a_good_session_probes_ok_and_locked(reviewed: Path, tmp_path: Path) -> None:
    path = tmp_path / "good.paralelo"
    path.write_bytes(reviewed.read_bytes())
    assert probe(path).status == "ok" and probe(path).can_edit
    with Session.open(path):
        verdict = probe(path)
        assert verdict.status == "locked" and verdict.can_open_copy and not verdict.can_edit


def test_probe_of_missing_and_newer_files(reviewed: Path, tmp_path: Path) -> None:
    missing = probe(tmp_path / "nowhere.paralelo")
    assert missing.status == "missing" and not missing.can_open_copy
    newer = tmp_path / "newer.paralelo"
    newer.write_bytes(reviewed.read_bytes())
    raw_sql(newer, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = fingerprint(newer)
    verdict = probe(newer)
    assert verdict.status == "too_new" and "newer Paralelo" in verdict.message
    assert not verdict.can_open_copy and fingerprint(newer) == before
