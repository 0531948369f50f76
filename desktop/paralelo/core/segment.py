"""Paragraph and sentence segmentation (offline, rule-based).

PROVISIONAL minimal version: blank-line/line paragraphs and a naive sentence
splitter. The issue-2 work replaces it keeping these signatures.
"""

from __future__ import annotations

import re

from paralelo.core.document import Paragraph, Sentence

_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“])")


def split_sentences(text: str, lang: str = "en") -> list[Sentence]:
    """Split a paragraph into sentences; spans are offsets into ``text``."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        out.append(Sentence(pos, m.start(), text[pos : m.start()]))
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        out.append(Sentence(pos, len(text), text[pos:]))
    return out


def split_paragraphs(text: str, lang: str = "en") -> list[Paragraph]:
    """Split document text into paragraphs: blank lines, else one per line."""
    paras: list[Paragraph] = []
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group(0)
        stripped = chunk.strip()
        if not stripped:
            continue
        start = m.start() + (len(chunk) - len(chunk.lstrip()))
        paras.append(
            Paragraph(
                index=len(paras),
                text=stripped,
                start=start,
                end=start + len(stripped),
                sentences=tuple(split_sentences(stripped, lang)),
            )
        )
    return paras
