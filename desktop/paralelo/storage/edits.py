"""Review and alignment edits, each one transaction recorded in ``ops`` for undo.

Every method builds a change set (records.py), applies it and stores it with
its inverse in the same transaction, so an edit and its undo entry are never
separated by a crash. A new edit drops the redo tail, like QUndoStack.

Edits made by hand (link, merge, split, move) produce links with
``origin='manual'`` and ``kind='manual'`` (or "1-0"/"0-1" for a one-sided
piece); link, merge and split also mark the result confirmed by the reviewer.
Their facts and diff are cleared (stale): the GUI may recompute and store
them with `set_link_facts`. `unlink` leaves the paragraphs unlinked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from paralelo.core.clock import now_iso
from paralelo.core.links import EnRef, Link
from paralelo.core.surrogates import fix_surrogates, fix_surrogates_deep
from paralelo.storage.errors import InvalidEdit, LinkNotFound, SessionError
from paralelo.storage.records import (
    ANCHOR_SQL,
    Op,
    apply_changes,
    dumps,
    fact_row,
    invert,
    snapshots,
)
from paralelo.storage.resultio import check_refs, link_snapshot
from paralelo.storage.util import guarded

ParaRef = int | EnRef  # a Spanish paragraph index, or (English doc id, index)
#: Payloads larger than this (bytes of JSON) get their inverse derived at undo time.
INLINE_INVERSE_MAX = 64 * 1024


class EditsMixin:
    """Mixed into `Session`, which provides the connection and `_write`."""

    reviewer: str | None
    path: Any

    @property
    def conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # ------------------------------------------------------------------ review
    @guarded
    def confirm(self, link_id: int) -> None:
        self._review(link_id, "confirm", f"Confirm link {link_id}", status="confirmed")

    @guarded
    def flag(self, link_id: int) -> None:
        self._review(link_id, "flag", f"Flag link {link_id}", status="flagged")

    @guarded
    def unreview(self, link_id: int) -> None:
        self._review(link_id, "unreview", f"Unreview link {link_id}", status="unreviewed",
                     who=False)

    @guarded
    def set_note(self, link_id: int, text: str) -> None:
        self._review(link_id, "note", f"Note on link {link_id}", note=fix_surrogates(str(text)))

    def _review(self, link_id: int, op: str, label: str, who: bool = True,
                **fields: Any) -> None:
        with self._write() as conn:
            snap = self._need(conn, [link_id])[0]
            if all(snap[k] == v for k, v in fields.items()):
                return  # nothing changes: no undo step
            after = {**fields, "reviewed_by": self.reviewer if who else None,
                     "reviewed_at": now_iso() if who else None}
            before = {k: snap[k] for k in after}
            self._record(conn, op, label, {"set": [[link_id, before, after]]})

    @guarded
    def set_link_facts(self, link_id: int, data: dict[str, Any]) -> None:
        """Store recomputed facts/only_es/only_en/diff for a link (derived data, no undo)."""
        with self._write() as conn:
            self._need(conn, [link_id])
            conn.execute("INSERT OR REPLACE INTO facts (link_id, n_facts, n_only_es, n_only_en, "
                         "data, diff) VALUES (?, ?, ?, ?, ?, ?)",
                         (link_id, *fact_row(fix_surrogates_deep(data))))

    # ------------------------------------------------------------------ structure
    @guarded
    def link(self, es: Sequence[int], en: Sequence[EnRef], *, exclusive: bool = False) -> int:
        """Make a manual link; returns its id.

        The paragraphs leave any one-sided ("unmatched") link that held them;
        with ``exclusive`` they leave every other link too (parallel review).
        """
        es_s, en_s = sorted({int(i) for i in es}), sorted({(d, int(p)) for d, p in en})
        if not es_s or not en_s:
            raise InvalidEdit("select at least one Spanish and one English paragraph to link")
        with self._write() as conn:
            self._check_paras(conn, es_s, en_s)
            remove, add = self._take(conn, es_s, en_s, exclusive)
            new_id = self._next_id(conn)
            add.append(self._manual(new_id, self._ord_near(conn, es_s, en_s), es_s, en_s))
            self._record(conn, "link", f"Link {_describe(es_s, en_s)}",
                         {"remove": remove, "add": add})
            return new_id

    @guarded
    def unlink(self, link_id: int) -> None:
        with self._write() as conn:
            snap = self._need(conn, [link_id])[0]
            self._record(conn, "unlink", f"Unlink link {link_id}", {"remove": [snap]})

    @guarded
    def merge(self, link_ids: Sequence[int]) -> int:
        """Merge two or more links into one manual link; returns the new id."""
        ids = list(dict.fromkeys(int(i) for i in link_ids))
        if len(ids) < 2:
            raise InvalidEdit("select two or more links to merge")
        with self._write() as conn:
            olds = self._need(conn, ids)
            es = sorted({p for s in olds for p in s["es"]})
            en = sorted({(d, p) for s in olds for d, p in s["en"]})
            new = self._manual(self._next_id(conn), min(s["ord"] for s in olds), es, en)
            new["note"] = "\n".join(s["note"] for s in olds if s["note"])
            self._record(conn, "merge", f"Merge links {', '.join(map(str, ids))}",
                         {"remove": olds, "add": [new]})
            return int(new["id"])

    @guarded
    def split(self, link_id: int,
              parts: Sequence[tuple[Sequence[int], Sequence[EnRef]]] | None = None,
              ) -> list[int]:
        """Split a link into ``parts`` (each ``(es, en)``), or pairwise by default.

        ``parts`` must share out exactly the link's paragraphs. The default
        pairs the k-th Spanish with the k-th English paragraph; leftovers
        become one-sided links. Returns the new ids in order.
        """
        with self._write() as conn:
            old = self._need(conn, [link_id])[0]
            es, en = list(old["es"]), [tuple(r) for r in old["en"]]
            if parts is None:
                n = max(len(es), len(en))
                parts = [(es[k:k + 1], en[k:k + 1]) for k in range(n)]
            clean = [(sorted({int(i) for i in a}), sorted({(d, int(p)) for d, p in b}))
                     for a, b in parts]
            flat_es = [i for a, _ in clean for i in a]
            flat_en = [r for _, b in clean for r in b]
            if len(clean) < 2 or any(not a and not b for a, b in clean):
                raise InvalidEdit("a split needs two or more non-empty parts")
            if sorted(flat_es) != sorted(es) or sorted(flat_en) != sorted(en):
                raise InvalidEdit(f"the parts must share out exactly the paragraphs of "
                                  f"link {link_id}")
            nxt = conn.execute("SELECT MIN(ord) FROM links WHERE ord > ?",
                               (old["ord"],)).fetchone()[0]
            step = ((nxt - old["ord"]) if nxt is not None else 1.0) / len(clean)
            first = self._next_id(conn)
            add = [self._manual(first + k, old["ord"] + k * step, a, b)
                   for k, (a, b) in enumerate(clean)]
            add[0]["note"] = old["note"]
            self._record(conn, "split", f"Split link {link_id}", {"remove": [old], "add": add})
            return [int(s["id"]) for s in add]

    @guarded
    def move_paragraph(self, para: ParaRef, from_link: int, to_link: int) -> None:
        """Move one paragraph (``3`` Spanish, ``("en1", 5)`` English) between links."""
        if from_link == to_link:
            raise InvalidEdit("the paragraph is already in that link")
        with self._write() as conn:
            src, dst = self._need(conn, [from_link, to_link])
            side, ref = ("es", int(para)) if isinstance(para, int) else (
                "en", [para[0], int(para[1])])
            if ref not in src[side]:
                raise InvalidEdit(f"link {from_link} does not hold that paragraph")
            a, b = _reshaped(src), _reshaped(dst)
            a[side] = [x for x in a[side] if x != ref]
            b[side] = sorted([*b[side], ref])
            for s in (a, b):
                s["kind"] = _kind(s["es"], s["en"])
            add = [s for s in (a, b) if s["es"] or s["en"]]
            self._record(conn, "move", f"Move a paragraph from link {from_link} to {to_link}",
                         {"remove": [src, dst], "add": add})

    # ------------------------------------------------------------------ re-alignment
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
            items = [_as_json(lk) for lk in links]
            try:
                return self._realign(items)
            except UnicodeEncodeError:  # lone surrogates: stored as U+FFFD (see save_result)
                return self._realign(fix_surrogates_deep(items))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # malformed input
            raise InvalidEdit(f"invalid alignment data ({type(exc).__name__}: {exc})") from None

    def _realign(self, items: list[dict[str, Any]]) -> int:
        with self._write() as conn:
            rows = conn.execute(f"SELECT id, {ANCHOR_SQL} FROM links").fetchall()
            all_snaps = snapshots(conn, [r[0] for r in rows])
            anchor_ids = {r[0] for r in rows if r[1]}
            anchors = {s["id"]: s for s in all_snaps if s["id"] in anchor_ids}
            old = [s for s in all_snaps if s["id"] not in anchor_ids]
            by_key = {_key(s): s for s in anchors.values()}
            old_by_key = {_key(s): s for s in old}
            held_es = {p for s in anchors.values() for p in s["es"]}
            held_en = {tuple(r) for s in anchors.values() for r in s["en"]}
            order: list[dict[str, Any]] = []
            fresh = self._next_id(conn)
            for lk in items:
                snap = link_snapshot(lk, 0, 0.0)
                anchor = by_key.get(_key(snap))
                if anchor is not None:
                    order.append(anchor)
                    continue
                if held_es.intersection(snap["es"]) or held_en.intersection(
                        tuple(r) for r in snap["en"]):
                    continue
                prev = old_by_key.get(_key(snap))
                if prev is not None:
                    snap.update({k: prev[k] for k in ("id", "status", "note", "reviewed_by",
                                                      "reviewed_at")})
                else:
                    snap["id"], fresh = fresh, fresh + 1
                snap["origin"] = "auto"
                order.append(snap)
            placed = {s["id"] for s in order if s["id"] in anchor_ids}
            for a in sorted((s for s in anchors.values() if s["id"] not in placed),
                            key=lambda s: s["ord"]):
                pos = next((k for k, s in enumerate(order) if _pos(s) > _pos(a)), len(order))
                order.insert(pos, a)
            add, sets = [], []
            for n, s in enumerate(order):
                if s["id"] in anchor_ids:
                    if s["ord"] != float(n):
                        sets.append([s["id"], {"ord": s["ord"]}, {"ord": float(n)}])
                else:
                    s["ord"] = float(n)
                    add.append(s)
            check_refs(conn, add)
            self._record(conn, "realign", f"Re-align ({len(add)} links)",
                         {"remove": old, "add": add, "set": sets})
            return len(add)

    # ------------------------------------------------------------------ undo / redo
    @guarded
    def undo(self) -> Op | None:
        """Undo the latest edit (also one made before the file was reopened)."""
        return self._step("SELECT seq, inverse, payload FROM ops WHERE undone = 0 "
                          "ORDER BY seq DESC LIMIT 1", undone=1)

    @guarded
    def redo(self) -> Op | None:
        return self._step("SELECT seq, payload, NULL FROM ops WHERE undone = 1 "
                          "ORDER BY seq LIMIT 1", undone=0)

    @guarded
    def can_undo(self) -> bool:
        return self.conn.execute("SELECT 1 FROM ops WHERE undone = 0 LIMIT 1").fetchone() \
            is not None

    @guarded
    def can_redo(self) -> bool:
        return self.conn.execute("SELECT 1 FROM ops WHERE undone = 1 LIMIT 1").fetchone() \
            is not None

    @guarded
    def history(self) -> list[Op]:
        """All undo steps, oldest first; undone ones (the redo stack) are at the end."""
        return [Op(seq, t, label, at, bool(u)) for seq, t, label, at, u in self.conn.execute(
            "SELECT seq, type, label, at, undone FROM ops ORDER BY seq")]

    def _step(self, query: str, undone: int) -> Op | None:
        with self._write() as conn:
            row = conn.execute(query).fetchone()
            if row is None:
                return None
            seq, changes, payload = row
            # An inverse stored as JSON null is derived from the payload (big steps).
            change_set = json.loads(changes)
            if change_set is None:
                change_set = invert(json.loads(payload))
            try:
                apply_changes(conn, change_set)
            except sqlite3.IntegrityError as exc:
                raise SessionError(f"cannot {'undo' if undone else 'redo'} this step: "
                                   f"the session no longer matches it ({exc})") from None
            conn.execute("UPDATE ops SET undone = ? WHERE seq = ?", (undone, seq))
            t, label, at = conn.execute("SELECT type, label, at FROM ops WHERE seq = ?",
                                        (seq,)).fetchone()
            return Op(seq, t, label, at, bool(undone))

    # ------------------------------------------------------------------ helpers
    def _record(self, conn: sqlite3.Connection, op: str, label: str,
                changes: dict[str, Any]) -> None:
        changes = {"remove": changes.get("remove", []), "add": changes.get("add", []),
                   "set": changes.get("set", [])}
        conn.execute("DELETE FROM ops WHERE undone = 1")
        apply_changes(conn, changes)
        payload = dumps(changes)
        # The inverse holds the same snapshots as the payload; for big steps (a
        # re-alignment of thousands of links) storing it twice would double the
        # file, so it is stored as null and derived when undoing.
        inverse = dumps(invert(changes)) if len(payload) <= INLINE_INVERSE_MAX else "null"
        conn.execute("INSERT INTO ops (type, label, payload, inverse, at) VALUES (?,?,?,?,?)",
                     (op, label, payload, inverse, now_iso()))

    def _need(self, conn: sqlite3.Connection, ids: Sequence[int]) -> list[dict[str, Any]]:
        found = snapshots(conn, ids)
        if len(found) != len(set(ids)):
            missing = sorted(set(ids) - {s["id"] for s in found})
            raise LinkNotFound(f"link {', '.join(map(str, missing))} does not exist (any more)")
        return found

    @staticmethod
    def _next_id(conn: sqlite3.Connection) -> int:
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'links'").fetchone()
        top = conn.execute("SELECT MAX(id) FROM links").fetchone()[0]
        return max(seq[0] if seq else 0, top or 0) + 1

    @staticmethod
    def _check_paras(conn: sqlite3.Connection, es: list[int], en: list[EnRef]) -> None:
        for i in es:
            if not conn.execute("SELECT 1 FROM paragraphs WHERE doc_id = 'es' AND idx = ?",
                                (i,)).fetchone():
                raise InvalidEdit(f"there is no Spanish paragraph {i}")
        for d, p in en:
            if not conn.execute("SELECT 1 FROM paragraphs p JOIN documents d ON d.id = p.doc_id "
                                "WHERE d.role = 'en' AND p.doc_id = ? AND p.idx = ?",
                                (d, p)).fetchone():
                raise InvalidEdit(f"there is no English paragraph {p} in {d}")

    def _take(self, conn: sqlite3.Connection, es: list[int], en: list[EnRef],
              exclusive: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Links that must give up these paragraphs: (old snapshots, reshaped ones)."""
        ids = {r[0] for i in es for r in conn.execute(
            "SELECT link_id FROM link_es WHERE para = ?", (i,))}
        ids |= {r[0] for d, p in en for r in conn.execute(
            "SELECT link_id FROM link_en WHERE doc_id = ? AND para = ?", (d, p))}
        remove, add = [], []
        for s in snapshots(conn, sorted(ids)):
            if not exclusive and s["es"] and s["en"]:
                continue
            new = _reshaped(s, manual=bool(s["es"] and s["en"]))
            new["es"] = [i for i in s["es"] if i not in es]
            new["en"] = [r for r in s["en"] if tuple(r) not in en]
            new["kind"] = _kind(new["es"], new["en"]) if new["origin"] == "manual" else (
                "1-0" if not new["en"] else "0-1" if not new["es"] else s["kind"])
            remove.append(s)
            if new["es"] or new["en"]:
                add.append(new)
        return remove, add

    def _manual(self, link_id: int, ord_: float, es: Sequence[int],
                en: Sequence[Any]) -> dict[str, Any]:
        return {"id": link_id, "ord": ord_, "mode": "manual", "kind": _kind(es, en),
                "score": 1.0, "evidence": {}, "origin": "manual", "status": "confirmed",
                "note": "", "reviewed_by": self.reviewer, "reviewed_at": now_iso(),
                "es": list(es), "en": [list(r) for r in en], "data": None}

    @staticmethod
    def _ord_near(conn: sqlite3.Connection, es: list[int], en: list[EnRef]) -> float:
        """A display position just after the link holding the previous paragraph."""
        if es:
            prev = conn.execute("SELECT MAX(l.ord) FROM links l JOIN link_es e ON "
                                "e.link_id = l.id WHERE e.para < ?", (es[0],)).fetchone()[0]
        else:
            prev = conn.execute("SELECT MAX(l.ord) FROM links l JOIN link_en e ON "
                                "e.link_id = l.id WHERE e.doc_id = ? AND e.para < ?",
                                en[0]).fetchone()[0]
        if prev is None:
            first = conn.execute("SELECT MIN(ord) FROM links").fetchone()[0]
            return (first or 0.0) - 1.0
        nxt = conn.execute("SELECT MIN(ord) FROM links WHERE ord > ?", (prev,)).fetchone()[0]
        return prev + 1.0 if nxt is None else (prev + nxt) / 2


