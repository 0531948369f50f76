"""Word .docx: body paragraphs and table cells in document order.

Heading/Title styles become heading hints, list paragraphs (list styles or
Word numbering) become "• " bullets. Headers, footers, comments and tracked
deletions are not document text and are left out.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from typing import Any

from paralelo.core.errors import DocumentError
from paralelo.core.formats import BlockWriter, Extracted

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _iter_block_items(element: Any, parent: Any) -> Iterator[Any]:
    """Paragraphs of a body or table cell in order, descending into (nested) tables.

    Walks the XML directly: each ``w:tc`` appears once even when cells are
    merged, unlike python-docx's ``row.cells`` which repeats merged cells.
    """
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == _W + "p":
            yield Paragraph(child, parent)
        elif child.tag == _W + "tbl":
            for row in child.iterchildren(_W + "tr"):
                for cell in row.iterchildren(_W + "tc"):
                    yield from _iter_block_items(cell, parent)
        elif child.tag == _W + "sdt":  # content controls wrap ordinary paragraphs
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _iter_block_items(content, parent)


def _kind(paragraph: Any) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    low = style.lower()
    if low.startswith(("heading", "title", "título", "titulo", "subtitle")):
        return "heading"
    ppr = paragraph._p.pPr
    if "list" in low or (ppr is not None and ppr.find(_W + "numPr") is not None):
        return "bullet"
    return "text"


def read_docx(data: bytes, name: str) -> Extracted:
    try:
        import docx

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(data))
            out = BlockWriter()
            for para in _iter_block_items(document.element.body, document):
                kind = _kind(para)
                text = para.text
                if kind == "bullet" and text.strip():
                    text = "• " + text.strip()
                out.add(text, kind)
            props = document.core_properties
            meta = {k: v for k, v in (("title", props.title or ""),
                                      ("author", props.author or "")) if v}
    except Exception as exc:  # python-docx/lxml raise many types (BadZipFile, KeyError...)
        if isinstance(exc, DocumentError):
            raise
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DocumentError(f"{name}: not a valid .docx file ({reason})") from None
    return Extracted(out.text(), "docx", "utf-8", out.hints, meta)  # OOXML parts are XML
