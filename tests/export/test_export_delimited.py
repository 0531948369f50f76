"""CSV/TSV: RFC 4180 quoting, UTF-8 with optional BOM, formulas neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import EN1, EN2, ES, MT

from paralelo.export import ExportOptions, export_result
from paralelo.export.delimited import COLUMNS

HEADER = ["link_id", "spanish", "english", "machine_translation", "score", "status", "note",
          "shared_facts", "only_es", "only_en"]


def read(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=delimiter))
    assert rows[0] == HEADER
    return [dict(zip(HEADER, r, strict=True)) for r in rows[1:]]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_round_trip(hostile: dict[str, Any], tmp_path: Path, fmt: str, delimiter: str) -> None:
    out = tmp_path / f"h.{fmt}"
    assert export_result(hostile, fmt, out) == 6
    assert tuple(HEADER) == COLUMNS
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\n")[0].endswith(b"\r")  # CRLF line ends
    rows = {int(r["link_id"]): r for r in read(out, delimiter)}
    assert set(rows) == {1, 2, 3, 4, 5, 6}
    r1 = rows[1]
    assert (r1["spanish"], r1["english"], r1["machine_translation"]) == (ES[0], EN1[0], MT[0])
    assert float(r1["score"]) == pytest.approx(0.91) and r1["status"] == "confirmed"
    assert r1["note"] == "ok <b>bold</b> & fine"
    assert r1["shared_facts"].split("\n") == [
        "person: Fernando Aramayo ↔ Fernando Aramayo", "person: Aramayo ↔ Aramayo",
        "place: Washington ↔ Washington", "year: 2026 ↔ 2026"]
    # many-to-one: both paragraphs, one per line, inside one quoted cell
    assert rows[6]["spanish"] == ES[4] + "\n+cmd|' /C calc'!A0 con  suelto"  # lone surrogate gone
    assert rows[6]["english"] == EN2[0] and rows[6]["machine_translation"] == MT[4] + "\n" + MT[5]
    # 1-0 and 0-1 keep their one side, the other is empty
    assert rows[4]["english"] == "" and rows[4]["machine_translation"] == ""
    assert rows[4]["spanish"] == "Párrafo sin pareja  con control  y \u202etexto RTL\u202c עברית."
    assert rows[5]["spanish"] == "" and rows[5]["english"] == "'" + EN1[3]
    assert rows[3]["spanish"].endswith("según el INE 😀, dijo.")  # emoji intact
    assert rows[2]["english"] == EN1[1]  # quotes and commas survive quoting
    assert rows[2]["only_es"] == "org: <script>alert(1)</script>"


def test_formula_injection_neutralised(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "h.csv"
    export_result(hostile, "csv", out)
    rows = {int(r["link_id"]): r for r in read(out, ",")}
    assert rows[2]["spanish"] == "'" + ES[1]  # =HYPERLINK(...)
    assert rows[2]["note"] == "'=1+1"
    assert rows[3]["spanish"] == "'" + ES[2]  # "-3 % ..." is text, not a negative number
    assert rows[5]["note"] == "'-3 %"
    assert rows[5]["english"] == "'\tEnglish paragraph without partner"
    assert rows[2]["only_en"] == "number: @SUM(1+1)"  # "@" not at the start: untouched
    for row in rows.values():
        for col in HEADER:
            assert not row[col].startswith(("=", "+", "-", "@", "\t", "\r")), (col, row[col])


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)",
                                  "\t=1", "\r=1", "\x01=1+1"])
def test_every_dangerous_prefix(hostile: dict[str, Any], tmp_path: Path, text: str) -> None:
    hostile["documents"][0]["paragraphs"][0]["text"] = text
    hostile["links"][0]["review"]["note"] = text
    hostile["links"][0]["facts"] = []
    out = tmp_path / "x.csv"
    export_result(hostile, "csv", out)
    row = read(out, ",")[0]
    expected = "'" + text.replace("\x01", "")
    assert row["spanish"] == expected and row["note"] == expected


def test_bom_and_excel_style_reading(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "bom.csv"
    export_result(hostile, "csv", out, ExportOptions(bom=True))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbflink_id,")
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["spanish"] == ES[0] and "viajó" in rows[0]["spanish"]


def test_status_filter_confirmed(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "c.tsv"
    assert export_result(hostile, "tsv", out, ExportOptions(status="confirmed")) == 2
    assert [r["link_id"] for r in read(out, "\t")] == ["1", "6"]


def test_seed_csv(seed: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "seed.csv"
    export_result(seed, "csv", out)
    rows = read(out, ",")
    es = seed["documents"][0]["paragraphs"]
    assert [r["spanish"] for r in rows] == ["\n".join(es[i]["text"] for i in lk["es"])
                                            for lk in seed["links"]]
    assert rows[2]["english"] == "" and rows[2]["status"] == "flagged"
    assert rows[0]["shared_facts"] == "person: Fernando Aramayo ↔ Fernando Aramayo"
