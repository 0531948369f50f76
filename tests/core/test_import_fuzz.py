"""Fuzzing the importers: any bytes give a Document or a DocumentError, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_fixtures import make_docx, make_pdf

from paralelo.core.document import Document
from paralelo.core.errors import DocumentError
from paralelo.core.importers import load_document

_EXTS = st.sampled_from([".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".dat", ""])

_SNIPPETS = st.sampled_from([
    b"<p>", b"</p>", b"<li>", b"<script>", b"</script>", b"<nav>", b"<br>", b"&amp;", b"&#x",
    b"# ", b"- ", b"* ", b"[a](b)", b"```", b"\n", b"\n\n", b"\r\n", b"\xef\xbb\xbf",
    b"\xff\xfe", b"\x00", b"\x93", b"\xf1", b"\xc3\xb1", b"\xe2\x80\x9c", b"%PDF-1.4",
    b"PK\x03\x04", b"Sr. ", b"EE. UU. ", b"Share.", b"Expand", b"\xe2\x80\xa8", b"\x81",
    "¿Qué? ¡Sí! ".encode(), b"hello world. ", b"<meta charset=latin1>", b"\t",
])


def _load(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"fuzz{ext}"
        p.write_bytes(data)
        try:
            doc = load_document(p)
        except DocumentError as exc:
            assert "\n" not in str(exc) and str(p) in str(exc)
            return
        assert isinstance(doc, Document) and doc.text.strip()
        for para in doc.paragraphs:
            assert doc.text[para.start:para.end] == para.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SNIPPETS, max_size=40).map(b"".join), _EXTS)
def test_structured_garbage(data: bytes, ext: str) -> None:
    _load(data, ext)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000), _EXTS)
def test_random_bytes(data: bytes, ext: str) -> None:
    _load(data, ext)


_PDF = make_pdf([["Primera línea del informe sobre Bolivia.", "Segunda línea."], ["Fin."]])


def _docx_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.docx"
        make_docx(p, [("Heading 1", "Título"), ("", "Texto del documento.")])
        return p.read_bytes()


_DOCX = _docx_bytes()


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([(_PDF, ".pdf"), (_DOCX, ".docx")]),
       st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1,
                max_size=8),
       st.floats(0.05, 1.0))
def test_damaged_pdf_and_docx(base: tuple[bytes, str], flips: list[tuple[float, int]],
                              keep: float) -> None:
    data, ext = base
    buf = bytearray(data[: max(1, int(len(data) * keep))])
    for where, value in flips:
        buf[int(where * len(buf))] = value
    _load(bytes(buf), ext)
