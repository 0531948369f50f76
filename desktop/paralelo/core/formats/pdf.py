"""PDF text layer (no OCR), re-flowed into clean paragraphs.

A PDF has positioned runs of glyphs, not paragraphs. pypdf hands us each run
with its position and font size (`pdf_lines`), from which lines are rebuilt;
then `pdf_layout` decides paragraphs (vertical gaps, font-size changes,
bullets, first-line indents, short lines ending a sentence), undoes line-end
hyphenation ("coope-" + "ración"), folds ligatures ("ﬁ" → "fi") and collapses
the tabs and space runs some writers (Qt among them) put between words. A
title set over two lines stays one paragraph. Running headers and footers
(the same line at the top or bottom of most pages) and page numbers are kept
as flagged boilerplate paragraphs, like web chrome.
"""

from __future__ import annotations

import io
import logging
import warnings
from typing import Any

from paralelo.core.errors import Cancelled, DocumentError
from paralelo.core.formats import BlockWriter, Extracted
from paralelo.core.formats.pdf_layout import Line, page_units
from paralelo.core.progress import CancelToken, Progress, check


def _matrix_mult(a: list[float], b: list[float]) -> list[float]:
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def pdf_lines(page: Any) -> list[Line]:
    """The page's text lines in content order, each with its position and size."""
    lines: list[Line] = []
    cur: list[str] = []
    pos: tuple[float, float, float] | None = None  # x, y, size of the current line

    def flush() -> None:
        nonlocal cur, pos
        if pos is not None and "".join(cur).strip():
            lines.append(Line("".join(cur), pos[0], pos[1], pos[2]))
        cur, pos = [], None

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        nonlocal pos
        if not text:
            return
        m = _matrix_mult(list(tm), list(cm))
        x, y = m[4], m[5]
        eff = abs(size * (m[3] or m[0])) or size or 1.0
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                flush()
            if not part:
                continue
            if pos is not None and abs(y - pos[1]) > 0.5 * max(eff, pos[2]):
                flush()
            if pos is None:
                pos = (x, y, eff)
            cur.append(part)

    page.extract_text(visitor_text=visit)
    flush()
    return lines


def read_pdf(data: bytes, name: str, progress: Progress | None = None,
             cancel: CancelToken | None = None) -> Extracted:
    """Text of every page; reports progress and honours ``cancel`` page by page."""
    from pypdf import PdfReader

    logger = logging.getLogger("pypdf")
    old_level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError(f"{name}: the PDF is password-protected")
            pages: list[list[Line]] = []
            total = len(reader.pages)
            for i, pdf_page in enumerate(reader.pages):
                check(cancel)
                pages.append(pdf_lines(pdf_page))
                if progress is not None:
                    progress(i + 1, total, f"Reading page {i + 1} of {total}")
    except (DocumentError, Cancelled):
        raise
    except Exception as exc:  # pypdf raises many types (PyPdfError, KeyError...) on broken files
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DocumentError(f"{name}: not a valid PDF file ({reason})") from None
    finally:
        logger.setLevel(old_level)
    out = BlockWriter(structured=False)
    for text, boilerplate in page_units(pages):
        out.add(text, "boilerplate" if boilerplate else "text", boilerplate)
    if not out.text().strip():
        raise DocumentError(f"{name}: the PDF has no text layer (scanned images are not "
                            "supported: no OCR)")
    return Extracted(out.text(), "pdf", "", out.hints, {"pages": str(len(pages))})
