"""The fact index (issue 18.9) pairs exactly the facts the pair-by-pair loop pairs.

`compare_facts(..., index_pairs=...)` chooses the matching: 0 forces the
index, a huge value forces the old all-pairs loop. Both must give the same
comparison on real text (the WMT dev set, several paragraphs per link, with
and without a machine translation) and on crafted text full of repeats.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from paralelo.core.facts import compare_facts
from paralelo.core.facts.model import FactComparison

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
JSONL = SHARED / "benchmarks" / "wmt-newstest-es-en.dev.jsonl"
ALL_PAIRS = 10**12


def _shape(c: FactComparison) -> tuple[list[tuple[object, ...]], ...]:
    def loc(lf: object) -> tuple[object, ...]:
        return (lf.para, lf.fact.start, lf.fact.end, lf.fact.kind)  # type: ignore[attr-defined]

    return ([(s.kind, s.via, loc(s.es), loc(s.en)) for s in c.shared],
            [loc(o) for o in c.only_es], [loc(o) for o in c.only_en])


def _same(es: list[str], en: list[str], mt: list[str | None] | None = None) -> int:
    slow = compare_facts(es, en, mt, index_pairs=ALL_PAIRS)
    fast = compare_facts(es, en, mt, index_pairs=0)
    assert _shape(fast) == _shape(slow), (es, en, mt)
    return len(slow.shared)


CRAFTED = [
    (["El 5 de febrero de 2026 y en 2026, en febrero, el 5 de febrero y en 2025."],
     ["On February 5, 2026, in 2026, in February, on Feb 5 and in 2025, in 2026."]),
    (["Juan Pérez, Pérez, Ana Pérez, María Pérez y Pérez García hablaron con Pérez."],
     ["Pérez, Juan Perez, John Pérez, Pérez Juan and Ana Pérez met María Pérez."]),
    (["15 %, 15, 15 %, -15 %, 15 dólares, 4.000, 4.000 personas, 4,000 y 15."],
     ["15%, 15, 15 percent, -15%, $15, 4.000, 4,000 people, 15 and 15."]),
    (["La Unión Europea (UE) y la UE; el Banco Mundial y la ONU, la ONU."],
     ["The European Union (EU) and the EU; the World Bank, the UN and the United Nations."]),
]


@pytest.mark.parametrize(("es", "en"), CRAFTED)
def test_index_equals_all_pairs_on_crafted_repeats(es: list[str], en: list[str]) -> None:
    assert _same(es, en) > 0
    assert _same(es * 3, en * 2) > 0  # several paragraphs per side
    _same(es, en, [en[0]])  # the English as a "translation": the MT path too


@pytest.mark.skipif(not JSONL.is_file(), reason="WMT benchmark data not available")
def test_index_equals_all_pairs_on_the_dev_set() -> None:
    pairs = []
    with JSONL.open(encoding="utf-8") as fh:
        for line in fh:
            paras = json.loads(line)["paragraphs"]
            pairs += [(" ".join(p["es"]), " ".join(p["en"])) for p in paras]
    rng = random.Random(18)
    shared = 0
    for start in range(0, len(pairs) - 8, 7):  # links of 1-4 paragraphs a side, shifted
        k = rng.randint(1, 4)
        es = [a for a, _ in pairs[start:start + k]]
        en = [b for _, b in pairs[start + rng.randint(0, 2):start + k + rng.randint(0, 3)]]
        mt = [b for _, b in pairs[start:start + k]] if rng.random() < 0.5 else None
        shared += _same(es, en, mt)
    assert shared > 2000
