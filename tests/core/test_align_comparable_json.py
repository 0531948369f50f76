"""Comparable links in the alignment JSON: hidden candidates, evidence, no character diff."""

from __future__ import annotations

import pytest

from paralelo.app.pipeline import load_inputs, run_documents
from paralelo.core.align.calibration import load_calibration
from paralelo.core.errors import UserError
from paralelo.core.result import normalise_result
from paralelo.core.seeds import seed_paths


@pytest.fixture(scope="module")
def seed_json() -> dict:  # type: ignore[type-arg]
    es, ens = load_inputs(*seed_paths())
    return run_documents(es, ens, mode="comparable", engine="none")


def test_candidates_are_kept_hidden_and_valid(seed_json: dict) -> None:  # type: ignore[type-arg]
    threshold = load_calibration().threshold
    cands = seed_json["candidates"]
    assert cands and all(c["score"] < threshold for c in cands)
    assert all(lk["score"] >= threshold or lk["evidence"].get("rule") == "shared full name"
               for lk in seed_json["links"])
    assert all("id" not in c and "review" not in c for c in cands)
    checked = normalise_result(seed_json)
    assert len(checked["candidates"]) == len(cands)


def test_comparable_links_explain_and_have_no_diff(seed_json: dict) -> None:  # type: ignore[type-arg]
    for lk in seed_json["links"]:
        assert lk["kind"] == "comparable" and lk["diff"] == []
        ev = lk["evidence"]
        assert {"similarity", "shared", "shared_words", "rank"} <= ev.keys()


@pytest.mark.parametrize(("cands", "message"), [
    ({}, '"candidates" is not a list'),
    ([3], "candidate #1 is not an object"),
    ([{"es": [999], "en": []}], "candidate #1"),
    ([{"es": [0], "en": [{"doc": "nope", "para": 0}]}], "unknown English document"),
    ([{"es": [0], "en": [], "score": "high"}], "score is not a number"),
])
def test_bad_candidates_refused(seed_json: dict, cands: object,  # type: ignore[type-arg]
                                message: str) -> None:
    with pytest.raises(UserError, match=message):
        normalise_result({**seed_json, "candidates": cands})
