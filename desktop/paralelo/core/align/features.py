"""Per-paragraph features shared by every alignment mode.

Each text becomes a bag of *keys* that can match across languages: English
word stems (from English text, from a machine translation, or from Spanish
words through a small bilingual lexicon), cognate stems of Spanish words not in
the lexicon, and language-independent anchors (numbers normalised so that
"3,1" = "3.1" and "1.500" = "1,500", acronyms, URLs, names). Keys are
signed-hashed into a fixed number of dimensions so that similarities of whole
groups of paragraphs are sums of dot products (fast, vectorised with numpy).
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from paralelo.core.align.lexicon import STOP_EN, STOP_ES, lexicon

DIM = 1024  # hashed feature dimensions (signed hashing keeps collisions unbiased)
MIX_RAW = False  # with MT, also add the raw Spanish through the bridge
STEM = 5  # prefix length used as a crude, language-neutral stem

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+[^\s.,;:)\]])"
    r"|(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    return strip_accents(word.lower())


def number_key(raw: str) -> str:
    """'3,1' and '3.1' → '31'; '1.500' and '1,500' → '1500' (digits only).

    Dropping separators sidesteps the Spanish/English decimal-comma clash at
    the cost of rare collisions such as 3.1 vs 31.
    """
    return "#" + re.sub(r"\D", "", raw).lstrip("0")


def stem(word: str) -> str:
    return word[:STEM]


@dataclass(frozen=True, slots=True)
class Anchor:
    kind: str  # number | year | acronym | url | name
    key: str
    text: str


def text_keys(text: str, lang: str) -> tuple[list[str], list[Anchor]]:
    """Cross-lingual keys and anchors of ``text`` ('es' raw Spanish, else English)."""
    keys: list[str] = []
    anchors: list[Anchor] = []
    lex = lexicon() if lang == "es" else None
    stop = STOP_ES if lang == "es" else STOP_EN
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if m.lastgroup == "url":
            key = "@" + tok.lower().split("//")[-1].removeprefix("www.")
            keys.append(key)
            anchors.append(Anchor("url", key, tok))
            continue
        if m.lastgroup == "num":
            key = number_key(tok)
            if key == "#":
                continue
            keys.append(key)
            digits = key[1:]
            kind = "year" if len(digits) == 4 and tok.isdigit() and 1800 <= int(digits) <= 2100 \
                else "number"
            anchors.append(Anchor(kind, key, tok))
            continue
        low = _norm(tok)
        if len(tok) >= 2 and tok.isupper() and len(tok) <= 6:
            keys.append("!" + low)
            anchors.append(Anchor("acronym", "!" + low, tok))
            continue
        if low in stop:
            continue
        if lex is not None and low in lex:
            keys.extend(lex[low])
            continue
        if len(low) < 3:
            continue
        keys.append(stem(low))
        if tok[0].isupper() and m.start() > 0 and len(low) > 3:
            anchors.append(Anchor("name", stem(low), tok))
    return keys, anchors


@lru_cache(maxsize=1 << 20)
def _hash(key: str) -> tuple[int, float]:
    h = zlib.crc32(key.encode("utf-8"))
    return h % DIM, (1.0 if (h >> 16) & 1 else -1.0)


@dataclass(slots=True)
class Features:
    """Sparse hashed vectors (CSR) for a list of texts, plus lengths and anchors."""

    indptr: np.ndarray  # (n+1,)
    idx: np.ndarray  # hashed dimension of each entry
    val: np.ndarray  # signed tf-idf weight
    keysets: list[frozenset[str]]
    anchors: list[list[Anchor]]
    lengths: np.ndarray  # characters of the original text (length model)
    sq: np.ndarray  # squared norm of each row

    @property
    def n(self) -> int:
        return len(self.lengths)

    def dense(self, start: int, stop: int) -> np.ndarray:
        """Rows [start, stop) as a dense float32 block (clipped to the valid range)."""
        start, stop = max(start, 0), min(stop, self.n)
        out = np.zeros((max(stop - start, 0), DIM), dtype=np.float32)
        if stop <= start:
            return out
        a, b = self.indptr[start], self.indptr[stop]
        rows = np.repeat(np.arange(stop - start), np.diff(self.indptr[start:stop + 1]))
        flat = rows * DIM + self.idx[a:b]
        out.reshape(-1)[:] = np.bincount(flat, weights=self.val[a:b], minlength=out.size)
        return out


def extract(texts: Sequence[str], langs: Sequence[str], lengths: Sequence[int],
            df: Counter[str] | None = None, n_docs: int = 0) -> Features:
    """Build features; ``df``/``n_docs`` give document frequencies for idf weights."""
    all_keys: list[list[str]] = []
    all_anchors: list[list[Anchor]] = []
    for text, lang in zip(texts, langs, strict=True):
        if lang == "mt+es":  # MT keys plus the raw Spanish through the bridge
            mt, _, raw = text.partition("\x00")
            k, a = text_keys(mt, "en")
            k2, a2 = text_keys(raw, "es")
            k, a = k + k2, a2
        else:
            k, a = text_keys(text, lang)
        all_keys.append(k)
        all_anchors.append(a)
    if df is None:
        df = Counter(k for keys in all_keys for k in set(keys))
        n_docs = len(all_keys)
    indptr = [0]
    idx: list[int] = []
    val: list[float] = []
    sq = []
    for keys in all_keys:
        vec: dict[int, float] = {}
        for k, tf in Counter(keys).items():
            w = (1.0 + math.log(tf)) * math.log(1.0 + n_docs / (1.0 + df.get(k, 0)))
            if k[0] in "#!@":
                w *= 1.5  # anchors are rarer and more reliable than words
            d, s = _hash(k)
            vec[d] = vec.get(d, 0.0) + s * w
        idx.extend(vec)
        val.extend(vec.values())
        sq.append(sum(v * v for v in vec.values()))
        indptr.append(len(idx))
    return Features(
        indptr=np.asarray(indptr, dtype=np.int64), idx=np.asarray(idx, dtype=np.int64),
        val=np.asarray(val, dtype=np.float32), keysets=[frozenset(k) for k in all_keys],
        anchors=all_anchors, lengths=np.asarray(lengths, dtype=np.float64),
        sq=np.asarray(sq, dtype=np.float64),
    )


def pair_features(es_texts: Sequence[str], en_texts: Sequence[str],
                  es_mt: Sequence[str | None] | None = None) -> tuple[Features, Features]:
    """Features of both sides with idf over the pair (MT text replaces Spanish when given)."""
    es_src = []
    es_langs = []
    for i, t in enumerate(es_texts):
        mt = es_mt[i] if es_mt is not None and i < len(es_mt) else None
        if mt and MIX_RAW:
            es_src.append(f"{mt}\x00{t}")
            es_langs.append("mt+es")
        else:
            es_src.append(f"{mt}\n{_numbers_only(t)}" if mt else t)
            es_langs.append("en" if mt else "es")
    df: Counter[str] = Counter()
    keys_es = [set(_keys(t, lg)) for t, lg in zip(es_src, es_langs, strict=True)]
    keys_en = [set(text_keys(t, "en")[0]) for t in en_texts]
    for ks in keys_es + keys_en:
        df.update(ks)
    n = len(keys_es) + len(keys_en)
    fes = extract(es_src, es_langs, [len(t) for t in es_texts], df, n)
    fen = extract(en_texts, ["en"] * len(en_texts), [len(t) for t in en_texts], df, n)
    return fes, fen


def _keys(text: str, lang: str) -> list[str]:
    if lang == "mt+es":
        mt, _, raw = text.partition("\x00")
        return text_keys(mt, "en")[0] + text_keys(raw, "es")[0]
    return text_keys(text, lang)[0]


def _numbers_only(text: str) -> str:
    """Raw-Spanish numbers appended to MT: MT sometimes rewrites or drops them."""
    return " ".join(m.group(0) for m in _TOKEN.finditer(text) if m.lastgroup == "num")


def shared_anchors(a: Sequence[Anchor], b: Sequence[Anchor]) -> list[str]:
    keys_b = {x.key for x in b}
    seen: list[str] = []
    for x in a:
        if x.key in keys_b and x.text not in seen:
            seen.append(x.text)
    return seen
