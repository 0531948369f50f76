"""Keep proper names, acronyms and place names out of the MT engine's reach.

Rule-based engines translate names word by word ("La Paz" → "The Peace",
"Rodrigo Paz" → "Rodrigo Peace"). Before translation each protected span is
replaced by an opaque placeholder the engine passes through untouched (an
unknown word that inflects nothing around it); afterwards the placeholders are
put back. What is protected: a curated list of names (resources/), a known
given name followed by capitalised words (a person), and acronyms (except the
few with a standard English form, like ONU → UN).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_RES = Path(__file__).with_name("resources")
_UPPER = "A-ZÁÉÍÓÚÜÑ"
_WORD = rf"[{_UPPER}][a-záéíóúüñ'’-]+"
# Acronyms: two or more capitals (digits allowed after), e.g. USTR, INL, AACCLA, or
# dotted initials like U.S. (Apertium reads a lone "U" as the Spanish word for "or").
_ACRONYM = re.compile(
    rf"(?<![\w.])(?:[{_UPPER}]{{2,}}[0-9]*(?!\w|\.[{_UPPER}])|(?:[{_UPPER}]\.){{2,}})")
# "Zqax-1": an unknown word Apertium copies verbatim; the "-1" makes it read as a
# number, so the next word is not capitalised as if a sentence had started.
_PLACEHOLDER = re.compile(r"Zq([a-z]+)x-1", re.IGNORECASE)


def _read_list(name: str) -> list[str]:
    lines = (_RES / name).read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    names = sorted(set(_read_list("protected_names.txt")), key=len, reverse=True)
    listed = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    given = "|".join(re.escape(n) for n in sorted(set(_read_list("given_names.txt")),
                                                   key=len, reverse=True))
    person = re.compile(rf"(?<!\w)(?:{given})(?:\s+(?:de\s+)?{_WORD}){{1,3}}(?!\w)")
    return listed, person, frozenset(_read_list("translatable_acronyms.txt"))


def _code(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(97 + r) + letters
    return f"Zq{letters}x-1"


def _decode(letters: str) -> int:
    n = 0
    for ch in letters.lower():
        n = n * 26 + (ord(ch) - 96)
    return n - 1


@dataclass(frozen=True, slots=True)
class Protected:
    text: str  # source text with placeholders
    names: tuple[str, ...]  # names[i] is behind placeholder i


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of protected names in ``text`` (non-overlapping, left to right)."""
    listed, person, translatable = _patterns()
    spans = [m.span() for m in listed.finditer(text)] + [m.span() for m in person.finditer(text)]
    if not _shouting(text):  # in an all-caps headline every word would look like an acronym
        spans += [m.span() for m in _ACRONYM.finditer(text) if m.group(0) not in translatable]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            if e > out[-1][1]:  # overlapping: merge into one protected span
                out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def _shouting(text: str) -> bool:
    """More than 60% of the letters are capitals (an all-caps headline)."""
    letters = sum(map(str.isalpha, text))
    if sum(map(str.isupper, text)) <= 0.6 * letters:  # counts a few non-letters: a bound
        return False
    return sum(c.isupper() for c in text if c.isalpha()) > 0.6 * letters


def protect(text: str) -> Protected:
    """Replace every protected name by a placeholder; identical names share one."""
    if _PLACEHOLDER.search(text):  # text already looks like our placeholders: leave it alone
        return Protected(text, ())
    names: list[str] = []
    parts: list[str] = []
    pos = 0
    for s, e in find_names(text):
        name = text[s:e]
        if name not in names:
            names.append(name)
        parts += [text[pos:s], _code(names.index(name))]
        pos = e
    parts.append(text[pos:])
    return Protected("".join(parts), tuple(names))


def restore(translated: str, names: tuple[str, ...]) -> tuple[str, list[str]]:
    """Put names back; also return the names whose placeholder the engine lost."""
    if not names:
        return translated, []
    seen: set[int] = set()

    def put(m: re.Match[str]) -> str:
        i = _decode(m.group(1))
        if 0 <= i < len(names):
            seen.add(i)
            return names[i]
        return m.group(0)

    out = _PLACEHOLDER.sub(put, translated)
    return out, [n for i, n in enumerate(names) if i not in seen]
