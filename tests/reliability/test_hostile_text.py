"""Issue 18.9: hostile text takes near-linear time in every stage of `align`.

Each case is built here at full size and at a quarter of it, and the whole
`paralelo align` path runs on both in this process (import, segmentation,
translation with Apertium or none, alignment, facts, JSON writing). Time is
CPU time of this process plus its children (Apertium), so a busy machine
changes it little. Linear work grows 4x from the quarter to the full size and
quadratic work 16x; the budget is 9x, against the larger of the quarter-size
run and a normal seed alignment measured in the same test (so a fast quarter
run cannot make the budget meaningless). No absolute seconds anywhere.

Paragraphs above `MAX_MT_CHARS` are not sent to the engine: they come back
untranslated with a size message (checked below for the full-size cases).
"""

from __future__ import annotations

import json
import random
import resource
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from paralelo.app.pipeline import load_inputs, run_documents
from paralelo.commands.align import _write_json
from paralelo.core.facts import match
from paralelo.core.seeds import seed_paths
from paralelo.translation.pipeline import MAX_MT_CHARS, MAX_MT_WORD, too_long_to_translate

GROWTH_BUDGET = 9.0
_ES_WORDS = ["el", "gobierno", "aprobó", "la", "ley", "de", "presupuesto", "para", "año", "con",
             "votos", "del", "congreso", "y", "oposición", "criticó", "medida", "en", "Madrid"]
_EN_WORDS = ["the", "government", "passed", "budget", "law", "for", "year", "with", "votes",
             "of", "congress", "and", "opposition", "criticised", "measure", "in", "Madrid"]


def _words(vocab: list[str], chars: int, seed: int) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < chars:
        w = rng.choice(vocab)
        out.append(w)
        n += len(w) + 1
    return " ".join(out)


def _sentences(vocab: list[str], chars: int, seed: int) -> str:
    """Ordinary sentences with a number each, in one paragraph of ``chars`` characters."""
    rng = random.Random(seed)
    out: list[str] = []
    n = k = 0
    while n < chars:
        s = " ".join(rng.choice(vocab) for _ in range(12)).capitalize() + f" {k}."
        out.append(s)
        n += len(s) + 1
        k += 1
    return " ".join(out)


Build = Callable[[int], tuple[str, str]]

#: name -> (full size, builder of (Spanish text, English text) at a given size)
CASES: dict[str, tuple[int, Build]] = {
    "100k-digit-number": (100_000, lambda n: (f"El número es {'7' * n}.\n",
                                              f"The number is {'7' * n}.\n")),
    "200k-percent-dollar": (200_000, lambda n: ("%" * n + "\n", "$" * n + "\n")),
    "2mb-sentence-no-punctuation": (2_000_000, lambda n: (_words(_ES_WORDS, n, 1) + "\n",
                                                          _words(_EN_WORDS, n, 2) + "\n")),
    "1mb-paragraph-each-side": (1_000_000, lambda n: (_sentences(_ES_WORDS, n, 3) + "\n",
                                                      _sentences(_EN_WORDS, n, 4) + "\n")),
}


def _cpu() -> float:
    own = time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + kids.ru_utime + kids.ru_stime


def _align(es: Path, en: list[Path], engine: str, out: Path) -> tuple[float, dict]:  # type: ignore[type-arg]
    """The `paralelo align --json` path in this process; (CPU seconds, the JSON written).

    The per-text fact cache is emptied first: an earlier case with the same text
    must not make this one look fast.
    """
    match._cached.cache_clear()
    t0 = _cpu()
    es_doc, en_docs = load_inputs(es, en)
    result = run_documents(es_doc, en_docs, engine=engine)
    _write_json(result, str(out))
    cpu = _cpu() - t0
    return cpu, json.loads(out.read_text(encoding="utf-8"))


def _write(folder: Path, name: str, texts: tuple[str, str]) -> tuple[Path, Path]:
    es, en = folder / f"{name}.es.txt", folder / f"{name}.en.txt"
    es.write_text(texts[0], encoding="utf-8")
    en.write_text(texts[1], encoding="utf-8")
    return es, en


