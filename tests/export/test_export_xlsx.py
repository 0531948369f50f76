"""XLSX review sheet re-read with openpyxl: values, layout, validation, no formulas."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from export_fixtures import EN1, ES, MT

from paralelo.export import export_result
from paralelo.export.xlsx import EXCEL_CELL_MAX

HEADER = ["link_id", "spanish", "english", "machine_translation", "score", "status", "note",
          "shared_facts", "only_es", "only_en"]


def load(path: Path) -> Any:
    return openpyxl.load_workbook(path)


def test_round_trip_and_layout(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "h.xlsx"
    assert export_result(hostile, "xlsx", out) == 6
    wb = load(out)
    assert wb.sheetnames == ["Review", "Documents"]
    ws = wb["Review"]
    assert [c.value for c in ws[1]] == HEADER
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert list(rows) == [1, 2, 3, 4, 5, 6]
    r1 = rows[1]
    assert (r1[1].value, r1[2].value, r1[3].value) == (ES[0], EN1[0], MT[0])
    assert r1[4].value == pytest.approx(0.91) and r1[4].number_format == "0.00"
    assert r1[5].value == "confirmed" and r1[6].value == "ok <b>bold</b> & fine"
    assert r1[7].value.split("\n")[0] == "person: Fernando Aramayo ↔ Fernando Aramayo"
    assert r1[1].alignment.wrap_text
    assert rows[4][2].value in (None, "") and rows[5][1].value in (None, "")  # 1-0 / 0-1
    assert "🇧🇴" in rows[3][1].value and "\u202e" in rows[4][1].value
    assert "\x01" not in rows[4][1].value  # control characters removed (openpyxl refuses them)
    # layout
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width >= 40 and ws.column_dimensions["A"].width < 15
    assert ws.auto_filter.ref == "A1:J7"
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].type == "list"
    assert dvs[0].formula1 == '"unreviewed,confirmed,flagged"'
    assert str(dvs[0].sqref) == "F2:F7"
    docs = wb["Documents"]
    names = [docs.cell(r, 1).value for r in range(2, 5)]
    assert names == ["es <b>doc</b>.txt", "<script>x</script>.txt", "en2.txt"]
    info = {docs.cell(r, 1).value: docs.cell(r, 2).value for r in range(6, docs.max_row + 1)}
    assert info["engine"] == "apertium spa-eng_US 3.8.3" and info["confirmed links"] == "2"


def test_no_formula_survives(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "h.xlsx"
    export_result(hostile, "xlsx", out)
    ws = load(out)["Review"]
    cells = [c for row in ws.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    r2 = [c.value for c in ws[3]]
    assert r2[1] == ES[1] and r2[6] == "=1+1"  # exact text, shown as text
    assert ws["B3"].quotePrefix and ws["G3"].quotePrefix
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet


def test_long_cell_is_capped(hostile: dict[str, Any], tmp_path: Path) -> None:
    hostile["documents"][0]["paragraphs"][0]["text"] = "palabra " * 5000
    hostile["links"][0]["facts"] = []
    out = tmp_path / "long.xlsx"
    export_result(hostile, "xlsx", out)
    value = load(out)["Review"]["B2"].value
    assert len(value) == EXCEL_CELL_MAX and value.endswith("…")


def test_seed_xlsx(seed: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "seed.xlsx"
    assert export_result(seed, "xlsx", out) == 3
    ws = load(out)["Review"]
    es = seed["documents"][0]["paragraphs"]
    assert ws["B2"].value == es[seed["links"][0]["es"][0]]["text"]
    assert [ws.cell(r, 6).value for r in (2, 3, 4)] == ["confirmed", "unreviewed", "flagged"]
