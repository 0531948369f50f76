"""XLSX review sheet (openpyxl): the CSV columns, ready for a reviser to work in.

The "Review" sheet has a frozen, filterable header, wrapped text, sized
columns, the score as a number formatted ``0.00`` and the status column
restricted to unreviewed/confirmed/flagged by a data-validation list. A
"Documents" sheet names the documents, the engine and the counts.

openpyxl stores any string that starts with ``=`` as a formula. Every text cell
is therefore forced to the string type and given Excel's quote prefix (the
hidden apostrophe), so document text is shown exactly as written and never
evaluated, even after the user edits the cell. Cells are capped at Excel's
32,767 characters (longer text is cut, ending with "…").
"""

from __future__ import annotations

import io
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from paralelo.core.atomic import atomic_path
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.export.common import STATUSES, ExportRow, clean_text
from paralelo.export.delimited import COLUMNS, FACT_SEP

EXCEL_CELL_MAX = 32767
WIDTHS = {"link_id": 8, "spanish": 60, "english": 60, "machine_translation": 50, "score": 8,
          "status": 13, "note": 30, "shared_facts": 34, "only_es": 26, "only_en": 26}
_WRAP = Alignment(wrap_text=True, vertical="top")
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")


class _Styles:
    """Style arrays built once and copied into each cell.

    Assigning ``cell.alignment`` hashes the style and looks it up on every
    cell, which dominated the export time of large sessions; copying a ready
    style array (what openpyxl itself does when copying sheets) is cheap.
    """

    def __init__(self, ws: Any) -> None:
        probe = ws.cell(1, 1)
        saved = copy(probe._style)
        probe.alignment = _WRAP
        self.wrap = copy(probe._style)
        probe.quotePrefix = True
        self.text = copy(probe._style)
        probe._style = copy(self.wrap)
        probe.number_format = "0.00"
        self.score = copy(probe._style)
        probe._style = saved


def _text_cell(cell: Cell, text: str, styles: _Styles | None = None) -> None:
    text = clean_text(text)
    if len(text) > EXCEL_CELL_MAX:
        text = text[: EXCEL_CELL_MAX - 1] + "…"
    cell.value = text
    cell.data_type = "s"  # never a formula, whatever the first character
    if styles is not None:
        cell._style = copy(styles.text)
    else:
        cell.quotePrefix = True
        cell.alignment = _WRAP


def _review_sheet(ws: Any, rows: list[ExportRow], progress: Progress | None,
                  cancel: CancelToken | None) -> None:
    ws.title = "Review"
    ws.append(list(COLUMNS))
    styles = _Styles(ws)  # probes A1, so after the header row exists
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top")
    for r, row in enumerate(rows, start=2):
        if r % 200 == 2:
            check(cancel)
            if progress:
                progress(r - 2, len(rows), "Writing review sheet")
        ws.cell(r, 1, row.link_id)._style = copy(styles.wrap)
        score = ws.cell(r, 5, None if row.score is None else float(row.score))
        score._style = copy(styles.score)
        texts = [row.es_text, row.en_text, row.mt_text, "", row.status, row.note,
                 FACT_SEP.join(row.shared_facts), FACT_SEP.join(row.only_es),
                 FACT_SEP.join(row.only_en)]
        for c, text in enumerate(texts, start=2):
            if c != 5:
                _text_cell(ws.cell(r, c), text, styles)
    ws.freeze_panes = "A2"
    last = get_column_letter(len(COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    for i, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS[name]
    dv = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"',
                        allow_blank=False, showErrorMessage=True,
                        errorTitle="Status", error="Choose unreviewed, confirmed or flagged.")
    dv.add(f"F2:F{max(len(rows) + 1, 2)}")
    ws.add_data_validation(dv)


def _documents_sheet(ws: Any, result: dict[str, Any], rows: list[ExportRow]) -> None:
    ws.append(["document", "id", "language", "mode", "paragraphs", "sha256"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for r, d in enumerate(result.get("documents", []), start=2):
        for c, value in enumerate([d.get("name") or d.get("path") or d["id"], d["id"],
                                   d.get("lang") or "", d.get("mode") or ""], start=1):
            _text_cell(ws.cell(r, c), str(value))
        ws.cell(r, 5, len(d.get("paragraphs", [])))
        _text_cell(ws.cell(r, 6), str(d.get("sha256") or ""))
    engine = result.get("engine") or {}
    info = [("engine", " ".join(str(engine.get(k) or "") for k in ("name", "model", "version"))),
            ("generator", str(result.get("generator") or "")),
            ("created", str(result.get("created") or "")),
            ("links exported", str(len(rows)))]
    info += [(f"{s} links", str(sum(r.status == s for r in rows))) for s in STATUSES]
    start = ws.max_row + 2
    for i, (key, value) in enumerate(info):
        ws.cell(start + i, 1, key).font = Font(bold=True)
        _text_cell(ws.cell(start + i, 2), value)
    for col, width in zip("ABCDEF", (34, 8, 10, 12, 11, 66), strict=True):
        ws.column_dimensions[col].width = width


def write_xlsx(rows: list[ExportRow], out: str | Path, *, result: dict[str, Any],
               progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
    """Write the review workbook for ``rows`` to ``out`` atomically; return rows written."""
    wb = Workbook()
    wb.properties.creator = "Paralelo"
    wb.properties.title = "Paralelo review sheet"
    _review_sheet(wb.active, rows, progress, cancel)
    _documents_sheet(wb.create_sheet("Documents"), result, rows)
    check(cancel)
    # Built in memory, then written: openpyxl leaves its zip open when a write fails
    # (full disk), and the zip's __del__ then prints a traceback.
    buffer = io.BytesIO()
    wb.save(buffer)
    with atomic_path(out) as tmp:
        tmp.write_bytes(buffer.getbuffer())
    if progress:
        progress(len(rows), len(rows), "Workbook written")
    return len(rows)
