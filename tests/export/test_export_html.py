"""HTML report: self-contained, every document text escaped, facts and diffs marked."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from export_fixtures import EN1, ES
from lxml import html as lxml_html

from paralelo.export import ExportOptions, export_result
from paralelo.export.html_spans import Span, render


class Collect(HTMLParser):
    """Every start tag with its attributes, and all text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Collect:
    p = Collect()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def test_hostile_text_is_shown_not_run(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "h.html"
    assert export_result(hostile, "html", out) == 6
    p = parse(out)
    names = {t for t, _ in p.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "base", "form"}
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
    for _, attrs in p.tags:  # nothing external: no src/href anywhere
        assert "src" not in attrs and "href" not in attrs
    text = "".join(p.text)
    assert "<script>alert(1)</script> & más" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "<script>x</script>.txt" in text and "es <b>doc</b>.txt" in text
    assert "ok <b>bold</b> & fine" in text
    # the same with a real HTML parser building a tree
    tree = lxml_html.fromstring(out.read_bytes())
    assert not tree.xpath("//script|//img|//iframe")
    assert "<script>alert(1)</script>" in tree.text_content()
    csp = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert csp and "default-src 'none'" in csp[0]


def _cells(tree: Any, link_id: int) -> list[Any]:
    meta = tree.xpath(f'//tr[@id="link-{link_id}"]')[0]
    return meta.getnext().xpath("./td")


def test_facts_same_colour_both_sides(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "h.html"
    export_result(hostile, "html", out)
    tree = lxml_html.fromstring(out.read_bytes())
    es, mt, en = _cells(tree, 1)
    assert es.text_content() == ES[0] and en.text_content() == EN1[0]
    es_marks = {m.text_content(): m.get("class") for m in es.iter("mark")}
    en_marks = {m.text_content(): m.get("class") for m in en.iter("mark")}
    assert es_marks["2026"] == en_marks["2026"] and es_marks["Washington"] == en_marks["Washington"]
    assert es_marks["2026"] != es_marks["Washington"]
    # overlapping facts nest: "Aramayo" inside "Fernando Aramayo", each in its own colour
    outer = [m for m in es.iter("mark") if m.text_content() == "Fernando Aramayo"]
    assert len(outer) == 1 and outer[0].xpath("./mark")[0].text_content() == "Aramayo"
    # diff: deletions in the translation column, insertions in the English one
    assert mt.xpath(".//del") and not mt.xpath(".//ins")
    assert en.xpath(".//ins") and not en.xpath(".//del")
    assert "".join(i.text_content() for i in en.xpath(".//ins")).startswith("For")
    # one-side facts: marked differently from shared ones
    es2, _, en2 = _cells(tree, 2)
    assert [m.get("class") for m in es2.iter("mark")] == ["only"]
    assert es2.xpath('.//mark[@class="only"]')[0].text_content() == "<script>alert(1)</script>"
    assert en2.xpath('.//mark[@class="only"]')[0].text_content() == "@SUM(1+1)"
    # spans after non-BMP characters (code points, not UTF-16 units) land on the right text
    es3, _, en3 = _cells(tree, 3)
    es3_marks = {m.text_content(): m.get("class") for m in es3.iter("mark")}
    en3_marks = {m.text_content(): m.get("class") for m in en3.iter("mark")}
    assert es3_marks == {"-3 %": "f0", "INE": "f1", "😀": "only"}
    assert en3_marks == {"-3%": "f0", "INE": "f1"}


def test_review_state_summary_and_gaps(hostile: dict[str, Any], tmp_path: Path) -> None:
    hostile["links"][1]["review"].update(by="<script>ana</script>", at="2026-11-25T13:00:00+00:00")
    hostile["documents"][0]["paragraphs"][3]["mt_error"] = "apertium <crashed>"
    out = tmp_path / "h.html"
    export_result(hostile, "html", out)
    tree = lxml_html.fromstring(out.read_bytes())
    meta2 = tree.xpath('//tr[@id="link-2"]')[0].text_content()
    assert "flagged" in meta2 and "note: =1+1" in meta2 and "score 0.40" in meta2
    assert "by <script>ana</script>" in meta2 and "at 2026-11-25T13:00:00+00:00" in meta2
    assert not tree.xpath("//script")
    es4, mt4, en4 = _cells(tree, 4)
    assert mt4.text_content() == "(no machine translation: apertium <crashed>)"
    assert "texto RTL" in es4.text_content() and "(no counterpart)" in en4.text_content()
    assert "\x01" not in out.read_text(encoding="utf-8")
    summary = tree.xpath('//dl[@class="summary"]')[0].text_content()
    assert "apertium spa-eng_US 3.8.3" in summary and "2 confirmed" in summary
    assert "1 flagged" in summary and "3 unreviewed" in summary
    docs = tree.xpath("//table")[0].text_content()
    assert "en2.txt" in docs and "comparable" in docs


def test_status_filter(hostile: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "c.html"
    assert export_result(hostile, "html", out, ExportOptions(status="confirmed")) == 2
    tree = lxml_html.fromstring(out.read_bytes())
    assert [tr.get("id") for tr in tree.xpath('//tr[@class="meta"]')] == ["link-1", "link-6"]


def test_broken_spans_are_ignored(hostile: dict[str, Any], tmp_path: Path) -> None:
    link = hostile["links"][0]
    link["facts"][0]["es_loc"]["span"] = [50, 9999]  # past the end
    link["facts"][1]["es_loc"]["para"] = 3  # not a paragraph of this link
    link["facts"][2]["en_loc"] = "garbage"
    link["diff"] = [{"op": "insert", "text": "nope", "en": [0, 4]}, {"op": "delete"}]
    out = tmp_path / "b.html"
    export_result(hostile, "html", out)
    es, mt, en = _cells(lxml_html.fromstring(out.read_bytes()), 1)
    assert es.text_content() == ES[0] and en.text_content() == EN1[0]
    assert [m.text_content() for m in es.iter("mark")] == ["Washington", "2026"]
    assert "Washington" not in [m.text_content() for m in en.iter("mark")]
    assert "Fernando Aramayo" in [m.text_content() for m in en.iter("mark")]
    assert not en.xpath(".//ins") and not mt.xpath(".//del")


def test_render_overlaps() -> None:
    spans = [Span(0, 6, "mark", "a"), Span(3, 9, "ins"), Span(4, 5, "del")]
    html = render("<b>&amp;xyz", spans)
    assert html == ('<mark class="a">&lt;b&gt;<ins>&amp;<del>a</del>m</ins></mark>'
                    "<ins>p;x</ins>yz")
    assert render("x", [Span(0, 5, "mark")]) == "x"  # out of range: ignored


def test_seed_html(seed: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    assert export_result(seed, "html", out) == 3
    tree = lxml_html.fromstring(out.read_bytes())
    es, _, en = _cells(tree, 1)
    es_mark = es.xpath(".//mark")[0]
    en_mark = en.xpath(".//mark")[0]
    assert es_mark.text_content() == en_mark.text_content() == "Fernando Aramayo"
    assert es_mark.get("class") == en_mark.get("class")


def test_paragraphs_from_several_documents_are_labelled(hostile: dict[str, Any],
                                                        tmp_path: Path) -> None:
    link = hostile["links"][0]
    link["en"].append({"doc": "en2", "para": 0})  # one link, two English documents
    out = tmp_path / "m.html"
    export_result(hostile, "html", out)
    tree = lxml_html.fromstring(out.read_bytes())
    es, _, en = _cells(tree, 1)
    labels = [s.text_content() for s in en.xpath('.//span[@class="src"]')]
    assert labels == ["<script>x</script>.txt", "en2.txt"]
    assert not tree.xpath("//script")
    # facts still land on their text after the label
    en_marks = {m.text_content(): m.get("class") for m in en.iter("mark")}
    assert en_marks["Washington"] == {m.text_content(): m.get("class")
                                      for m in es.iter("mark")}["Washington"]
    _, _, en3 = _cells(tree, 3)  # single-document links carry no label
    assert not en3.xpath('.//span[@class="src"]')


def test_render_labels() -> None:
    html = render("ab\ncd", [Span(1, 4, "ins")], {0: "<i>A</i>", 3: "<i>B</i>", 9: "<i>x</i>"})
    assert html == "<i>A</i>a<ins>b\n<i>B</i>c</ins>d"
    assert render("", [], {0: "<i>A</i>"}) == "<i>A</i>"


def test_one_mention_paired_with_several(hostile: dict[str, Any], tmp_path: Path) -> None:
    """The aligner pairs "Estados Unidos" with "the United States" and "U.S.": one colour."""
    es_text = "Bolivia y Estados Unidos firmaron. Bolivia gana."
    en_text = "Bolivia and the United States signed; the U.S. and Bolivia agreed."
    hostile["documents"][0]["paragraphs"][0]["text"] = es_text
    hostile["documents"][1]["paragraphs"][0]["text"] = en_text
    link = hostile["links"][0]
    link["diff"] = []

    def f(kind: str, es: str, en: str, es_at: int, en_at: int) -> dict[str, Any]:
        a, b = es_text.index(es, es_at), en_text.index(en, en_at)
        return {"kind": kind, "es": es, "en": en,
                "es_loc": {"para": 0, "span": [a, a + len(es)]},
                "en_loc": {"doc": "en1", "para": 0, "span": [b, b + len(en)]}}

    link["facts"] = [f("place", "Bolivia", "Bolivia", 0, 0),
                     f("place", "Bolivia", "Bolivia", 0, 40),
                     f("place", "Estados Unidos", "the United States", 0, 0),
                     f("place", "Estados Unidos", "U.S.", 0, 0)]
    out = tmp_path / "multi.html"
    export_result(hostile, "html", out)
    tree = lxml_html.fromstring(out.read_bytes())
    es, _, en = _cells(tree, 1)
    es_marks = [(m.text_content(), m.get("class")) for m in es.iter("mark")]
    en_marks = [(m.text_content(), m.get("class")) for m in en.iter("mark")]
    assert es_marks == [("Bolivia", "f0"), ("Estados Unidos", "f1")]  # no stacked duplicates
    assert en_marks == [("Bolivia", "f0"), ("the United States", "f1"), ("U.S.", "f1"),
                        ("Bolivia", "f0")]
    chips = [m.text_content() for m in tree.xpath('//tr[@id="link-1"]//mark')]
    assert chips == ["place: Bolivia ↔ Bolivia", "place: Estados Unidos ↔ the United States",
                     "place: Estados Unidos ↔ U.S."]
    csv_out = tmp_path / "multi.csv"
    export_result(hostile, "csv", csv_out)
    assert "place: Bolivia ↔ Bolivia\nplace: Estados" in csv_out.read_text(encoding="utf-8")
