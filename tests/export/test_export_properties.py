"""Property tests: any text, any spans, every format keeps the text and stays well-formed."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from export_fixtures import TMX_DTD, hostile_result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from paralelo.export import export_result
from paralelo.export.html_spans import Span, render

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Text with the characters that break naive writers: markup, quotes, controls,
# separators, non-BMP, bidi controls and lone surrogates.
ALPHABET = st.sampled_from(list("aZ <>&\"';,=+-@\t\r\n\x00\x01\x1f\ufffe\uffff\u202e\u200f"
                                "ñ😀🇧\ud800\udfff \u05d0"))
TEXT = st.text(ALPHABET, min_size=1, max_size=40)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def norm(text: str) -> str:
    """What a parser gives back: invalid characters gone, everything else exact."""
    return _INVALID.sub("", text)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(0, len(text) + 2))
        spans.append(Span(a, b, draw(st.sampled_from(["mark", "ins", "del"])), "f1", text))
    return text, spans


@given(text_and_spans())
@settings(max_examples=300, deadline=None)
def test_render_keeps_text_and_nests(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    html = render(text, spans)
    root = etree.fromstring(f"<div>{html}</div>".encode())  # well-formed XML, so nested right
    assert "".join(root.itertext()) == _INVALID.sub("", text)  # exact, CRs included
    assert {el.tag for el in root.iter()} <= {"div", "mark", "ins", "del"}


def _with_text(es: str, en: str, note: str) -> dict[str, Any]:
    r = hostile_result()
    r["documents"][0]["paragraphs"][0]["text"] = es
    r["documents"][1]["paragraphs"][0]["text"] = en
    link = r["links"][0]
    link["facts"], link["diff"] = [], []
    link["review"]["note"] = note
    r["links"] = [link]
    return r


@given(TEXT, TEXT, TEXT)
@SETTINGS
def test_csv_any_text(tmp_path: Path, es: str, en: str, note: str) -> None:
    out = tmp_path / "p.csv"
    export_result(_with_text(es, en, note), "csv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 2
    for got, raw in ((rows[1][1], es), (rows[1][2], en), (rows[1][6], note)):
        clean = _INVALID.sub("", raw)
        assert got == ("'" + clean if clean.startswith(("=", "+", "-", "@", "\t", "\r"))
                       else clean)


@given(TEXT, TEXT, TEXT)
@SETTINGS
def test_tmx_any_text(tmp_path: Path, es: str, en: str, note: str) -> None:
    out = tmp_path / "p.tmx"
    n = export_result(_with_text(es, en, note), "tmx", out)
    doc = etree.parse(str(out))
    assert etree.DTD(str(TMX_DTD)).validate(doc)
    segs = [s.text or "" for s in doc.iter("seg")]

    def seg(t: str) -> str:
        return re.sub(r"\s*[\r\n]+\s*", " ", _INVALID.sub("", t)).strip()

    expected = [seg(es), seg(en)]
    assert segs == (expected if all(expected) else [])
    assert n == (1 if all(expected) else 0)


@given(TEXT, TEXT, TEXT)
@SETTINGS
def test_html_any_text(tmp_path: Path, es: str, en: str, note: str) -> None:
    out = tmp_path / "p.html"
    export_result(_with_text(es, en, note), "html", out)
    tree = lxml_html.fromstring(out.read_bytes())
    assert not tree.xpath("//script|//img")
    cells = tree.xpath('//tr[@class="texts"]/td')
    assert cells[0].text_content() == norm(es)
    assert cells[2].text_content() == norm(en)
    assert f"note: {norm(note)}" in tree.xpath('//tr[@class="meta"]')[0].text_content()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) \
        if isinstance(obj, list) else ()
    for key, value in items:
        out += _paths(value, (*prefix, key))
    return out


_HOSTILE_PATHS = [p for p in _paths(hostile_result()) if "diff" not in p or len(p) < 5]


DELETE = object()


@given(st.sampled_from(_HOSTILE_PATHS), JSON_VALUES | st.just(DELETE),
       st.sampled_from(["tmx", "csv", "xlsx", "json", "html"]))
@SETTINGS
def test_corrupted_input_fails_cleanly(tmp_path: Path, path: tuple[Any, ...], value: Any,
                                       fmt: str) -> None:
    """Any value anywhere (or none): the export works or raises a UserError, never a traceback."""
    from paralelo.core.errors import UserError

    r = hostile_result()
    target = r
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    out = tmp_path / f"c.{fmt}"
    out.unlink(missing_ok=True)  # tmp_path is shared by all examples
    try:
        export_result(r, fmt, out)
    except UserError:
        assert not out.exists()
