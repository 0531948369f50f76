"""Whole-side tokenising gives exactly the keys of each sentence tokenised on its own."""

from __future__ import annotations

import random

import numpy as np

from paralelo.core.align.features import registry
from paralelo.core.align.tokens import pair_features, spanish_side, tokenise
from paralelo.core.segment import split_sentences

TEXTS = [
    "El Gobierno anunció 1.500 millones. Lo dijo en www.gob.es. ¿Y ahora?",
    "",
    "   ",
    "Una sola frase sin punto final",
    "See https://example.org/a.b. Then 3,1 % and 1 500 000 people in 2010.",
    "A text with a unit\x1fseparator inside. And NATO, the U.S. and Mr. Smith.",
    "«Cita.» Sigue aquí. 12. 000 no es un número.",
]


def _by_sentence(texts: list[str], lang: str) -> list[list[list[int]]]:
    reg = registry()
    out = []
    for t in texts:
        sents = [s.text for s in split_sentences(t, lang)] or ([t] if t.strip() else [])
        out.append([reg.text(s, lang)[0] for s in sents])
    return out


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    parts = ["casa", "Madrid", "EE. UU.", "3.1", "1.500", "2017", "http://x.org/y", "Sr.",
             "dijo.", "¿qué?", "ONU", "rock-and-roll", "l'été", "\x1f", "  ", "\n", "año."]
    return [" ".join(rng.choices(parts, k=rng.randint(0, 25))) for _ in range(n)]


def test_joined_tokens_equal_per_sentence_tokens() -> None:
    for lang in ("es", "en"):
        texts = TEXTS + _random_texts(300, 11)
        side = tokenise(texts, lang)
        expected = _by_sentence(texts, lang)
        assert side.rows.lists() == [[k for s in e for k in s] for e in expected]
        for p, e in enumerate(expected):
            sets, lens = side.sentence_sets([p])
            assert sets == [set(s) for s in e]
            assert len(lens) == len(e)
        reg = registry()
        assert side.rows.anchors == [
            [a for s in split_sentences(t, lang) for a in reg.text(s.text, lang)[1]]
            for t in texts]
        anchors = [[a.text for a in a_s] for a_s in side.rows.anchors]
        assert {"1.500", "www.gob.es"} <= set(anchors[0])
        assert "NATO" in anchors[5] and "Smith" in anchors[5]
        assert side.rows.lengths == [len(t) for t in texts]


def test_spanish_side_with_mt_uses_mt_keys_plus_spanish_numbers() -> None:
    es = ["El gobierno gastó 1.500 euros. Luego se fue.", "Sin traducción 42.", "Una frase."]
    mt = ["The government spent 1,500 euros. Then left.", None, "One sentence. Two."]
    side = spanish_side(es, mt)
    reg = registry()
    mt_keys = reg.text(mt[0], "en")[0]
    num = reg.key_id("#1500")
    assert side.rows.lists()[0] == [*mt_keys, num]
    assert side.rows.lists()[1] == reg.text(es[1], "es")[0]
    # same sentence count: sentence keys from the MT; else from the Spanish
    sets0, lens0 = side.sentence_sets([0])
    assert sets0 == [set(reg.text("The government spent 1,500 euros.", "en")[0]),
                     set(reg.text("Then left.", "en")[0])]
    assert lens0 == [float(len("El gobierno gastó 1.500 euros.")), float(len("Luego se fue."))]
    sets2, _ = side.sentence_sets([2])
    assert sets2 == [set(reg.text(es[2], "es")[0])]
    assert [a.text for a in side.rows.anchors[0]] == ["1.500", "Luego"]


def test_pair_features_match_paragraph_keys() -> None:
    es, en = TEXTS, list(reversed(TEXTS))
    fa, fb = pair_features(es, en)
    assert (fa.n, fb.n) == (len(es), len(en))
    empty = np.diff(fa.indptr) == 0
    assert empty.tolist() == [not registry().text(t, "es")[0] for t in es]
    assert fb.lengths.tolist() == [float(len(t)) for t in en]


def test_whole_flag_means_rows_equal_unsplit_tokenising() -> None:
    """``Side.whole`` (auto mode reuses the aligner's features for mean_cosine) is only
    set when the sentence-split rows equal the rows of the whole paragraphs."""
    risky = ["Tenía 3. 000 casas. Y más.", "Fin.Sin espacio. Otra.", "A\x1fB. C."]
    cases = [TEXTS[:1] + TEXTS[2:5], TEXTS, _random_texts(200, 5), risky[:1], risky[1:2],
             risky[2:], [t for t in TEXTS if "\x1f" not in t]]
    seen = set()
    for texts in cases:
        for lang in ("es", "en"):
            split, whole = tokenise(texts, lang), tokenise(texts, lang, sentences=False)
            seen.add(split.whole)
            if split.whole:
                assert split.rows.lists() == whole.rows.lists()
                assert split.rows.anchors == whole.rows.anchors
    assert seen == {True, False}
    assert not tokenise(risky[2:], "es").whole and tokenise(TEXTS[:1], "es").whole


