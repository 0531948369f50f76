"""Re-alignment that keeps the reviewer's work: every confirmed, flagged, noted or hand-made link.

One Qt-free implementation for the window (Ctrl+R, through gui/backend.py),
``paralelo session realign`` and ``paralelo align --force --session`` over a
reviewed session. Reviewed links go to the aligner as anchors (their
paragraphs are not re-aligned) and come back with their review state; each
English document keeps the mode it has (a comparable document is never
re-aligned as a translation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from paralelo.core.document import Document, Paragraph
from paralelo.core.errors import UserError
from paralelo.core.links import Link
from paralelo.core.progress import CancelToken, Progress

Result = dict[str, Any]
Key = tuple[tuple[int, ...], tuple[tuple[str, int], ...]]
MODES = ("parallel", "comparable")


def is_reviewed(link: dict[str, Any]) -> bool:
    """True for a link holding reviewer's work: confirmed, flagged, noted or made by hand."""
    review = link.get("review") or {}
    return (review.get("status") in ("confirmed", "flagged") or bool(review.get("note"))
            or link.get("origin") == "manual" or link.get("kind") == "manual")


def reviewed_links(result: Result) -> list[dict[str, Any]]:
    return [lk for lk in result.get("links") or [] if isinstance(lk, dict) and is_reviewed(lk)]


def review_counts(links: Iterable[dict[str, Any]]) -> str:
    """"3 confirmed, 1 flagged, 2 with notes" for messages."""
    links = list(links)
    status = [(lk.get("review") or {}).get("status") for lk in links]
    parts = [f"{status.count('confirmed')} confirmed", f"{status.count('flagged')} flagged",
             f"{sum(bool((lk.get('review') or {}).get('note')) for lk in links)} with notes"]
    manual = sum(lk.get("origin") == "manual" or lk.get("kind") == "manual" for lk in links)
    return ", ".join(parts + ([f"{manual} made by hand"] if manual else []))


def link_key(link: dict[str, Any]) -> Key:
    en = sorted((str(e["doc"]), int(e["para"])) if isinstance(e, dict) else (str(e[0]), int(e[1]))
                for e in link.get("en") or ())
    return tuple(sorted(int(i) for i in link.get("es") or ())), tuple(en)


def review_key(link: dict[str, Any]) -> tuple[Any, ...]:
    """`link_key`, plus the English document of a one-sided Spanish link: the aligner
    makes one "no partner in en1", "no partner in en2"... link per document for the
    same paragraph, each with its own review (``evidence["doc"]``)."""
    es, en = link_key(link)
    return es, en, None if en else (link.get("evidence") or {}).get("doc")


def as_anchor(link: dict[str, Any]) -> Link:
    es, en = link_key(link)
    return Link(es=es, en=en, score=float(link.get("score") or 1.0),
                kind=str(link.get("kind") or "manual"), mode=str(link.get("mode") or "manual"),
                evidence=dict(link.get("evidence") or {}), id=link.get("id"))


def merge_review(new: Result, kept: Sequence[dict[str, Any]]) -> Result:
    """Put the kept links' review (and hand-made kind) on ``new``'s links; re-add lost ones."""
    links = new.setdefault("links", [])
    by_key = {review_key(lk): lk for lk in kept}
    seen = set()
    for lk in links:
        old = by_key.get(review_key(lk))
        if old is None:
            continue
        lk["review"] = dict(old.get("review") or {})
        if old.get("origin") == "manual" or old.get("kind") == "manual":
            lk["kind"], lk["mode"], lk["origin"] = "manual", "manual", "manual"
        seen.add(review_key(lk))
    next_id = max((int(lk["id"]) for lk in links), default=0) + 1
    for key, lk in by_key.items():  # anchors the aligner did not give back stay as they were
        if key not in seen:
            links.append({**lk, "id": next_id})
            next_id += 1
    return new


def document_from_json(doc: dict[str, Any]) -> Document:
    """Rebuild a `Document` from its alignment-dict form, paragraphs unchanged."""
    paras, pos, chunks = [], 0, []
    lang = str(doc.get("lang") or "en")
    for p in doc.get("paragraphs") or []:
        text = str(p.get("text") or "")
        paras.append(Paragraph(index=int(p["index"]), text=text, start=pos, end=pos + len(text),
                               kind=str(p.get("kind") or "text"),
                               boilerplate=bool(p.get("boilerplate")), lang=lang))
        chunks.append(text)
        pos += len(text) + 2
    return Document(id=str(doc["id"]), name=str(doc.get("name") or doc["id"]),
                    text="\n\n".join(chunks), lang=lang, paragraphs=paras,
                    path=doc.get("path"), sha256=str(doc.get("sha256") or ""))


def document_modes(result: Result) -> dict[str, str]:
    """Each English document's mode as the session has it (documents without one: auto)."""
    return {str(d["id"]): d["mode"] for d in (result.get("documents") or [])[1:]
            if d.get("mode") in MODES}


def realign_result(result: Result, *, engine: str = "auto", progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> Result:
    """Align ``result``'s documents again around its reviewed links, keeping modes and review."""
    from paralelo.app.pipeline import run_documents

    docs = result.get("documents") or []
    if len(docs) < 2:
        raise UserError("nothing to re-align: the session needs a Spanish and an English "
                        "document")
    es = document_from_json(docs[0])
    ens = [document_from_json(d) for d in docs[1:]]
    kept = reviewed_links(result)
    new = run_documents(es, ens, engine=engine, anchors=[as_anchor(lk) for lk in kept],
                        modes=document_modes(result), progress=progress, cancel=cancel)
    return merge_review(new, kept)


def carriable(kept: Sequence[dict[str, Any]], old_docs: Sequence[dict[str, Any]],
              es: Document, ens: Sequence[Document]) -> tuple[list[dict[str, Any]],
                                                             list[dict[str, Any]]]:
    """Split reviewed links into those whose paragraphs are unchanged in the new documents
    (their review can be carried over) and those that cannot be (text changed or gone)."""
    old_text = {(str(d["id"]), int(p["index"])): p.get("text")
                for d in old_docs for p in d.get("paragraphs") or []}
    new_text = {(d.id, p.index): p.text for d in (es, *ens) for p in d.paragraphs}
    ok: list[dict[str, Any]] = []
    lost: list[dict[str, Any]] = []
    for lk in kept:
        es_k, en_k = link_key(lk)
        refs = [("es", i) for i in es_k] + list(en_k)
        same = all(r in new_text and new_text[r] == old_text.get(r) for r in refs)
        (ok if same else lost).append(lk)
    return ok, lost
