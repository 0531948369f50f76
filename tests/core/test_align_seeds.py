"""Comparable mode on the seed documents (Spanish 001 against English 000, 002-004)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from paralelo.app.pipeline import load_inputs
from paralelo.core.align import align_documents
from paralelo.core.document import Document
from paralelo.core.seeds import seed_paths


def _seeds() -> tuple[Document, list[Document]]:
    return load_inputs(*seed_paths())


def _find(doc: Document, *words: str) -> int:
    hits = [p.index for p in doc.paragraphs if all(w in p.text for w in words)]
    assert len(hits) == 1, (words, hits)
    return hits[0]


def _check(es: Document, ens: list[Document], es_mt: list[str | None] | None) -> None:
    res = align_documents(es, ens, mode="auto", es_mt=es_mt)
    assert set(res.modes.values()) == {"comparable"}, res.stats
    en2, en4 = ens[1], ens[3]
    cmm_es = _find(es, "Critical Minerals Ministerial")
    cmm_en = _find(en2, "high-level international meeting")
    inl_es = _find(es, "INL", "narcotráfico")
    inl_en = _find(en2, '"transnational crime"')
    scores: dict[tuple[int, str, int], float] = {}
    for link in res.links:
        assert link.kind == "comparable" and link.mode == "comparable"
        assert 0.0 <= link.score <= 1.0 and "similarity" in link.evidence
        for i in link.es:
            for doc, j in link.en:
                scores[(i, doc, j)] = link.score
    for es_i, en_j in ((cmm_es, cmm_en), (inl_es, inl_en)):
        target = scores.get((es_i, en2.id, en_j))
        assert target is not None, f"es {es_i} not linked to en2 {en_j}"
        rivals = [s for (i, doc, _), s in scores.items() if i == es_i and doc == en4.id]
        assert all(s < target for s in rivals), (target, rivals)
    # weak matches stay unlinked: most possible pairs have no link
    possible = len(es.content_paragraphs()) * sum(len(d.content_paragraphs()) for d in ens)
    assert len(res.links) < 0.25 * possible


def test_seeds_without_machine_translation() -> None:
    es, ens = _seeds()
    _check(es, ens, None)


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