def test_auto_mode_reuses_features_only_when_equal() -> None:
    from paralelo.core.align.auto import features_cosine, mean_cosine
    from paralelo.core.align.parallel import align_parallel

    es = [t for t in TEXTS if "\x1f" not in t] * 3
    en = ["The Government announced 1,500 million. He said so.", "See www.gob.es. And now?",
          "A single sentence", "Then 3.1 % and 1 500 000 people in 2010."] * 3
    got: list[float] = []
    for mt in (None, en[:len(es)] + [None] * (len(es) - len(en[:len(es)]))):
        got.clear()
        align_parallel(es, en, mt, on_features=lambda a, b: got.append(features_cosine(a, b)))
        assert got == [mean_cosine(es, en, mt)]
    got.clear()
    align_parallel(["Tenía 1\x1f000 casas. Y más."], ["He had 1,000 houses."],
                   on_features=lambda a, b: got.append(0.0))
    assert got == []


def _spanish_side_reference(es: list[str], es_mt: list[str | None]) -> tuple[list[list[int]],
                                                                            list[list[int]]]:
    """The rule spanish_side implements, paragraph by paragraph: rows, then sentence keys."""
    raw, reg = tokenise(es, "es"), registry()
    mts = [t or "" for t in es_mt]
    mt = tokenise(mts, "en")
    rows, sents = [], []
    for p, text in enumerate(mts):
        own = raw.rows.lists()[p]
        if not text:
            rows.append(own)
        else:
            nums = {reg.key_id(x.key) for x in raw.rows.anchors[p]
                    if x.kind in ("number", "year")}
            rows.append(mt.rows.lists()[p] + [k for k in own if k in nums])
        a, b = raw.par_sent[p], raw.par_sent[p + 1]
        ma, mb = mt.par_sent[p], mt.par_sent[p + 1]
        src, lo, hi = (mt, ma, mb) if text and mb - ma == b - a else (raw, a, b)
        sents += [src.sent_ids[src.sent_ptr[s]:src.sent_ptr[s + 1]].tolist()
                  for s in range(lo, hi)]
    return rows, sents


def test_spanish_side_equals_the_per_paragraph_rule_on_random_texts() -> None:
    rng = random.Random(3)
    es = TEXTS + _random_texts(150, 9)
    pool = [*_random_texts(60, 4), "The 1,500 euros. Then 2010.", "3.1 and 42", "", "A. B."]
    for trial in range(4):
        mt = [rng.choice([None, "", *pool]) for _ in es] if trial else [pool[0]] * len(es)
        side = spanish_side(es, mt)
        rows, sents = _spanish_side_reference(es, mt)
        assert side.rows.lists() == rows
        assert [side.sent_ids[side.sent_ptr[s]:side.sent_ptr[s + 1]].tolist()
                for s in range(len(side.sent_ptr) - 1)] == sents
        assert side.sentence_sets(range(len(es)))[0] == [set(s) for s in sents]
        assert side.rows.anchors == tokenise(es, "es").rows.anchors


def test_fast_token_pattern_finds_the_reference_tokens() -> None:
    from paralelo.core.align.features import _FLAT, _FLAT_SEP, _TOKEN, SEP

    rng = random.Random(8)
    bits = ["rock-and-roll", "l'été", "d’Artagnan", "x-", "-y", "1 500 000", "1 500 000,5",
            "3 000.", "12 3456", "1.500,25", "3,", "3.", "٣٤٥", "²", "www.x.org/a).", "https://a.b/c,",
            "http://", "www.", "_a_", "a_b", "AB12cd", "1a", "a1", "ñandú", "ＡＢＣ", "x\u00a0000",
            "1\u202f000", "é\u0301", "  ", "\n", ".", "(", ")", SEP]
    texts = TEXTS + [" ".join(rng.choices(bits, k=rng.randint(0, 30))) for _ in range(500)]
    texts += ["".join(rng.choices(bits, k=rng.randint(0, 12))) for _ in range(500)]
    for t in texts:
        plain = t.replace(SEP, " ")
        reference = [m.group(0) for m in _TOKEN.finditer(plain)]
        assert _FLAT.findall(plain) == reference
        assert [x for x in _FLAT_SEP.findall(t) if x != SEP] == [
            m.group(0) for part in t.split(SEP) for m in _TOKEN.finditer(part)]
