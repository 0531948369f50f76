"""Row-level helpers: link records, link snapshots, and applying change sets.

A *snapshot* is everything stored about one link (row, paragraphs, facts) as
a JSON-able dict. Every edit is a *change set* ``{"remove": [snapshots],
"add": [snapshots], "set": [[id, before, after]]}``; its inverse swaps remove
with add and before with after. Undo and redo just apply one or the other, so
they need no per-operation code and survive restarts (both are in ``ops``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from paralelo.core.links import EnRef, Link

#: Link columns a change set may "set".
SETTABLE = ("ord", "mode", "kind", "score", "evidence", "origin", "status", "note",
            "reviewed_by", "reviewed_at")
ROW_COLS = ("id", *SETTABLE)
FACT_KEYS = ("facts", "only_es", "only_en", "diff")
#: An anchor survives re-alignment: reviewer's work — confirmed, flagged, noted or
#: made by hand (SQL over ``links``; `LinkRecord.is_anchor` is the same test in
#: Python, `paralelo.app.realign.is_reviewed` the same on JSON links).
ANCHOR_SQL = "(status != 'unreviewed' OR note != '' OR origin = 'manual')"


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """What the GUI's link list needs for one link, without facts or diff."""

    id: int
    es: tuple[int, ...]
    en: tuple[EnRef, ...]
    score: float
    kind: str
    mode: str
    origin: str  # auto | manual
    status: str  # unreviewed | confirmed | flagged
    note: str
    reviewed_by: str | None
    reviewed_at: str | None
    n_facts: int
    n_only_es: int
    n_only_en: int

    @property
    def is_anchor(self) -> bool:
        """Kept by a re-alignment: confirmed, flagged, noted or made by hand."""
        return self.status != "unreviewed" or bool(self.note) or self.origin == "manual"

    def to_link(self, evidence: dict[str, Any] | None = None) -> Link:
        return Link(es=self.es, en=self.en, score=self.score, kind=self.kind, mode=self.mode,
                    evidence=dict(evidence or {}), id=self.id)


@dataclass(frozen=True, slots=True)
class Op:
    """One entry of the undo history."""

    seq: int
    type: str  # confirm flag unreview note link unlink merge split move realign
    label: str  # short human text for an Undo menu ("Confirm link 12")
    at: str
    undone: bool


def paragraphs_of(conn: sqlite3.Connection, ids: Sequence[int],
                  ) -> tuple[dict[int, list[int]], dict[int, list[EnRef]]]:
    es: dict[int, list[int]] = {i: [] for i in ids}
    en: dict[int, list[EnRef]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for lid, para in conn.execute(
                f"SELECT link_id, para FROM link_es WHERE link_id IN ({marks}) "
                "ORDER BY link_id, para", chunk):
            es[lid].append(para)
        for lid, doc, para in conn.execute(
                f"SELECT link_id, doc_id, para FROM link_en WHERE link_id IN ({marks}) "
                "ORDER BY link_id, doc_id, para", chunk):
            en[lid].append((doc, para))
    return es, en


def snapshots(conn: sqlite3.Connection, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Full snapshots of the given links, in the order of ``ids`` (missing ones skipped)."""
    rows: dict[int, dict[str, Any]] = {}
    facts: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cur = conn.execute(f"SELECT {', '.join(ROW_COLS)} FROM links WHERE id IN ({marks})",
                           chunk)
        for row in cur:
            rows[row[0]] = dict(zip(ROW_COLS, row, strict=True))
        for lid, data, diff in conn.execute(
                f"SELECT link_id, data, diff FROM facts WHERE link_id IN ({marks})", chunk):
            facts[lid] = (data, diff)
    es, en = paragraphs_of(conn, list(rows))
    out = []
    for i in ids:
        if i in rows:
            snap = rows[i]
            snap["evidence"] = json.loads(snap["evidence"])
            snap["es"] = es[i]
            snap["en"] = [list(r) for r in en[i]]
            snap["data"] = ({**json.loads(facts[i][0]), "diff": json.loads(facts[i][1])}
                            if i in facts else None)
            out.append(snap)
    return out


def insert_snapshots(conn: sqlite3.Connection, snaps: Iterable[dict[str, Any]]) -> None:
    snaps = list(snaps)
    conn.executemany(
        f"INSERT INTO links ({', '.join(ROW_COLS)}) VALUES ({','.join('?' * len(ROW_COLS))})",
        [tuple(dumps(s[c]) if c == "evidence" else s.get(c) for c in ROW_COLS) for s in snaps])
    conn.executemany("INSERT INTO link_es (link_id, para) VALUES (?, ?)",
                     [(s["id"], p) for s in snaps for p in s["es"]])
    conn.executemany("INSERT INTO link_en (link_id, doc_id, para) VALUES (?, ?, ?)",
                     [(s["id"], d, p) for s in snaps for d, p in s["en"]])
    conn.executemany(
        "INSERT INTO facts (link_id, n_facts, n_only_es, n_only_en, data, diff) "
        "VALUES (?,?,?,?,?,?)",
        [(s["id"], *fact_row(s["data"])) for s in snaps if s.get("data") is not None])


def fact_counts(data: dict[str, Any]) -> tuple[int, int, int]:
    return tuple(len(data.get(k) or []) for k in FACT_KEYS[:3])  # type: ignore[return-value]


def fact_row(data: dict[str, Any]) -> tuple[int, int, int, str, str]:
    """Columns n_facts, n_only_es, n_only_en, data (without the diff), diff."""
    rest = {k: v for k, v in data.items() if k != "diff"}
    return (*fact_counts(data), dumps(rest), dumps(data.get("diff") or []))


def apply_changes(conn: sqlite3.Connection, changes: dict[str, Any]) -> None:
    """Apply a change set inside the caller's transaction."""
    removed = [s["id"] for s in changes.get("remove", [])]
    for chunk in _chunks(removed):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM links WHERE id IN ({marks})", chunk)  # cascades
    insert_snapshots(conn, changes.get("add", []))
    for link_id, _before, after in changes.get("set", []):
        cols = [c for c in after if c in SETTABLE]
        values = [dumps(after[c]) if c == "evidence" else after[c] for c in cols]
        cur = conn.execute(f"UPDATE links SET {', '.join(f'{c} = ?' for c in cols)} "
                           "WHERE id = ?", [*values, link_id])
        if cur.rowcount != 1:
            raise sqlite3.IntegrityError(f"link {link_id} vanished")


def invert(changes: dict[str, Any]) -> dict[str, Any]:
    return {"remove": changes.get("add", []), "add": changes.get("remove", []),
            "set": [[i, after, before] for i, before, after in reversed(changes.get("set", []))]}


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    ids = list(ids)
    for k in range(0, len(ids), size):
        yield ids[k:k + size]
