"""Comparable scoring pieces: calibration fit and file, evidence and its guard, no-overlap rule."""

from __future__ import annotations

import json

import numpy as np
import pytest

from paralelo.core.align.calibration import (
    fit_logistic,
    load_calibration,
    parse_calibration,
    reliability,
)
from paralelo.core.align.comparable import FEATURES, align_comparable, candidates
from paralelo.core.align.evidence import pair_facts
from paralelo.core.errors import UserError


def test_fit_recovers_known_weights_and_keeps_bounds() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(4000, 2))
    true = np.array([-0.5, 2.0, -1.0])
    y = rng.random(4000) < 1 / (1 + np.exp(-(true[0] + x @ true[1:])))
    w = fit_logistic(x, y)
    assert np.allclose(w, true, atol=0.25)
    bounded = fit_logistic(x, y, [(-np.inf, np.inf), (0.0, np.inf)])  # 2nd may not go below 0
    assert bounded[2] == 0.0 and bounded[1] > 1.0


def test_reliability_bins_count_every_score() -> None:
    rows = reliability([0.05, 0.95, 0.96, 0.5], [False, True, False, True])
    assert sum(r[2] for r in rows) == 4
    assert rows[0][:3] == (0.0, 0.1, 1) and rows[0][4] == 0.0


def test_shipped_calibration_has_every_feature() -> None:
    cal = load_calibration()
    assert cal.features == FEATURES
    assert set(cal.weights) == {"mt", "none"} and 0 < cal.threshold < 1


@pytest.mark.parametrize("data", [[], {"features": ["a"], "weights": {"mt": [1]},
                                       "threshold": 0.5},
                                  {"features": ["a"], "weights": {"mt": [1, 2]}, "threshold": 2}])
def test_bad_calibration_is_one_clear_line(data: object) -> None:
    with pytest.raises(UserError, match="not a valid link calibration") as exc:
        parse_calibration(data, "cal.json")
    assert "\n" not in str(exc.value)


def test_unreadable_calibration_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "cal.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="cannot read the link calibration"):
        load_calibration(str(bad))
    good = tmp_path / "ok.json"
    good.write_text(json.dumps(load_calibration().to_json()), encoding="utf-8")
    assert load_calibration(str(good)).threshold == load_calibration().threshold


def test_guard_namesake_and_other_year() -> None:
    es = "El canciller Fernando Aramayo viajó a Washington en 2026."
    en_other = "Foreign Minister Fernando Huanacuni Mamani travelled to Moscow in 2017."
    en_same = "Foreign Minister Fernando Aramayo travelled to Washington in 2026."
    other = pair_facts(es, en_other, None)
    assert other.people_conflicts == ["Fernando Aramayo ≠ Fernando Huanacuni Mamani"]
    assert other.year_conflicts == ["2026 ≠ 2017"]
    assert "people" not in other.to_json()["shared"]
    same = pair_facts(es, en_same, None)
    assert same.shared["people"] == ["Fernando Aramayo"] and same.full_names == 1
    assert not same.people_conflicts and not same.year_conflicts
    shown, _ = align_comparable([es], [en_other, en_same])
    assert [j for _, j, _, _ in shown] == [1]
    scores = {j: s for _, j, s, _ in shown + _}
    assert scores[1] > scores.get(0, 0.0)


def test_nothing_in_common_is_never_a_candidate() -> None:
    es = ["La lluvia cayó sobre los campos durante toda la noche."]
    en = ["Shares of the carmaker rose after its quarterly results."]
    assert candidates(es, en) == []
    assert align_comparable(es, en) == ([], [])


def test_evidence_names_what_is_shared() -> None:
    es = ["El Banco Central Europeo subió los tipos un 0,25 % el 5 de febrero de 2026."]
    en = ["The European Central Bank raised rates by 0.25% on February 5, 2026.",
          "Football results from the weekend."]
    shown, hidden = align_comparable(es, en)
    (i, j, score, ev) = shown[0]
    assert (i, j) == (0, 0) and score >= load_calibration().threshold
    assert ev["shared"]["numbers"] == ["0.25%"] and ev["shared"]["dates"]
    assert ev["rank"] == 1 and ev["similarity"] > 0
    assert all(h[1] != 0 for h in hidden)


def test_pruning_drops_only_pairs_under_the_floor() -> None:
    from paralelo.app.pipeline import load_inputs
    from paralelo.core.align.auto import comparable_inputs
    from paralelo.core.seeds import seed_paths

    es, ens = load_inputs(*seed_paths())
    free = [p.index for p in es.paragraphs if not p.boilerplate]
    refs, es_texts, _ = comparable_inputs(es, ens, free, set(), None)
    en_texts = [t for _, _, t in refs]
    cal, floor = load_calibration(), 0.02

    def kept(cands: list) -> dict[tuple[int, int], float]:  # type: ignore[type-arg]
        scores = cal.score("none", np.asarray([c.x for c in cands]))
        return {(c.i, c.j): round(float(s), 6) for c, s in zip(cands, scores, strict=True)
                if s >= floor}

    every = candidates(es_texts, en_texts)
    pruned = candidates(es_texts, en_texts, prune=(cal, "none", floor))
    assert len(pruned) < len(every)
    assert kept(pruned) == kept(every) and kept(every)


def test_full_name_rule_score_comes_from_the_calibration(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from paralelo.app.pipeline import load_inputs
    from paralelo.core.align import align_documents
    from paralelo.core.align.comparable import RULE, ComparableParams
    from paralelo.core.seeds import seed_paths

    es, ens = load_inputs(*seed_paths())
    cal = load_calibration()
    assert 0 < cal.rules[RULE] < cal.threshold
    named = [lk for lk in align_documents(es, ens, mode="comparable").links
             if lk.evidence.get("rule") == RULE]
    assert named and all(cal.rules[RULE] <= lk.score < cal.threshold for lk in named)
    without = tmp_path / "cal.json"
    data = cal.to_json()
    del data["rules"]
    without.write_text(json.dumps(data), encoding="utf-8")
    res = align_documents(es, ens, mode="comparable",
                          comparable=ComparableParams(calibration=str(without)))
    assert not any(lk.evidence.get("rule") for lk in res.links + res.candidates)
    assert not {(lk.es, lk.en) for lk in named} & {(lk.es, lk.en) for lk in res.links}
    bad = dict(data, rules={RULE: 1.5})
    with pytest.raises(UserError, match="not a valid link calibration"):
        parse_calibration(bad, "cal.json")
