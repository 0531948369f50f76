"""Plain text and Markdown import: every encoding the issue names, sniffing, normalisation."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from paralelo.core.errors import DocumentError
from paralelo.core.importers import document_from_text, load_document

ES = ("La relación entre Bolivia y EE. UU. avanza. ¿Qué opina el señor Muñoz?\n\n"
      "¡Sí! Dijo: “más cooperación”, según el canciller.\n")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ES.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ES.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ES.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ES.encode("utf-16-be"), "utf-16"),
        (ES.encode("utf-16-le"), "utf-16-le"),
        (ES.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ES.encode("utf-32-le"), "utf-32"),
        (ES.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32",
         "cp1252"],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = load_document(_write(tmp_path, "doc.txt", data))
    assert doc.text == ES
    assert doc.encoding == encoding
    assert data.decode(doc.encoding).replace("\ufeff", "") == ES  # encoding is a real codec
    assert doc.lang == "es" and doc.detected_lang == "es"
    assert [p.text for p in doc.paragraphs] == [
        "La relación entre Bolivia y EE. UU. avanza. ¿Qué opina el señor Muñoz?",
        "¡Sí! Dijo: “más cooperación”, según el canciller.",
    ]


def test_cp1252_curly_quotes_are_not_mojibake(tmp_path: Path) -> None:
    raw = b"\x93Ma\xf1ana\x94, dijo el se\xf1or \x96 \xbfvienes? \xa1S\xed! \x85 \x80 5"
    doc = load_document(_write(tmp_path, "w.txt", raw))
    assert doc.text == "“Mañana”, dijo el señor – ¿vienes? ¡Sí! … € 5"
    assert "Ã" not in doc.text and "\x93" not in doc.text


def test_latin1_spanish_text(tmp_path: Path) -> None:
    text = "El niño pidió más información sobre la canción. ¿Por qué? ¡Qué año!"
    doc = load_document(_write(tmp_path, "l1.txt", text.encode("latin-1")))
    assert doc.text == text and doc.encoding == "cp1252"


def test_valid_utf8_is_never_read_as_cp1252(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "u.txt", "año “x”".encode()))
    assert doc.text == "año “x”" and doc.encoding == "utf-8"


def test_crlf_and_nfd_are_normalised(tmp_path: Path) -> None:
    nfd = "Espan\u0303a y Me\u0301xico.\r\n\r\nSegundo pa\u0301rrafo.\r\n"
    doc = load_document(_write(tmp_path, "n.txt", nfd.encode()))
    assert doc.text == "España y México.\n\nSegundo párrafo.\n"
    assert len(doc.paragraphs) == 2


def test_sha256_and_id_are_of_the_original_bytes(tmp_path: Path) -> None:
    import hashlib

    data = ES.encode("cp1252")
    doc = load_document(_write(tmp_path, "h.txt", data))
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.id == doc.sha256[:12] and doc.name == "h.txt" and doc.path.endswith("h.txt")


def test_lang_override_keeps_detection(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "o.txt", ES.encode()), lang="en")
    assert doc.lang == "en" and doc.detected_lang == "es"
    with pytest.raises(DocumentError, match="unknown language"):
        load_document(tmp_path / "o.txt", lang="fr")


def test_unknown_text_extension_is_read_as_text(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "notes.log", ES.encode()))
    assert doc.format == "txt" and len(doc.paragraphs) == 2
    doc = load_document(_write(tmp_path, "README", ES.encode()))
    assert doc.format == "txt"


def test_html_without_extension_is_sniffed(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "page", b"<!DOCTYPE html><p>Hola mundo.</p>"))
    assert doc.format == "html" and doc.text == "Hola mundo."


def test_pasted_text() -> None:
    doc = document_from_text("First paragraph here.\r\n\r\nSecond one, with the text.")
    assert doc.format == "paste" and doc.name == "Pasted text" and doc.path is None
    assert doc.lang == "en" and [p.text for p in doc.paragraphs] == [
        "First paragraph here.", "Second one, with the text."]
    assert document_from_text("Hola", lang="es").lang == "es"
    with pytest.raises(DocumentError, match="empty"):
        document_from_text(" \n\t ")


def test_pasted_text_with_a_lone_surrogate() -> None:
    """A clipboard can hand over half a surrogate pair; it becomes U+FFFD, one for one."""
    doc = document_from_text("Hola \ud800 mundo.\n\nSegundo \udfff párrafo.")
    assert doc.text == "Hola \ufffd mundo.\n\nSegundo \ufffd párrafo."
    assert [p.text for p in doc.paragraphs] == ["Hola \ufffd mundo.", "Segundo \ufffd párrafo."]
    assert len(doc.sha256) == 64


MD = """---
title: Nota
author: x
---
# La **relación** bilateral