def _kind(es: Sequence[Any], en: Sequence[Any]) -> str:
    return "manual" if es and en else "1-0" if es else "0-1"


def _reshaped(snap: dict[str, Any], manual: bool = True) -> dict[str, Any]:
    """A copy of a link about to change shape by hand: stale facts dropped."""
    new = {**snap, "es": list(snap["es"]), "en": [list(r) for r in snap["en"]], "data": None}
    if manual:
        new.update(origin="manual", mode="manual")
    return new


def _key(snap: dict[str, Any]) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...]]:
    return tuple(sorted(snap["es"])), tuple(sorted((d, p) for d, p in snap["en"]))


def _pos(snap: dict[str, Any]) -> tuple[int, int]:
    return (min(snap["es"]) if snap["es"] else 10**9, min(p for _, p in snap["en"])
            if snap["en"] else 10**9)


def _as_json(link: dict[str, Any] | Link) -> dict[str, Any]:
    if isinstance(link, Link):
        return {"id": link.id, "es": list(link.es),
                "en": [{"doc": d, "para": p} for d, p in link.en], "score": link.score,
                "kind": link.kind, "mode": link.mode, "evidence": dict(link.evidence)}
    return dict(link)


def _describe(es: Sequence[int], en: Sequence[EnRef]) -> str:
    left = ", ".join(f"¶{i}" for i in es)
    right = ", ".join(f"{d} ¶{p}" for d, p in en)
    return f"{left} ↔ {right}"
