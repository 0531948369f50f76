"""Numbers, percentages and amounts of money in Spanish and English text.

The decimal separator is the language's: Spanish "3,1" and "1.500" are 3.1 and
1500, English "3.1" and "1,500" likewise, so both compare as "3.1" / "1500".
Number words ("quince", "twenty-one", "dos millones") are read too.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from itertools import compress, count

from paralelo.core.facts.model import Fact
from paralelo.core.facts.text import Toks, matches_at

_DIGITS = re.compile(
    r"(?<![\w.,/])(?:\d{1,3}(?:(?:[.,]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})+"
    r"(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?:(?=(?:mn|bn|m|k)(?!\w))|(?!\w))(?![.,]\d)(?!/\d)"
)
_SCALE = re.compile(
    r"[ \u00a0]?(mil millones|millones|millón|millon|millardos?|billones|billón|mil|thousand"
    r"|millions?|billions?|trillions?|mn|bn|m|k)(?!\w)", re.IGNORECASE)
_SCALES = {"mil millones": 10**9, "millones": 10**6, "millón": 10**6, "millon": 10**6,
           "millardo": 10**9, "millardos": 10**9, "billones": 10**12, "billón": 10**12,
           "mil": 1000, "thousand": 1000, "million": 10**6, "millions": 10**6,
           "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12,
           "mn": 10**6, "bn": 10**9, "m": 10**6, "k": 1000}
_CURRENCY_ONLY = frozenset({"mn", "bn", "m", "k"})  # "3m" is an amount only after "€", "$"...
_PERCENT = re.compile(r"[ \u00a0\u202f]?(%|por ?ciento|por cien(?!\w)|percentage points?"
                      r"|percent|per cent|pct\b|puntos porcentuales)", re.IGNORECASE)
_PREFIX = re.compile(r"(?<![\w$])(US\$|U\$S|USD|EUR|GBP|BOB|Bs\.?|R\$|\$|€|£)[ \u00a0]?$")
_SUFFIX = re.compile(
    r"[ \u00a0]?(?:de )?(dólares|dolares|dólar|dollars?|euros?|bolivianos|pesos|libras"
    r"|pounds|USD|EUR|GBP|BOB|Bs\b\.?|US\$|€|\$)(?: (?:estadounidenses|americanos|"
    r"de (?:los )?Estados Unidos|US|U\.S\.))?", re.IGNORECASE)
_CUR = {"us$": "USD", "u$s": "USD", "usd": "USD", "$": "USD", "dólares": "USD",
        "dolares": "USD", "dólar": "USD", "dollar": "USD", "dollars": "USD", "eur": "EUR",
        "€": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP", "£": "GBP", "libras": "GBP",
        "pounds": "GBP", "bob": "BOB", "bs": "BOB", "bs.": "BOB", "bolivianos": "BOB",
        "pesos": "PESO", "r$": "BRL"}

_ES_WORDS = {
    "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21,
    "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
    "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}
_ES_SCALES = {"mil": 1000, "millon": 10**6, "millones": 10**6, "millardo": 10**9,
              "millardos": 10**9, "billon": 10**12, "billones": 10**12}
_EN_WORDS = {
    "zero": 0, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "millions": 10**6,
              "billion": 10**9, "billions": 10**9, "trillion": 10**12}
_WEAK = frozenset({"un", "una", "uno", "one", "a"})  # articles/pronouns unless before a scale
_JOIN = {"es": frozenset({"y", "-"}), "en": frozenset({"and", "-"})}
#: Words a number-word run can start with, per language.
RUN_WORDS = {"es": frozenset(_ES_WORDS) | frozenset(_ES_SCALES),
              "en": frozenset(_EN_WORDS) | frozenset(_EN_SCALES)}


def fmt(d: Decimal) -> str:
    """Canonical text of a number: no exponent, no trailing zeros ("1500000", "3.1")."""
    s = format(d.normalize(), "f")
    return "0" if s in ("-0", "") else s


def parse_digits(s: str, lang: str) -> Decimal | None:
    """Value of a digit string with the language's separators ("1.500,5" es = 1500.5)."""
    s = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    dot, comma = s.count("."), s.count(",")
    try:
        if dot and comma:
            dec = "," if s.rfind(",") > s.rfind(".") else "."
            thou = "." if dec == "," else ","
            return Decimal(s.replace(thou, "").replace(dec, "."))
        if dot or comma:
            sep = "." if dot else ","
            parts = s.split(sep)
            grouped = len(parts) > 2 or (len(parts[1]) == 3 and len(parts[0]) <= 3
                                         and sep == ("." if lang == "es" else ","))
            if grouped and all(len(p) == 3 for p in parts[1:]):
                return Decimal("".join(parts))
            if len(parts) > 2:
                return None
            return Decimal(f"{parts[0]}.{parts[1]}")
        return Decimal(s)
    except InvalidOperation:
        return None


