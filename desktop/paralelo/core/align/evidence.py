"""The reader's evidence for a comparable link: shared people, organisations, numbers, dates.

Built from `paralelo.core.facts.compare_facts` (the same facts the review
window colours), plus the *distractor guard*: two people who share a first
name or surname but are not the same person ("Fernando Aramayo" vs "Fernando
Huanacuni Mamani"), or years on both sides with none in common (a 2017 visit
vs a 2026 one), are conflicts that count against a link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from paralelo.core.facts import compare_facts, persons_match
from paralelo.core.facts.model import FactComparison

#: shared-fact groups used as scoring features, by fact kind
GROUPS = {"person": "people", "org": "organisations", "topic": "topics", "place": "places",
          "number": "numbers", "percent": "numbers", "money": "numbers", "date": "dates",
          "year": "dates"}


@dataclass(slots=True)
class PairFacts:
    shared: dict[str, list[str]] = field(default_factory=dict)  # group -> texts
    people_conflicts: list[str] = field(default_factory=list)  # "A ≠ B": namesakes
    year_conflicts: list[str] = field(default_factory=list)  # "2026 ≠ 2017"
    full_names: int = 0  # shared people named in full (first name and surname) on both sides

    def count(self, group: str) -> int:
        return len(self.shared.get(group, []))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"shared": {k: v for k, v in self.shared.items() if v}}
        conflicts = self.people_conflicts + self.year_conflicts
        if conflicts:
            out["conflicts"] = conflicts
        return out


def _years(values: list[Any]) -> set[str]:
    return {str(v)[:4] for v in values if str(v)[:4].isdigit()}


def _people_conflicts(cmp: FactComparison) -> list[str]:
    out = []
    es_people = [f.fact for f in cmp.only_es if f.fact.kind == "person"]
    en_people = [f.fact for f in cmp.only_en if f.fact.kind == "person"]
    for a in es_people:
        for b in en_people:
            if set(a.value) & set(b.value) and not persons_match(a.value, b.value):
                out.append(f"{a.text} ≠ {b.text}")
    return out


def _year_conflicts(cmp: FactComparison) -> list[str]:
    times_es = [s.es.fact.value for s in cmp.shared if s.kind in ("date", "year")]
    times_es += [f.fact.value for f in cmp.only_es if f.fact.kind in ("date", "year")]
    times_en = [s.en.fact.value for s in cmp.shared if s.kind in ("date", "year")]
    times_en += [f.fact.value for f in cmp.only_en if f.fact.kind in ("date", "year")]
    ya, yb = _years(times_es), _years(times_en)
    if ya and yb and not ya & yb:
        return [f"{', '.join(sorted(ya))} ≠ {', '.join(sorted(yb))}"]
    return []


def pair_facts(es_text: str, en_text: str, mt: str | None) -> PairFacts:
    """Shared facts by group and guard conflicts of one (Spanish, English) paragraph pair."""
    cmp = compare_facts([es_text], [en_text], [mt])
    out = PairFacts()
    for s in cmp.shared:
        group = GROUPS.get(s.kind)
        if group and s.en.fact.text not in out.shared.setdefault(group, []):
            out.shared[group].append(s.en.fact.text)
            full = s.kind == "person" and min(len(s.es.fact.value), len(s.en.fact.value)) > 1
            out.full_names += full
    out.people_conflicts = _people_conflicts(cmp)
    out.year_conflicts = _year_conflicts(cmp)
    return out