def _engines() -> list[object]:
    apertium = pytest.param("apertium", marks=[
        pytest.mark.apertium,
        pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")])
    return ["none", apertium]


@pytest.mark.slow
@pytest.mark.parametrize("engine", _engines())
@pytest.mark.parametrize("case", list(CASES))
def test_hostile_text_is_near_linear(tmp_path: Path, case: str, engine: str) -> None:
    full, build = CASES[case]
    seed_es, seed_en = seed_paths()
    _align(seed_es, list(seed_en), engine, tmp_path / "warm.json")  # imports, tables, caches
    base, _ = _align(seed_es, list(seed_en), engine, tmp_path / "seed.json")
    small = _write(tmp_path, "small", build(full // 4))
    large = _write(tmp_path, "large", build(full))
    t_small, _ = _align(small[0], [small[1]], engine, tmp_path / "small.json")
    t_large, data = _align(large[0], [large[1]], engine, tmp_path / "large.json")
    budget = GROWTH_BUDGET * max(t_small, base)
    print(f"\n{case} [{engine}]: seed {base:.2f} s, quarter {t_small:.2f} s, "
          f"full {t_large:.2f} s CPU (budget {budget:.2f} s)")
    assert t_large <= budget, (case, engine, base, t_small, t_large)
    es_doc = data["documents"][0]
    assert "".join(p["text"] for p in es_doc["paragraphs"]).strip()
    assert isinstance(data["links"], list)
    if engine != "none":
        for p in es_doc["paragraphs"]:
            if too_long_to_translate(p["text"]):
                assert p["mt"] is None and "the limit is" in p["mt_error"]
            else:
                assert p["mt"] is not None


class _Upper:
    """A stand-in engine that records what it was sent."""

    name, model, version = "upper", "test", "1"
    unit = "paragraph"
    batch_size = 8
    protect_names = verify_names = False

    def __init__(self) -> None:
        self.seen: list[str] = []

    def describe(self) -> str:
        return self.name

    def translate_units(self, units: list[str], cancel: object = None) -> list[str]:
        self.seen.extend(units)
        return [t.upper() for t in units]


def test_size_refusal_for_machine_translation() -> None:
    """Over-long paragraphs are refused with a message, the others still translated."""
    from paralelo.translation import translate_paragraphs

    engine = _Upper()
    big = "a " * (MAX_MT_CHARS // 2 + 1)
    word = "7" * (MAX_MT_WORD + 1)
    texts = ["hola", big, "adiós", f"el número {word}", "7" * MAX_MT_WORD]
    out = translate_paragraphs(texts, engine, cache=None)  # type: ignore[arg-type]
    assert [r.text for r in out] == ["HOLA", None, "ADIÓS", None, "7" * MAX_MT_WORD]
    assert out[1].error is not None and f"{MAX_MT_CHARS:,}" in out[1].error
    assert out[3].error is not None and f"{MAX_MT_WORD:,}" in out[3].error
    assert engine.seen == ["hola", "adiós", "7" * MAX_MT_WORD]


@pytest.mark.apertium
@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")
def test_cli_says_which_paragraphs_were_not_translated(tmp_path: Path) -> None:
    import subprocess
    import sys

    es = tmp_path / "es.txt"
    es.write_text(f"El gobierno aprobó la ley.\n\nEl número {'7' * (MAX_MT_WORD + 1)}.\n",
                  encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("The government passed the law.\n\nThe number 7.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, "-m", "paralelo", "align", "--es", str(es), "--en",
                           str(en), "--engine", "apertium", "--json", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "1 paragraph(s) not translated" in proc.stderr and "Traceback" not in proc.stderr
    paras = json.loads(out.read_text(encoding="utf-8"))["documents"][0]["paragraphs"]
    assert paras[0]["mt"] and paras[1]["mt"] is None and "word" in paras[1]["mt_error"]


def test_sentence_pairs_of_a_huge_group_are_blocked_but_valid() -> None:
    """Above MAX_SENTENCE_CELLS the sentence DP runs in blocks: still in order, in range,
    each sentence at most once, and identical to the plain DP below the threshold."""
    from paralelo.core.align.parallel import MAX_SENTENCE_CELLS, sentence_pairs
    from paralelo.core.align.sentences import align_sentence_sets

    rng = random.Random(9)
    n = 1200
    ka = [{rng.randrange(5000) for _ in range(8)} | {10_000 + k} for k in range(n)]
    kb = [set(s) for s in ka]
    la = [float(rng.randint(40, 200)) for _ in range(n)]
    lb = [x * 1.1 for x in la]
    assert n * n > MAX_SENTENCE_CELLS
    pairs = sentence_pairs(ka, kb, la, lb)
    flat_a = [x for a, _ in pairs for x in a]
    flat_b = [y for _, b in pairs for y in b]
    assert flat_a == sorted(set(flat_a)) and flat_b == sorted(set(flat_b))
    assert all(0 <= x < n for x in flat_a) and all(0 <= y < n for y in flat_b)
    assert sum(1 for a, b in pairs if a == b) >= 0.95 * n  # identical sentences pair up
    small = 150
    assert sentence_pairs(ka[:small], kb[:small], la[:small], lb[:small]) == \
        align_sentence_sets(ka[:small], kb[:small], la[:small], lb[:small])
