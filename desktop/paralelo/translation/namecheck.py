"""Name protection for neural engines (Argos): keep the name, verify it, repair it.

Why not placeholders, as for Apertium: an off-the-shelf Argos model was never
trained on placeholder tokens. A code like ``Zqax-1`` is split by SentencePiece
into pieces the model has only seen inside other words, so it is dropped,
re-spelled or translated around, and it costs the sentence its grammar (the
model cannot tell it is a city). The name itself is the token sequence the
model has copied most often in training (OPUS is full of "La Paz" → "La Paz").
So the name stays in the source and is *verified* per sentence afterwards:
every protected name of the source sentence must come out verbatim, as many
times as it went in. When one does not, protection has fallen back to the
model's plain translation (which is what was already decoded: same input,
deterministic decoding, so no second model call would change it), and known
literal renderings of the name ("The Peace", "Holy Cross", from
resources/literal_renderings.txt) are post-edited back to the name. Every
fallback is reported with the paragraph, repaired or not, so it is never silent.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product

from paralelo.translation.names import _RES, find_names

_ARTICLES = frozenset({"The", "the", "Of", "of"})
_MAX_RENDERINGS = 64


@dataclass(frozen=True, slots=True)
class NameCheck:
    text: str  # the translation, with repaired names put back
    fallback: tuple[str, ...]  # protected names the engine did not copy verbatim
    repaired: tuple[str, ...]  # of those, the ones put back from a literal rendering


@lru_cache(maxsize=1)
def _glossary() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in (_RES / "literal_renderings.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "\t" not in line:
            continue
        key, _, values = line.partition("\t")
        out[key.strip()] = tuple(v.strip() for v in values.split("|") if v.strip())
    return out


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if unicodedata.category(c) != "Mn"))


@lru_cache(maxsize=2048)
def renderings(name: str) -> tuple[re.Pattern[str], ...]:
    """Patterns of literal renderings of ``name`` (longest first), never the name itself."""
    gloss = _glossary()
    words = name.split()
    options = [(w, *gloss.get(w, ())) for w in words]
    found = set(gloss.get(name, ()))
    for combo in islice(product(*options), _MAX_RENDERINGS):
        changed = [c != w for c, w in zip(combo, words, strict=True)]
        if any(changed):
            found.add(" ".join(combo))
            # The article dropped too, if two words or more are left: a lone common
            # word ("High" for "El Alto") is too risky; curated whole-name lines
            # cover the known cases ("La Paz" → "Peace").
            if len(combo) > 2 and combo[0] in _ARTICLES and any(changed[1:]):
                found.add(" ".join(combo[1:]))
    found = {" ".join(w.lower() if w in _ARTICLES else w for w in f.split()) for f in found}
    found = {f for f in found if f != name and set(f.split()) - {"the", "of"}}
    # Respellings of the name itself ("Potosí" → "Potosi", "U.S." → "US") need no guard.
    spelled = {_strip_accents(name), name.replace(".", "") if name.isupper() else name} - {name}
    pats = [(f, _pattern(f, guard=True)) for f in found - spelled]
    pats += [(f, _pattern(f, guard=False)) for f in spelled]
    return tuple(p for _f, p in sorted(pats, key=lambda fp: len(fp[0]), reverse=True))


def _pattern(rendering: str, *, guard: bool) -> re.Pattern[str]:
    # Articles may change case with their position ("The Peace" / "in the Peace");
    # the other words must keep their capital, so "social peace" is never touched.
    parts = [f"(?i:{re.escape(w)})" if w in _ARTICLES else re.escape(w)
             for w in rendering.split()]
    # Followed by another capitalised word it is part of a longer name ("the High
    # Commissioner"), not a mistranslated one.
    tail = r"(?![ \t]+[A-ZÁÉÍÓÚÑ][a-z])" if guard else ""
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)" + tail)


def _count(text: str, name: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


def _replace(pat: re.Pattern[str], name: str, text: str, limit: int,
             names: Counter[str]) -> tuple[str, int]:
    """Replace up to ``limit`` matches of ``pat`` by ``name``, never inside another name."""
    taken = [m.span() for other in names
             for m in re.finditer(r"(?<!\w)" + re.escape(other) + r"(?!\w)", text)]
    parts: list[str] = []
    pos = done = 0
    for m in pat.finditer(text):
        if done >= limit:
            break
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # "Paz" of a kept "Rodrigo Paz Pereira" is not a lost "La Paz"
        parts += [text[pos : m.start()], name]
        pos = m.end()
        if name.endswith(".") and text.startswith(".", pos):
            pos += 1  # "in the US." → "in the U.S.", not "U.S.."
        done += 1
    return "".join(parts) + text[pos:], done


def expected_names(source: str) -> Counter[str]:
    """Protected names of ``source`` and how often each occurs."""
    return Counter(source[s:e] for s, e in find_names(source))


def check_names(source: str, translated: str, want: Counter[str] | None = None) -> NameCheck:
    """Verify that every protected name of ``source`` survives in ``translated``; repair if not."""
    want = expected_names(source) if want is None else want
    text = translated
    fallback: list[str] = []
    repaired: list[str] = []
    for name, n in sorted(want.items(), key=lambda kv: len(kv[0]), reverse=True):
        have = _count(text, name)
        if have == n:
            continue
        fallback.append(name)
        if have > n:  # duplicated by the model: nothing can be undone safely
            continue
        for pat in renderings(name):
            text, k = _replace(pat, name, text, n - have, want)
            have += k
            if have >= n:
                repaired.append(name)
                break
    order = {name: i for i, name in enumerate(want)}  # report in source order
    return NameCheck(text, tuple(sorted(fallback, key=order.__getitem__)),
                     tuple(sorted(repaired, key=order.__getitem__)))


def missing_names(source: str, translated: str) -> tuple[str, ...]:
    """Protected names of ``source`` not found (as often) in ``translated``; no repair."""
    return tuple(n for n, k in expected_names(source).items() if _count(translated, n) < k)
