"""Character diff: ops reconstruct both strings, in code points and in UTF-16."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paralelo.core.diff import DiffOp, char_diff, similarity, utf16_len, utf16_offsets


def rebuild(ops: list[DiffOp]) -> tuple[str, str]:
    a = "".join(o.text for o in ops if o.op in ("equal", "delete"))
    b = "".join(o.text for o in ops if o.op in ("equal", "insert"))
    return a, b


def check_spans(a: str, b: str, ops: list[DiffOp]) -> None:
    a16, b16 = a.encode("utf-16-le"), b.encode("utf-16-le")
    pa = pb = 0
    for o in ops:
        assert o.op in ("equal", "insert", "delete") and o.text
        s, e = o.a_span
        assert s == pa and (a[s:e] == o.text if o.op != "insert" else s == e)
        s, e = o.b_span
        assert s == pb and (b[s:e] == o.text if o.op != "delete" else s == e)
        s16, e16 = o.a_span16
        if o.op != "insert":
            assert a16[2 * s16:2 * e16].decode("utf-16-le") == o.text
        s16, e16 = o.b_span16
        if o.op != "delete":
            assert b16[2 * s16:2 * e16].decode("utf-16-le") == o.text
        pa, pb = o.a_span[1], o.b_span[1]
    assert (pa, pb) == (len(a), len(b))


def test_simple_diff_and_json() -> None:
    ops = char_diff("The Bolivian chancellor met", "The Bolivian foreign minister met")
    assert rebuild(ops) == ("The Bolivian chancellor met", "The Bolivian foreign minister met")
    assert ops[0].op == "equal" and ops[0].text.startswith("The Bolivian ")
    j = ops[0].to_json()
    assert set(j) == {"op", "text", "mt", "en", "mt16", "en16"}
    ins = next(o for o in ops if o.op == "insert").to_json()
    assert ins["mt"][0] == ins["mt"][1]
    dele = next(o for o in ops if o.op == "delete").to_json()
    assert dele["en"][0] == dele["en"][1]


def test_non_bmp_positions() -> None:
    a, b = "Hola 😀 mundo 𝔘𝔖 fin", "Hola 😀😀 world 𝔘𝔖 end"
    ops = char_diff(a, b)
    check_spans(a, b, ops)
    last = ops[-1]
    assert last.a_span16[1] == utf16_len(a) == len(a) + 3
    assert utf16_offsets("a😀b") == [0, 1, 3, 4]


def test_identical_and_empty() -> None:
    assert char_diff("", "") == []
    assert [o.op for o in char_diff("abc", "abc")] == ["equal"]
    assert [o.op for o in char_diff("", "abc")] == ["insert"]
    assert [o.op for o in char_diff("abc", "")] == ["delete"]
    assert similarity(char_diff("abc", "abc")) == 1.0
    assert similarity(char_diff("abc", "xyz")) == 0.0


def test_semantic_cleanup_gives_readable_chunks() -> None:
    a = "The meeting took place in Washington on Thursday."
    b = "The meeting was held in Washington on Friday."
    raw = char_diff(a, b, semantic=False)
    clean = char_diff(a, b)
    assert len(clean) <= len(raw)
    check_spans(a, b, clean)


def test_long_paragraphs_respect_the_time_budget() -> None:
    import random

    rnd = random.Random(4)
    words = ["minister", "trade", "Bolivia", "cooperation", "security", "the", "of", "and"]
    a = " ".join(rnd.choice(words) for _ in range(6000))
    b = " ".join(rnd.choice(words) for _ in range(6000))
    t = time.perf_counter()
    ops = char_diff(a, b, timeout=0.2)
    assert time.perf_counter() - t < 5
    assert rebuild(ops) == (a, b)


@settings(max_examples=300, deadline=None)
@given(a=st.text(max_size=80), b=st.text(max_size=80))
def test_ops_reconstruct_both_strings(a: str, b: str) -> None:
    ops = char_diff(a, b)
    assert rebuild(ops) == (a, b)
    check_spans(a, b, ops)


@settings(max_examples=200, deadline=None)
@given(base=st.text(alphabet="ab 😀𝔘é\n", max_size=40), extra=st.text(alphabet="ab😀", max_size=5))
def test_non_bmp_heavy_texts(base: str, extra: str) -> None:
    a, b = base, extra + base[::2] + extra
    ops = char_diff(a, b)
    assert rebuild(ops) == (a, b)
    check_spans(a, b, ops)


def test_near_spellings_are_refined_to_characters() -> None:
    ops = char_diff("transnational organised crime", "transnational organized crime")
    assert [(o.op, o.text) for o in ops if o.op != "equal"] == [("delete", "s"), ("insert", "z")]


def test_different_words_stay_whole() -> None:
    ops = char_diff("the chancellor met", "the foreign minister met")
    changed = [o.text for o in ops if o.op != "equal"]
    assert any("chancellor" in t for t in changed)
    assert any("foreign minister" in t for t in changed)


def test_falls_back_to_characters_with_too_many_distinct_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.core import diff as diff_mod

    monkeypatch.setattr(diff_mod, "_MAX_WORDS", 3)
    a, b = "uno dos tres cuatro", "uno dos tres cinco"
    ops = char_diff(a, b)
    assert rebuild(ops) == (a, b)
    check_spans(a, b, ops)
