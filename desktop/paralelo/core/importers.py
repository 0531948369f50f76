"""Import documents from files or pasted text into `Document`.

`load_document` checks the file (exists, regular, not empty, under
`MAX_FILE_BYTES`), picks a reader by extension or magic bytes, and turns
every failure a user can cause into a one-line `DocumentError` naming the
file. The readers live in `paralelo.core.formats`; segmentation in
`paralelo.core.segment`; language identification in `paralelo.core.langdetect`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
from collections.abc import Callable
from pathlib import Path

from paralelo.core.document import Document, Paragraph
from paralelo.core.errors import DocumentError
from paralelo.core.formats import (
    EXTENSIONS,
    MAX_FILE_BYTES,
    UNSUPPORTED,
    Extracted,
    Hint,
    normalize,
)
from paralelo.core.langdetect import detect_language
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.core.segment import split_paragraphs

__all__ = ["MAX_FILE_BYTES", "detect_language", "document_from_text", "load_document",
           "shown_path", "sniff_format"]

LANGS = ("es", "en", "other")


#: Reader of each format, imported only when a file of that format is read (a command
#: reading one .txt does not pay for the PDF, HTML and Markdown libraries).
_READERS = {"txt": ("text", "read_txt"), "md": ("markdown", "read_md"),
            "html": ("html", "read_html"), "docx": ("docx", "read_docx")}


def _reader(fmt: str) -> Callable[[bytes, str], Extracted]:
    module, name = _READERS[fmt]
    reader: Callable[[bytes, str], Extracted] = getattr(
        importlib.import_module(f"paralelo.core.formats.{module}"), name)
    return reader


def shown_path(path: str | Path) -> str:
    """The path as typed, on one line even if the name holds control characters."""
    text = str(path)
    return repr(text) if any(ord(c) < 32 or c in "\x7f\u2028\u2029\x85" for c in text) else text


def sniff_format(path: Path, data: bytes) -> str:
    """Format from magic bytes first (a PDF named .txt is still a PDF), then extension."""
    head = data[:1024]
    ext = path.suffix.lower()
    if ext in UNSUPPORTED:
        raise DocumentError(f"{shown_path(path)}: {UNSUPPORTED[ext]}")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or ext == ".docx":
            return "docx"
        raise DocumentError(f"{shown_path(path)}: unsupported format (a ZIP archive that is "
                            "not a .docx)")
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"  # unknown extension: plain text if it decodes


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in LANGS:
        raise DocumentError(f"unknown language {lang!r} (use one of: {', '.join(LANGS)})")


def _apply_hints(paras: list[Paragraph], hints: list[Hint]) -> list[Paragraph]:
    """Let what the format knows (headings, nav bars) override text heuristics."""
    if not hints:
        return paras
    out: list[Paragraph] = []
    j = 0
    for p in paras:
        while j < len(hints) and hints[j].end <= p.start:
            j += 1
        hint = hints[j] if j < len(hints) else None
        if hint and hint.start <= p.start and p.end <= hint.end:
            if hint.boilerplate:
                p = dataclasses.replace(p, kind="boilerplate", boilerplate=True)
            elif p.kind != "boilerplate" or hint.content:
                p = dataclasses.replace(p, kind=hint.kind, boilerplate=False)
        out.append(p)
    return out


def _build(ex: Extracted, name: str, lang: str | None, path: str | None, sha256: str) -> Document:
    text = ex.text
    detected = detect_language(text)
    use = lang or detected
    paras = _apply_hints(split_paragraphs(text, use), ex.hints)
    return Document(id=sha256[:12], name=name, text=text, lang=use, paragraphs=paras, path=path,
                    format=ex.format, encoding=ex.encoding, sha256=sha256,
                    detected_lang=detected, meta=dict(ex.meta))


def document_from_text(text: str, name: str = "Pasted text", lang: str | None = None,
                       path: str | None = None, fmt: str = "paste") -> Document:
    """A document from text already in memory (pasted, or produced by a test)."""
    _check_lang(lang)
    text = normalize(text)
    if not text.strip():
        raise DocumentError(f"{name}: there is no text to import (it is empty)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _build(Extracted(text, fmt, "utf-8"), name, lang, path, digest)


def _read(p: Path, shown: str) -> bytes:
    try:
        if not p.exists():
            raise DocumentError(f"{shown}: no such file")
        if p.is_dir():
            raise DocumentError(f"{shown}: is a directory, not a document")
        if not p.is_file():
            raise DocumentError(f"{shown}: not a regular file")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"{shown}: too large ({size / 2**20:.1f} MB; the limit is "
                                f"{MAX_FILE_BYTES // 2**20} MB)")
        if size == 0:
            raise DocumentError(f"{shown}: the file is empty")
        with p.open("rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    except ValueError:  # e.g. an embedded NUL in the path
        raise DocumentError(f"{shown}: not a valid file name") from None


def load_document(path: str | Path, lang: str | None = None, *,
                  progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> Document:
    """Read a .txt/.md/.html/.docx/.pdf file; raise `DocumentError` on any bad input.

    ``progress``/``cancel`` matter for long PDFs (reported and checked per page);
    other formats are checked between reading, extracting and segmenting.
    """
    _check_lang(lang)
    p = Path(path)
    shown = shown_path(path)
    data = _read(p, shown)
    check(cancel)
    fmt = sniff_format(p, data)
    if fmt == "pdf":
        from paralelo.core.formats.pdf import read_pdf

        ex = read_pdf(data, shown, progress, cancel)
    else:
        ex = _reader(fmt)(data, shown)
    if not ex.text.strip():
        raise DocumentError(f"{shown}: contains no text")
    check(cancel)
    return _build(ex, p.name, lang, str(p), hashlib.sha256(data).hexdigest())
