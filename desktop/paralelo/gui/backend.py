"""Headless work the window runs on worker threads (Qt-free).

Everything here takes ``progress``/``cancel`` and may run on a worker: the
pipeline (import → translate → align → facts), re-alignment that keeps
confirmed links as anchors, and export. When a pipeline stage is not
installed yet, documents still open (without links) instead of failing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from paralelo.core.document import Document, Paragraph
from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.gui.store import confirmed_links

log = logging.getLogger(__name__)
Result = dict[str, Any]


def documents_only(es: Document, ens: Sequence[Document]) -> Result:
    """An alignment dict with the documents and no links (no aligner available)."""
    from paralelo import __version__

    def doc_json(d: Document, is_es: bool) -> dict[str, Any]:
        paras = []
        for p in d.paragraphs:
            item: dict[str, Any] = {"index": p.index, "text": p.text,
                                    "boilerplate": p.boilerplate, "kind": p.kind}
            if is_es:
                item.update(mt=None, mt_error=None)
            paras.append(item)
        return {"id": d.id, "path": d.path, "name": d.name, "lang": d.lang,
                "sha256": d.sha256, "mode": None, "paragraphs": paras}

    return {"format": 1, "generator": f"paralelo {__version__}", "created": "",
            "engine": {"name": "none", "model": None, "version": None},
            "documents": [doc_json(es, True)] + [doc_json(d, False) for d in ens],
            "links": []}


def _pipeline() -> Any | None:
    try:
        from paralelo.app import pipeline
        from paralelo.core.align import align_documents  # noqa: F401
        from paralelo.translation import get_engine  # noqa: F401
    except ImportError as exc:
        log.warning("pipeline unavailable (%s); documents open without alignment", exc)
        return None
    return pipeline


def can_align() -> bool:
    """True when the pipeline (translation, alignment, facts) is installed."""
    return _pipeline() is not None


def align_documents(es: Document, ens: Sequence[Document], *, mode: str = "auto",
                    engine: str = "auto", anchors: Sequence[Any] = (),
                    progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> Result:
    """Translate and align loaded documents (the shared pipeline when installed)."""
    es.id = "es"
    for i, d in enumerate(ens, start=1):
        d.id = f"en{i}"
    if not ens:
        raise UserError("add at least one English document")
    pipe = _pipeline()
    if pipe is None:
        check(cancel)
        return documents_only(es, ens)
    result: Result = pipe.run_documents(es, list(ens), mode=mode, engine=engine,
                                        anchors=list(anchors), progress=progress, cancel=cancel)
    return result


def align_paths(es_path: str | Path, en_paths: Sequence[str | Path], *, mode: str = "auto",
                engine: str = "auto", progress: Progress | None = None,
                cancel: CancelToken | None = None) -> Result:
    """Import files, then translate and align them."""
    from paralelo.core.importers import load_document

    if progress:
        progress(0, 0, "Importing documents")
    es = load_document(es_path, lang="es")
    ens = []
    for p in en_paths:
        check(cancel)
        ens.append(load_document(p, lang="en"))
    return align_documents(es, ens, mode=mode, engine=engine, progress=progress, cancel=cancel)


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
    """Write ``result`` with the exporter of ``fmt``; JSON works even without exporters."""
    import json

    out = Path(out)
    exporter: Any = None
    try:
        from paralelo.export import ExportOptions
        from paralelo.export import export_result as exporter
    except ImportError:
        pass
    if exporter is not None:
        exporter(result, fmt, out, ExportOptions(status=status, with_mt=with_mt, bom=bom),
                 progress=progress, cancel=cancel)
        return out
    if fmt != "json":
        raise UserError(f"exporting to {fmt.upper()} is not available in this build")
    data = result
    if status != "all":
        data = {**result, "links": [lk for lk in result.get("links") or []
                                    if (lk.get("review") or {}).get("status") == status]}
    try:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out
