"""Re-alignment around anchors: `replace_auto_links`, one undoable step.

Anchors (confirmed, flagged, noted or manual links) are the reviewer's work and never move
or change; the aligner's other output replaces every other link, and a new
link identical to an old one keeps the old one's id and review state.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from paralelo.core.errors import UserError
from paralelo.core.links import Link
from paralelo.core.result import normalise_result
from paralelo.core.surrogates import fix_surrogates_deep
from paralelo.storage.errors import InvalidEdit
from paralelo.storage.oplog import OpLogMixin
from paralelo.storage.records import ANCHOR_SQL, snapshots
from paralelo.storage.resultio import check_refs, link_snapshot
from paralelo.storage.util import guarded

Snap = dict[str, Any]
Key = tuple[tuple[int, ...], tuple[tuple[str, int], ...], Any]
#: Review state a re-found link carries over from its old self.
KEPT_ON_REALIGN = ("id", "status", "note", "reviewed_by", "reviewed_at")


@dataclass(slots=True)
class _Current:
    """The session's links before a re-alignment, split into anchors and the rest."""

    anchors: dict[int, Snap]  # by id
    old: list[Snap]  # every non-anchor link (all are replaced)
    anchor_by_key: dict[Key, Snap]
    old_by_key: dict[Key, Snap]
    held_es: set[int]  # paragraphs anchors hold: no new link may touch them
    held_en: set[tuple[str, int]]


class RealignMixin(OpLogMixin):
    """replace_auto_links."""

    @guarded
    def replace_auto_links(self, links: Sequence[dict[str, Any] | Link]) -> int:
        """Store a re-alignment, keeping every anchor (confirmed or manual link).

        ``links`` is the aligner's full output in order (JSON link dicts with
        facts, or core Links). Entries equal to an anchor (same id or same
        paragraphs) just place it; entries touching an anchor's paragraphs
        are dropped; the rest replace all other links. A new link identical
        to an old one keeps its id and review state (a flag or note survives).
        One undoable step. Returns how many non-anchor links were stored.
        """
        try:
            items = self._checked([_as_json(lk) for lk in links])
            try:
                return self._realign(items)
            except UnicodeEncodeError:  # lone surrogates: stored as U+FFFD (see save_result)
                return self._realign(fix_surrogates_deep(items))
        except json.JSONDecodeError:
            raise  # the session's own stored fields are damaged: `guarded` says so
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # malformed input
            raise InvalidEdit(f"invalid alignment data ({type(exc).__name__}: {exc})") from None

    def _checked(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The links as `core.result` checks them against the session's paragraphs.

        So a bad re-alignment is refused with the same one-line message as a
        bad `save_result` ("link 3 refers to paragraph 500, which does not
        exist"). An empty session has nothing to check against: `check_refs`
        refuses any paragraph reference there.
        """
        sizes = self.conn.execute("SELECT doc_id, MAX(idx) + 1 FROM paragraphs "
                                  "GROUP BY doc_id ORDER BY doc_id").fetchall()
        if not sizes:
            return items
        docs = [{"id": d, "lang": "es" if d == "es" else "en",
                 "paragraphs": [{"index": k, "text": ""} for k in range(n)]} for d, n in sizes]
        try:
            checked = normalise_result({"format": 1, "documents": docs, "links": items})
        except UserError as exc:
            raise InvalidEdit(str(exc)) from None
        return list(checked["links"])

    def _realign(self, items: list[dict[str, Any]]) -> int:
        with self._write() as conn:
            cur = _current(conn)
            order = _place_items(items, cur, self._next_id(conn))
            _insert_unplaced_anchors(order, cur)
            add, sets = _renumber(order, cur.anchors)
            check_refs(conn, add)
            self._record(conn, "realign", f"Re-align ({len(add)} links)",
                         {"remove": cur.old, "add": add, "set": sets})
            return len(add)


def _current(conn: sqlite3.Connection) -> _Current:
    rows = conn.execute(f"SELECT id, {ANCHOR_SQL} FROM links").fetchall()
    all_snaps = snapshots(conn, [r[0] for r in rows])
    anchor_ids = {r[0] for r in rows if r[1]}
    anchors = {s["id"]: s for s in all_snaps if s["id"] in anchor_ids}
    old = [s for s in all_snaps if s["id"] not in anchor_ids]
    return _Current(
        anchors=anchors, old=old,
        anchor_by_key={_key(s): s for s in anchors.values()},
        old_by_key={_key(s): s for s in old},
        held_es={p for s in anchors.values() for p in s["es"]},
        held_en={tuple(r) for s in anchors.values() for r in s["en"]})


def _place_items(items: Sequence[dict[str, Any]], cur: _Current, fresh: int) -> list[Snap]:
    """The aligner's links in order: anchors where re-found, clashes dropped, ids settled."""
    order: list[Snap] = []
    for lk in items:
        snap = link_snapshot(lk, 0, 0.0)
        anchor = cur.anchor_by_key.get(_key(snap))
        if anchor is not None:
            order.append(anchor)
            continue
        if cur.held_es.intersection(snap["es"]) or cur.held_en.intersection(
                tuple(r) for r in snap["en"]):
            continue  # would take a paragraph from an anchor
        prev = cur.old_by_key.get(_key(snap))
        if prev is not None:
            snap.update({k: prev[k] for k in KEPT_ON_REALIGN})
        else:
            snap["id"], fresh = fresh, fresh + 1
        snap["origin"] = "auto"
        order.append(snap)
    return order


def _insert_unplaced_anchors(order: list[Snap], cur: _Current) -> None:
    """Anchors the aligner did not re-find go before the first link that starts after them."""
    placed = {s["id"] for s in order if s["id"] in cur.anchors}
    for a in sorted((s for s in cur.anchors.values() if s["id"] not in placed),
                    key=lambda s: s["ord"]):
        pos = next((k for k, s in enumerate(order) if _pos(s) > _pos(a)), len(order))
        order.insert(pos, a)


def _renumber(order: list[Snap], anchors: dict[int, Snap]) -> tuple[list[Snap], list[Any]]:
    """Display positions 0, 1, 2...: new links to add, and ``set`` changes moving anchors."""
    add: list[Snap] = []
    sets: list[Any] = []
    for n, s in enumerate(order):
        if s["id"] in anchors:
            if s["ord"] != float(n):
                sets.append([s["id"], {"ord": s["ord"]}, {"ord": float(n)}])
        else:
            s["ord"] = float(n)
            add.append(s)
    return add, sets


def _key(snap: Snap) -> Key:
    """Paragraphs of a link, plus the English document of a one-sided Spanish link: the
    aligner makes one "no partner in en1", "no partner in en2"... link per document for
    the same paragraph, and each is a link of its own (own id, own review)."""
    en = tuple(sorted((d, p) for d, p in snap["en"]))
    doc = None if en else (snap.get("evidence") or {}).get("doc")
    return tuple(sorted(snap["es"])), en, doc


def _pos(snap: dict[str, Any]) -> tuple[int, int]:
    return (min(snap["es"]) if snap["es"] else 10**9, min(p for _, p in snap["en"])
            if snap["en"] else 10**9)


def _as_json(link: dict[str, Any] | Link) -> dict[str, Any]:
    if isinstance(link, Link):
        return {"id": link.id, "es": list(link.es),
                "en": [{"doc": d, "para": p} for d, p in link.en], "score": link.score,
                "kind": link.kind, "mode": link.mode, "evidence": dict(link.evidence)}
    return dict(link) if isinstance(link, dict) else link  # not a link: `_checked` says so
