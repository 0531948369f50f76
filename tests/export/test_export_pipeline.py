"""Exports of what the real pipeline produces on the seed documents (engine none and Apertium).

Checks are structural (every link, every fact span, every diff op), so they
hold whatever the aligner decides.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import TMX_DTD
from lxml import etree
from lxml import html as lxml_html

from paralelo.app.pipeline import run_pipeline
from paralelo.core.seeds import seed_paths
from paralelo.export import ExportOptions, export_result
from paralelo.export.common import build_rows
from paralelo.export.load import normalise_result

_RESULTS: dict[str, dict[str, Any]] = {}


def pipeline_result(engine: str) -> dict[str, Any]:
    """Run once per engine (inside a test, so caches go to the isolated folders)."""
    if engine not in _RESULTS:
        es, ens = seed_paths()
        _RESULTS[engine] = run_pipeline(es, ens, engine=engine)
    return _RESULTS[engine]


def _apertium_ok() -> bool:
    try:
        from paralelo.translation.apertium import apertium_version
    except ImportError:
        return False
    return apertium_version() is not None


ENGINES = ["none", pytest.param("apertium", marks=[
    pytest.mark.apertium,
    pytest.mark.skipif(not _apertium_ok(), reason="apertium spa-eng_US not installed")])]


def _cell_text(td: Any) -> str:
    for label in td.xpath('.//span[@class="src"]'):
        label.drop_tree()
    return str(td.text_content())


@pytest.mark.parametrize("engine", ENGINES)
def test_pipeline_result_exports(engine: str, tmp_path: Path) -> None:
    result = pipeline_result(engine)
    rows = build_rows(normalise_result(result))
    assert rows, "the seed alignment has links"
    paired = [r for r in rows if r.has_both_sides]

    tmx = tmp_path / "p.tmx"
    assert export_result(result, "tmx", tmx, ExportOptions(with_mt=True)) == len(paired)
    assert etree.DTD(str(TMX_DTD)).validate(etree.parse(str(tmx)))
    from translate.storage import tmx as ttk_tmx

    units = [u for u in ttk_tmx.tmxfile(tmx.read_bytes()).units if not u.isheader()]
    assert [u.getid() for u in units] == [str(r.link_id) for r in paired]
    for unit, row in zip(units, paired, strict=True):
        assert unit.source == " ".join(p.strip() for p in row.es_paras if p.strip())

    out = tmp_path / "p.csv"
    export_result(result, "csv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert [int(g["link_id"]) for g in got] == [r.link_id for r in rows]
    for g, row in zip(got, rows, strict=True):
        assert g["spanish"].removeprefix("'") == row.es_text
        assert g["english"].removeprefix("'") == row.en_text

    html = tmp_path / "p.html"
    export_result(result, "html", html)
    tree = lxml_html.fromstring(html.read_bytes())
    for row in rows:
        es_td, mt_td, en_td = tree.xpath(f'//tr[@id="link-{row.link_id}"]')[0] \
            .getnext().xpath("./td")
        if row.es_paras:
            assert _cell_text(es_td) == row.es_text
        if row.en_paras:
            assert _cell_text(en_td) == row.en_text
        if row.mt_paras:
            assert _cell_text(mt_td) == row.mt_text
        # every shared fact with a valid span is marked on both sides
        es_marks = {m.text_content() for m in es_td.iter("mark")}
        en_marks = {m.text_content() for m in en_td.iter("mark")}
        for fact in row.link["facts"]:
            assert fact["es"] in es_marks or any(fact["es"] in m for m in es_marks)
            assert fact["en"] in en_marks or any(fact["en"] in m for m in en_marks)
        if engine != "none" and row.link["diff"]:
            changed = {op["op"] for op in row.link["diff"]}
            assert ("delete" not in changed) or mt_td.xpath(".//del")
            assert ("insert" not in changed) or en_td.xpath(".//ins")

    for fmt in ("tsv", "xlsx", "json"):
        assert export_result(result, fmt, tmp_path / f"p.{fmt}") == len(rows)
