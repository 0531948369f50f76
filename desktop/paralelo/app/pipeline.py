"""The whole review pipeline, headless: import → translate → align → facts/diffs.

It produces the alignment dict documented in docs/json-schema.md, which the
CLI writes, sessions store and every exporter reads. The GUI runs the same
function on a worker thread, so there is exactly one pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from paralelo import __version__
from paralelo.core.clock import now_iso
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.importers import load_document
from paralelo.core.links import Link
from paralelo.core.progress import CancelToken, Progress, check

FORMAT_VERSION = 1

# Share of the progress bar given to each stage (translation dominates).
_STAGES = {"import": 5, "translate": 60, "align": 20, "facts": 15}


class _StagedProgress:
    """Maps each stage's own (done, total) onto one 0..1000 overall scale."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._offset = 0

    def stage(self, name: str) -> Progress:
        start = self._offset
        width = _STAGES[name] * 10
        self._offset += width

        def report(done: int, total: int, message: str) -> None:
            if self._progress is not None:
                frac = done / total if total else 0.0
                shown = f"{message} ({done}/{total})" if total > 1 else message
                self._progress(start + int(width * min(frac, 1.0)), 1000, shown)

        return report


def load_inputs(es_path: str | Path, en_paths: Sequence[str | Path], *,
                es_lang: str | None = None) -> tuple[Document, list[Document]]:
    """Import the Spanish and English documents and give them stable ids."""
    if not en_paths:
        raise UserError("at least one English document is needed (--en FILE)")
    es = load_document(es_path, lang=es_lang or "es")
    es.id = "es"
    ens = []
    for i, p in enumerate(en_paths, start=1):
        d = load_document(p, lang="en")
        d.id = f"en{i}"
        ens.append(d)
    return es, ens


def run_pipeline(es_path: str | Path, en_paths: Sequence[str | Path], *, mode: str = "auto",
                 engine: str = "auto", progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> dict[str, Any]:
    """Run the whole pipeline on files and return the alignment dict."""
    staged = _StagedProgress(progress)
    staged.stage("import")(0, 1, "Importing documents")
    es, ens = load_inputs(es_path, en_paths)
    return run_documents(es, ens, mode=mode, engine=engine, progress=None, cancel=cancel,
                         _staged=staged)


def translate_document(es: Document, engine_name: str, *, progress: Progress | None = None,
                       cancel: CancelToken | None = None) -> tuple[Any, list[Any]]:
    """Translate the non-boilerplate paragraphs of ``es``; returns (engine, per-paragraph)."""
    from paralelo.translation import get_engine, translate_paragraphs

    engine = get_engine(engine_name)
    idx = [p.index for p in es.paragraphs if not p.boilerplate]
    results = translate_paragraphs([es.paragraphs[i].text for i in idx], engine,
                                   progress=progress, cancel=cancel)
    per_para: list[Any] = [None] * len(es.paragraphs)
    for i, r in zip(idx, results, strict=True):
        per_para[i] = r
    return engine, per_para


def run_documents(es: Document, ens: list[Document], *, mode: str = "auto",
                  engine: str = "auto", anchors: Sequence[Link] = (),
                  progress: Progress | None = None, cancel: CancelToken | None = None,
                  _staged: _StagedProgress | None = None) -> dict[str, Any]:
    """Run translation, alignment and fact comparison on loaded documents."""
    from paralelo.core.align import align_documents

    if mode not in ("auto", "parallel", "comparable"):
        raise UserError(f"unknown mode {mode!r} (use auto, parallel or comparable)")
    staged = _staged or _StagedProgress(progress)
    if _staged is None:
        staged.stage("import")(1, 1, "Documents ready")
    check(cancel)
    eng, translations = translate_document(es, engine, progress=staged.stage("translate"),
                                           cancel=cancel)
    es_mt = [t.text if t is not None else None for t in translations]
    check(cancel)
    aligned = align_documents(es, ens, mode=mode, es_mt=es_mt, anchors=list(anchors),
                              progress=staged.stage("align"), cancel=cancel)
    links = annotate_links(es, ens, aligned.links, es_mt, progress=staged.stage("facts"),
                           cancel=cancel)
    return build_result(es, ens, eng, translations, aligned.modes, links)


def build_result(es: Document, ens: list[Document], engine: Any, translations: list[Any],
                 modes: dict[str, str], links: list[dict[str, Any]]) -> dict[str, Any]:
    """Assemble the docs/json-schema.md dict from the stages' outputs."""
    return {
        "format": FORMAT_VERSION,
        "generator": f"paralelo {__version__}",
        "created": now_iso(),
        "engine": {"name": engine.name, "model": engine.model, "version": engine.version},
        "documents": [document_json(es, translations)]
        + [document_json(d, None, mode=modes.get(d.id)) for d in ens],
        "links": links,
    }


def document_json(doc: Document, translations: list[Any] | None,
                  mode: str | None = None) -> dict[str, Any]:
    paras = []
    for p in doc.paragraphs:
        item: dict[str, Any] = {"index": p.index, "text": p.text, "boilerplate": p.boilerplate,
                                "kind": p.kind}
        if translations is not None:
            t = translations[p.index]
            item["mt"] = t.text if t is not None else None
            item["mt_error"] = t.error if t is not None else None
        paras.append(item)
    return {"id": doc.id, "path": doc.path, "name": doc.name, "lang": doc.lang,
            "sha256": doc.sha256, "format": doc.format, "encoding": doc.encoding,
            "mode": mode, "paragraphs": paras}


def annotate_links(es: Document, ens: list[Document], links: list[Link],
                   es_mt: list[str | None], *, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> list[dict[str, Any]]:
    """Facts, one-side facts and the MT↔English character diff for every link."""
    from paralelo.core.diff import PARA_JOIN, char_diff
    from paralelo.core.facts import compare_facts

    by_id = {d.id: d for d in ens}
    out = []
    for n, link in enumerate(links, start=1):
        if n % 50 == 0:
            check(cancel)
            if progress:
                progress(n, len(links), "Comparing facts")
        es_texts = [es.paragraphs[i].text for i in link.es]
        en_texts = [by_id[d].paragraphs[i].text for d, i in link.en]
        mt_texts = [es_mt[i] for i in link.es]
        item: dict[str, Any] = {
            "id": n, "es": list(link.es),
            "en": [{"doc": d, "para": i} for d, i in link.en],
            "score": round(max(0.0, min(1.0, float(link.score))), 4),
            "kind": link.kind, "mode": link.mode, "evidence": link.evidence,
            "facts": [], "only_es": [], "only_en": [], "diff": [],
        }
        if es_texts or en_texts:  # one-sided links list their facts as only_es/only_en
            cmp = compare_facts(es_texts, en_texts, mt_texts)
            item.update(cmp.to_json(list(link.es), [{"doc": d, "para": i} for d, i in link.en]))
            if es_texts and en_texts and all(m is not None for m in mt_texts):
                item["diff"] = [op.to_json() for op in
                                char_diff(PARA_JOIN.join(m for m in mt_texts if m is not None),
                                          PARA_JOIN.join(en_texts))]
        out.append(item)
    if progress:
        progress(len(links), len(links), "Facts compared")
    return out