def _is_year(s: str) -> bool:
    return s.isdigit() and len(s) == 4 and 1500 <= int(s) <= 2100


def _word_runs(tk: Toks, lang: str, cands: list[int] | None = None,
               ) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of number-word runs such as "veinte mil" or "twenty-one".

    ``cands``: the indices of the tokens in RUN_WORDS, if known.
    """
    words = _ES_WORDS if lang == "es" else _EN_WORDS
    scales = _ES_SCALES if lang == "es" else _EN_SCALES
    join = _JOIN.get(lang, frozenset({"-"}))
    norms, starts, ends = tk.norms, tk.starts, tk.ends
    out: list[tuple[int, int, Decimal]] = []
    i, n = 0, len(norms)
    if cands is None:
        cands = list(compress(count(), map(RUN_WORDS["es" if lang == "es" else "en"].__contains__,
                                            norms)))
    for k in cands:
        if k < i:
            continue  # inside the previous run
        i = k
        run = [i]  # token indices
        j = i + 1
        last = ends[i]
        while j < n:
            w = norms[j]
            gap_ok = starts[j] - last <= 1
            if gap_ok and (w in words or w in scales) and w != "a":
                run.append(j)
                last = ends[j]
                j += 1
            elif (gap_ok and w in join and j + 1 < n and starts[j + 1] - ends[j] <= 1
                  and _joins(norms[run[-1]], norms[j + 1], words, scales)):
                last = ends[j]
                j += 1
            else:
                break
        i = j
        head = norms[run[0]]
        if len(run) == 1 and (head in _WEAK or head == "ciento" or (
                head in scales and head != "mil")):
            continue
        if head in _WEAK and norms[run[1]] not in scales:
            run = run[1:]
        total = current = 0
        for w in (norms[x] for x in run):
            if w in words:
                current += words[w]
            elif scales[w] == 100:
                current = (current or 1) * 100
            elif scales[w] == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                total = (total + (current or (0 if total else 1))) * scales[w]
                current = 0
        out.append((starts[run[0]], ends[run[-1]], Decimal(total + current)))
    return out


def _joins(prev: str, nxt: str, words: dict[str, int], scales: dict[str, int]) -> bool:
    """Whether "y"/"and"/"-" joins two number words: "treinta y dos", "hundred and five"."""
    if nxt not in words or nxt == "a":
        return False
    if prev in scales:
        return True
    return words.get(prev, 0) in range(20, 100, 10) and 0 < words[nxt] < 10


_MINUS_CHARS = frozenset("-\u2212\u2012\u2013")  # hyphen-minus, minus, figure dash, en dash


def _minus_at(text: str, s: int) -> int:
    """Start of a minus sign glued to the digits at ``s`` ("-3 %", "−3,5 %"), else ``s``.

    Not a sign after a letter, digit or separator: "2-3", "COVID-19", "p.-3".
    """
    if s == 0 or text[s - 1] not in _MINUS_CHARS:
        return s
    if s >= 2 and (text[s - 2].isalnum() or text[s - 2] in "._,/-%\u2212\u2012\u2013"):
        return s
    return s - 1


_DIGIT_RUN = re.compile(r"(?<!\d)\d")
_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})(?:st|nd|rd|th|\.?º|\.?ª|\.?°)(?!\w)")


def find_numbers(text: str, tokens: Toks, lang: str, digit_starts: list[int] | None = None,
                 number_words: list[int] | None = None) -> list[Fact]:
    """Number, percent and money facts (years are left to dates.py).

    Ordinals in digits ("4th", "4.º", "4ª") are numbers with value "#4".
    ``digit_starts``: where the digit runs of ``text`` start, if known (the
    patterns are then tried only there instead of scanning the text);
    ``number_words``: the indices of the tokens in RUN_WORDS, if known.
    """
    cores: list[tuple[int, int, Decimal, int]] = []
    if digit_starts is None:  # most paragraphs have no digit: skip 2 scans
        digit_starts = [m.start() for m in _DIGIT_RUN.finditer(text)]
    digits = bool(digit_starts)
    for m in matches_at(_DIGITS, text, digit_starts) if digits else ():
        v = parse_digits(m.group(0), lang)
        if v is not None:
            s = m.start()
            signed = _minus_at(text, s)
            cores.append((s, m.end(), -v if signed < s else v, signed))
    cores += [(s, e, v, s) for s, e, v in _word_runs(tokens, lang, number_words)]
    facts: list[Fact] = []
    for s, e, v, signed in cores:
        facts.append(_expand(text, s, e, v, signed))
    facts += [Fact("number", m.group(), m.start(), m.end(), f"#{int(m.group(1))}")
              for m in (matches_at(_ORDINAL, text, digit_starts) if digits else ())]
    return [f for f in facts if f.kind != "year"]


def _expand(text: str, s: int, e: int, v: Decimal, signed: int) -> Fact:
    """Grow a bare number into an amount or percentage using what surrounds it.

    ``signed`` is where a minus sign glued to the digits starts (``s`` if none):
    the fact's text then includes it and ``v`` is already negative.
    """
    raw = text[s:e]
    minus = text[signed:s]
    pre = _PREFIX.search(text, max(0, s - 6), s)
    cur = _CUR.get(pre.group(1).lower()) if pre else None
    end = e
    sm = _SCALE.match(text, e)
    if sm and (sm.group(1).lower() not in _CURRENCY_ONLY or cur):
        scale = _SCALES[sm.group(1).lower()]
        if not (sm.group(1).lower() == "mil" and v >= 1000):
            v, end = v * scale, sm.end()
    pm = _PERCENT.match(text, end)
    if pm and cur is None:
        unit = "pp" if "punt" in pm.group(1).lower() or "point" in pm.group(1).lower() else "%"
        return Fact("percent", text[signed:pm.end()], signed, pm.end(), f"{fmt(v)}{unit}")
    if cur is None:
        sf = _SUFFIX.match(text, end)
        if sf:
            cur = _CUR.get(sf.group(1).lower(), sf.group(1).upper())
            end = sf.end()
    elif pre is not None:
        s = pre.start()
        if not minus and _minus_at(text, s) < s:  # "-$3" is "$-3"
            v, signed = -v, s - 1
    s = min(s, signed)
    if cur is not None:
        return Fact("money", text[s:end], s, end, f"{cur} {fmt(v)}")
    if end == e and _is_year(raw) and not minus:
        return Fact("year", raw, s, e, raw)
    # "4.000" = "4.000" whichever separator was meant; the sign stays part of the key
    keys = (("-" if minus else "") + raw,) if raw[:1].isdigit() and not raw.isdigit() else ()
    return Fact("number", text[s:end], s, end, fmt(v), keys)
