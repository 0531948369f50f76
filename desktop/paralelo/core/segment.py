"""Paragraph segmentation (offline, rule-based, span-preserving).

Rules, in order:

* If the text has blank lines, every blank-line block is one paragraph: this
  is the contract the aligner and its evaluation rely on. Inside a block, only
  three things split it: bullet lines (•, -, *, "1.") start a paragraph each,
  web boilerplate lines ("Share.", "Log in to vote") become their own flagged
  paragraphs, and a block of long, punctuated lines (one paragraph per line
  that merely lacks blank lines) is split per line.
* Without blank lines, each line is a paragraph (lowercase continuation lines
  of hard-wrapped text are joined back).

Every paragraph is a span of the input with surrounding whitespace removed, so
concatenating paragraphs in order gives back all non-whitespace text.
Sentence splitting lives in `paralelo.core.sentences` and is re-exported here.
"""

from __future__ import annotations

import re

from paralelo.core.boilerplate import is_boilerplate_line
from paralelo.core.document import Paragraph
from paralelo.core.sentences import split_sentences

__all__ = ["classify", "split_paragraphs", "split_sentences"]

_NEWLINE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BULLET = re.compile(r"^(?:[•◦▪▫●○■□►▸‣⁃·]\s*|[-*+–]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][)]\s+)")
_SYMBOL_BULLET = re.compile(r"^[•◦▪▫●○■□►▸‣⁃·]")
_QUESTION = re.compile(r"\?\s*(?:Expand|Expandir|Ver respuesta)\s*$")
_TERMINAL = re.compile(r"[.!?…:;,][\"'”’»)\]]*$")
_SENT_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")

HEADING_MAX_CHARS = 160
HEADING_MAX_WORDS = 25
#: A line longer than this is not the product of hard-wrapping.
_UNWRAPPED = 100

Span = tuple[int, int]


def _lines(text: str) -> list[Span | None]:
    """Stripped spans of each line; ``None`` for a blank line."""
    out: list[Span | None] = []
    pos = 0
    for m in [*_NEWLINE.finditer(text), None]:
        end = m.start() if m else len(text)
        line = text[pos:end]
        core = line.strip()
        if core:
            s = pos + len(line) - len(line.lstrip())
            out.append((s, s + len(core)))
        else:
            out.append(None)
        if m:
            pos = m.end()
    return out


def _blocks(lines: list[Span | None]) -> list[list[Span]]:
    blocks: list[list[Span]] = [[]]
    for ln in lines:
        if ln is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(ln)
    return [b for b in blocks if b]


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def _split_block(text: str, block: list[Span]) -> list[Span]:
    """Units of one blank-line block (usually the whole block)."""
    if len(block) == 1:
        return block
    strs = [text[s:e] for s, e in block]
    bullets = [_is_bullet(t) for t in strs]
    boiler = [is_boilerplate_line(t) for t in strs]
    numbered_only = all(not _SYMBOL_BULLET.match(t) and t[:1] not in "-*+–"
                        for t, b in zip(strs, bullets, strict=True) if b)
    if numbered_only and sum(bullets) < 2:
        bullets = [False] * len(strs)  # a lone "1." line is not a list
    if not any(bullets) and not any(boiler):
        if all(e - s > _UNWRAPPED and _SENT_END.search(text[s:e]) for s, e in block[:-1]):
            return list(block)  # one paragraph per (long) line
        return [(block[0][0], block[-1][1])]
    units: list[Span] = []
    prev_kind = ""
    for (s, e), t, bul, bp in zip(block, strs, bullets, boiler, strict=True):
        if bp:
            units.append((s, e))
            prev_kind = "boiler"
        elif bul:
            units.append((s, e))
            prev_kind = "bullet"
        elif prev_kind == "text" or (prev_kind == "bullet" and not t[:1].isupper()):
            units[-1] = (units[-1][0], e)  # continuation line
        else:
            units.append((s, e))
            prev_kind = "text"
    return units


def _line_mode(text: str, lines: list[Span]) -> list[Span]:
    """No blank lines: a paragraph per line, re-joining hard-wrapped lines."""
    units: list[Span] = []
    for s, e in lines:
        t = text[s:e]
        if units:
            prev = text[units[-1][0]:units[-1][1]]
            if (t[:1].islower() and not _TERMINAL.search(prev) and not _is_bullet(t)
                    and not is_boilerplate_line(prev)):
                units[-1] = (units[-1][0], e)
                continue
        units.append((s, e))
    return units


def classify(para: str, is_last: bool = False) -> tuple[str, bool]:
    """Return ``(kind, boilerplate)`` for one paragraph's text."""
    single = not _NEWLINE.search(para)
    if single and is_boilerplate_line(para):
        return "boilerplate", True
    if _is_bullet(para):
        return "bullet", False
    if single and _QUESTION.search(para):
        return "question", False
    if (single and not is_last and len(para) <= HEADING_MAX_CHARS
            and len(para.split()) <= HEADING_MAX_WORDS and not _TERMINAL.search(para)
            and any(c.isalpha() for c in para) and (para[0].isupper() or para[0].isdigit()
                                                    or para[0] in "\"“«¿¡'‘")):
        return "heading", False
    return "text", False


def split_paragraphs(text: str, lang: str = "en") -> list[Paragraph]:
    """Split document text into paragraphs (see module docstring for the rules)."""
    lines = _lines(text)
    blocks = _blocks(lines)
    if len(blocks) > 1:
        spans = [u for b in blocks for u in _split_block(text, b)]
    else:
        spans = _line_mode(text, blocks[0]) if blocks else []
    paras: list[Paragraph] = []
    for i, (s, e) in enumerate(spans):
        body = text[s:e]
        kind, boiler = classify(body, is_last=i == len(spans) - 1)
        paras.append(Paragraph(index=i, text=body, start=s, end=e, kind=kind,
                               boilerplate=boiler, lang=lang))
    return paras
