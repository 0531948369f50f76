"""HTML: the visible text, one paragraph per block element.

Scripts, styles, forms' widgets and other invisible parts are dropped. Page
chrome (``<nav>``, ``<footer>``, ``<aside>``, cookie banners, share bars, and
everything outside ``<main>``/``<article>`` when the page has one) is kept but
flagged as boilerplate so the reader still sees it and alignment ignores it.
Uses only the standard library's tolerant ``html.parser``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from paralelo.core.formats import BlockWriter, Extracted
from paralelo.core.formats.decoding import decode_text


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_SKIP = _words("script style noscript template svg math iframe object embed canvas head "
               "select button textarea audio video map")
_VOID = _words("area base br col embed hr img input link meta param source track wbr")
_BLOCK = _words("""p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 li
ul ol dl dt dd table thead tbody tfoot tr td th caption blockquote pre figure figcaption form
address details summary hr br fieldset legend center body html title""")
_HEADINGS = _words("h1 h2 h3 h4 h5 h6")
_CHROME_TAGS = _words("nav footer aside form")
_CHROME_ROLES = _words("navigation banner contentinfo complementary search dialog")
_CHROME_WORDS = _words("""nav navbar navigation menu footer sidebar cookie cookies consent
banner share sharing social comments comment related breadcrumb breadcrumbs subscribe newsletter
advert ads ad advertisement promo popup modal masthead toolbar widget""")
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_BR_SPACES = re.compile(r" *\n *")


def _is_chrome(tag: str, attrs: dict[str, str]) -> bool:
    if tag in _CHROME_TAGS or attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    words = set(_WORD_SPLIT.split(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()))
    return bool(words & _CHROME_WORDS)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # Stack entries: (tag, skip, chrome, main)
        self.stack: list[tuple[str, bool, bool, bool]] = [("#root", False, False, False)]
        self.blocks: list[tuple[str, str, bool, bool]] = []  # text, kind, chrome, in_main
        self.buf: list[str] = []
        self.block_state: tuple[str, bool, bool] | None = None  # kind, chrome, main
        self.kind = "text"
        self.pre = 0
        self.has_main = False
        self.title = ""
        self._in_title = False

    def _top(self) -> tuple[str, bool, bool, bool]:
        return self.stack[-1]

    def flush(self) -> None:
        text = "".join(self.buf)
        if text.strip() == "•":
            return  # <li><p>...: the bullet marker waits for the paragraph's text
        if not self.pre:
            text = _BR_SPACES.sub("\n", text)
        self.buf = []
        state = self.block_state
        self.block_state = None
        if not text.strip() or state is None:
            return
        kind, chrome, main = state
        self.blocks.append((text, kind, chrome, main))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        _, skip, chrome, main = self._top()
        if tag == "title":
            self._in_title = True
        if tag == "br":
            if not skip:
                self.buf.append("\n")
            return
        if tag in _BLOCK:
            self.flush()
        if tag in ("main", "article") or a.get("role") == "main":
            self.has_main = True
            main = True
        if tag in _VOID:
            if tag == "img" and a.get("alt") and not skip:
                self._text(a["alt"])
            return
        new = (tag, skip or tag in _SKIP, chrome or _is_chrome(tag, a), main)
        self.stack.append(new)
        if tag in _HEADINGS:
            self.kind = "heading"
        elif tag == "li":
            self.kind = "bullet"
            if "".join(self.buf).strip() != "•":  # an empty <li> before left its marker
                self._text("• ")
        elif tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        # Look only a bounded way down: a page of unclosed tags must not go quadratic.
        for i in range(len(self.stack) - 1, max(0, len(self.stack) - 200), -1):
            if self.stack[i][0] == tag:
                if tag in _BLOCK:
                    self.flush()
                for t, *_ in self.stack[i:]:
                    if t == "pre":
                        self.pre = max(0, self.pre - 1)
                    if t in _HEADINGS or t == "li":
                        self.kind = "text"
                del self.stack[i:]
                return

    def _text(self, data: str) -> None:
        _, skip, chrome, main = self._top()
        if skip:
            return
        if not self.pre:
            data = _SPACES.sub(" ", data)
        if self.block_state is None:
            if not data.strip():
                return
            self.block_state = (self.kind, chrome, main)
        self.buf.append(data)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        self._text(data)


def _decode(data: bytes, name: str) -> tuple[str, str, dict[str, str]]:
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            declared = "cp1252"  # what browsers do (WHATWG encoding standard)
        elif declared.startswith(("utf-16", "utf-32", "unicode")):
            declared = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16 (WHATWG)
        try:
            return data.decode(declared), declared, {}
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def html_to_extracted(source: str, encoding: str = "utf-8") -> Extracted:
    parser = _Parser()
    parser.feed(source)
    parser.close()
    parser.flush()
    out = BlockWriter()
    for text, kind, chrome, main in parser.blocks:
        outside = parser.has_main and not main and kind != "heading"
        boiler = chrome or outside
        out.add(text, "boilerplate" if boiler else kind, boiler)
    meta = {"title": _SPACES.sub(" ", parser.title).strip()} if parser.title.strip() else {}
    return Extracted(out.text(), "html", encoding, out.hints, meta)


def read_html(data: bytes, name: str) -> Extracted:
    text, enc, meta = _decode(data, name)
    ex = html_to_extracted(text, enc)
    ex.meta.update(meta)
    return ex
