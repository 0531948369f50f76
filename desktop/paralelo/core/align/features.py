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

import re
import threading
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np

from paralelo.core.align.lexicon import STOP_EN, STOP_ES, lexicon, stem
from paralelo.core.blas import single_thread

DIM = 1024  # hashed feature dimensions (signed hashing keeps collisions unbiased)

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+[^\s.,;:)\]])"
    r"|(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
)

#: `_TOKEN`'s language written for speed (about 20 % faster, the same tokens; the
#: tests compare them): words are tried before numbers (a word starts with a letter,
#: a number with a digit, so at most one of them can match at any position), and the
#: runs of letters and digits are possessive, since nothing after them in the pattern
#: could ever make the engine give characters back.
_PLAIN = (r"(?:https?://|www\.)\S+[^\s.,;:)\]]"
          r"|[^\W\d_]++(?:[-'’][^\W\d_]++)*+"
          r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d++(?:[.,]\d+)*+")
#: Every token starts with a letter or digit: the lookahead lets the engine skip the
#: other characters without trying each alternative (same matches, ~15 % faster).
_FLAT = re.compile(r"(?=[^\W_])(?:" + _PLAIN + ")")
#: Separator between joined sentences (see align.tokens): whitespace to the pattern
#: above, so no token spans it, and matched on its own here.
SEP = "\x1f"
_FLAT_SEP = re.compile(r"(?=[^\W_]|\x1f)(?:" + _PLAIN + "|\x1f)")


class _Unmarked(dict[int, int | None]):
    """``str.translate`` table that drops combining marks (category Mn) and keeps every
    other character, filled in as characters are met (a table of all of Unicode
    would take a while to build)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = kept
        return kept


_UNMARKED = _Unmarked()


def strip_accents(text: str) -> str:
    """``text`` without its accents: NFD, then the combining marks (Mn) dropped."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFD", text).translate(_UNMARKED)


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    return strip_accents(word.lower())


def number_key(raw: str) -> str:
    """'3,1' and '3.1' → '31'; '1.500' and '1,500' → '1500' (digits only).

    Dropping separators sidesteps the Spanish/English decimal-comma clash at
    the cost of rare collisions such as 3.1 vs 31.
    """
    return "#" + re.sub(r"\D", "", raw).lstrip("0")


@dataclass(frozen=True, slots=True)
class Anchor:
    kind: str  # number | year | acronym | url | name
    key: str
    text: str



def _token(tok: str, stop: frozenset[str],
           lex: Callable[[str], tuple[str, ...] | None] | None
           ) -> tuple[tuple[str, ...], Anchor | None]:
    """Keys and anchor of one token (called once per new token: `_Registry` keeps the ids).

    ``stop`` and ``lex`` are the token language's stop words and lexicon lookup
    (None for English), fetched once per batch by the caller; a fresh process
    meets tens of thousands of new tokens, so this stays lean.
    """
    if tok[0].isdigit():
        key = number_key(tok)
        if key == "#":
            return (), None
        digits = key[1:]
        year = len(digits) == 4 and tok.isdigit() and 1800 <= int(digits) <= 2100
        return (key,), Anchor("year" if year else "number", key, tok)
    if "://" in tok or tok.startswith("www."):
        key = "@" + tok.lower().split("//")[-1].removeprefix("www.")
        return (key,), Anchor("url", key, tok)
    low = tok.lower()
    if not low.isascii():
        low = _norm(tok)
    if 2 <= len(tok) <= 6 and tok.isupper():
        return ("!" + low,), Anchor("acronym", "!" + low, tok)
    if low in stop:
        return (), None
    if lex is not None:
        found = lex(low)
        if found is not None:
            return found, None
    if len(low) < 3:
        return (), None
    key = stem(low)
    return (key,), (Anchor("name", key, tok) if tok[0].isupper() and len(low) > 3 else None)


@dataclass(slots=True)
class Features:
    """Sparse hashed vectors (CSR) for a list of texts, plus lengths and anchors."""

    indptr: np.ndarray  # (n+1,)
    idx: np.ndarray  # hashed dimension of each entry
    val: np.ndarray  # signed tf-idf weight
    anchors: list[list[Anchor]]
    lengths: np.ndarray  # characters of the original text (length model)
    sq: np.ndarray  # squared norm of each row

    @property
    def n(self) -> int:
        return len(self.lengths)

    def dense(self, start: int, stop: int) -> np.ndarray:
        """Rows [start, stop) as a dense float32 block (clipped to the valid range)."""
        return self.dense64(start, stop).astype(np.float32)

    def dense64(self, start: int, stop: int) -> np.ndarray:
        """`dense` as float64, the very same values (each cell holds one float32 value):
        the BLAS products need float64, and converting twice cost a copy each way."""
        start, stop = max(start, 0), min(stop, self.n)
        if stop <= start:
            return np.zeros((0, DIM))
        a, b = self.indptr[start], self.indptr[stop]
        rows = np.repeat(np.arange(stop - start), np.diff(self.indptr[start:stop + 1]))
        flat = rows * DIM + self.idx[a:b]
        out = np.bincount(flat, weights=self.val[a:b], minlength=(stop - start) * DIM)
        return out.reshape(stop - start, DIM)

    def unit_sum(self) -> np.ndarray:
        """Sum of the rows scaled to unit length (float64, ``DIM``), straight from CSR.

        Bit-identical to ``(dense(0, n) / norms[:, None]).sum(axis=0)`` (each dense
        cell holds exactly one stored value, and both add a column's values in row
        order), without building the n × DIM block (was ~10 % of a 5k-paragraph run).
        """
        norm = np.sqrt(np.maximum(self.sq, 1e-12))
        w = self.val.astype(np.float64) / np.repeat(norm, np.diff(self.indptr))
        return np.bincount(self.idx, weights=w, minlength=DIM)


