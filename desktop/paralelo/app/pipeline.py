"""The whole review pipeline, headless: import → translate → align → facts/diffs.

It produces the alignment dict documented in docs/json-schema.md, which the
CLI writes, sessions store and every exporter reads. The GUI runs the same
function on a worker thread, so there is exactly one pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paralelo import __version__
from paralelo.core.clock import now_iso
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.importers import load_document
from paralelo.core.links import Link
from paralelo.core.progress import CancelToken, Progress, check

if TYPE_CHECKING:
    from paralelo.core.facts.match import FactKey, RawFacts

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
        raise UserError("at least one English document is needed")
    es = load_document(es_path, lang=es_lang or "es")
    ens = [load_document(p, lang="en") for p in en_paths]
    assign_ids(es, ens)
    return es, ens


def assign_ids(es: Document, ens: Sequence[Document]) -> None:
    """The ids every alignment dict uses: ``es``, then ``en1``, ``en2``... in order."""
    if not ens:
        raise UserError("at least one English document is needed")
    es.id = "es"
    for i, d in enumerate(ens, start=1):
        d.id = f"en{i}"


def documents_only(es: Document, ens: Sequence[Document]) -> dict[str, Any]:
    """The alignment dict of documents without links or translation (engine "none")."""
    return build_result(es, list(ens), None, [None] * len(es.paragraphs), {}, [])


def run_pipeline(es_path: str | Path, en_paths: Sequence[str | Path], *, mode: str = "auto",
                 engine: str = "auto", progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> dict[str, Any]:
    """Run the whole pipeline on files and return the alignment dict."""
    staged = _StagedProgress(progress)
    staged.stage("import")(0, 1, "Importing documents")
    es, ens = load_inputs(es_path, en_paths)
    return run_documents(es, ens, mode=mode, engine=engine, progress=None, cancel=cancel,
                         _staged=staged)


def translate_document(es: Document, engine_name: str | Any, *,
                       progress: Progress | None = None,
                       cancel: CancelToken | None = None) -> tuple[Any, list[Any]]:
    """Translate the non-boilerplate paragraphs of ``es``; returns (engine, per-paragraph).

    ``engine_name`` may also be a ready engine object, so a batch run loads it once.
    """
    engine, [per_para] = translate_documents([es], engine_name, progress=progress,
                                             cancel=cancel)
    return engine, per_para


def translate_documents(docs: Sequence[Document], engine_name: str | Any, *,
                        progress: Progress | None = None, cancel: CancelToken | None = None,
                        cache: Any = "default") -> tuple[Any, list[list[Any]]]:
    """`translate_document` for several documents in one engine call (one batch).

    ``cache`` is the translation cache (None: none; "default": the user's).
    """
    from paralelo.translation import get_engine, translate_paragraphs
    from paralelo.translation.base import ParagraphTranslation

    engine = get_engine(engine_name) if isinstance(engine_name, str) else engine_name
    idx = [[p.index for p in d.paragraphs if not p.boilerplate and p.kind != "code"]
           for d in docs]
    extra = {} if cache == "default" else {"cache": cache}
    results = iter(translate_paragraphs(
        [d.paragraphs[i].text for d, ix in zip(docs, idx, strict=True) for i in ix], engine,
        progress=progress, cancel=cancel, **extra))
    out: list[list[Any]] = []
    for d, ix in zip(docs, idx, strict=True):
        per_para: list[Any] = [None] * len(d.paragraphs)
        for i in ix:
            per_para[i] = next(results)
        for p in d.paragraphs:  # code reads the same in both languages: copied, never translated
            if p.kind == "code" and not p.boilerplate:
                per_para[p.index] = ParagraphTranslation(p.text, None, "none", "", "")
        out.append(per_para)
    return engine, out


def run_documents(es: Document, ens: list[Document], *, mode: str = "auto",
                  engine: str | Any = "auto", anchors: Sequence[Link] = (),
                  progress: Progress | None = None, cancel: CancelToken | None = None,
                  facts: bool = True, _staged: _StagedProgress | None = None,
                  modes: Mapping[str, str] | None = None,
                  translated: tuple[Any, list[Any]] | None = None,
                  fact_process: bool = False) -> dict[str, Any]:
    """Run translation, alignment and fact comparison on loaded documents.

    ``modes`` fixes the mode of single English documents by id (re-alignment).
    ``facts=False`` leaves facts and diffs empty (a corpus run keeps only the links).
    ``translated`` is `translate_document`'s result when it already ran (a corpus
    worker translates the next pair while this one aligns).
    ``fact_process``: on large inputs, extract facts on a second core while
    aligning (app.fact_prefetch; same result). The CLI asks for it.
    """
    from paralelo.core.align import align_documents

    if mode not in ("auto", "parallel", "comparable"):
        raise UserError(f"unknown mode {mode!r} (use auto, parallel or comparable)")
    staged = _staged or _StagedProgress(progress)
    if _staged is None:
        staged.stage("import")(1, 1, "Documents ready")
    check(cancel)
    eng, translations = translated or translate_document(
        es, engine, progress=staged.stage("translate"), cancel=cancel)
    es_mt = [t.text if t is not None else None for t in translations]
    check(cancel)
    prefetch = _start_prefetch(es, ens, es_mt) if facts and fact_process else None
    try:
        aligned = align_documents(es, ens, mode=mode, es_mt=es_mt, anchors=list(anchors),
                                  progress=staged.stage("align"), cancel=cancel, modes=modes)
        extracted = prefetch.collect(cancel) if prefetch is not None else None
    finally:
        if prefetch is not None:
            prefetch.close()
    links = annotate_links(es, ens, aligned.links, es_mt, progress=staged.stage("facts"),
                           cancel=cancel, facts=facts, extracted=extracted)
    result = build_result(es, ens, eng, translations, aligned.modes, links)
    if aligned.candidates:  # comparable links below the display threshold (json-schema.md)
        result["candidates"] = [candidate_json(c) for c in aligned.candidates]
    return result


def _start_prefetch(es: Document, ens: Sequence[Document], es_mt: Sequence[str | None]) -> Any:
    """A `FactPrefetch` of every text the comparison will read, if the input is large."""
    from paralelo.app.fact_prefetch import FactPrefetch, worth_it

    keys = [(p.text, "es", False) for p in es.paragraphs]
    keys += [(p.text, "en", False) for d in ens for p in d.paragraphs]
    keys += [(m, "en", True) for m in es_mt if m]
    if not worth_it(len(keys)):
        return None
    try:
        return FactPrefetch(keys)
    except (OSError, RuntimeError, ValueError):  # no pipes or processes left: extract here
        return None


def candidate_json(link: Link) -> dict[str, Any]:
    """A hidden comparable candidate: a link's shape without id, facts, diff or review."""
    return {"es": list(link.es), "en": [{"doc": d, "para": i} for d, i in link.en],
            "score": round(max(0.0, min(1.0, float(link.score))), 4), "kind": link.kind,
            "mode": link.mode, "evidence": link.evidence}


