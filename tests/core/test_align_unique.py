"""Helpers of the feature builder equal their plain versions (np.unique, accent stripping)."""

from __future__ import annotations

import numpy as np

from paralelo.core.align.features import _unique_counts, _unique_inverse


def test_unique_helpers_equal_numpy() -> None:
    rng = np.random.default_rng(4)
    for size, top in ((0, 5), (1, 1), (7, 3), (50, 1000), (5000, 300), (20000, 60000)):
        ids = rng.integers(0, top, size).astype(np.int64)
        uniq, inverse = _unique_inverse(ids)
        want_u, want_i = np.unique(ids, return_inverse=True)
        assert np.array_equal(uniq, want_u) and np.array_equal(inverse, want_i.ravel())
        assert uniq.dtype == want_u.dtype and inverse.dtype.kind == "i"
        vals, counts = _unique_counts(ids * 7 - 3)
        want_v, want_c = np.unique(ids * 7 - 3, return_counts=True)
        assert np.array_equal(vals, want_v) and np.array_equal(counts, want_c)


def test_strip_accents_drops_exactly_the_combining_marks() -> None:
    import unicodedata

    from paralelo.core.align.features import strip_accents

    def reference(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text)
                       if unicodedata.category(c) != "Mn")

    sample = "".join(chr(c) for c in range(0x80, 0x3000)) + "canción Ñandú e\u0301 ﬁ Ǆ Ελλάδα"
    for k in range(0, len(sample), 7):
        assert strip_accents(sample[k:k + 7]) == reference(sample[k:k + 7])
    assert strip_accents("Gobierno") == "Gobierno" and strip_accents("año") == "ano"