class _Registry:
    """Process-wide key → id table with each id's hashed dimension, sign and weight.

    Ids are cached per token too, so the per-token work on large documents is
    one dict lookup. The lock only guards registration of new keys.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.dim: list[int] = []
        self.sign: list[float] = []
        self.boost: list[float] = []
        # token → key ids, and token → anchor (only tokens that are anchors), per language
        self.tokens: dict[str, dict[str, tuple[int, ...]]] = {"es": {}, "en": {}}
        self.anchor_of: dict[str, dict[str, Anchor]] = {"es": {}, "en": {}}
        self.lock = threading.Lock()
        self._arrays = (np.zeros(0, np.int64), np.zeros(0), np.zeros(0))

    def key_id(self, key: str) -> int:
        i = self.ids.get(key)
        if i is None:
            with self.lock:
                i = self.ids.get(key)
                if i is None:
                    i = self._add(key)
        return i

    def _add(self, key: str) -> int:
        """Register a new key (the caller holds the lock)."""
        h = zlib.crc32(key.encode("utf-8"))
        self.dim.append(h % DIM)
        self.sign.append(1.0 if (h >> 16) & 1 else -1.0)
        self.boost.append(1.5 if key[0] in "#!@" else 1.0)  # anchors: more reliable
        i = self.ids[key] = len(self.dim) - 1
        return i

    def text(self, text: str, lang: str) -> tuple[list[int], list[Anchor]]:
        """Key ids and anchors of ``text``; the loops run in C (map/chain over dict lookups)."""
        lang = "es" if lang == "es" else "en"
        return self._ids(_FLAT.findall(text), lang)

    def joined(self, texts: Sequence[str], lang: str) -> tuple[list[int], list[Anchor]]:
        """Key ids of ``texts`` with id -1 after each, and their anchors with a ``sep``
        mark after each, from one regex pass over the joined texts."""
        lang = "es" if lang == "es" else "en"
        body = SEP.join(texts)
        if body.count(SEP) != max(len(texts) - 1, 0):  # a text holds the separator itself
            body = SEP.join(t.replace(SEP, " ") for t in texts)
        return self._ids(_FLAT_SEP.findall(body + SEP if texts else body), lang)

    def _ids(self, toks: list[str], lang: str) -> tuple[list[int], list[Anchor]]:
        cache, anchor_of = self.tokens[lang], self.anchor_of[lang]
        if len(cache) > 400_000:  # new tables, so a call in another thread keeps its own
            cache = self.tokens[lang] = {}
            anchor_of = self.anchor_of[lang] = {}
        cache[SEP], anchor_of[SEP] = (-1,), _SEP_MARK
        # Only unseen tokens need Python-level work; finding them is a set difference
        # in C (a document pair of a corpus nearly always brings a few new words, and a
        # Python loop over all its distinct tokens was a quarter of its alignment time).
        # ``cache`` stays this call's table even if another thread replaces the tables.
        new = list(set(toks).difference(cache))
        if new:
            self._learn(new, lang, cache, anchor_of)
        ids = list(chain.from_iterable(map(cache.__getitem__, toks)))
        return ids, list(filter(None, map(anchor_of.get, toks)))

    def _learn(self, new: list[str], lang: str, cache: dict[str, tuple[int, ...]],
               anchor_of: dict[str, Anchor]) -> None:
        """Key ids and anchors of tokens not seen before, in bulk (a fresh process meets
        tens of thousands): new keys get ids in the order a token-by-token loop would
        give them (first occurrence), the rest is maps and comprehensions."""
        es = lang == "es"
        stop, lex = (STOP_ES, lexicon().get) if es else (STOP_EN, None)
        found = [_token(tok, stop, lex) for tok in new]
        keys_of = [keys for keys, _ in found]
        ids = self.ids
        unseen = [k for k in dict.fromkeys(chain.from_iterable(keys_of)) if k not in ids]
        if unseen:
            with self.lock:
                for key in unseen:
                    if key not in ids:
                        self._add(key)
        cache.update(zip(new, [tuple(map(ids.__getitem__, keys)) for keys in keys_of],
                         strict=True))
        anchor_of.update((tok, a) for tok, (_, a) in zip(new, found, strict=True)
                         if a is not None)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """numpy views of the tables, extended incrementally (vocabularies only grow)."""
        with self.lock:
            n = len(self.dim)
            have = len(self._arrays[0])
            if have < n:
                self._arrays = (
                    np.concatenate([self._arrays[0], np.asarray(self.dim[have:n], np.int64)]),
                    np.concatenate([self._arrays[1], np.asarray(self.sign[have:n])]),
                    np.concatenate([self._arrays[2], np.asarray(self.boost[have:n])]))
            return self._arrays


_SEP_MARK = Anchor("sep", "", SEP)
_REG = _Registry()


@dataclass(slots=True)
class Rows:
    """Key ids per text (CSR: text ``i`` is ``ids[ptr[i]:ptr[i + 1]]``), anchors, lengths."""

    ids: np.ndarray
    ptr: np.ndarray
    anchors: list[list[Anchor]]
    lengths: list[int]  # characters of the original text (length model)

    @property
    def n(self) -> int:
        return len(self.lengths)

    def lists(self) -> list[list[int]]:
        """The key ids of each text as lists (small inputs and tests)."""
        p = self.ptr.tolist()
        return [self.ids[p[i]:p[i + 1]].tolist() for i in range(self.n)]


def _build(rows: Rows, pair: np.ndarray, tf: np.ndarray, n_docs: int,
           tables: tuple[np.ndarray, ...], uniq: np.ndarray, df_arr: np.ndarray) -> Features:
    """CSR hashed tf-idf vectors from the side's distinct (row, key) pairs, coded
    ``row * len(uniq) + key index``, and how often each occurs (``tf``)."""
    n = rows.n
    nv = max(len(uniq), 1)
    prow, pid = pair // nv, pair % nv
    dim, sign, boost = (t[uniq] for t in tables)
    idf = np.log1p(n_docs / (1.0 + df_arr))
    w = (1.0 + np.log(tf)) * idf[pid] * boost[pid] * sign[pid]
    cell, inv = np.unique(prow * DIM + dim[pid], return_inverse=True)
    val = np.bincount(inv.ravel(), weights=w, minlength=len(cell))
    crow = cell // DIM
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(crow, minlength=n), out=indptr[1:])
    sq = np.bincount(crow, weights=val * val, minlength=n)
    return Features(indptr=indptr, idx=(cell % DIM).astype(np.int64),
                    val=val.astype(np.float32), anchors=rows.anchors,
                    lengths=np.asarray(rows.lengths, dtype=np.float64), sq=sq)


def _unique_counts(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(a, return_counts=True)`` by sorting (numpy's hash-based unique is far
    slower on large arrays)."""
    a = np.sort(a)
    if not len(a):
        return a, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], a[1:] != a[:-1])))
    return a[starts], np.diff(np.append(starts, len(a)))


