"""PDF text layer (no OCR), re-flowed into paragraphs.

A PDF has lines, not paragraphs. Lines are joined back into paragraphs: a new
paragraph starts after a line that is clearly shorter than the page's usual
line width, at bullets, and at page breaks that end a sentence. A word split
by a line-end hyphen ("coope-\\nración") is rejoined. Bare page numbers and
"Page 3 of 9" lines are kept as flagged boilerplate paragraphs.
"""

from __future__ import annotations

import io
import logging
import re
import warnings

from paralelo.core.errors import Cancelled, DocumentError
from paralelo.core.formats import BlockWriter, Extracted
from paralelo.core.progress import CancelToken, Progress, check

_PAGE_NO = re.compile(r"^(?:-\s*)?(?:\d{1,4}|page \d+( of \d+)?|página \d+( de \d+)?)(?:\s*-)?$",
                      re.I)
_BULLET = re.compile(r"^(?:[•◦▪●■►‣⁃·]|[-*–]\s|\d{1,3}[.)]\s)")
_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")


def _reflow(lines: list[str]) -> list[str]:
    """Join wrapped lines of one page into paragraphs."""
    lines = [ln.strip() for ln in lines]
    widths = sorted(len(ln) for ln in lines if ln)
    typical = widths[int(len(widths) * 0.8)] if widths else 0
    paras: list[str] = []
    cur = ""
    for ln in lines:
        if not ln:
            if cur:
                paras.append(cur)
            cur = ""
            continue
        if cur and _BULLET.match(ln):
            paras.append(cur)
            cur = ""
        if not cur:
            cur = ln
        elif cur.endswith("-") and len(cur) > 1 and cur[-2].isalpha() and ln[:1].islower():
            cur = cur[:-1] + ln
        else:
            cur = f"{cur} {ln}"
        if len(ln) < 0.85 * typical and (_END.search(ln) or len(ln) < 0.6 * typical):
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return paras


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
            pages: list[str] = []
            total = len(reader.pages)
            for i, pdf_page in enumerate(reader.pages):
                check(cancel)
                pages.append(pdf_page.extract_text() or "")
                if progress is not None:
                    progress(i + 1, total, f"Reading page {i + 1} of {total}")
    except (DocumentError, Cancelled):
        raise
    except Exception as exc:  # pypdf raises many types (PyPdfError, KeyError...) on broken files
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DocumentError(f"{name}: not a valid PDF file ({reason})") from None
    finally:
        logger.setLevel(old_level)
    units: list[tuple[str, bool]] = []  # (text, is page number)
    for page in pages:
        lines = page.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        body = [ln for ln in lines if not _PAGE_NO.match(ln.strip())]
        numbers = [ln.strip() for ln in lines if ln.strip() and _PAGE_NO.match(ln.strip())]
        paras = _reflow(body)
        last = next((i for i in range(len(units) - 1, -1, -1) if not units[i][1]), None)
        if (paras and last is not None and not _END.search(units[last][0])
                and paras[0][:1].islower()):  # a paragraph running over the page break
            units[last] = (f"{units[last][0]} {paras.pop(0)}", False)
        units += [(p, False) for p in paras] + [(n, True) for n in numbers]
    out = BlockWriter(structured=False)
    for text, is_number in units:
        out.add(text, "boilerplate" if is_number else "text", is_number)
    if not out.text().strip():
        raise DocumentError(f"{name}: the PDF has no text layer (scanned images are not "
                            "supported: no OCR)")
    return Extracted(out.text(), "pdf", "", out.hints, {"pages": str(len(pages))})
