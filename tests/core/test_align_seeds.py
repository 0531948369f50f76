"""Comparable mode on the seed documents against the hand-made gold (issue 15).

Spanish 001 against English 000, 002, 003 and the 2017 distractor 004; the
gold in data/seeds_comparable_gold.json says which English paragraphs a reviser
would confirm for each Spanish paragraph. Checked with and without MT: every
shown link is in the gold, the "must" links are shown (the paragraph naming
Foreign Minister Fernando Aramayo links to the bullet naming him), no 004
paragraph outranks a true match, and the generic closing paragraph gets no link.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from paralelo.app.pipeline import load_inputs
from paralelo.core.align import align_documents
from paralelo.core.align.calibration import load_calibration
from paralelo.core.document import Document
from paralelo.core.seeds import seed_paths

GOLD = json.loads((Path(__file__).parent / "data" / "seeds_comparable_gold.json")
                  .read_text(encoding="utf-8"))
Pair = tuple[int, str, int]


def _seeds() -> tuple[Document, list[Document]]:
    return load_inputs(*seed_paths())


def _find(doc: Document, text: str) -> int:
    hits = [p.index for p in doc.paragraphs if text in p.text]
    assert len(hits) == 1, (doc.name, text, hits)
    return hits[0]


def _gold(es: Document, ens: list[Document]) -> dict[int, tuple[set[Pair], set[Pair]]]:
    by_prefix = {d.name[:3]: d for d in ens}
    out = {}
    for item in GOLD["paragraphs"]:
        i = _find(es, item["es"])
        ok = {(i, by_prefix[p].id, _find(by_prefix[p], t)) for p, t in item["links"]}
        must = {(i, by_prefix[p].id, _find(by_prefix[p], t)) for p, t in item.get("must", [])}
        out[i] = (ok, must)
    return out


def _check(es: Document, ens: list[Document], es_mt: list[str | None] | None) -> None:
    res = align_documents(es, ens, mode="auto", es_mt=es_mt)
    assert set(res.modes.values()) == {"comparable"}, res.stats
    gold = _gold(es, ens)
    distractor = next(d.id for d in ens if d.name.startswith(GOLD["distractor"]))
    threshold = load_calibration().threshold
    shown: dict[Pair, float] = {}
    every: dict[Pair, float] = {}
    for link in res.links + res.candidates:
        assert link.kind == "comparable" and 0.0 <= link.score <= 1.0
        ((doc, j),) = link.en
        every[(link.es[0], doc, j)] = link.score
        if link in res.links:
            # below the threshold only by the short-bullet full-name rule, at its own score
            assert link.score >= threshold or link.evidence.get("rule") == "shared full name"
            assert link.evidence["shared_words"] or link.evidence["shared"], link
            shown[(link.es[0], doc, j)] = link.score
    assert all(lk.score < threshold for lk in res.candidates)
    for i, (ok, must) in gold.items():
        mine = {p for p in shown if p[0] == i}
        assert mine <= ok, (es.paragraphs[i].text[:40], mine - ok)
        assert must <= mine, (es.paragraphs[i].text[:40], must - mine)
        best_true = max((every.get(p, 0.0) for p in ok), default=0.0)
        fakes = [s for (a, d, _), s in every.items() if a == i and d == distractor]
        assert all(s < max(best_true, threshold) for s in fakes), (i, best_true, fakes)
    closing = _find(es, "Este renovado dinamismo")
    assert not any(p[0] == closing for p in shown)


def test_seeds_without_machine_translation() -> None:
    es, ens = _seeds()
    _check(es, ens, None)


def test_aramayo_link_explains_itself() -> None:
    es, ens = _seeds()
    res = align_documents(es, ens, mode="comparable")
    i = _find(es, "Esta visita diplomática")
    en1 = next(d for d in ens if d.name.startswith("000"))
    j = _find(en1, "met with Bolivian Foreign Minister Fernando Aramayo")
    (link,) = [lk for lk in res.links if lk.es == (i,) and lk.en == ((en1.id, j),)]
    assert "Fernando Aramayo" in link.evidence["shared"]["people"]
    # shown by the rule, but scored by the calibrated model (not raised to the threshold)
    assert link.evidence["rule"] == "shared full name"
    assert 0.02 <= link.score < load_calibration().threshold


@pytest.mark.apertium
@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")
def test_seeds_with_apertium_translation() -> None:
    es, ens = _seeds()
    proc = subprocess.run(["apertium", "-u", "spa-eng_US"],
                          input="\n\n".join(p.text for p in es.paragraphs) + "\n",
                          capture_output=True, text=True, check=True, timeout=120)
    mt: list[str | None] = [b.strip() for b in proc.stdout.strip().split("\n\n")]
    assert len(mt) == len(es.paragraphs)
    _check(es, ens, mt)
