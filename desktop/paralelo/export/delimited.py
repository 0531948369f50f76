"""CSV and TSV export: one row per link, RFC 4180 quoting, UTF-8 (BOM optional).

Both use the csv module's quoting (fields with the delimiter, quotes or line
breaks are quoted, quotes doubled) and CRLF line ends, which is what Excel,
LibreOffice and pandas read. Every text cell that starts with ``= + - @``, a
tab or a carriage return gets an apostrophe in front so no spreadsheet runs it
as a formula: a Spanish paragraph reading "-3 % de inflación" is exported as
"'-3 % de inflación". Scores are plain non-negative numbers and never need it.
The BOM (``bom=True``) makes Excel on Windows open Spanish accents correctly.
"""

from __future__ import annotations

import csv
from pathlib import Path

from paralelo.core.atomic import atomic_path
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.export.common import ExportRow, clean_text, neutralise_formula

COLUMNS = ("link_id", "spanish", "english", "machine_translation", "score", "status", "note",
           "shared_facts", "only_es", "only_en")
#: Separator between several facts inside one cell.
FACT_SEP = "\n"


def format_score(score: float | None) -> str:
    return "" if score is None else f"{float(score):.4f}"


def row_cells(row: ExportRow) -> list[str]:
    """The text of each column for ``row``, before formula neutralisation."""
    return [str(row.link_id), row.es_text, row.en_text, row.mt_text, format_score(row.score),
            row.status, row.note, FACT_SEP.join(row.shared_facts), FACT_SEP.join(row.only_es),
            FACT_SEP.join(row.only_en)]


def safe_cell(text: str) -> str:
    """Clean and neutralise one spreadsheet text cell."""
    return neutralise_formula(clean_text(text))


def write_delimited(rows: list[ExportRow], out: str | Path, *, delimiter: str = ",",
                    bom: bool = False, progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> int:
    """Write ``rows`` as CSV (``delimiter=","``) or TSV (``"\\t"``); return rows written."""
    encoding = "utf-8-sig" if bom else "utf-8"
    with atomic_path(out) as tmp, tmp.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quotechar='"', doublequote=True,
                            quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for done, row in enumerate(rows):
            check(cancel)
            if progress:
                progress(done, len(rows), "Writing rows")
            writer.writerow([safe_cell(c) for c in row_cells(row)])
    if progress:
        progress(len(rows), len(rows), "Rows written")
    return len(rows)
