"""Word .docx: body paragraphs and table cells in document order.

Heading/Title styles become heading hints, list paragraphs (list styles or
Word numbering) become "• " bullets. Headers, footers, comments and tracked
deletions are not document text and are left out.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from paralelo.core.errors import DocumentError
from paralelo.core.formats import BlockWriter, Extracted

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _iter_block_items(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell, in order (nested tables included)."""
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    element = parent.element.body if hasattr(parent, "element") and hasattr(
        parent.element, "body") else parent._tc
    for child in element.iterchildren():
        if child.tag == _W + "p":
            yield Paragraph(child, parent)
        elif child.tag == _W + "tbl":
            table = Table(child, parent)
            seen: set[int] = set()
            for row in table.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    yield from _iter_block_items(_Cell(cell._tc, table))


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
            for para in _iter_block_items(document):
                kind = _kind(para)
                text = para.text
                if kind == "bullet" and text.strip():
                    text = "• " + text.strip()
                out.add(text, kind)
            props = document.core_properties
            meta = {k: v for k, v in (("title", props.title or ""),
                                      ("author", props.author or "")) if v}
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError, TypeError,
            Exception) as exc:  # python-docx/lxml raise many types on corrupt files
        if isinstance(exc, DocumentError):
            raise
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DocumentError(f"{name}: not a valid .docx file ({reason})") from None
    return Extracted(out.text(), "docx", "docx", out.hints, meta)