def _unique_inverse(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids, return_inverse=True)`` for key ids (small non-negative ints):
    on a long document, a table of the ids present (ten times faster than sorting)."""
    size = int(ids.max(initial=-1)) + 1
    if len(ids) * 4 < size:
        uniq, inverse = np.unique(ids, return_inverse=True)
        return uniq, inverse.ravel()
    present = np.zeros(size, dtype=bool)
    present[ids] = True
    return np.flatnonzero(present), (np.cumsum(present) - 1)[ids]


def build_pair(es: Rows, en: Rows) -> tuple[Features, Features]:
    """Features of both sides from their key ids (idf over both sides together).

    One sort finds the distinct (row, key) pairs of both sides with their counts:
    document frequencies and each side's term frequencies all come from it.
    """
    single_thread()  # every mode multiplies these features next (see core/blas.py)
    tables = _REG.arrays()
    flat = np.concatenate([es.ids, en.ids]).astype(np.int64, copy=False)
    n = es.n + en.n
    row_of = np.repeat(np.arange(n, dtype=np.int64),
                       np.concatenate([np.diff(es.ptr), np.diff(en.ptr)]))
    uniq, local = _unique_inverse(flat)
    nv = max(len(uniq), 1)
    pairs, tf = _unique_counts(row_of * nv + local)
    df_arr = np.bincount(pairs % nv, minlength=len(uniq)).astype(np.float64)
    cut = int(np.searchsorted(pairs, es.n * nv))  # English rows come after the Spanish ones
    return (_build(es, pairs[:cut], tf[:cut], n, tables, uniq, df_arr),
            _build(en, pairs[cut:] - es.n * nv, tf[cut:], n, tables, uniq, df_arr))


def shared_anchors(a: Sequence[Anchor], b: Sequence[Anchor]) -> list[str]:
    keys_b = {x.key for x in b}
    seen: list[str] = []
    for x in a:
        if x.key in keys_b and x.text not in seen:
            seen.append(x.text)
    return seen


def registry() -> _Registry:
    """The process-wide key registry (token → key ids), for callers needing key sets."""
    return _REG
