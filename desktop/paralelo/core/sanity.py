"""Plausible input mistakes, caught before any work: swapped languages, repeated files.

`check_inputs` looks only at what importing already computed (each document's
detected language and content hash), so it is instant. The CLI prints the
warnings on stderr; the window shows them before aligning, with a one-click
swap when the sides look exchanged. Messages are English templates with
parameters (like `UserError`), so the window can show them translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from paralelo.core.document import Document


@dataclass(frozen=True)
class InputWarning:
    """One suspicious input. ``swap_with`` is the English document to exchange, if any."""

    code: str  # es_looks_english | en_looks_spanish | en_repeated | same_on_both_sides
    template: str
    params: dict[str, str] = field(default_factory=dict)
    swap_with: int | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def _same(a: Document, b: Document) -> bool:
    if a.sha256 and a.sha256 == b.sha256:
        return True
    if a.path and b.path:
        try:
            return Path(a.path).resolve() == Path(b.path).resolve()
        except OSError:
            return False
    return False


def check_inputs(es_doc: Document, en_docs: Sequence[Document]) -> list[InputWarning]:
    """Warnings for a Spanish document and its English documents (empty if all looks right)."""
    out: list[InputWarning] = []
    spanish_like = [i for i, d in enumerate(en_docs) if d.detected_lang == "es"]
    if es_doc.detected_lang == "en":
        swap = spanish_like[0] if spanish_like else (0 if len(en_docs) == 1 else None)
        out.append(InputWarning(
            "es_looks_english",
            "{name}: given as the Spanish document, but its text looks English",
            {"name": es_doc.name}, swap))
    for i in spanish_like:
        swap = i if es_doc.detected_lang != "es" else None
        out.append(InputWarning(
            "en_looks_spanish",
            "{name}: given as an English document, but its text looks Spanish",
            {"name": en_docs[i].name}, swap))
    for i, d in enumerate(en_docs):
        if _same(d, es_doc):
            out.append(InputWarning(
                "same_on_both_sides",
                "{name}: the same text is given as the Spanish and as an English document",
                {"name": d.name}))
        elif any(_same(d, e) for e in en_docs[:i]):
            out.append(InputWarning("en_repeated",
                                    "{name}: the same English text is given twice",
                                    {"name": d.name}))
    return out
