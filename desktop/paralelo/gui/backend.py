"""Headless work the window runs on worker threads (Qt-free).

Everything here takes ``progress``/``cancel`` and may run on a worker. The
pipeline itself (import → translate → align → facts) is `paralelo.app.pipeline`,
the same one ``paralelo align`` runs; this module only adds what the window
needs around it: re-alignment that keeps confirmed links as anchors, and a
session that still opens (without links) when the aligner cannot be imported.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from paralelo.app import pipeline
from paralelo.app.pipeline import documents_only
from paralelo.core.document import Document, Paragraph
from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.gui.store import confirmed_links

log = logging.getLogger(__name__)
Result = dict[str, Any]

__all__ = ["align_documents", "align_paths", "can_align", "documents_only", "export_result",
           "realign"]


def can_align() -> bool:
    """True when the aligner imports (its numerical dependencies are installed)."""
    try:
        import paralelo.core.align  # noqa: F401
    except ImportError as exc:
        log.warning("aligner unavailable (%s); documents open without alignment", exc)
        return False
    return True


def align_documents(es: Document, ens: Sequence[Document], *, mode: str = "auto",
                    engine: str = "auto", anchors: Sequence[Any] = (),
                    progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> Result:
    """Translate and align loaded documents with the shared pipeline."""
    try:
        pipeline.assign_ids(es, ens)
    except UserError:
        raise UserError("add at least one English document") from None
    if not can_align():
        check(cancel)
        return documents_only(es, ens)
    return pipeline.run_documents(es, list(ens), mode=mode, engine=engine,
                                  anchors=list(anchors), progress=progress, cancel=cancel)


def align_paths(es_path: str | Path, en_paths: Sequence[str | Path], *, mode: str = "auto",
                engine: str = "auto", progress: Progress | None = None,
                cancel: CancelToken | None = None) -> Result:
    """Import files, then translate and align them (`pipeline.run_pipeline`)."""
    if not en_paths:
        raise UserError("add at least one English document")
    if not can_align():
        return documents_only(*pipeline.load_inputs(es_path, en_paths))
    return pipeline.run_pipeline(es_path, en_paths, mode=mode, engine=engine,
                                 progress=progress, cancel=cancel)


def document_from_json(doc: dict[str, Any]) -> Document:
    """Rebuild a `Document` from its alignment-dict form, paragraphs unchanged."""
    from paralelo.core.segment import split_sentences

    paras, pos, chunks = [], 0, []
    lang = str(doc.get("lang") or "en")
    for p in doc.get("paragraphs") or []:
        text = str(p.get("text") or "")
        paras.append(Paragraph(index=int(p["index"]), text=text, start=pos, end=pos + len(text),
                               kind=str(p.get("kind") or "text"),
                               boilerplate=bool(p.get("boilerplate")),
                               sentences=tuple(split_sentences(text, lang))))
        chunks.append(text)
        pos += len(text) + 2
    return Document(id=str(doc["id"]), name=str(doc.get("name") or doc["id"]),
                    text="\n\n".join(chunks), lang=lang, paragraphs=paras,
                    path=doc.get("path"), sha256=str(doc.get("sha256") or ""))


def anchor_links(result: Result) -> list[Any]:
    """Confirmed and manual links as `Link` anchors for re-alignment."""
    from paralelo.core.links import Link

    return [Link(es=tuple(lk.get("es") or ()),
                 en=tuple((e["doc"], int(e["para"])) for e in lk.get("en") or ()),
                 score=float(lk.get("score") or 1.0), kind=str(lk.get("kind") or "manual"),
                 mode=str(lk.get("mode") or "manual"), id=lk.get("id"))
            for lk in confirmed_links(result)]


def realign(result: Result, *, mode: str = "auto", engine: str = "auto",
            progress: Progress | None = None, cancel: CancelToken | None = None) -> Result:
    """Align again, keeping confirmed and manual links (and their review) as anchors."""
    docs = result.get("documents") or []
    if not docs:
        raise UserError("nothing to align: the session has no documents")
    es = document_from_json(docs[0])
    ens = [document_from_json(d) for d in docs[1:]]
    kept = {_key(lk): lk for lk in confirmed_links(result)}
    new = align_documents(es, ens, mode=mode, engine=engine, anchors=anchor_links(result),
                          progress=progress, cancel=cancel)
    links = new.get("links") or []
    seen = set()
    for lk in links:
        key = _key(lk)
        if key in kept:
            lk["review"] = dict(kept[key].get("review") or {})
            if kept[key].get("kind") == "manual":
                lk["kind"] = "manual"
            seen.add(key)
    # Anchors the aligner did not give back are kept as they were.
    next_id = max((int(lk["id"]) for lk in links), default=0) + 1
    for key, lk in kept.items():
        if key not in seen:
            links.append({**lk, "id": next_id})
            next_id += 1
    new["links"] = links
    return new


def _key(lk: dict[str, Any]) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...]]:
    en = tuple((str(e["doc"]), int(e["para"])) for e in lk.get("en") or ())
    return (tuple(lk.get("es") or ()), en)


def export_result(result: Result, fmt: str, out: str | Path, *, status: str = "all",
                  with_mt: bool = False, bom: bool = False, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> Path:
    """Write ``result`` with the exporter of ``fmt`` (the same code as ``paralelo export``)."""
    from paralelo.export import ExportOptions
    from paralelo.export import export_result as exporter

    out = Path(out)
    exporter(result, fmt, out, ExportOptions(status=status, with_mt=with_mt, bom=bom),
             progress=progress, cancel=cancel)
    return out
