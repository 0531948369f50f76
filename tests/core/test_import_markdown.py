"""Markdown through markdown-it-py: clean paragraphs from real-world markup."""

from __future__ import annotations

from pathlib import Path

from paralelo.app.pipeline import document_json, translate_document
from paralelo.core.importers import load_document


def _load(tmp_path: Path, src: str, name: str = "doc.md"):  # type: ignore[no-untyped-def]
    p = tmp_path / name
    p.write_text(src, encoding="utf-8")
    return load_document(p)


def test_link_target_with_parentheses_leaves_no_residue(tmp_path: Path) -> None:
    doc = _load(tmp_path, "Ver [La Paz](https://es.wikipedia.org/wiki/La_Paz_(Bolivia)) hoy.\n")
    assert [p.text for p in doc.paragraphs] == ["Ver La Paz hoy."]


def test_reference_links_images_and_inline_html(tmp_path: Path) -> None:
    src = ("Un [enlace][r] y ![un mapa](m.png \"t\") con <em>énfasis</em>.\n\n"
           "[r]: https://example.com/x_(y)\n")
    doc = _load(tmp_path, src)
    assert [p.text for p in doc.paragraphs] == ["Un enlace y un mapa con énfasis."]


def test_code_blocks_are_their_own_code_paragraphs(tmp_path: Path) -> None:
    src = ("Antes del código.\n\n```python\nprint('hola')  # *no* es Markdown\n```\n\n"
           "    sangrado = 1\n\n```\nsearch\n```\n\nDespués.\n")
    doc = _load(tmp_path, src)
    got = [(p.kind, p.text, p.boilerplate) for p in doc.paragraphs]
    assert got == [("text", "Antes del código.", False),
                   ("code", "print('hola')  # *no* es Markdown", False),
                   ("code", "sangrado = 1", False), ("code", "search", False),
                   ("text", "Después.", False)]


def test_front_matter_tables_and_lists(tmp_path: Path) -> None:
    src = ("---\ntitle: \"Informe\"\ntags: [a, b]\n---\n\n## Cifras\n\n"
           "| País | Capital |\n|:-----|--------:|\n| Bolivia | **La Paz** |\n\n"
           "1. primero\n2. segundo\n\n- [x] hecho\n")
    doc = _load(tmp_path, src)
    got = [(p.kind, p.text) for p in doc.paragraphs]
    assert got == [("heading", "Cifras"), ("text", "País | Capital"),
                   ("text", "Bolivia | La Paz"), ("bullet", "1. primero"),
                   ("bullet", "2. segundo"), ("bullet", "• [x] hecho")]
    assert "title" not in doc.text and "---" not in doc.text


def test_admonitions_in_three_dialects(tmp_path: Path) -> None:
    src = ("!!! note\n    Cuerpo de la *nota*.\n\n"
           "!!! warning \"Cuidado\"\n    Texto de aviso.\n\n"
           "::: tip\nConsejo **útil**.\n:::\n\n"
           "```{note}\nNota MyST con [enlace](https://x.org/a_(b)).\n```\n")
    doc = _load(tmp_path, src)
    got = [(p.kind, p.text) for p in doc.paragraphs]
    assert got == [("text", "Cuerpo de la nota."), ("heading", "Cuidado"),
                   ("text", "Texto de aviso."), ("text", "Consejo útil."),
                   ("text", "Nota MyST con enlace.")]
    for junk in ("!!!", ":::", "{note}", "Note", "](", "**"):
        assert junk not in doc.text, junk


def test_footnotes_keep_their_text_and_drop_the_marker(tmp_path: Path) -> None:
    doc = _load(tmp_path, "Dato[^1].\n\n[^1]: Fuente: INE.\n")
    assert [p.text for p in doc.paragraphs] == ["Dato.", "Fuente: INE."]


def test_code_paragraphs_are_copied_not_translated(tmp_path: Path) -> None:
    doc = _load(tmp_path, "Hola.\n\n```\nx = 1\n```\n")
    _engine, per_para = translate_document(doc, "none")
    code = next(p for p in doc.paragraphs if p.kind == "code")
    assert per_para[code.index].text == "x = 1"
    assert per_para[code.index].error is None
    assert per_para[0].text is None  # engine "none" translates nothing else


def test_repaired_mojibake_is_noted_on_the_document(tmp_path: Path) -> None:
    p = tmp_path / "moji.txt"
    p.write_text("El SeÃ±or Aramayo llegó ayer.\n\nTodo bien aquí.\n", encoding="utf-8")
    doc = load_document(p)
    assert doc.paragraphs[0].text == "El Señor Aramayo llegó ayer."
    assert doc.paragraphs[1].text == "Todo bien aquí."
    notes = document_json(doc, None)["notes"]
    assert len(notes) == 1 and "moji.txt" in notes[0] and "1 line" in notes[0]


def test_clean_text_gets_no_note(tmp_path: Path) -> None:
    p = tmp_path / "ok.txt"
    p.write_text("Año, niño, acción: ¿sí? ¡Claro! Àlex y Ángel.\n", encoding="utf-8")
    doc = load_document(p)
    assert doc.text == "Año, niño, acción: ¿sí? ¡Claro! Àlex y Ángel.\n"
    assert "notes" not in document_json(doc, None)
