"""Plausible mistakes in what was given to align, caught before any work starts.

A Spanish side that reads as English (or the reverse: --es and --en swapped),
the same document given twice as English, or one document on both sides
would produce confident nonsense (every link scored 1.00). `check_inputs`
names each case in one line; the CLI prints them on stderr, the window shows
them with a one-click swap (``code == "swapped"`` or ``"es_looks_en"`` /
``"en_looks_es"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from paralelo.core.document import Document


@dataclass(frozen=True, slots=True)
class SanityWarning:
    code: str  # swapped | es_looks_en | en_looks_es | same_both_sides | duplicate_en
    message: str
    docs: tuple[str, ...]  # names of the documents concerned


def _detected(doc: Document) -> str:
    return doc.detected_lang or doc.lang


def _same(a: Document, b: Document) -> bool:
    if a.sha256 and a.sha256 == b.sha256:
        return True
    return bool(a.text.strip()) and a.text == b.text


def check_inputs(es_doc: Document, en_docs: Sequence[Document]) -> list[SanityWarning]:
    """Every plausible mistake in ``es_doc`` against ``en_docs``; empty when all looks right."""
    out: list[SanityWarning] = []
    for en in en_docs:
        if _same(es_doc, en):
            out.append(SanityWarning("same_both_sides", f"{en.name}: the same document is given "
                                     "as Spanish and as English; links would all match "
                                     "themselves", (es_doc.name, en.name)))
    for k, en in enumerate(en_docs):
        first = next((e for e in en_docs[:k] if _same(e, en)), None)
        if first is not None:
            out.append(SanityWarning("duplicate_en", f"{en.name}: the same English document is "
                                     f"given twice (also as {first.name})", (first.name, en.name)))
    shared = {e.name for w in out for e in (es_doc, *en_docs) if e.name in w.docs}
    es_en = _detected(es_doc) == "en" and es_doc.name not in shared
    en_es = [e for e in en_docs if _detected(e) == "es" and e.name not in shared]
    if es_en and en_es:
        out.append(SanityWarning("swapped", f"{es_doc.name} reads as English and "
                                 f"{en_es[0].name} as Spanish: are --es and --en swapped?",
                                 (es_doc.name, en_es[0].name)))
        return out
    if es_en:
        out.append(SanityWarning("es_looks_en", f"{es_doc.name}: given as the Spanish document "
                                 "but it reads as English", (es_doc.name,)))
    out += [SanityWarning("en_looks_es", f"{e.name}: given as an English document but it "
                          "reads as Spanish", (e.name,)) for e in en_es]
    return out
