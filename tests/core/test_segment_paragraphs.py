"""Paragraph segmentation on the seeds and on each construct they contain."""

from __future__ import annotations

from pathlib import Path

import pytest

from paralelo.core.importers import load_document
from paralelo.core.segment import classify, split_paragraphs

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def _rows(text: str) -> list[tuple[str, str, bool]]:
    return [(p.text, p.kind, p.boilerplate) for p in split_paragraphs(text)]


def test_seed_001_is_spanish_with_ten_paragraphs() -> None:
    doc = load_document(SEEDS / "001_d655b8d76ea664d5.txt")
    assert doc.lang == "es" and len(doc.paragraphs) == 10
    assert all(p.kind == "text" and not p.boilerplate for p in doc.paragraphs)
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert [p.text for p in doc.paragraphs] == lines


def test_seed_000_flags_its_boilerplate_and_structure() -> None:
    doc = load_document(SEEDS / "000_c427449a33106fde.txt")
    assert doc.lang == "en"
    flagged = [p.text for p in doc.paragraphs if p.boilerplate]
    assert flagged == ["Interesting: 0/0 • Support: 0/0Log in to vote", "Comments",
                       "Only logged-in users can comment.", "Loading…"]
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[:4] == ["heading", "heading", "boilerplate", "heading"]
    assert kinds[4:9] == ["bullet"] * 5 and doc.paragraphs[4].text.startswith("• Meeting")
    questions = [p.text for p in doc.paragraphs if p.kind == "question"]
    assert len(questions) == 6 and all(q.endswith("?Expand") for q in questions)
    assert len(doc.content_paragraphs()) == len(doc.paragraphs) - 4


def test_seed_003_and_004_boilerplate() -> None:
    d3 = load_document(SEEDS / "003_fa4a4889cf7e4462.txt")
    assert [p.text.split()[0] for p in d3.paragraphs if p.boilerplate] == [
        "Weather", "Share.", "Leave", "Exit"]
    assert len(d3.content_paragraphs()) == 7
    d4 = load_document(SEEDS / "004_73ad441e7f00a07b.txt")
    assert [p.text for p in d4.paragraphs if p.boilerplate] == [
        "• ru-RU1 en-GB1 es-ES1", "Showing 1 result."]
    assert d4.paragraphs[0].kind == "heading" and len(d4.content_paragraphs()) == 11


def test_seed_002_one_paragraph_per_line() -> None:
    doc = load_document(SEEDS / "002_804951c4fbee7189.txt")
    assert doc.lang == "en" and len(doc.paragraphs) == 6


def test_blank_line_blocks_are_exactly_the_paragraphs() -> None:
    paras = ["First paragraph of the article, which is long enough to be real text.",
             "Second line one\nwrapped onto a second line and a third\nline here.",
             "Headline Without Period",
             "- A dialogue line that starts with a dash.",
             "Short."]
    text = "\n\n".join(paras) + "\n"
    got = split_paragraphs(text)
    assert [p.text for p in got] == paras
    assert [p.index for p in got] == list(range(len(paras)))
    for p in got:
        assert text[p.start:p.end] == p.text


def test_spaces_and_many_blank_lines_between_blocks() -> None:
    text = "  \n\n  Uno, dos y tres.  \n \t \n\n\n   Cuatro.\n\n"
    assert [p.text for p in split_paragraphs(text)] == ["Uno, dos y tres.", "Cuatro."]


def test_bullet_block_splits_per_bullet_with_continuations() -> None:
    text = ("Key points:\n• First point\n  continued here\n- Second point\n* Third point\n\n"
            "After the list.")
    assert _rows(text) == [
        ("Key points:", "text", False),
        ("• First point\n  continued here", "bullet", False),
        ("- Second point", "bullet", False),
        ("* Third point", "bullet", False),
        ("After the list.", "text", False),
    ]


def test_numbered_list_needs_two_items() -> None:
    assert len(split_paragraphs("Intro line.\n1. one\n2. two\n\nEnd.")) == 4
    assert len(split_paragraphs("In 1999 it rose\n3. That is all.\n\nEnd.")) == 2


