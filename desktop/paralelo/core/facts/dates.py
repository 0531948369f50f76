"""Dates, years, weekdays and vague periods in Spanish and English text.

Values are ISO-like so they compare across languages: "5 de febrero de 2026"
and "Feb 5, 2026" are both "2026-02-05"; "febrero de 2026" is "2026-02",
"5 de febrero" is "--02-05", "diciembre" alone is "--12", a weekday "wd-4".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from paralelo.core.facts.model import Fact
from paralelo.core.facts.text import fold, matches_at

_ES_MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
              "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
              "noviembre": 11, "diciembre": 12}
_ES_ABBR = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
            "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12}
_EN_MONTHS = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
              "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
              "December": 12}
_EN_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
            "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_ES_WEEKDAYS = {"lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4,
                "viernes": 5, "sábado": 6, "sabado": 6, "domingo": 7}
_EN_WEEKDAYS = {"Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5,
                "Saturday": 6, "Sunday": 7}


def _alt(names: object) -> str:
    return "|".join(sorted((re.escape(str(n)) for n in names), key=len, reverse=True))  # type: ignore[attr-defined]


_ESM = _alt(_ES_MONTHS)
_ESA = _alt(_ES_ABBR)
_ENM = _alt(_EN_MONTHS)
_ENA = _alt(_EN_ABBR)
_END = r"(?!\w)"
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d|2100)(?!\d)"

_ES_PATTERNS = [
    re.compile(rf"(?<!\w){_DAY}(?:º|°|\.º)?(?:\s*(?:y|al|-|–)\s*(?P<d2>[0-3]?\d))?\s+de\s+"
               rf"(?P<m>{_ESM}|(?:{_ESA})\.?){_END}(?:\s+(?:de|del)\s+{_YEAR})?", re.I),
    re.compile(rf"(?<!\w)(?P<m>{_ESM}|(?:{_ESA})\.){_END}(?:\s+(?:de|del)\s+|\s+){_YEAR}", re.I),
    re.compile(rf"(?<!\w)(?P<m>{_ESM}){_END}", re.I),
]
_EN_PATTERNS = [
    re.compile(rf"(?<!\w)(?P<m>{_ENM}|(?:{_ENA})\.?)\s+{_DAY}(?:st|nd|rd|th)?{_END}"
               rf"(?:\s*[-–]\s*(?P<d2>[0-3]?\d){_END})?(?:,?\s+{_YEAR})?"),
    re.compile(rf"(?<!\w){_DAY}(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?\s+(?:of\s+)?"
               rf"(?P<m>{_ENM}|(?:{_ENA})\.?){_END}(?:,?\s+{_YEAR})?"),
    re.compile(rf"(?<!\w)(?P<m>{_ENM}|(?:{_ENA})\.?){_END},?\s+{_YEAR}"),
    re.compile(r"(?<!\w)(?P<m>January|February|April|June|July|August|September|October"
               r"|November|December)(?!\w)"),
]
# "March" and "May" alone are months only after a preposition ("in May", "since March").
_EN_MARCH_MAY = re.compile(r"(?<!\w)(?:in|since|until|till|last|next|early|late|of|by|from"
                           r"|through|during|before|after|mid-?)\s+(?P<m>March|May)(?!\w)(?!\s+\d)")
_NUMERIC = re.compile(r"(?<![\w/.-])(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
                      r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<ny>\d{4}|\d{2}))(?![\w/]|-\d)")
_YEAR_ONLY = re.compile(r"(?<![\w.,$€£/])(1[5-9]\d\d|20\d\d|2100)(?![\w%$€]|[.,]\d)")
_ES_WD = re.compile(rf"(?<!\w)({_alt(_ES_WEEKDAYS)})(?!\w)", re.I)
_EN_WD = re.compile(rf"(?<!\w)({_alt(_EN_WEEKDAYS)})(?!\w)")
_ANY_DIGIT = re.compile(r"\d")
# date patterns that start with the day's digits: tried only where a digit run starts
_DIGIT_FIRST = frozenset(rx for rx in (*_ES_PATTERNS, *_EN_PATTERNS)
                         if rx.pattern.startswith(r"(?<!\w)(?P<d>"))
_DECADES = re.compile(r"(?<!\w)(decades|décadas|decenios|centuries|siglos)(?!\w)", re.I)
_NUM_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|several|few|dos|tres|cuatro|cinco"
                         r"|varias|varios|pocas|pocos|las|los|the)\b)\s+$", re.I)


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if (m is not None and not 1 <= m <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    if y is not None and m is not None and d is not None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if y is not None and m is not None:
        return f"{y:04d}-{m:02d}"
    if m is not None and d is not None:
        return f"--{m:02d}-{d:02d}"
    if m is not None:
        return f"--{m:02d}"
    return None


def _month(name: str, lang: str) -> int:
    key = name.rstrip(".")
    if lang == "es":  # the pattern ignores case: "ſeptiembre", "ABRİL", "abrıl" match too
        k = fold(key).replace("\u0131", "i")
        return _ES_MONTHS.get(k) or _ES_ABBR[k]
    return _EN_MONTHS.get(key) or _EN_ABBR[key]


def _folded(names: object) -> frozenset[str]:
    return frozenset(fold(str(n)) for n in names)  # type: ignore[attr-defined]


# Folded words without which a family of patterns cannot match (each pattern needs
# one of them as a whole token): checking a paragraph's token set first skips
# most regex scans, which are slow with these long alternations.
_MONTH_WORDS = {"es": _folded([*_ES_MONTHS, *_ES_ABBR]), "en": _folded([*_EN_MONTHS, *_EN_ABBR])}
_WEEKDAY_WORDS = {"es": _folded(_ES_WEEKDAYS), "en": _folded(_EN_WEEKDAYS)}
_DECADE_WORDS = _folded(["decades", "décadas", "decenios", "centuries", "siglos"])
#: Every word some pattern needs: ``find_dates`` only looks at these among ``words``.
TRIGGER_WORDS = frozenset().union(*_MONTH_WORDS.values(), *_WEEKDAY_WORDS.values(),
                                  _DECADE_WORDS)
# English patterns are case-sensitive: only these exact tokens start them ("may" does not)
_EN_MONTH_TEXTS = frozenset([*_EN_MONTHS, *_EN_ABBR])
_EN_WEEKDAY_TEXTS = frozenset(_EN_WEEKDAYS)
_MONTH_FIRST = frozenset(rx for rx in (*_ES_PATTERNS, *_EN_PATTERNS)
                         if rx.pattern.startswith(r"(?<!\w)(?P<m>"))


def starts_pattern(token: str, norm: str, word: bool, lang: str) -> tuple[bool, bool]:
    """(month, weekday): whether a month-first date pattern or the weekday pattern of
    ``lang`` can match from this token (its text, folded form, letters-first flag).

    Spanish patterns ignore case, so the folded form decides (a superset: the
    pattern then decides); text with a dotless i is scanned whole (see find_dates).
    """
    if lang == "es":
        return (word and norm in _MONTH_WORDS["es"]), (word and norm in _WEEKDAY_WORDS["es"])
    return token in _EN_MONTH_TEXTS, token in _EN_WEEKDAY_TEXTS


def _scan(rx: re.Pattern[str], text: str, starts: list[int] | None,
          ) -> Iterator[re.Match[str]]:
    """Matches of a pattern that can only start at ``starts`` (None: not known)."""
    return rx.finditer(text) if starts is None else matches_at(rx, text, starts)


def find_dates(text: str, lang: str, words: set[str] | frozenset[str] | None = None,
               digit_starts: list[int] | None = None, month_starts: list[int] | None = None,
               weekday_starts: list[int] | None = None) -> list[Fact]:
    """Date, year and vague-period facts; overlapping candidates are resolved later.

    ``words``: the folded word tokens of ``text`` if known, or at least those in
    TRIGGER_WORDS (patterns needing a month, weekday or "decades" word are then
    skipped when the text has none). If known, where the text's digit runs
    start, and where the tokens start for which starts_pattern is true: the
    patterns starting with a digit, a month or a weekday are only tried there.
    """
    out: list[Fact] = []
    digits = _ANY_DIGIT.search(text) is not None if digit_starts is None else bool(digit_starts)
    if "\u0131" in text:  # dotless i: re.I matches it to "i", its folded form stays "ı"
        words = None
        if lang == "es":
            month_starts = weekday_starts = None

    def has(needed: frozenset[str]) -> bool:
        return words is None or not needed.isdisjoint(words)

    months = (has(_MONTH_WORDS["es" if lang == "es" else "en"]) if month_starts is None
              else bool(month_starts))
    pats = _ES_PATTERNS if lang == "es" else _EN_PATTERNS
    for pat in (pats if digits else pats[-1:]) if months else ():  # the last needs no digit
        first = (digit_starts if pat in _DIGIT_FIRST
                 else month_starts if pat in _MONTH_FIRST else None)
        for m in _scan(pat, text, first):
            gd = m.groupdict()
            y = int(gd["y"]) if gd.get("y") else None
            d = int(gd["d"]) if gd.get("d") else None
            v = _iso(y, _month(gd["m"], lang), d)
            if v is not None:
                out.append(Fact("date", m.group(0), m.start(), m.end(), v))
    if lang == "en" and months:
        for m in _EN_MARCH_MAY.finditer(text):
            s, e = m.span("m")
            out.append(Fact("date", m.group("m"), s, e, _iso(None, _EN_MONTHS[m.group("m")],
                                                             None) or ""))
    for m in _scan(_NUMERIC, text, digit_starts) if digits else ():
        if m.group("iy"):
            v = _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        else:
            a, b, ny = int(m.group("a")), int(m.group("b")), m.group("ny")
            year = int(ny) if len(ny) == 4 else 2000 + int(ny)
            day, mon = (b, a) if lang == "en" and a <= 12 else (a, b)
            v = _iso(year, mon, day)
        if v is not None:
            out.append(Fact("date", m.group(0), m.start(), m.end(), v))
    for m in _scan(_YEAR_ONLY, text, digit_starts) if digits else ():
        out.append(Fact("year", m.group(0), m.start(), m.end(), m.group(1)))
    table = _ES_WEEKDAYS if lang == "es" else _EN_WEEKDAYS
    wd = _ES_WD if lang == "es" else _EN_WD
    weekdays = (has(_WEEKDAY_WORDS["es" if lang == "es" else "en"]) if weekday_starts is None
                else bool(weekday_starts))
    for m in _scan(wd, text, weekday_starts) if weekdays else ():
        n = table.get(m.group(1)) or table.get(m.group(1).lower())
        if n:
            out.append(Fact("date", m.group(0), m.start(), m.end(), f"wd-{n}"))
    for m in _DECADES.finditer(text) if has(_DECADE_WORDS) else ():
        if not _NUM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            word = m.group(1).lower()
            v = "decades" if word.startswith("dec") or word.startswith("déc") else "centuries"
            out.append(Fact("date", m.group(0), m.start(), m.end(), v))
    return out
