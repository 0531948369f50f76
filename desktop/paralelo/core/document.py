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
    """One paragraph; its sentences are split on first use.

    Splitting every paragraph at import cost a large `paralelo align` a tenth
    of its time, and only `paralelo inspect`, the window's sentence map and
    TMX export read them (alignment splits its own, with its sentence sets).
    """

    index: int
    text: str
    start: int  # offsets into Document.text
    end: int
    kind: str = "text"  # text | heading | bullet | question | boilerplate
    boilerplate: bool = False
    lang: str = "en"  # whose sentence rules split it: es | en | other
    _sentences: tuple[Sentence, ...] | None = field(default=None, init=False, repr=False,
                                                    compare=False)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        if self._sentences is None:
            from paralelo.core.sentences import split_sentences

            object.__setattr__(self, "_sentences", tuple(split_sentences(self.text, self.lang)))
        assert self._sentences is not None
        return self._sentences


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
