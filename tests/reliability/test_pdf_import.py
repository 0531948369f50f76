"""Issue 18.13: PDF import gives clean paragraphs (PDFs written by the tests).

The first PDF is written by Qt (QPdfWriter), the writer behind the defect
screenshot 02-pdf-import-tabs.png: its text layer puts tabs between words and
keeps the "ﬁ" ligature. It has a title set over two lines, a running header
and a "Página N de 3" footer on every page, a word hyphenated at a line end,
and a paragraph running over a page break.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paralelo.core.formats.pdf_layout import Line, clean, page_units, running_keys
from paralelo.core.importers import load_document

HEADER = "Informe anual 2024 · Cooperativa del Valle"
PAGES = [
    ["La cooperativa cerró el ejercicio con beneficios. La eficiencia y la financiación",
     "mejoraron gracias a la coope-", "ración internacional de los socios fundadores.", "",
     "El segundo párrafo explica los resultados    con\tespacios raros y sigue en la",
     "página siguiente, donde"],
    ["termina sin perder ninguna palabra del texto original.", "",
     "Un párrafo del medio habla de la financiación de los flujos de caja."],
    ["El último párrafo del informe cierra con las conclusiones de la asamblea."],
]


def _qt_pdf(path: Path) -> None:
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    body = QFont("DejaVu Sans", 11)
    for n, lines in enumerate(PAGES):
        if n:
            writer.newPage()
        painter.setFont(body)
        painter.drawText(40, 30, HEADER)
        y = 80
        if n == 0:
            painter.setFont(QFont("DejaVu Sans", 18))
            painter.drawText(40, y, "Informe anual de la Cooperativa")
            painter.drawText(40, y + 24, "Agrícola del Valle")
            y += 64
            painter.setFont(body)
        for line in lines:
            if line:
                painter.drawText(40, y, line)
            y += 16
        painter.drawText(260, 800, f"Página {n + 1} de {len(PAGES)}")
    painter.end()


@pytest.fixture
def qt_pdf(qapp: object, tmp_path: Path) -> Path:
    path = tmp_path / "informe.pdf"
    _qt_pdf(path)
    return path


def test_qt_pdf_comes_out_as_clean_paragraphs(qt_pdf: Path) -> None:
    from pypdf import PdfReader

    raw = PdfReader(str(qt_pdf)).pages[0].extract_text()
    assert "\t" in raw and "\ufb01" in raw  # the defect is really in this PDF's text layer

    doc = load_document(qt_pdf)
    content = [p.text for p in doc.paragraphs if not p.boilerplate]
    assert content == [
        "Informe anual de la Cooperativa Agrícola del Valle",
        "La cooperativa cerró el ejercicio con beneficios. La eficiencia y la financiación "
        "mejoraron gracias a la cooperación internacional de los socios fundadores.",
        "El segundo párrafo explica los resultados con espacios raros y sigue en la "
        "página siguiente, donde termina sin perder ninguna palabra del texto original.",
        "Un párrafo del medio habla de la financiación de los flujos de caja.",
        "El último párrafo del informe cierra con las conclusiones de la asamblea.",
    ]
    flagged = [p.text for p in doc.paragraphs if p.boilerplate]
    assert sorted(flagged) == sorted([HEADER] * 3 + [f"Página {i} de 3" for i in (1, 2, 3)])
    assert all(p.kind == "boilerplate" for p in doc.paragraphs if p.boilerplate)
    for bad in ("\t", "  ", "\ufb01", "\ufb02", "\u00ad"):
        assert bad not in doc.text, repr(bad)


def _line(text: str, y: float, size: float = 11.0, x: float = 72.0) -> Line:
    return Line(text, x, y, size)


def test_running_header_with_changing_page_number_is_recognised() -> None:
    pages = [[_line(f"Boletín oficial — página {n}", 800),
              _line(f"Texto propio de la página {'abc'[n]} con más palabras.", 760)]
             for n in range(3)]
    assert running_keys(pages) == {"boletín oficial — página #"}
    units = page_units(pages)
    assert [u for u in units if u[1]] == [(f"Boletín oficial — página {n}", True)
                                         for n in range(3)]


def test_a_long_line_repeated_on_every_page_is_content_not_a_header() -> None:
    long = "Esta advertencia legal larga se repite en cada página del documento " * 2
    pages = [[_line(long, 800), _line(f"Cuerpo {'xyz'[n]} distinto.", 760)] for n in range(3)]
    assert running_keys(pages) == set()
    assert not any(flag for _text, flag in page_units(pages))


def test_single_page_has_no_running_lines() -> None:
    assert running_keys([[_line("Título", 800), _line("Texto.", 760)]]) == set()


def test_ligatures_soft_hyphens_and_space_runs_are_cleaned() -> None:
    assert clean("e\ufb01caz\tde\u00adfi\ufb02ujo   \u2003 final ") == "eficaz defiflujo final"


def test_title_over_two_lines_stays_one_paragraph_and_body_size_breaks() -> None:
    lines = [_line("Informe sobre la", 760, 18), _line("reforma agraria", 736, 18),
             _line("El texto empieza aquí y sigue bastante tiempo en la misma línea.", 700),
             _line("y termina aquí.", 686)]
    assert [u[0] for u in page_units([lines])] == [
        "Informe sobre la reforma agraria",
        "El texto empieza aquí y sigue bastante tiempo en la misma línea. y termina aquí."]


def test_vertical_gap_and_indent_start_paragraphs() -> None:
    lines = [_line("Primera línea larga del primer párrafo que ocupa todo el ancho.", 760),
             _line("Fin del primero.", 746),
             _line("Tras un hueco, segundo párrafo largo que ocupa todo el ancho útil.", 710),
             _line("Fin del segundo, línea completa que llega al margen derecho ya.", 696),
             _line("Sangrado: tercer párrafo que empieza con sangría de primera línea.", 682,
                   x=90)]
    assert len(page_units([lines])) == 3
