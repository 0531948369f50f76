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

from paralelo.app.realign import document_from_json as document_from_json
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken, Progress, check

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


def realign(result: Result, *, engine: str = "auto", progress: Progress | None = None,
            cancel: CancelToken | None = None) -> Result:
    """Align again around every confirmed, flagged, noted or hand-made link, keeping their
    review and each English document's mode (`paralelo.app.realign`)."""
    if _pipeline() is None:
        raise UserError("re-aligning needs the translation and alignment modules")
    from paralelo.app.realign import realign_result

    return realign_result(result, engine=engine, progress=progress, cancel=cancel)


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
