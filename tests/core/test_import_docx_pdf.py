"""Word and PDF import from files the tests build themselves."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from import_fixtures import make_docx, make_pdf

from paralelo.core.errors import DocumentError
from paralelo.core.importers import load_document


def test_docx_paragraphs_headings_lists_tables(tmp_path: Path) -> None:
    p = tmp_path / "informe.docx"
    make_docx(p, [
        ("Heading 1", "Relación bilateral"),
        ("", "La relación entre Bolivia y EE. UU. se reactiva. El Sr. Aramayo viajó."),
        ("", ""),
        ("List Bullet", "Primer punto"),
        ("List Bullet", "Segundo punto"),
        ("", "“Comillas” y ¿preguntas? ¡Sí!"),
    ], table=[["País", "Capital"], ["Bolivia", "La Paz"]])
    doc = load_document(p)
    assert doc.format == "docx" and doc.lang == "es"
    assert [(q.text, q.kind) for q in doc.paragraphs] == [
        ("Relación bilateral", "heading"),
        ("La relación entre Bolivia y EE. UU. se reactiva. El Sr. Aramayo viajó.", "text"),
        ("• Primer punto", "bullet"),
        ("• Segundo punto", "bullet"),
        ("“Comillas” y ¿preguntas? ¡Sí!", "text"),
        ("País", "text"), ("Capital", "text"), ("Bolivia", "text"), ("La Paz", "text"),
    ]
    assert [s.text for s in doc.paragraphs[1].sentences] == [
        "La relación entre Bolivia y EE. UU. se reactiva.", "El Sr. Aramayo viajó."]


def test_docx_line_breaks_stay_inside_the_paragraph(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    para = d.add_paragraph("Primera línea")
    para.add_run().add_break()
    para.add_run("segunda línea del mismo párrafo.")
    d.add_paragraph("Otro párrafo.")
    p = tmp_path / "br.docx"
    d.save(str(p))
    doc = load_document(p)
    assert [q.text for q in doc.paragraphs] == [
        "Primera línea\nsegunda línea del mismo párrafo.", "Otro párrafo."]


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"plain text, not a zip",
                                  b"PK\x03\x04" + b"\x00" * 100])
def test_corrupt_docx(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "roto.docx"
    p.write_bytes(data)
    with pytest.raises(DocumentError, match=r"roto\.docx: not a valid \.docx file") as ei:
        load_document(p)
    assert "\n" not in str(ei.value)


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "archive.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match=r"archive\.docx: not a valid \.docx"):
        load_document(p)


PAGE1 = ["Informe sobre la relación bilateral entre Bolivia y los",
         "Estados Unidos de América, con especial atención a la coope-",
         "ración técnica en minerales críticos.",
         "Segundo párrafo: ¿qué pasó en Washington, D.C.? ¡Mucho! El",
         "canciller viajó con una delegación (técnica) y se reunió con",
         "1"]
PAGE2 = ["representantes del sector privado durante la semana.", "2"]


def test_pdf_text_layer_is_reflowed_into_paragraphs(tmp_path: Path) -> None:
    data = make_pdf([PAGE1, PAGE2])
    from pypdf import PdfReader

    assert "cooperación" not in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    p = tmp_path / "informe.pdf"
    p.write_bytes(data)
    doc = load_document(p)
    assert doc.format == "pdf" and doc.lang == "es" and doc.meta["pages"] == "2"
    assert doc.encoding == ""  # no text encoding: the text layer is read by pypdf
    assert [(q.text, q.boilerplate) for q in doc.paragraphs] == [
        ("Informe sobre la relación bilateral entre Bolivia y los Estados Unidos de América, "
         "con especial atención a la cooperación técnica en minerales críticos.",
         False),
        ("Segundo párrafo: ¿qué pasó en Washington, D.C.? ¡Mucho! El canciller viajó con una "
         "delegación (técnica) y se reunió con representantes del sector privado durante la "
         "semana.", False),
        ("1", True),
        ("2", True),
    ]


def test_pdf_detected_by_magic_bytes_whatever_the_extension(tmp_path: Path) -> None:
    p = tmp_path / "informe.txt"
    p.write_bytes(make_pdf([["Hello world, this is the text of a PDF."]]))
    doc = load_document(p)
    assert doc.format == "pdf" and doc.text == "Hello world, this is the text of a PDF."


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([[]]))
    with pytest.raises(DocumentError, match=r"scan\.pdf: the PDF has no text layer"):
        load_document(p)


@pytest.mark.parametrize("data", [b"%PDF-1.4\ngarbage garbage\n%%EOF",
                                  b"%PDF-1.7\n" + bytes(range(256)) * 4])
def test_corrupt_pdf(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "roto.pdf"
    p.write_bytes(data)
    with pytest.raises(DocumentError, match=r"roto\.pdf: ") as ei:
        load_document(p)
    assert "\n" not in str(ei.value)


def test_truncated_pdf(tmp_path: Path) -> None:
    data = make_pdf([PAGE1])
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(DocumentError, match=r"cut\.pdf: "):
        load_document(p)


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([PAGE2]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_password_protected_pdf(tmp_path: Path) -> None:
    p = tmp_path / "locked.pdf"
    p.write_bytes(_encrypted("secret"))
    with pytest.raises(DocumentError, match=r"locked\.pdf: the PDF is password-protected"):
        load_document(p)


def test_pdf_encrypted_with_empty_password_opens(tmp_path: Path) -> None:
    p = tmp_path / "open.pdf"
    p.write_bytes(_encrypted(""))
    assert load_document(p).paragraphs[0].text.startswith("representantes del sector")


def test_pdf_progress_and_cancel(tmp_path: Path) -> None:
    from paralelo.core.errors import Cancelled
    from paralelo.core.progress import CancelToken

    p = tmp_path / "long.pdf"
    p.write_bytes(make_pdf([[f"Página {i} con su texto."] for i in range(1, 6)]))
    seen: list[tuple[int, int]] = []
    doc = load_document(p, progress=lambda d, t, m: seen.append((d, t)))
    assert seen == [(i, 5) for i in range(1, 6)] and len(doc.paragraphs) == 5
    token = CancelToken()

    def stop_after_two(done: int, total: int, message: str) -> None:
        if done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        load_document(p, progress=stop_after_two, cancel=token)


def test_docx_without_text(tmp_path: Path) -> None:
    p = tmp_path / "blank.docx"
    make_docx(p, [("", ""), ("", "   ")])
    with pytest.raises(DocumentError, match=r"blank\.docx: contains no text"):
        load_document(p)