def test_boilerplate_lines_inside_a_block_are_split_off() -> None:
    text = "The article ends here.\nShare.\nLeave A Reply\n\nExit mobile version"
    assert _rows(text) == [
        ("The article ends here.", "text", False),
        ("Share.", "boilerplate", True),
        ("Leave A Reply", "boilerplate", True),
        ("Exit mobile version", "boilerplate", True),
    ]


def test_line_mode_rejoins_hard_wrapped_lines() -> None:
    text = ("Title Of The Piece\nThe first paragraph was wrapped by an editor\nat a fixed width "
            "and continues.\nSecond paragraph on its own line.")
    assert [p.text for p in split_paragraphs(text)] == [
        "Title Of The Piece",
        "The first paragraph was wrapped by an editor\nat a fixed width and continues.",
        "Second paragraph on its own line."]


def test_block_of_long_punctuated_lines_is_split_per_line() -> None:
    a = "A" + " very long sentence that is clearly not hard wrapped text at all" * 2 + "."
    b = "B" + " another long sentence that is clearly a paragraph of its own too" * 2 + "."
    text = f"Heading\n\n{a}\n{b}\nlast"
    assert [p.text for p in split_paragraphs(text)] == ["Heading", a, b, "last"]


@pytest.mark.parametrize(
    ("text", "kind", "boiler"),
    [
        ("Key takeaways", "heading", False),
        ("Who is President Paz, and what is his role in Bolivia?Expand", "question", False),
        ("Log in to vote", "boilerplate", True),
        ("Share.", "boilerplate", True),
        ("Leave A Reply", "boilerplate", True),
        ("Exit mobile version", "boilerplate", True),
        ("Showing 1 result.", "boilerplate", True),
        ("Only logged-in users can comment.", "boilerplate", True),
        ("Loading…", "boilerplate", True),
        ("Weather\u00a0\u00a0 \u00a0 Live Markets", "boilerplate", True),
        ("We use cookies to improve your experience. Accept all", "boilerplate", True),
        ("Follow us on Twitter and Facebook", "boilerplate", True),
        ("Suscríbete a nuestro boletín de noticias", "boilerplate", True),
        ("Compartir", "boilerplate", True),
        ("Facebook Twitter WhatsApp Email", "boilerplate", True),
        ("Home | News | Sport | Weather", "boilerplate", True),
        ("He shared the prize with his colleague.", "text", False),
        ("The cookie jar was empty when the minister arrived.", "text", False),
        ("Comments by the minister were reported by the press.", "text", False),
        ("• A bullet", "bullet", False),
        ("A sentence that ends with a comma,", "text", False),
        ("2025    3.1 %    4.0 %", "text", False),
        ("Updated: 5 May 2026, 10:30", "boilerplate", True),
        ("Publicado el 12/03/2026", "boilerplate", True),
        ("Published 2020 figures show that the ministry underestimated spending on the "
         "programme for years, according to the auditors' report released on Monday.",
         "text", False),
    ],
)
def test_classify(text: str, kind: str, boiler: bool) -> None:
    assert classify(text) == (kind, boiler)


def test_last_paragraph_is_not_a_heading() -> None:
    paras = split_paragraphs("Intro text here.\n\nno final punctuation")
    assert paras[-1].kind == "text"


def test_empty_and_whitespace() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\t\n ") == []


def test_sentences_are_attached_with_paragraph_offsets() -> None:
    text = "Intro.\n\nEl Sr. Pérez llegó a EE. UU. el lunes. Luego se fue."
    p = split_paragraphs(text, "es")[1]
    assert [s.text for s in p.sentences] == ["El Sr. Pérez llegó a EE. UU. el lunes.",
                                             "Luego se fue."]
    for s in p.sentences:
        assert p.text[s.start:s.end] == s.text


def test_sentences_are_split_on_first_use_with_the_paragraph_language() -> None:
    from paralelo.core.sentences import split_sentences

    text = "El Sr. Pérez llegó. Habló con la Dra. Ruiz en EE. UU. el lunes."
    [para] = split_paragraphs(text, "es")
    assert para.lang == "es" and para._sentences is None  # nothing split at import
    assert para.sentences == tuple(split_sentences(text, "es"))
    assert para._sentences is not None and para.sentences is para.sentences  # kept
    assert [s.text for s in para.sentences] == ["El Sr. Pérez llegó.",
                                                "Habló con la Dra. Ruiz en EE. UU. el lunes."]
