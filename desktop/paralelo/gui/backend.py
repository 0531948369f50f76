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
from paralelo.app.realign import document_from_json as document_from_json
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken, Progress, check

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
                                  anchors=list(anchors), progress=progress, cancel=cancel,
                                  fact_process=True)  # large documents: facts on a 2nd core


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


def realign(result: Result, *, engine: str = "auto", progress: Progress | None = None,
            cancel: CancelToken | None = None) -> Result:
    """Align again around every confirmed, flagged, noted or hand-made link, keeping their
    review and each English document's mode (`paralelo.app.realign`)."""
    if not can_align():
        raise UserError("re-aligning needs the translation and alignment modules")
    from paralelo.app.realign import realign_result

    return realign_result(result, engine=engine, progress=progress, cancel=cancel)


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
