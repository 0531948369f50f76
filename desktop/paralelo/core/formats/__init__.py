"""Format readers: bytes of a file -> plain text plus structure hints.

Each reader returns an `Extracted`: the text (already decoded and normalised:
NFC, ``\\n`` newlines, paragraphs separated by blank lines) and optional
`Hint` spans saying "this paragraph is a heading / bullet / boilerplate" when
the format knows it (HTML ``<h2>``/``<nav>``, Word heading styles). Paragraph
segmentation then runs on the text exactly as for a .txt file, and the hints
override its guesses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from paralelo.core.surrogates import fix_surrogates

#: Files larger than this are refused before being read (documented in README "Formats").
MAX_FILE_BYTES = 50 * 1024 * 1024

#: Extensions read as each format. Unknown extensions are sniffed (PDF/DOCX magic,
#: HTML doctype) and otherwise read as plain text if they decode.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".mdown": "md",
    ".mkd": "md", ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx",
    ".pdf": "pdf",
}

#: Extensions we know and refuse, with advice.
UNSUPPORTED: dict[str, str] = {
    ".doc": "old Word .doc files are not supported; save it as .docx",
    ".odt": "OpenDocument text is not supported; save it as .docx or .txt",
    ".rtf": "RTF is not supported; save it as .docx or .txt",
    ".pages": "Pages files are not supported; export it as .docx",
    ".xlsx": "spreadsheets are not supported", ".xls": "spreadsheets are not supported",
    ".ods": "spreadsheets are not supported", ".csv": "CSV files are not documents",
    ".pptx": "presentations are not supported", ".ppt": "presentations are not supported",
    ".epub": "EPUB is not supported", ".zip": "archives are not supported",
    ".gz": "archives are not supported", ".png": "images are not supported (no OCR)",
    ".jpg": "images are not supported (no OCR)", ".jpeg": "images are not supported (no OCR)",
    ".gif": "images are not supported (no OCR)", ".tif": "images are not supported (no OCR)",
    ".tiff": "images are not supported (no OCR)", ".mp3": "audio is not supported",
    ".mp4": "video is not supported", ".exe": "programs are not documents",
}


@dataclass(frozen=True, slots=True)
class Hint:
    """A span of the extracted text whose paragraph kind the format knows."""

    start: int
    end: int
    kind: str  # heading | bullet | boilerplate | code | text
    boilerplate: bool = False
    #: The format knows this is content (a code block, a table row): text heuristics
    #: must not flag it as web boilerplate ("search" in code, "País | Capital").
    content: bool = False


@dataclass(slots=True)
class Extracted:
    text: str
    format: str
    encoding: str = "utf-8"
    hints: list[Hint] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def normalize(text: str) -> str:
    """NFC, ``\\n`` newlines, no stray BOMs, NULs or lone surrogates: the form every
    layer expects (pasted text can carry a surrogate, which UTF-8 cannot store)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = fix_surrogates(text.replace("\x00", ""))
    return unicodedata.normalize("NFC", text)


_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")


class BlockWriter:
    """Builds text from blocks separated by blank lines, recording hints.

    ``structured`` formats (HTML, Word) know what each block is, so every block
    gets a hint, "text" included, and text heuristics never relabel it.
    """

    def __init__(self, structured: bool = True) -> None:
        self.structured = structured
        self.parts: list[str] = []
        self.hints: list[Hint] = []
        self.pos = 0

    def add(self, text: str, kind: str = "text", boilerplate: bool = False,
            content: bool = False) -> None:
        text = _BLANK_LINES.sub("\n", normalize(text)).strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.parts.append(text)
        if self.structured or kind != "text" or boilerplate:
            self.hints.append(Hint(self.pos, self.pos + len(text), kind, boilerplate, content))
        self.pos += len(text)

    def text(self) -> str:
        return "".join(self.parts)
