"""What the GUI, exporters and the CLI read from a session (no writes, no undo).

`to_result_json` gives back the alignment JSON; `links` and `get_link` give
light records for the first paint, `link_json` one full link on demand.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from paralelo import __version__
from paralelo.core.document import Document
from paralelo.core.links import Link
from paralelo.storage import resultio
from paralelo.storage.errors import LinkNotFound
from paralelo.storage.records import ANCHOR_SQL, LinkRecord
from paralelo.storage.schema import SCHEMA_VERSION
from paralelo.storage.util import guarded


class ReadsMixin:
    """Mixed into `Session`, which provides ``conn`` and ``path``."""

    path: Any

    @property
    def conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    @guarded
    def to_result_json(self, include_review: bool = True, *,
                       include_diff: bool = True) -> dict[str, Any]:
        """The alignment JSON; with ``include_review`` each link also has origin and review.

        ``include_diff=False`` leaves every link's "diff" empty, several times
        faster on big sessions; fetch a shown link's diff with `link_json`.
        """
        meta = self.meta()
        result: dict[str, Any] = {
            "format": 1, "generator": meta.get("generator") or f"paralelo {__version__}",
            "created": meta.get("result_created") or meta.get("created"),
            "engine": meta.get("engine") or {"name": "none", "model": None, "version": None},
            **(meta.get("result_extra") or {}),
        }
        with resultio.no_gc():  # tens of thousands of small dicts: see read_links_json
            result["documents"] = resultio.read_documents_json(self.conn)
            result["links"] = resultio.read_links_json(self.conn, include_review,
                                                       include_diff=include_diff)
        return result


    @guarded
    def meta(self) -> dict[str, Any]:
        # fetchall first: a cursor left mid-way by a parse error would keep the file open
        rows = self.conn.execute("SELECT key, value FROM meta").fetchall()
        meta = {k: json.loads(v) for k, v in rows}
        for key in ("engine", "settings", "result_extra"):  # read as objects everywhere
            if meta.get(key) is not None and not isinstance(meta[key], dict):
                raise json.JSONDecodeError(f"meta {key!r} has the wrong shape", "", 0)
        return meta

    @guarded
    def documents(self) -> list[Document]:
        return resultio.read_documents(self.conn)

    @guarded
    def es_mt(self) -> list[str | None]:
        """Machine translation of each Spanish paragraph (``None`` where missing)."""
        n = self.conn.execute("SELECT COUNT(*) FROM paragraphs WHERE doc_id = 'es'").fetchone()[0]
        out: list[str | None] = [None] * n
        for idx, text in self.conn.execute(
                "SELECT idx, text FROM translations WHERE doc_id = 'es'"):
            if 0 <= idx < n:
                out[idx] = text
        return out

    @guarded
    def links(self) -> list[LinkRecord]:
        """Every link in display order, without facts or diff (fast: first paint)."""
        with resultio.no_gc():
            return self._records()

    @guarded
    def get_link(self, link_id: int) -> LinkRecord:
        found = self._records(link_id)
        if not found:
            raise LinkNotFound(f"link {link_id} does not exist (any more)")
        return found[0]

    @guarded
    def link_json(self, link_id: int) -> dict[str, Any]:
        """One link as in `to_result_json` (with facts, diff and review)."""
        found = resultio.read_links_json(self.conn, True, link_id)
        if not found:
            raise LinkNotFound(f"link {link_id} does not exist (any more)")
        return found[0]

    def _records(self, link_id: int | None = None) -> list[LinkRecord]:
        return resultio.read_records(self.conn, link_id)

    @guarded
    def anchors(self) -> list[Link]:
        """Confirmed or manual links, as core Links, for re-running alignment around them."""
        evidence = dict(self.conn.execute(
            f"SELECT id, evidence FROM links WHERE {ANCHOR_SQL}"))
        return [r.to_link(json.loads(evidence[r.id])) for r in self._records()
                if r.id in evidence]

    @guarded
    def summary(self) -> dict[str, Any]:
        """Counts for ``paralelo session show`` and the GUI's status bar."""
        c = self.conn
        meta = self.meta()
        docs = [{"id": i, "name": n, "lang": lang, "mode": m, "paragraphs": p}
                for i, n, lang, m, p in c.execute(
                    "SELECT d.id, d.name, d.lang, d.mode, (SELECT COUNT(*) FROM paragraphs "
                    "WHERE doc_id = d.id) FROM documents d ORDER BY d.ord")]
        status = dict.fromkeys(("unreviewed", "confirmed", "flagged"), 0)
        status.update(dict(c.execute("SELECT status, COUNT(*) FROM links GROUP BY status")))
        return {
            "path": str(self.path), "schema": SCHEMA_VERSION, "created": meta.get("created"),
            "engine": meta.get("engine"), "documents": docs,
            "links": c.execute("SELECT COUNT(*) FROM links").fetchone()[0],
            "kinds": dict(c.execute("SELECT kind, COUNT(*) FROM links GROUP BY kind "
                                    "ORDER BY kind")),
            "manual": c.execute("SELECT COUNT(*) FROM links WHERE origin = 'manual'"
                                ).fetchone()[0],
            "review": status, "notes": c.execute("SELECT COUNT(*) FROM links WHERE note != ''"
                                                 ).fetchone()[0],
            "undo_steps": c.execute("SELECT COUNT(*) FROM ops WHERE undone = 0").fetchone()[0],
        }
