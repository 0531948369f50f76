"""Property tests: segmentation never loses, duplicates or reorders text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paralelo.core.segment import split_paragraphs, split_sentences

_WORDS = st.sampled_from(
    ["Sr.", "EE.", "UU.", "U.S.", "D.C.", "etc.", "p.", "ej.", "3.1", "3,1", "...", "…", "¿Qué",
     "pasa?", "¡Sí!", "“Hola.”", "\"Go.\"", "•", "-", "*", "1.", "Share.", "Log in to vote",
     "Comments", "Expand", "The", "el", "La", "año", "niño", "x", "Q?Expand", "(a.)", "—", "",
     "A", "b", "\u00a0", "\t"])
_SEPS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n \n", "\r\n", "  ", "\u2028", ""])


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _SEPS), max_size=60))
    return "".join(w + s for w, s in parts)


def _content(s: str) -> str:
    return "".join(s.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(texts(), st.text(max_size=300)))
def test_paragraphs_keep_all_text_in_order(text: str) -> None:
    paras = split_paragraphs(text)
    assert "".join(_content(p.text) for p in paras) == _content(text)
    last = 0
    for i, p in enumerate(paras):
        assert p.index == i
        assert text[p.start:p.end] == p.text
        assert p.text and p.text == p.text.strip()
        assert p.start >= last
        last = p.end
        assert "".join(_content(s.text) for s in p.sentences) == _content(p.text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts(), st.text(max_size=300)))
def test_sentences_keep_all_text_in_order(text: str) -> None:
    sents = split_sentences(text)
    assert "".join(_content(s.text) for s in sents) == _content(text)
    last = 0
    for s in sents:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= last
        last = s.end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80)
                .map(str.strip).filter(bool), min_size=2, max_size=12))
def test_blank_line_blocks_contract(blocks: list[str]) -> None:
    """Single-line blocks joined by blank lines come back one paragraph each, in order."""
    blocks = [" ".join(b.split()) for b in blocks]
    blocks = [b for b in blocks if b]
    text = "\n\n".join(blocks)
    if len(blocks) < 2:
        return
    assert [p.text for p in split_paragraphs(text)] == blocks