def build_result(es: Document, ens: list[Document], engine: Any, translations: list[Any],
                 modes: dict[str, str], links: list[dict[str, Any]]) -> dict[str, Any]:
    """Assemble the docs/json-schema.md dict from the stages' outputs (engine None: none)."""
    eng = ({"name": engine.name, "model": engine.model, "version": engine.version}
           if engine is not None else {"name": "none", "model": None, "version": None})
    return {
        "format": FORMAT_VERSION,
        "generator": f"paralelo {__version__}",
        "created": now_iso(),
        "engine": eng,
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
    out: dict[str, Any] = {"id": doc.id, "path": doc.path, "name": doc.name, "lang": doc.lang,
                           "sha256": doc.sha256, "format": doc.format, "encoding": doc.encoding,
                           "mode": mode, "paragraphs": paras}
    notes = document_notes(doc)
    if notes:
        out["notes"] = notes
    return out


def document_notes(doc: Document) -> list[str]:
    """What import did to a document that its reader should know (e.g. a repair)."""
    return [f"{doc.name}: {doc.meta['repaired']}"] if doc.meta.get("repaired") else []


def annotate_links(es: Document, ens: list[Document], links: list[Link],
                   es_mt: list[str | None], *, progress: Progress | None = None,
                   cancel: CancelToken | None = None, facts: bool = True,
                   extracted: Mapping[FactKey, RawFacts] | None = None) -> list[dict[str, Any]]:
    """Facts, one-side facts and the MT↔English character diff for every link.

    ``extracted``: facts already extracted (see `compare_facts`)."""
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
        if facts and (es_texts or en_texts):  # one-sided links list their facts as only_es/only_en
            cmp = compare_facts(es_texts, en_texts, mt_texts, extracted=extracted)
            item.update(cmp.to_json(list(link.es), [{"doc": d, "para": i} for d, i in link.en]))
            if (es_texts and en_texts and link.mode != "comparable"
                    and all(m is not None for m in mt_texts)):  # a diff needs a translation
                item["diff"] = [op.to_json() for op in
                                char_diff(PARA_JOIN.join(m for m in mt_texts if m is not None),
                                          PARA_JOIN.join(en_texts))]
        out.append(item)
    if progress:
        progress(len(links), len(links), "Facts compared")
    return out
