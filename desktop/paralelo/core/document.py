"""Document model shared by every layer.

A `Document` keeps the full decoded text; paragraphs and sentences are spans
into it, so nothing is lost or reordered by segmentation and every highlight
can be mapped back to the original characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into Paragraph.text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str
    start: int  # offsets into Document.text
    end: int
    kind: str = "text"  # text | heading | bullet | question | boilerplate
    boilerplate: bool = False
    sentences: tuple[Sentence, ...] = ()


@dataclass(slots=True)
class Document:
    id: str
    name: str
    text: str
    lang: str  # es | en | other (possibly overridden by the user)
    paragraphs: list[Paragraph]
    path: str | None = None
    format: str = "txt"  # txt | md | html | docx | pdf | paste
    encoding: str = "utf-8"
    sha256: str = ""
    detected_lang: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    def content_paragraphs(self) -> list[Paragraph]:
        """Paragraphs that are not web boilerplate (what alignment links)."""
        return [p for p in self.paragraphs if not p.boilerplate]
