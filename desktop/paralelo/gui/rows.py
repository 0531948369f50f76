"""Display rows of the review table, built from the alignment dict (Qt-free).

Each row is one link, or a *gap*: a paragraph no link uses (shown so nothing
silently disappears). Rows are ordered like the Spanish document; English-only
rows sit after the Spanish paragraph their English neighbour is linked to, so
parallel documents read top to bottom and comparable ones stay grouped.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import Any

from paralelo.core.diff import PARA_JOIN

EnRef = tuple[str, int]
Result = dict[str, Any]


@dataclass(slots=True)
class Row:
    """One table row: a link (``link`` set) or an unlinked paragraph (``link`` None)."""

    es: tuple[int, ...]
    en: tuple[EnRef, ...]
    link: dict[str, Any] | None = None
    order: tuple[Any, ...] = field(default=())
    boilerplate: bool = False
    repeat_es: bool = False  # same Spanish paragraphs as the row before (comparable mode)

    @property
    def link_id(self) -> int | None:
        return None if self.link is None else int(self.link["id"])

    @property
    def is_gap(self) -> bool:
        return self.link is None or not self.es or not self.en

    @property
    def score(self) -> float:
        """The link's score clamped to [0, 1] (-1 for unlinked paragraphs)."""
        if self.link is None:
            return -1.0
        try:
            return max(0.0, min(1.0, float(self.link.get("score") or 0.0)))
        except (TypeError, ValueError):
            return 0.0

    @property
    def status(self) -> str:
        if self.link is None:
            return "gap"
        return str((self.link.get("review") or {}).get("status") or "unreviewed")

    @property
    def note(self) -> str:
        if self.link is None:
            return ""
        return str((self.link.get("review") or {}).get("note") or "")


class ResultIndex:
    """Fast lookups into one alignment dict (documents by id, paragraphs)."""

    def __init__(self, result: Result) -> None:
        self.result = result
        docs = result.get("documents") or []
        self.docs: dict[str, dict[str, Any]] = {d["id"]: d for d in docs}
        self.es_doc: dict[str, Any] = next((d for d in docs if d.get("lang") == "es"
                                            or d["id"] == "es"), {"id": "es", "paragraphs": []})
        self.en_docs: list[dict[str, Any]] = [d for d in docs if d is not self.es_doc]
        self.en_order = {d["id"]: i for i, d in enumerate(self.en_docs)}

    def es_para(self, i: int) -> dict[str, Any]:
        paras = self.es_doc.get("paragraphs") or []
        return paras[i] if 0 <= i < len(paras) else {"index": i, "text": ""}

    def en_para(self, doc: str, i: int) -> dict[str, Any]:
        paras = (self.docs.get(doc) or {}).get("paragraphs") or []
        return paras[i] if 0 <= i < len(paras) else {"index": i, "text": ""}

    def doc_label(self, doc: str) -> str:
        """Short label of an English document, e.g. ``EN2``."""
        return doc.upper()

    def doc_name(self, doc: str) -> str:
        return str((self.docs.get(doc) or {}).get("name") or doc)


def _en_refs(link: dict[str, Any]) -> tuple[EnRef, ...]:
    """The link's English paragraphs; damaged entries are skipped."""
    out = []
    for e in link.get("en") or []:
        try:
            out.append((str(e["doc"]), int(e["para"])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(out)


def _es_refs(link: dict[str, Any]) -> tuple[int, ...]:
    out = []
    for i in link.get("es") or []:
        try:
            out.append(int(i))
        except (TypeError, ValueError):
            continue
    return tuple(out)


def build_rows(result: Result, index: ResultIndex | None = None,
               show_gaps: bool = True) -> list[Row]:
    """All rows in reading order: links plus (optionally) unlinked paragraphs."""
    ix = index or ResultIndex(result)
    rows: list[Row] = []
    used_es: set[int] = set()
    used_en: set[EnRef] = set()
    en_anchor: dict[EnRef, int] = {}
    for link in result.get("links") or []:
        if not isinstance(link, dict) or "id" not in link:
            continue
        es = _es_refs(link)
        en = _en_refs(link)
        used_es.update(es)
        used_en.update(en)
        if es:
            for ref in en:
                en_anchor[ref] = min(en_anchor.get(ref, es[0]), min(es))
        rows.append(Row(es=es, en=en, link=link))
    if show_gaps:
        for p in ix.es_doc.get("paragraphs") or []:
            if p["index"] not in used_es:
                rows.append(Row(es=(int(p["index"]),), en=(),
                                boilerplate=bool(p.get("boilerplate"))))
        for d in ix.en_docs:
            for p in d.get("paragraphs") or []:
                ref = (d["id"], int(p["index"]))
                if ref not in used_en:
                    rows.append(Row(es=(), en=(ref,), boilerplate=bool(p.get("boilerplate"))))
    # English-only rows follow the Spanish paragraph their nearest earlier
    # linked English neighbour belongs to (prefix maximum + bisect per doc).
    per_doc: dict[str, list[tuple[int, int]]] = {}
    for (doc, para), es_pos in en_anchor.items():
        per_doc.setdefault(doc, []).append((para, es_pos))
    prefix: dict[str, tuple[list[int], list[int]]] = {}
    for doc, pairs in per_doc.items():
        pairs.sort()
        best, maxima = -1, []
        for _, es_pos in pairs:
            best = max(best, es_pos)
            maxima.append(best)
        prefix[doc] = ([p for p, _ in pairs], maxima)
    for row in rows:
        if row.es:
            row.order = (min(row.es), 0, -row.score, row.link_id or 0)
        else:
            doc, para = row.en[0] if row.en else ("", 0)
            paras, maxima = prefix.get(doc, ([], []))
            k = bisect.bisect_left(paras, para)
            anchor = maxima[k - 1] if k else -1
            row.order = (anchor, 1, ix.en_order.get(doc, 99), para)
    rows.sort(key=lambda r: r.order)
    for prev, row in itertools.pairwise(rows):
        row.repeat_es = bool(row.es) and row.es == prev.es
    return rows


def row_text(row: Row, ix: ResultIndex, side: str, mt: bool = False) -> str:
    """Plain text of one side of a row, joined like `core.diff` joins (diff spans fit)."""
    if side == "es":
        key = "mt" if mt else "text"
        return PARA_JOIN.join(str(ix.es_para(i).get(key) or "") for i in row.es)
    return PARA_JOIN.join(str(ix.en_para(d, i).get("text") or "") for d, i in row.en)
