"""Row model, validation of the input dict, text hygiene and atomic output."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import EN1, EN2, ES, MT

from paralelo.core.atomic import atomic_path
from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken
from paralelo.core.surrogates import fix_surrogates
from paralelo.export import ExportOptions, export_result, format_for
from paralelo.export.common import build_rows, clean_text, neutralise_formula
from paralelo.export.load import load_result, normalise_result


def test_rows_follow_the_links(hostile: dict[str, Any]) -> None:
    rows = build_rows(normalise_result(hostile))
    assert [r.link_id for r in rows] == [1, 2, 3, 4, 5, 6]
    r1, r4, r5, r6 = rows[0], rows[3], rows[4], rows[5]
    assert (r1.es_text, r1.en_text, r1.mt_text) == (ES[0], EN1[0], MT[0])
    assert r1.status == "confirmed" and r1.note == "ok <b>bold</b> & fine" and r1.score == 0.91
    assert r1.shared_facts[0] == "person: Fernando Aramayo ↔ Fernando Aramayo"
    assert r1.es_source == "es <b>doc</b>.txt" and r1.en_sources == ("<script>x</script>.txt",)
    assert r4.en_paras == () and r4.mt_paras == () and not r4.has_both_sides  # 1-0, no MT
    assert r5.es_paras == () and r5.es_source == "" and not r5.has_both_sides  # 0-1
    # many-to-one: paragraphs joined with "\n", like the diff spans of the schema
    assert r6.es_text == ES[4] + "\n" + ES[5] and r6.en_text == EN2[0]
    assert r6.mt_text == MT[4] + "\n" + MT[5]
    assert rows[1].only_es == ("org: <script>alert(1)</script>",)


@pytest.mark.parametrize(("status", "ids"), [("all", [1, 2, 3, 4, 5, 6]), ("confirmed", [1, 6]),
                                              ("flagged", [2]), ("unreviewed", [3, 4, 5])])
def test_status_filter(hostile: dict[str, Any], status: str, ids: list[int]) -> None:
    assert [r.link_id for r in build_rows(normalise_result(hostile), status)] == ids


def test_normalise_fills_ids_and_review(hostile: dict[str, Any]) -> None:
    for link in hostile["links"]:
        del link["review"]
    del hostile["links"][0]["id"]
    hostile["links"][1]["review"] = {"status": "flagged", "note": None}
    out = normalise_result(hostile)
    assert out["links"][0]["id"] == 7  # after the highest existing id
    assert out["links"][2]["review"] == {"status": "unreviewed", "note": "", "by": None,
                                         "at": None}
    assert out["links"][1]["review"]["note"] == ""
    assert "review" not in hostile["links"][2]  # the input is not modified


def _break(result: dict[str, Any], how: str) -> Any:
    r = copy.deepcopy(result)
    link = r["links"][0]
    if how == "format":
        r["format"] = "1"
    elif how == "newer":
        r["format"] = 7
    elif how == "no documents":
        r["documents"] = []
    elif how == "es index":
        link["es"] = [99]
    elif how == "en doc":
        link["en"] = [{"doc": "en9", "para": 0}]
    elif how == "en index":
        link["en"] = [{"doc": "en1", "para": -1}]
    elif how == "bool index":
        link["es"] = [True]
    elif how == "status":
        link["review"]["status"] = "done"
    elif how == "nan":
        link["score"] = float("nan")
    elif how == "dup id":
        r["links"][1]["id"] = link["id"]
    elif how == "dup doc":
        r["documents"][2]["id"] = "en1"
    elif how == "facts":
        link["facts"] = "Aramayo"
    elif how == "para text":
        r["documents"][0]["paragraphs"][0]["text"] = None
    elif how == "not object":
        return [r]
    return r


@pytest.mark.parametrize("how", ["format", "newer", "no documents", "es index", "en doc",
                                 "en index", "bool index", "status", "nan", "dup id",
                                 "dup doc", "facts", "para text", "not object"])
def test_bad_input_is_one_clear_line(hostile: dict[str, Any], how: str) -> None:
    with pytest.raises(UserError) as err:
        normalise_result(_break(hostile, how))
    assert "\n" not in str(err.value) and str(err.value)


def test_text_hygiene() -> None:
    assert clean_text("a\x00b\x1fc\td\ne\rf\ufffeg\uffffh\ud800i😀") == "abc\td\ne\rfghi😀"
    assert clean_text("\u202eRTL\u202c עברית") == "\u202eRTL\u202c עברית"  # valid XML: kept
    assert fix_surrogates("a\udc00b😀") == "a\ufffdb😀"
    for text in ("=1+1", "+1", "-3 %", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise_formula(text) == "'" + text
    for text in ("3", "x=1", " =1", "'=1", "", "Año"):
        assert neutralise_formula(text) == text


def test_atomic_path_keeps_old_file_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_text("half")
        raise RuntimeError("boom")
    assert out.read_text() == "old"
    assert list(tmp_path.iterdir()) == [out]


def test_cancel_leaves_no_output(hostile: dict[str, Any], tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    from paralelo.core.errors import Cancelled

    for fmt in ("tmx", "csv", "xlsx", "json", "html"):
        with pytest.raises(Cancelled):
            export_result(hostile, fmt, tmp_path / f"x.{fmt}", cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(hostile: dict[str, Any], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_result(hostile, "csv", tmp_path / "x.csv",
                  progress=lambda d, t, m: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_output_errors(hostile: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such folder"):
        export_result(hostile, "csv", tmp_path / "missing" / "x.csv")
    with pytest.raises(UserError, match="is a folder"):
        export_result(hostile, "csv", tmp_path)
    with pytest.raises(UserError, match="unknown export format"):
        export_result(hostile, "docx", tmp_path / "x.docx")
    with pytest.raises(UserError, match="segment type"):
        export_result(hostile, "tmx", tmp_path / "x.tmx", ExportOptions(segtype="word"))
    assert format_for("a/B.TMX") == "tmx" and format_for("x.htm") == "html"
    with pytest.raises(UserError, match="--format"):
        format_for("x.txt")


def test_load_result_by_content(hostile: dict[str, Any], tmp_path: Path) -> None:
    src = tmp_path / "named.paralelo"  # the name says session, the content says JSON
    import json

    src.write_text(json.dumps(hostile), encoding="utf-8-sig")
    assert load_result(src)["links"][0]["id"] == 1
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(UserError, match="neither a Paralelo session nor"):
        load_result(bad)
    with pytest.raises(UserError, match="no such file"):
        load_result(tmp_path / "nope.json")
    with pytest.raises(UserError, match="is a folder"):
        load_result(tmp_path)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(UserError, match="neither a Paralelo session nor"):
        load_result(deep)


@pytest.mark.parametrize("fmt", ["tmx", "csv", "tsv", "xlsx", "json", "html"])
def test_no_links_still_a_valid_file(hostile: dict[str, Any], tmp_path: Path, fmt: str) -> None:
    hostile["links"] = []
    out = tmp_path / f"empty.{fmt}"
    assert export_result(hostile, fmt, out) == 0
    assert out.stat().st_size > 0
    if fmt == "json":
        import json

        assert json.loads(out.read_text(encoding="utf-8"))["links"] == []
    elif fmt in ("tmx", "html"):
        import lxml.etree as etree
        import lxml.html

        parsed = (etree.parse(str(out)).getroot() if fmt == "tmx"
                  else lxml.html.fromstring(out.read_bytes()))
        assert parsed.xpath("//tu" if fmt == "tmx" else '//tr[@class="meta"]') == []
    elif fmt == "xlsx":
        import openpyxl

        assert openpyxl.load_workbook(out)["Review"].max_row == 1
    else:
        assert out.read_bytes().count(b"\r\n") == 1  # the header only
