"""Markdown, read with a real CommonMark parser (markdown-it-py).

Hand-written regexes got nested constructs wrong (a link target holding
parentheses, ``[x](https://es.wikipedia.org/wiki/La_Paz_(Bolivia))``, left
``)`` behind), so blocks and inline markup come from markdown-it: a reader
sees headings, paragraphs, list items ("• ", "1. "), table rows (cells joined
with " | "), block quotes, footnotes and admonitions (``!!! note``, ``:::``
containers, MyST ```` ```{note} ````) as clean paragraphs. Link targets,
images (their alt text stays), HTML tags, front matter and reference
definitions go. Code blocks are kept as their own ``code`` paragraphs, which
are never machine-translated.

Pathological inline markup (200,000 ``[``, 100,000 ``*a``) makes markdown-it
spend ~10 µs per character; a long block dense with markup is therefore
stripped by a linear fallback instead of parsed (`_inline_rule`), so import
stays near-linear.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from paralelo.core.formats import BlockWriter, Extracted, normalize
from paralelo.core.formats.decoding import decode_text

#: Inline content longer than this, with `_DENSE` markup, skips the inline parser.
INLINE_PARSE_MAX = 500
#: Share of markup characters above which a long block counts as dense.
_DENSE = 0.15
_MARKUP = re.compile(r"[\[\]*_`~!<>()\\]")
_ADMONITION_FENCE = re.compile(r"^\{([A-Za-z][\w-]*)\}")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLANKISH = re.compile(r"[ \t]+")


def _inline_rule(state: Any) -> None:
    """markdown-it's core "inline" step, diverting hostile blocks to `_plain_inline`."""
    from markdown_it.token import Token

    for tok in state.tokens:
        if tok.type != "inline":
            continue
        content = tok.content
        if (len(content) > INLINE_PARSE_MAX
                and len(_MARKUP.findall(content)) > _DENSE * len(content)):
            tok.children = [Token("text", "", 0, content=_plain_inline(content))]
        else:
            tok.children = []
            state.md.inline.parse(content, state.md, state.env, tok.children)


@lru_cache(maxsize=1)
def _parser() -> Any:
    """A CommonMark parser with tables, strikethrough, front matter, footnotes,
    admonitions and ``:::`` containers, and a guarded inline step."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.admon import admon_plugin
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = (MarkdownIt("commonmark", {"maxNesting": 50})
          .enable(["table", "strikethrough"])
          .use(front_matter_plugin).use(footnote_plugin).use(admon_plugin))
    for name in ("note", "tip", "info", "warning", "danger", "caution", "important",
                 "seealso", "details", "admonition", "nota", "aviso", "advertencia"):
        md.use(container_plugin, name=name)
    md.core.ruler.at("inline", _inline_rule)
    return md


def _plain_inline(text: str) -> str:
    """Linear, parser-free reduction of inline markup (the hostile-input path)."""
    text = re.sub(r"\]\([^()\s]{0,2000}\)", "", text)  # link targets
    text = _MARKUP.sub(lambda m: m.group(0) if m.group(0) in "()" else "", text)
    return _BLANKISH.sub(" ", text).strip()


def _render(children: list[Any]) -> str:
    parts: list[str] = []
    for tok in children:
        kind = tok.type
        if kind in ("text", "code_inline"):
            parts.append(tok.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "image":
            parts.append(_render(tok.children or []))
        elif kind == "html_inline" and tok.content.lower().startswith("<br"):
            parts.append(" ")
    return "".join(parts)


class _Walker:
    """Turns markdown-it block tokens into BlockWriter paragraphs."""

    def __init__(self, out: BlockWriter, env: dict[str, Any]) -> None:
        self.out = out
        self.env = env
        self.lists: list[str] = []  # "•" or "" (ordered) per open list
        self.item_prefix: str | None = None  # prefix for the item's first paragraph
        self.heading = False
        self.cells: list[str] | None = None
        self.skip_title = False

    def walk(self, tokens: list[Any]) -> None:
        for tok in tokens:
            handler = getattr(self, "_" + tok.type, None)
            if handler is not None:
                handler(tok)

    def _bullet_list_open(self, tok: Any) -> None:
        self.lists.append("•")

    def _ordered_list_open(self, tok: Any) -> None:
        self.lists.append("")

    def _bullet_list_close(self, tok: Any) -> None:
        self.lists.pop()
        self.item_prefix = None

    _ordered_list_close = _bullet_list_close

    def _list_item_open(self, tok: Any) -> None:
        mark = self.lists[-1] if self.lists else "•"
        self.item_prefix = f"{mark} " if mark else f"{tok.info}{tok.markup} "

    def _heading_open(self, tok: Any) -> None:
        self.heading = True

    _admonition_title_open = _heading_open

    def _heading_close(self, tok: Any) -> None:
        self.heading = False

    _admonition_title_close = _heading_close

    def _admonition_open(self, tok: Any) -> None:
        # Without a title of the author's the plugin invents one ("Note"): skip it.
        self.skip_title = tok.info.strip() == tok.meta.get("tag", "")

    def _tr_open(self, tok: Any) -> None:
        self.cells = []

    def _tr_close(self, tok: Any) -> None:
        if self.cells is not None and any(c.strip() for c in self.cells):
            self.out.add(" | ".join(c.strip() for c in self.cells), content=True)
        self.cells = None

    def _inline(self, tok: Any) -> None:
        if self.heading and self.skip_title:
            self.skip_title = False
            return
        text = _render(tok.children or [])
        if self.cells is not None:
            self.cells.append(text)
        elif self.heading:
            self.out.add(text, "heading")
        elif self.item_prefix is not None and text.strip():
            self.out.add(self.item_prefix + text, "bullet")
            self.item_prefix = None
        else:
            self.out.add(text)

    def _fence(self, tok: Any) -> None:
        m = _ADMONITION_FENCE.match(tok.info.strip())
        if m:  # MyST admonition: its body is Markdown
            _emit(tok.content, self.out, self.env)
            return
        self.out.add(tok.content.rstrip("\n"), "code", content=True)

    _code_block = _fence

    def _html_block(self, tok: Any) -> None:
        text = _TAG.sub(" ", _COMMENT.sub("", tok.content))
        self.out.add(_BLANKISH.sub(" ", text))


def _emit(src: str, out: BlockWriter, env: dict[str, Any]) -> None:
    _Walker(out, env).walk(_parser().parse(src, env))


def markdown_text(src: str) -> tuple[str, list[Any]]:
    """Plain text and hints of Markdown source (already decoded and normalised)."""
    out = BlockWriter(structured=True)
    _emit(src, out, {})
    return out.text(), out.hints


def read_md(data: bytes, name: str) -> Extracted:
    raw, enc, meta = decode_text(data, name)
    text, hints = markdown_text(normalize(raw))
    return Extracted(text, "md", enc, hints, meta)
