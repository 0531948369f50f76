"""Offline language identification: Spanish, English or "other".

Stop-word frequencies plus a few telltale characters. Near neighbours
(Portuguese, French, Italian, German, Catalan) are scored too so that they come
out as "other" instead of being forced into Spanish or English. Deterministic,
dependency-free and fast (only the first ``SAMPLE_CHARS`` characters are read).
"""

from __future__ import annotations

import re


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())

SAMPLE_CHARS = 60_000

_STOP: dict[str, frozenset[str]] = {
    "es": _words("""el la los las de del que y en un una unos unas por con para es se no su
        sus al lo como más pero le les ya este esta estos estas ese esa eso esto entre cuando muy
        sin sobre también me hasta hay donde quien quienes desde todo todos durante ni contra
        otros otras otro otra ante ellos ellas él ella qué cuál fue han ha son está están era ser
        sido tiene tienen según sí porque mismo dijo año años"""),
    "en": _words("""the of and to in a is that for it as was with be by on not he i this are
        or his from at which but have an they you were her she there their been has will would
        its who we said had after also more one about than into when what our these those can
        could should over out up"""),
    "pt": _words("""de que e o a em um uma para com não os as do da dos das no na nos nas por
        mais ao foi é são à isso também seu sua pelo pela ele ela está mas como já"""),
    "fr": _words("""le la les de des du et en un une est que qui dans pour pas sur au aux avec
        il elle ce ne se plus par son sa ses nous vous été sont mais ou comme cette"""),
    "it": _words("""il la di che e è per un una del della dei delle in non con sono gli le da
        al si come più anche ma nel nella questo essere ha"""),
    "de": _words("""der die und in den von zu das mit sich des auf für ist im dem nicht ein
        eine als auch es an werden aus er hat dass sie nach bei wird"""),
    "ca": _words("""el la els les de del que i en un una per amb és no es al com més però
        seu seva dels aquest aquesta també"""),
}

#: Characters that (almost) only one of the scored languages uses.
_CHARS: dict[str, str] = {
    "es": "ñ¿¡", "pt": "ãõ", "fr": "èêœ", "de": "ß", "it": "", "en": "", "ca": "·",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _weights() -> dict[str, dict[str, float]]:
    """A stop word shared by n languages counts 1/n for each of them."""
    count: dict[str, int] = {}
    for words in _STOP.values():
        for w in words:
            count[w] = count.get(w, 0) + 1
    return {lang: {w: 1.0 / count[w] for w in words} for lang, words in _STOP.items()}


_W = _weights()
#: word → its (language, weight) pairs in `_W`'s order: one look-up per word, and each
#: language's sum adds the same weights in the same order as a loop over `_W` would.
_BY_WORD: dict[str, tuple[tuple[str, float], ...]] = {
    w: tuple((lang, table[w]) for lang, table in _W.items() if table.get(w))
    for w in {w for table in _W.values() for w in table}}


def language_scores(text: str) -> dict[str, float]:
    """Per-language evidence (stop-word weight per word plus character bonus)."""
    sample = text[:SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    scores = dict.fromkeys(_STOP, 0.0)
    for found in filter(None, map(_BY_WORD.get, words)):
        for lang, weight in found:
            scores[lang] += weight
    n = max(len(words), 1)
    for lang in scores:
        scores[lang] /= n
        chars = _CHARS[lang]
        if chars:
            hits = sum(sample.count(c) for c in chars)
            # Letters of foreign names (Müller, Michèle) must not outvote stop words.
            scores[lang] += min(hits / n, 0.1) * (3 if lang == "es" else 1)
    return scores


_ES_SHAPE = re.compile(r"(?:ción|ciones|sión|mente|idad|idades|ado|ados|ada|adas|ido|ida|"
                       r"aje|ero|era|eros|ería|ía|ías|ñ\w*)$|[áéíóúñ]")
_EN_SHAPE = re.compile(r"(?:ing|ed|ly|ness|tion|tions|ship|ful|less|ment|ments|'s|’s|ght|"
                       r"th|sh|ck|wn|ws|ys|ey|ay)$|^(?:th|wh|sh)|w|k")


def _shape_vote(text: str) -> str:
    """Tie-breaker for short texts with no stop words (headlines): word shapes."""
    words = [w for w in _WORD.findall(text[:2000].lower()) if len(w) > 2]
    es = sum(bool(_ES_SHAPE.search(w)) for w in words)
    en = sum(bool(_EN_SHAPE.search(w)) for w in words)
    if es > en and es >= 1:
        return "es"
    if en > es and en >= 2:
        return "en"
    return "other"


def detect_language(text: str) -> str:
    """Return ``"es"``, ``"en"`` or ``"other"`` (other language, or too little text)."""
    scores = language_scores(text)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 0.02:
        return _shape_vote(text) if len(text) < 200 else "other"
    if best in ("es", "en") and scores[best] < 0.12 and len(text) < 200:
        # Short and weak (a headline): word shapes decide if they clearly disagree.
        shape = _shape_vote(text)
        if shape in ("es", "en") and scores[shape] > 0:
            return shape
    return best if best in ("es", "en") else "other"
