"""Stop words and the small Spanish→English bridge used when there is no MT.

The bridge (resources/align/es_en_lexicon.tsv) covers common news words whose
English form does not share a prefix with the Spanish one (gobierno →
government); cognates (presidente → president) need no entry because both
sides are reduced to the same prefix stem.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from paralelo.core.errors import UserError
from paralelo.resources import resource_path

#: The lexicon file, relative to the resources folder.
LEXICON_FILE = ("align", "es_en_lexicon.tsv")
STEM = 5  # prefix length used as a crude, language-neutral stem


def stem(word: str) -> str:
    """The comparison key of a word: its first STEM letters (features.py uses it too)."""
    return word[:STEM]

STOP_ES = frozenset("""
a al algo algun alguna algunas alguno algunos ante antes aquel aquella aquellas aquello
aquellos aqui asi bajo cada como con contra cual cuales cuando de del desde donde dos e el
ella ellas ello ellos en entre era eran es esa esas ese eso esos esta estaba estaban estan
estar estas este esto estos fue fueron ha habia habian han hasta hay la las le les lo los
mas me mi mis muy nos nosotros o os otra otras otro otros para pero poco por porque que
quien quienes se sea ser si sido sin sino sobre su sus tambien tan tanto te tiene tienen
todo todos tu un una unas uno unos usted y ya yo segun mientras durante tras pues asimismo
cuyo cuya cuyos cuyas dicho dicha dichos dichas
""".split())  # noqa: SIM905 - easier to maintain as prose

STOP_EN = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours s t said says mr mrs ms also however
""".split())  # noqa: SIM905 - easier to maintain as prose


def _norm(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    try:
        lines = resource_path(*LEXICON_FILE).read_text(encoding="utf-8").splitlines()
    except OSError as exc:  # a broken install must say so, not align worse in silence
        raise UserError(f"alignment lexicon missing ({exc}); reinstall Paralelo") from exc
    for line in lines:
        if not line or line.startswith("#") or "\t" not in line:
            continue
        es, en = line.split("\t", 1)
        keys: list[str] = []
        for alt in en.split("|")[:2]:
            w = _norm(alt.strip())
            if w and w not in STOP_EN and stem(w) not in keys:
                keys.append(stem(w))
        table[_norm(es.strip())] = tuple(keys)
    return table


class _Lexicon:
    """Lookup with a crude plural fallback (gobiernos → gobierno).

    The fallback is folded into one dict of every accepted form when the table
    loads, so a lookup is one dict access (tokenising a new document looks up
    each of its unseen Spanish words).
    """

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        self.table = table
        forms: dict[str, tuple[str, ...]] = {}
        # later writes win: exact word over "-es" plural over "-s" plural (as `_lookup`)
        for suffix in ("s", "es"):
            forms.update((w + suffix, keys) for w, keys in table.items())
        forms.update(table)
        self.forms = forms

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> tuple[str, ...]:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def get(self, word: str) -> tuple[str, ...] | None:
        return self.forms.get(word)

    def _lookup(self, word: str) -> tuple[str, ...] | None:
        """The rule `forms` precomputes (kept to state it, and for the test that checks it)."""
        t = self.table
        if word in t:
            return t[word]
        for suffix in ("es", "s"):
            if word.endswith(suffix) and word[: -len(suffix)] in t:
                return t[word[: -len(suffix)]]
        return None


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon(_table())
