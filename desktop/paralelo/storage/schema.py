"""Session schema and its ordered migrations (``PRAGMA user_version``).

A new session is built by running the version-1 DDL and then every migration,
so the upgrade path from old files is exercised on every `Session.create`.
Old DDL is never edited: a change is a new ``MIGRATIONS`` entry appended at
the end, and `SCHEMA_VERSION` follows. Each migration runs inside the same
transaction as its ``user_version`` bump, so an upgrade is all or nothing.

``PRAGMA application_id`` marks the file as Paralelo's, so another program's
SQLite database is recognised and refused instead of being written to.
"""

from __future__ import annotations

import json
import sqlite3

from paralelo.storage.records import dumps

#: "PRLO" as a big-endian 32-bit integer, stored at byte 68 of the header.
APPLICATION_ID = 0x50524C4F

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL              -- JSON
);
CREATE TABLE documents (
    id       TEXT PRIMARY KEY,       -- "es", "en1", "en2", ...
    ord      INTEGER NOT NULL,
    role     TEXT NOT NULL,          -- es | en
    name     TEXT NOT NULL,
    path     TEXT,
    lang     TEXT NOT NULL,
    mode     TEXT,                   -- English docs: parallel | comparable
    sha256   TEXT NOT NULL DEFAULT '',
    format   TEXT,
    encoding TEXT,
    text     TEXT,                   -- full decoded text when known
    extra    TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE paragraphs (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER,
    "end"       INTEGER,
    kind        TEXT NOT NULL DEFAULT 'text',
    boilerplate INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE translations (
    doc_id  TEXT NOT NULL,
    idx     INTEGER NOT NULL,
    text    TEXT,
    error   TEXT,
    engine  TEXT,
    model   TEXT,
    version TEXT,
    PRIMARY KEY (doc_id, idx),
    FOREIGN KEY (doc_id, idx) REFERENCES paragraphs(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ord         REAL NOT NULL,       -- display order (the aligner's order)
    mode        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    score       REAL NOT NULL DEFAULT 0,
    evidence    TEXT NOT NULL DEFAULT '{}',
    origin      TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
    status      TEXT NOT NULL DEFAULT 'unreviewed'
                CHECK (status IN ('unreviewed', 'confirmed', 'flagged')),
    note        TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT
);
CREATE TABLE link_es (
    link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    para    INTEGER NOT NULL,
    PRIMARY KEY (link_id, para)
) WITHOUT ROWID;
CREATE TABLE link_en (
    link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    doc_id  TEXT NOT NULL REFERENCES documents(id),
    para    INTEGER NOT NULL,
    PRIMARY KEY (link_id, doc_id, para)
) WITHOUT ROWID;
CREATE TABLE facts (
    link_id   INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
    n_facts   INTEGER NOT NULL DEFAULT 0,
    n_only_es INTEGER NOT NULL DEFAULT 0,
    n_only_en INTEGER NOT NULL DEFAULT 0,
    data      TEXT NOT NULL      -- JSON: facts, only_es, only_en, diff + unknown keys
);
CREATE TABLE ops (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    type    TEXT NOT NULL,
    label   TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,           -- JSON change set that does the op
    inverse TEXT NOT NULL,           -- JSON change set that undoes it
    undone  INTEGER NOT NULL DEFAULT 0,
    at      TEXT NOT NULL
);
"""


def _v2(conn: sqlite3.Connection) -> None:
    """Who reviewed a link, and indexes to find a paragraph's links fast.

    v1 kept only when a link was reviewed; teams sharing a session file need
    who. Manual edits ask "which links hold paragraph X" (link, move), which
    v1 could answer only by scanning link_es / link_en.
    """
    conn.execute("ALTER TABLE links ADD COLUMN reviewed_by TEXT")
    conn.execute("CREATE INDEX link_es_para ON link_es(para)")
    conn.execute("CREATE INDEX link_en_para ON link_en(doc_id, para)")


def _v3(conn: sqlite3.Connection) -> None:
    """Character diffs move out of ``facts.data`` into their own column.

    Real diffs are most of a session's bytes (about 4 KB a link against a few
    hundred for the facts); apart, the GUI's first load can skip them and read
    one link's diff when it is shown. Rewrites existing rows (in Python, so it
    works on SQLite builds without the JSON functions).
    """
    conn.execute("ALTER TABLE facts ADD COLUMN diff TEXT NOT NULL DEFAULT '[]'")
    updates = []
    for link_id, data in conn.execute("SELECT link_id, data FROM facts").fetchall():
        obj = json.loads(data)
        diff = obj.pop("diff", None) or []
        updates.append((dumps(obj), dumps(diff), link_id))
    conn.executemany("UPDATE facts SET data = ?, diff = ? WHERE link_id = ?", updates)


def _v4(conn: sqlite3.Connection) -> None:
    """Index the undo log by state.

    ``undone`` sits after the (possibly megabyte-sized) payloads in each ops
    row, so "is there anything to redo?" — asked on every GUI refresh — had to
    walk every row's overflow pages. The covering index answers it and lists
    the history without touching the payloads.
    """
    conn.execute("CREATE INDEX ops_state ON ops(undone, seq, type, label, at)")


#: MIGRATIONS[n] upgrades a version-n database to n + 1.
MIGRATIONS = {1: _v2, 2: _v3, 3: _v4}
SCHEMA_VERSION = 1 + len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Create the schema at ``version`` on an empty database (tests use old versions).

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    if not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"no schema version {version}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in SCHEMA_V1.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    migrate(conn, target=version)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Upgrade step by step to ``target``; each step is one transaction. Returns steps run."""
    done = []
    while (current := user_version(conn)) < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) != current:  # another writer got there first
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[current](conn)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(current + 1)
    return done
