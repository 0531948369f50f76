"""TMX 1.4b: valid against the DTD, read back by translate-toolkit as the session says."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from export_fixtures import EN1, EN2, ES, MT, TMX_DTD
from lxml import etree

from paralelo.export import ExportOptions, export_result
from paralelo.export.tmx import write_tmx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def expected_seg(*paras: str) -> str:
    """What a TMX segment must hold: XML-invalid characters dropped, breaks and joins a space."""
    parts = [re.sub(r"\s*\n\s*", " ", _INVALID.sub("", p)).strip() for p in paras]
    return " ".join(p for p in parts if p)


def validate(path: Path) -> Any:
    dtd = etree.DTD(str(TMX_DTD))
    doc = etree.parse(str(path))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    return doc


def ttk_units(path: Path) -> list[Any]:
    from translate.storage import tmx

    store = tmx.tmxfile(path.read_bytes(), sourcelanguage="es", targetlanguage="en")
    return [u for u in store.units if not u.isheader()]


def test_tmx_valid_and_read_back(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "h.tmx"
    n = export_result(hostile, "tmx", out)
    assert n == 4  # links 4 (1-0) and 5 (0-1) have no counterpart
    doc = validate(out)
    root = doc.getroot()
    assert root.get("version") == "1.4"
    header = root.find("header").attrib
    assert header["creationtool"] == "Paralelo" and header["creationtoolversion"]
    assert (header["segtype"], header["srclang"], header["adminlang"], header["datatype"]) == (
        "paragraph", "es", "en", "plaintext")
    assert header["o-tmf"] and re.fullmatch(r"\d{8}T\d{6}Z", header["creationdate"])
    units = ttk_units(out)
    expected = {
        "1": (expected_seg(ES[0]), expected_seg(EN1[0])),
        "2": (expected_seg(ES[1]), expected_seg(EN1[1])),
        "3": (expected_seg(ES[2]), expected_seg(EN1[2])),
        "6": (expected_seg(ES[4], ES[5]), expected_seg(EN2[0])),
    }
    assert {u.getid(): (u.source, u.target) for u in units} == expected
    # hostile text survives as text, escaped by the writer, not as markup
    assert units[1].source.startswith('=HYPERLINK("http://evil.example"')
    assert "<script>alert(1)</script> & más" in units[1].source
    assert units[1].target.startswith("<img src=x onerror=alert(1)>")
    assert "🇧🇴" in units[2].source and "😀" in units[2].target  # non-BMP kept
    assert units[3].target == "Second part of the merged paragraph, with a break."


def test_tmx_props_notes_and_control_characters(hostile: dict[str, Any], tmp_path: Path) -> None:
    hostile["links"][3]["en"] = [{"doc": "en1", "para": 3}]  # give the 1-0 link a partner
    out = tmp_path / "h.tmx"
    export_result(hostile, "tmx", out)
    root = validate(out).getroot()
    tus = {tu.get("tuid"): tu for tu in root.iter("tu")}
    props = {k: [(p.get("type"), p.text) for p in tu.findall("prop")] for k, tu in tus.items()}
    assert ("x-score", "0.9100") in props["1"] and ("x-status", "confirmed") in props["1"]
    assert ("x-source-es", "es <b>doc</b>.txt") in props["1"]
    assert ("x-source-en", "<script>x</script>.txt") in props["1"]
    assert not any(t == "x-machine-translation" for t, _ in props["1"])  # only with --with-mt
    assert tus["1"].findtext("note") == "ok <b>bold</b> & fine"
    assert tus["2"].findtext("note") == "=1+1"
    assert tus["3"].find("note") is None
    seg_es = tus["4"].find("tuv/seg").text
    assert seg_es == "Párrafo sin pareja  con control  y \u202etexto RTL\u202c עברית."
    assert tus["4"].find("tuv/seg").getparent().get(XML_LANG) == "es"
    assert [tuv.get(XML_LANG) for tuv in tus["4"].findall("tuv")] == ["es", "en"]
    assert "\x01" not in out.read_text(encoding="utf-8")


def test_tmx_with_mt(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "mt.tmx"
    export_result(hostile, "tmx", out, ExportOptions(with_mt=True))
    root = validate(out).getroot()
    mt = {tu.get("tuid"): [p.text for p in tu.findall("prop")
                           if p.get("type") == "x-machine-translation"]
          for tu in root.iter("tu")}
    assert mt["1"] == [MT[0]] and mt["6"] == [f"{MT[4]} {MT[5]}"]
    # the MT is not a translation variant: units keep exactly one es and one en tuv
    assert all(len(tu.findall("tuv")) == 2 for tu in root.iter("tu"))


def test_tmx_sentence_units(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "s.tmx"
    n = export_result(hostile, "tmx", out, ExportOptions(segtype="sentence"))
    root = validate(out).getroot()
    assert root.find("header").get("segtype") == "sentence"
    tus = list(root.iter("tu"))
    assert n == len(tus) == 5
    # links without sentence pairs fall back to one paragraph unit, marked as such
    assert [(tu.get("tuid"), tu.get("segtype")) for tu in tus] == [
        ("1", "paragraph"), ("2", "paragraph"), ("3", "paragraph"), ("6.1", None), ("6.2", None)]
    units = {u.getid(): (u.source, u.target) for u in ttk_units(out)}
    assert units["6.1"] == ("Segunda parte del párrafo combinado.",
                            "Second part of the merged paragraph,")
    assert units["6.2"] == ("+cmd|' /C calc'!A0 con suelto", "with a break.")


def test_tmx_creation_date_and_empty(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "e.tmx"
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert write_tmx([], out, now=when) == 0
    root = validate(out).getroot()
    assert root.find("header").get("creationdate") == "20260102T030405Z"
    assert ttk_units(out) == []


def test_tmx_seed(seed: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "seed.tmx"
    assert export_result(seed, "tmx", out) == 2
    validate(out)
    es = seed["documents"][0]["paragraphs"]
    en = seed["documents"][1]["paragraphs"]
    units = ttk_units(out)
    first, second = seed["links"][0], seed["links"][1]
    assert units[0].source == es[first["es"][0]]["text"]
    assert units[0].target == en[first["en"][0]["para"]]["text"]
    assert units[1].source == " ".join(es[i]["text"] for i in second["es"])


def test_tmx_sentence_indices_from_the_aligner(hostile: dict[str, Any], tmp_path: Path) -> None:
    """The aligner's shape: [[es sentence indices], [en sentence indices]] over the link."""
    hostile["documents"][0]["paragraphs"][4]["text"] = "Hola mundo. Adiós amigo. Tres."
    hostile["documents"][2]["paragraphs"][0]["text"] = "Hello world. Goodbye friend."
    link = hostile["links"][5]
    link["es"], link["facts"], link["diff"] = [4], [], []
    link["evidence"] = {"sentences": [[[0], [0]], [[1, 2], [1]]]}
    bad = hostile["links"][0]
    bad["evidence"] = {"sentences": [[[0], [0]], [[1], [7]]]}  # stale: no English sentence 7
    out = tmp_path / "idx.tmx"
    export_result(hostile, "tmx", out, ExportOptions(segtype="sentence"))
    validate(out)
    units = {u.getid(): (u.source, u.target) for u in ttk_units(out)}
    assert units["6.1"] == ("Hola mundo.", "Hello world.")
    assert units["6.2"] == ("Adiós amigo. Tres.", "Goodbye friend.")
    assert units["1"] == (ES[0], EN1[0])  # stale evidence: one paragraph unit instead
