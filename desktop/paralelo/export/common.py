"""The row model every exporter shares, plus text hygiene.

Exporters never walk the alignment dict themselves: `build_rows` turns each
link into an `ExportRow` (texts joined, facts formatted, review state filled),
so CSV, XLSX, TMX and HTML agree on what a link says. Text hygiene lives here
too, because each format has its own rule for what may not reach the file:
XML forbids most control characters, spreadsheets run formulas, UTF-8 cannot
encode lone surrogates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from paralelo.core.diff import PARA_JOIN as PARA_JOIN  # how a link's paragraphs join
from paralelo.core.errors import UserError
from paralelo.core.result import REVIEW_STATUSES

STATUSES = REVIEW_STATUSES
STATUS_FILTERS = ("all", *STATUSES)

# Characters XML 1.0 forbids (C0 controls except \t \n \r, lone surrogates,
# U+FFFE/U+FFFF). Spreadsheets and HTML choke on the same set, so all text
# formats but JSON drop them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Leading characters that make a spreadsheet treat a cell as a formula (OWASP).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str) -> str:
    """Remove characters that are invalid in XML 1.0 (and unsafe in spreadsheets)."""
    return _XML_INVALID.sub("", text)


def neutralise_formula(text: str) -> str:
    """Prefix an apostrophe to a cell that a spreadsheet would run as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One link, flattened for export. Texts are raw (not cleaned)."""

    link_id: int
    kind: str
    es_paras: tuple[str, ...]
    en_paras: tuple[str, ...]
    mt_paras: tuple[str, ...]  # empty when no paragraph of the link has a translation
    mt_errors: tuple[str, ...]  # why translation failed, per Spanish paragraph ("" if it did not)
    score: float | None
    status: str
    note: str
    shared_facts: tuple[str, ...]
    only_es: tuple[str, ...]
    only_en: tuple[str, ...]
    es_source: str  # file name of the Spanish document ("" for a 0-1 link)
    en_sources: tuple[str, ...]  # file names of the English documents, in link order
    en_docs: tuple[str, ...]  # file name of the document of each English paragraph
    link: dict[str, Any]

    @property
    def es_text(self) -> str:
        return PARA_JOIN.join(self.es_paras)

    @property
    def en_text(self) -> str:
        return PARA_JOIN.join(self.en_paras)

    @property
    def mt_text(self) -> str:
        return PARA_JOIN.join(self.mt_paras)

    @property
    def has_both_sides(self) -> bool:
        return bool(self.es_paras) and bool(self.en_paras)


def format_shared_fact(fact: dict[str, Any]) -> str:
    return f"{fact.get('kind', '')}: {fact.get('es', '')} ↔ {fact.get('en', '')}"


def format_one_side_fact(fact: dict[str, Any]) -> str:
    return f"{fact.get('kind', '')}: {fact.get('text', '')}"


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """In order, without repeats (one mention may be paired with several on the other side)."""
    return tuple(dict.fromkeys(items))


def _docs_by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in result["documents"]}


def spanish_document(result: dict[str, Any]) -> dict[str, Any] | None:
    docs = _docs_by_id(result)
    return docs.get("es") or next((d for d in docs.values() if d.get("lang") == "es"), None)


def build_rows(result: dict[str, Any], status: str = "all") -> list[ExportRow]:
    """Flatten a normalised result's links (see `core.result.normalise_result`) into rows."""
    if status not in STATUS_FILTERS:
        raise UserError(f"unknown status filter {status!r} (use {', '.join(STATUS_FILTERS)})")
    docs = _docs_by_id(result)
    es_doc = spanish_document(result)
    es_paras_all = es_doc["paragraphs"] if es_doc else []
    rows: list[ExportRow] = []
    for link in result["links"]:
        review = link["review"]
        if status != "all" and review["status"] != status:
            continue
        es_p = [es_paras_all[i] for i in link["es"]]
        en_p = [docs[r["doc"]]["paragraphs"][r["para"]] for r in link["en"]]
        has_mt = any(p.get("mt") is not None for p in es_p)
        en_docs = [str(docs[r["doc"]].get("name") or r["doc"]) for r in link["en"]]
        en_sources = list(dict.fromkeys(en_docs))
        rows.append(ExportRow(
            link_id=link["id"], kind=str(link.get("kind") or ""),
            es_paras=tuple(p["text"] for p in es_p),
            en_paras=tuple(p["text"] for p in en_p),
            mt_paras=tuple(p.get("mt") or "" for p in es_p) if has_mt else (),
            mt_errors=tuple(str(p.get("mt_error") or "") for p in es_p),
            score=link.get("score"), status=review["status"], note=review["note"],
            shared_facts=_unique(format_shared_fact(f) for f in link.get("facts") or ()),
            only_es=_unique(format_one_side_fact(f) for f in link.get("only_es") or ()),
            only_en=_unique(format_one_side_fact(f) for f in link.get("only_en") or ()),
            es_source=str(es_doc.get("name") or es_doc["id"]) if es_doc and link["es"] else "",
            en_sources=tuple(en_sources), en_docs=tuple(en_docs), link=link,
        ))
    return rows
