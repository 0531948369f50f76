"""HTML import: visible text only, block structure, chrome kept but flagged, charsets."""

from __future__ import annotations

from pathlib import Path

from paralelo.core.importers import load_document

PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>La relación</title>
<style>p { color: red }</style>
<script>document.write("<p>never shown</p>"); var a = 1 < 2;</script>
</head><body>
<nav class="site-nav"><a href="/">Inicio</a> <a href="/p">Política</a></nav>
<div id="cookie-banner">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>
<main>
<article>
<h1>Bolivia y EE.&nbsp;UU. reactivan sus relaciones</h1>
<p>La relación <b>diplomática</b> y <a href="/e">económica</a> se reactiva tras
   quince años.</p>
<p>Segundo &laquo;párrafo&raquo; con entidades: &ntilde; &aacute; &#191;s&iacute;?<br>
Y una línea nueva.</p>
<ul><li>Primer punto</li><li>Segundo punto</ul>
<div class="social-share">Compartir en Facebook</div>
<p>Párrafo sin cerrar
<p>Otro párrafo sin cerrar.
<noscript>Activa JavaScript</noscript>
</article>
</main>
<aside>Lo más leído</aside>
<footer>© 2026 El Diario. Todos los derechos reservados.</footer>
</body></html>
"""


def test_html_main_text_and_flags(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    doc = load_document(p)
    assert doc.format == "html" and doc.lang == "es"
    assert doc.meta["title"] == "La relación"
    rows = [(q.text, q.kind, q.boilerplate) for q in doc.paragraphs]
    assert rows == [
        ("Inicio Política", "boilerplate", True),
        ("Usamos cookies para mejorar tu experiencia.", "boilerplate", True),
        ("Bolivia y EE.\u00a0UU. reactivan sus relaciones", "heading", False),
        ("La relación diplomática y económica se reactiva tras quince años.", "text", False),
        ("Segundo «párrafo» con entidades: ñ á ¿sí?\nY una línea nueva.", "text", False),
        ("• Primer punto", "bullet", False),
        ("• Segundo punto", "bullet", False),
        ("Compartir en Facebook", "boilerplate", True),
        ("Párrafo sin cerrar", "text", False),
        ("Otro párrafo sin cerrar.", "text", False),
        ("Lo más leído", "boilerplate", True),
        ("© 2026 El Diario. Todos los derechos reservados.", "boilerplate", True),
    ]
    for junk in ("<", "never shown", "color", "JavaScript", "var a"):
        assert junk not in doc.text
    assert next(q.text for q in doc.content_paragraphs()).startswith("Bolivia")


def test_html_declared_latin1_is_decoded_as_windows_1252(tmp_path: Path) -> None:
    body = ("<html><head><meta http-equiv='Content-Type' content='text/html; "
            "charset=iso-8859-1'></head><body><p>\x93Se\xf1or\x94 \xbfqu\xe9 pas\xf3?</p>"
            "</body></html>")
    p = tmp_path / "old.htm"
    p.write_bytes(body.encode("latin-1"))
    doc = load_document(p)
    assert doc.text == "“Señor” ¿qué pasó?"
    assert doc.encoding == "cp1252"


def test_html_without_charset_falls_back_to_detection(tmp_path: Path) -> None:
    p = tmp_path / "x.htm"
    p.write_bytes("<p>Año nuevo, vida nueva.</p><p>Otro.</p>".encode("cp1252"))
    doc = load_document(p)
    assert [q.text for q in doc.paragraphs] == ["Año nuevo, vida nueva.", "Otro."]
    assert doc.encoding == "cp1252"


def test_html_page_without_main_keeps_everything_unflagged(tmp_path: Path) -> None:
    p = tmp_path / "plain.html"
    p.write_text("<body><h2>Título</h2><p>Uno.</p><div>Dos.</div><table><tr><td>Celda A</td>"
                 "<td>Celda B</td></tr></table></body>", encoding="utf-8")
    doc = load_document(p)
    assert [(q.text, q.kind) for q in doc.paragraphs] == [
        ("Título", "heading"), ("Uno.", "text"), ("Dos.", "text"), ("Celda A", "text"),
        ("Celda B", "text")]
    assert not any(q.boilerplate for q in doc.paragraphs)


def test_pre_keeps_line_breaks(tmp_path: Path) -> None:
    p = tmp_path / "pre.html"
    p.write_text("<pre>línea uno\n  línea dos</pre>", encoding="utf-8")
    assert load_document(p).text == "línea uno\n  línea dos"


def test_deeply_nested_unclosed_tags(tmp_path: Path) -> None:
    p = tmp_path / "deep.html"
    p.write_text("<div>" * 20000 + "<p>Texto al fondo.</p>" + "</span>" * 2000,
                 encoding="utf-8")
    assert load_document(p).text == "Texto al fondo."


def test_list_items_wrapping_paragraphs(tmp_path: Path) -> None:
    p = tmp_path / "li.html"
    p.write_text("<ul><li><p>Uno con párrafo.</p></li><li></li><li>Dos</li></ul>"
                 "<p>Fin del texto.</p>",
                 encoding="utf-8")
    doc = load_document(p)
    assert [(q.text, q.kind) for q in doc.paragraphs] == [
        ("• Uno con párrafo.", "bullet"), ("• Dos", "bullet"), ("Fin del texto.", "text")]


def test_meta_utf16_on_ascii_bytes_is_read_as_utf8(tmp_path: Path) -> None:
    p = tmp_path / "lie.html"
    p.write_bytes('<meta charset="utf-16"><p>Año de pruebas.</p>'.encode())
    assert load_document(p).text == "Año de pruebas."
