"""Import documents from files or pasted text into `Document`.

PROVISIONAL minimal version (UTF-8 .txt only); the issue-2 work replaces it
keeping these signatures.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from paralelo.core.document import Document
from paralelo.core.errors import DocumentError
from paralelo.core.segment import split_paragraphs


def detect_language(text: str) -> str:
    """Return 'es', 'en' or 'other' (provisional stop-word vote)."""
    words = text.lower().split()
    es = sum(w in {"el", "la", "de", "que", "y", "los", "las", "en", "por", "con"} for w in words)
    en = sum(w in {"the", "of", "and", "to", "in", "is", "that", "for", "with"} for w in words)
    if es == en == 0:
        return "other"
    return "es" if es > en else "en"


def document_from_text(text: str, name: str = "Pasted text", lang: str | None = None,
                       path: str | None = None, fmt: str = "paste") -> Document:
    detected = detect_language(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=digest[:12], name=name, text=text, lang=lang or detected,
        paragraphs=split_paragraphs(text, lang or detected), path=path, format=fmt,
        sha256=digest, detected_lang=detected,
    )


def load_document(path: str | Path, lang: str | None = None) -> Document:
    p = Path(path)
    if not p.is_file():
        raise DocumentError(f"{p}: no such file")
    data = p.read_bytes()
    text = data.decode("utf-8-sig")
    doc = document_from_text(text, name=p.name, lang=lang, path=str(p), fmt="txt")
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc
