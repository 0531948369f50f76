"""Sentence segmentation for Spanish and English (offline, regex + word lists).

A boundary is sentence punctuation (optionally followed by closing quotes or
brackets), then whitespace, then something that can start a sentence. It is
rejected after abbreviations that never end a sentence ("Sr.", "Dr.", "p. ej."),
after initials ("J. R."), and before a lowercase word ("etc. y"). Dotted
acronyms that may end a sentence ("U.S.", "EE. UU.", "a.m.") split only when
the next word is a typical sentence opener ("The", "El", "However"...).
Decimals ("3.1", "3,1") and "?Expand" contain no space, so they never split.
"""

from __future__ import annotations

import re
from functools import lru_cache

from paralelo.core.document import Sentence


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_PUNCT = ".!?…‽"
_BOUNDARY = re.compile(r"[.!?…‽]+[\"'”’»)\]]*(?=\s)")
_THOUSANDS = re.compile(r"\d{3}\b")
_OPENERS = "\"'“‘«([¿¡—–-"

#: Never sentence-final: titles, Latin and Spanish abbreviations that are not also words.
ALWAYS = _words("""mr mrs ms messrs dr dra drs sr sra srta sres srs sto sta prof profa lic
ing arq abg gral gob gov lt capt cmdr cdr adm sgt cpl pfc pvt spc pres excmo excma ilmo ilma
mons fr st mt vs e.g i.e cf viz ej p.ej aprox approx vols figs eds ibid núm nro pág págs pp
párr tel ud uds vd vds dña dª av avda pza c/ ee.uu""")

#: Not sentence-final before a number ("No. 5", "p. 23", "art. 4", "Feb. 4"), else
#: ordinary words that may end a sentence ("Dijo que no.", "two years ago.", "al mar.").
NUMERIC = _words("""no nos nº num p art arts vol cap caps fig jan feb mar apr jun jul aug
sep sept oct nov dec ene abr ago dic""")

#: May end a sentence: split only before a clear sentence opener ("Gen. Smith" vs
#: "the next gen. The").
AMBIGUOUS = _words("""inc corp ltd co jr bros etc a.m p.m u.s u.k u.n d.c gen sen rep col rev
hon ed ft ca v op cit""")

STARTERS = _words("""the a an he she it they we i you this that these those there but and
in on at as for if when while after before however meanwhile his her its their our my so
yet also then now still what who why how one two some many most mr mrs ms dr el la los las
un una unos unas en pero y sin este esta estos estas ese esa eso esto con por para según
además sin también hoy ayer su sus lo le les se no sí ya al del cuando mientras tras desde
durante aunque porque así entonces luego ahora allí aquí ello él ella ellos ellas nosotros
yo usted""")

_LONE_INITIAL = re.compile(r"^[A-ZÁÉÍÓÚÑ]$")
_DOTTED = re.compile(r"^(?:[A-Za-zÁÉÍÓÚÑáéíóúñ]{1,3}\.)+[A-Za-zÁÉÍÓÚÑáéíóúñ]{1,3}$")
_DOUBLED = re.compile(r"^([A-ZÁÉÍÓÚÑ])\1$")  # EE, UU, FF, AA: Spanish plural initials


_NEXT_WORD = re.compile(r"[\s\"'“‘«(\[—–-]*([^\s\"'”’»),.;:!?]*)")


def _prev_token(text: str, end: int) -> str:
    """The word the punctuation at ``end`` is attached to, without outer punctuation."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_OPENERS + "¿¡")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos, min(len(text), pos + 60))
    return m.group(1) if m else ""


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct = m.group(0)
    nxt = _next_word(text, m.end())
    after = text[m.end():m.end() + 40].lstrip()
    if not after:
        return False
    first = after[0]
    if nxt[:1].islower() or first in ",;:":
        return False  # "etc. y", "dijo: ¿vienes? no sé"... lowercase continues
    stripped = punct.rstrip("\"'”’»)]")
    if "." not in stripped or stripped.endswith(("!", "?")):
        return True
    if stripped != "." or punct != stripped:
        return True  # "...", "…", or a quote closed after the period
    token = _prev_token(text, m.start())
    low = token.lower()
    if low in ALWAYS or _LONE_INITIAL.match(token):
        return False
    if low in NUMERIC:
        return not nxt[:1].isdigit()
    if token.isdigit() and _THOUSANDS.match(nxt):
        return False  # "140. 000": a spaced thousands separator
    if low in AMBIGUOUS or _DOTTED.match(token) or _DOUBLED.match(token):
        if _DOUBLED.match(token) and _DOUBLED.match(nxt.rstrip(".")):
            return False  # "EE. UU."
        return nxt.lower() in STARTERS
    return True


def split_sentences(text: str, lang: str = "en") -> list[Sentence]:
    """Split a paragraph into sentences; spans are offsets into ``text``.

    ``lang`` is accepted for symmetry with the paragraph splitter; the word
    lists cover both languages, which also handles mixed-language paragraphs.
    """
    return [Sentence(a, b, text[a:b]) for a, b in sentence_spans(text)]


def sentence_texts(text: str) -> list[str]:
    """Just the sentence strings (the aligner needs no Sentence objects)."""
    return [text[a:b] for a, b in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: stripped of surrounding whitespace, never empty.

    Remembered per text: import splits every paragraph and the aligner splits the
    same paragraphs again (bounded, about 2 x 20,000 paragraphs).
    """
    return list(_spans(text))


@lru_cache(maxsize=1 << 16)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _candidates(text):  # non-overlapping, in order
        if _is_boundary(text, m):
            _append(out, text, pos, m.end())
            pos = m.end()
    _append(out, text, pos, len(text))
    return tuple(out)


def _candidates(text: str) -> list[re.Match[str]]:
    """What ``_BOUNDARY.finditer(text)`` yields, 3-4x faster: a match can only start
    at sentence punctuation, and ``str.find`` locates that far faster than the
    regex engine scanning every character for the character class."""
    starts: list[int] = []
    for ch in _PUNCT if not text.isascii() else ".!?":
        i = text.find(ch)
        while i >= 0:
            starts.append(i)
            i = text.find(ch, i + 1)
    starts.sort()
    out: list[re.Match[str]] = []
    end = 0
    match = _BOUNDARY.match
    for i in starts:
        if i >= end and (m := match(text, i)) is not None:
            out.append(m)
            end = m.end()
    return out


_ALNUM = re.compile(r"[^\W_]")


def _append(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    core = chunk.strip()
    if not core:
        return
    start += len(chunk) - len(chunk.lstrip())
    if out and _ALNUM.search(core) is None:
        # a stray closing quote belongs to the sentence before it
        out[-1] = (out[-1][0], start + len(core))
    else:
        out.append((start, start + len(core)))
