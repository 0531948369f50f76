"""Plausible input mistakes, caught before any work: swapped languages, repeated files.

A Spanish side that reads as English (or the reverse: the sides swapped), the
same document given twice as English, or one document on both sides would
produce confident nonsense (every link scored 1.00). `check_inputs` looks only
at what importing already computed (each document's detected language, content
hash, path and text), so it is instant. The CLI prints the warnings on stderr;
the window shows them before aligning, with a one-click swap where
``swap_with`` names the English document to exchange. Messages are English
templates with parameters (like `UserError`), so the window can show them
translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from paralelo.core.document import Document


@dataclass(frozen=True)
class InputWarning:
    """One suspicious input. ``swap_with`` is the English document to exchange, if any."""

    code: str  # swapped | es_looks_en | en_looks_es | same_both_sides | duplicate_en
    template: str
    params: dict[str, str] = field(default_factory=dict)
    swap_with: int | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def _detected(doc: Document) -> str:
    return doc.detected_lang or doc.lang


def _same(a: Document, b: Document) -> bool:
    if a.sha256 and a.sha256 == b.sha256:
        return True
    if a.path and b.path:
        try:
            if Path(a.path).resolve() == Path(b.path).resolve():
                return True
        except OSError:
            pass
    return bool(a.text.strip()) and a.text == b.text


def check_inputs(es_doc: Document, en_docs: Sequence[Document]) -> list[InputWarning]:
    """Every plausible mistake in ``es_doc`` against ``en_docs``; empty when all looks right."""
    out: list[InputWarning] = []
    involved: set[int] = set()  # English documents already named by a repeat warning
    for i, en in enumerate(en_docs):
        if _same(es_doc, en):
            involved.add(i)
            out.append(InputWarning(
                "same_both_sides",
                "{name}: the same document is given as Spanish and as English; "
                "every link would match itself", {"name": en.name}))
    for i, en in enumerate(en_docs):
        first = next((e for e in en_docs[:i] if _same(e, en)), None)
        if first is not None and i not in involved:
            involved.add(i)
            out.append(InputWarning(
                "duplicate_en", "{name}: the same English document is given twice (also as "
                "{other})", {"name": en.name, "other": first.name}))
    es_en = _detected(es_doc) == "en" and not any(w.code == "same_both_sides" for w in out)
    en_es = [i for i, e in enumerate(en_docs) if _detected(e) == "es" and i not in involved]
    if es_en and en_es:
        out.append(InputWarning(
            "swapped", "{es} reads as English and {en} as Spanish: are the Spanish and "
            "English sides swapped?", {"es": es_doc.name, "en": en_docs[en_es[0]].name},
            en_es[0]))
        return out
    if es_en:
        out.append(InputWarning(
            "es_looks_en", "{name}: given as the Spanish document, but it reads as English",
            {"name": es_doc.name}, 0 if len(en_docs) == 1 else None))
    out += [InputWarning("en_looks_es",
                         "{name}: given as an English document, but it reads as Spanish",
                         {"name": en_docs[i].name}) for i in en_es]
    return out
