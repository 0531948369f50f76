"""Structural edits made by hand: link, unlink, merge, split, move a paragraph.

They produce links with ``origin='manual'`` and ``kind='manual'`` (or
"1-0"/"0-1" for a one-sided piece); link, merge and split also mark the
result confirmed by the reviewer. Their facts and diff are cleared (stale):
the GUI may recompute and store them with `set_link_facts`. `unlink` leaves
the paragraphs unlinked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from paralelo.core.clock import now_iso
from paralelo.core.links import EnRef
from paralelo.storage.errors import InvalidEdit
from paralelo.storage.oplog import OpLogMixin
from paralelo.storage.records import snapshots
from paralelo.storage.util import guarded

ParaRef = int | EnRef  # a Spanish paragraph index, or (English doc id, index)


class StructureMixin(OpLogMixin):
    """link, unlink, merge, split, move_paragraph."""

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

    # ------------------------------------------------------------------ helpers
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


def _describe(es: Sequence[int], en: Sequence[EnRef]) -> str:
    left = ", ".join(f"¶{i}" for i in es)
    right = ", ".join(f"{d} ¶{p}" for d, p in en)
    return f"{left} ↔ {right}"
