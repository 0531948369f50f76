"""Schema migrations: every earlier version opens, upgrades in place and keeps its data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from paralelo.storage import Session
from paralelo.storage import schema as schema_mod
from paralelo.storage.schema import SCHEMA_VERSION, create_schema, migrate

OLD_VERSIONS = range(1, SCHEMA_VERSION)
DIFF = [{"op": "equal", "text": "es", "mt": [0, 2], "en": [0, 2], "mt16": [0, 2],
         "en16": [0, 2]}]


def _old_session(path: Path, version: int) -> None:
    """A session written by the Paralelo that used schema ``version``, with review data."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    create_schema(conn, version)
    assert schema_mod.user_version(conn) == version
    conn.execute("BEGIN")
    conn.execute("INSERT INTO meta VALUES ('app', '\"paralelo\"'), ('created', '\"2025-01-01\"')")
    conn.execute("INSERT INTO documents (id, ord, role, name, lang, sha256) VALUES "
                 "('es', 0, 'es', 'es.txt', 'es', 'x'), ('en1', 1, 'en', 'en.txt', 'en', 'y')")
    for doc in ("es", "en1"):
        for i in range(3):
            conn.execute("INSERT INTO paragraphs (doc_id, idx, text) VALUES (?, ?, ?)",
                         (doc, i, f"{doc} {i}"))
    conn.execute("INSERT INTO translations (doc_id, idx, text, engine) VALUES "
                 "('es', 0, 'es 0 in English', 'apertium')")
    for i in range(3):
        conn.execute("INSERT INTO links (id, ord, kind, score, status, note, reviewed_at) "
                     "VALUES (?, ?, '1-1', 0.5, ?, ?, ?)",
                     (i + 1, i, "confirmed" if i == 0 else "unreviewed",
                      "nota" if i == 1 else "", "2025-01-02" if i == 0 else None))
        conn.execute("INSERT INTO link_es VALUES (?, ?)", (i + 1, i))
        conn.execute("INSERT INTO link_en VALUES (?, 'en1', ?)", (i + 1, i))
        facts = {"facts": [{"kind": "year"}], "only_es": [], "only_en": []}
        if version < 3:  # diffs lived inside facts.data until v3
            conn.execute("INSERT INTO facts (link_id, data) VALUES (?, ?)",
                         (i + 1, json.dumps({**facts, "diff": DIFF})))
        else:
            conn.execute("INSERT INTO facts (link_id, data, diff) VALUES (?, ?, ?)",
                         (i + 1, json.dumps(facts), json.dumps(DIFF)))
    conn.execute("COMMIT")
    conn.close()


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                        "ORDER BY name").fetchall()
    conn.close()
    return rows


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_old_session_is_upgraded_with_its_data(tmp_path: Path, version: int) -> None:
    old = tmp_path / f"v{version}.paralelo"
    _old_session(old, version)
    with Session.open(old) as s:
        records = s.links()
        assert [r.status for r in records] == ["confirmed", "unreviewed", "unreviewed"]
        assert records[1].note == "nota" and records[0].reviewed_at == "2025-01-02"
        assert records[0].reviewed_by is None  # v1 did not know who
        assert s.es_mt()[0] == "es 0 in English"
        detail = s.link_json(1)
        assert detail["diff"] == DIFF and detail["facts"] == [{"kind": "year"}]
        assert "diff" not in s.conn.execute("SELECT data FROM facts").fetchone()[0]
        s.reviewer = "ana"
        s.confirm(2)  # the upgraded file is fully usable
        assert s.get_link(2).reviewed_by == "ana"
        s.undo()
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    fresh = tmp_path / "fresh.paralelo"
    Session.create(fresh).close()
    assert _schema(old) == _schema(fresh)  # upgraded == created today


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_readonly_open_of_old_session_reads_a_migrated_copy(tmp_path: Path,
                                                            version: int) -> None:
    old = tmp_path / "old.paralelo"
    _old_session(old, version)
    before = old.read_bytes()
    with Session.open(old, readonly=True) as s:
        assert s.readonly and len(s.links()) == 3
    assert old.read_bytes() == before
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "v1.paralelo"
    _old_session(old, 1)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE links ADD COLUMN reviewed_by TEXT")
        raise RuntimeError("disk full halfway")

    monkeypatch.setitem(schema_mod.MIGRATIONS, 1, broken)
    with pytest.raises(RuntimeError):
        Session.open(old)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    cols = [r[1] for r in conn.execute("PRAGMA table_info(links)")]
    assert "reviewed_by" not in cols
    conn.close()
    monkeypatch.undo()
    with Session.open(old) as s:  # a later, working Paralelo upgrades it fine
        assert len(s.links()) == 3


def test_migrations_are_contiguous_and_idempotent(tmp_path: Path) -> None:
    assert sorted(schema_mod.MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    create_schema(conn, 1)
    assert migrate(conn) == list(range(2, SCHEMA_VERSION + 1))
    assert migrate(conn) == []
    conn.close()
    with pytest.raises(ValueError):
        create_schema(sqlite3.connect(":memory:", isolation_level=None), SCHEMA_VERSION + 1)