Texto con [un enlace](https://example.com/a) y *énfasis*, `código` y snake_case_name.
Segunda línea del mismo párrafo con __negrita__ y ~~tachado~~.

- uno
- dos con ![imagen](a.png)
* tres

Subtítulo
---------

> Una cita **importante**.

| País | Capital |
|------|---------|
| Bolivia | La Paz |

```
código literal *sin* tocar
```

[ref]: https://example.com
"""


def test_markdown_markup_is_stripped_and_structure_kept(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "n.md", MD.encode()))
    assert doc.format == "md"
    texts = [p.text for p in doc.paragraphs]
    kinds = [p.kind for p in doc.paragraphs]
    assert texts[0] == "La relación bilateral" and kinds[0] == "heading"
    assert texts[1] == ("Texto con un enlace y énfasis, código y snake_case_name. "
                        "Segunda línea del mismo párrafo con negrita y tachado.")
    assert texts[2:5] == ["• uno", "• dos con imagen", "• tres"]
    assert kinds[2:5] == ["bullet"] * 3
    assert texts[5] == "Subtítulo" and kinds[5] == "heading"
    assert texts[6] == "Una cita importante."
    assert texts[7:9] == ["País | Capital", "Bolivia | La Paz"]
    assert texts[9] == "código literal *sin* tocar" and kinds[9] == "code"
    joined = doc.text
    for junk in ("**", "](", "https://", "title:", "```", "|--", "[ref]", "> "):
        assert junk not in joined, junk


def test_double_encoded_utf8_is_repaired(tmp_path: Path) -> None:
    good = "El niño pidió “más” información — ¿sí? ¡Año! Ñandú, pingüino, 5 €."
    mangled = good.encode("utf-8").decode("cp1252", errors="replace")
    assert "Ã±" in mangled
    doc = load_document(_write(tmp_path, "moji.txt", mangled.encode("utf-8")))
    assert doc.text == good
    assert "mojibake" in doc.meta["repaired"]


def test_correct_text_is_not_touched_by_the_repair(tmp_path: Path) -> None:
    text = "Ã la carte: a menu item; Â is a letter. Correct text stays as it is."
    doc = load_document(_write(tmp_path, "ok.txt", text.encode("utf-8")))
    assert doc.text == text and "repaired" not in doc.meta


def test_utf8_with_a_few_windows_1252_bytes(tmp_path: Path) -> None:
    data = "El niño, la canción y el corazón: “sí”. ".encode() + b"\x93Ma\xf1ana\x94 dijo."
    doc = load_document(_write(tmp_path, "mixed.txt", data))
    assert doc.text == "El niño, la canción y el corazón: “sí”. “Mañana” dijo."
    assert doc.encoding == "utf-8+cp1252"


def test_many_paragraphs_load_quickly(tmp_path: Path) -> None:
    import time

    para = ("El Sr. Aramayo viajó a Washington, D.C. el 5 de febrero y se reunió con "
            "funcionarios de EE. UU. ¿Resultados? Varios acuerdos, p. ej. sobre litio.")
    text = "\n\n".join(f"{i}. {para}" if i % 7 == 0 else para for i in range(4000))
    p = _write(tmp_path, "big.txt", text.encode())
    start = time.perf_counter()
    doc = load_document(p)
    elapsed = time.perf_counter() - start
    assert len(doc.paragraphs) == 4000 and doc.lang == "es"
    assert elapsed < 30  # ~1 s normally; a guard against quadratic behaviour
