"""Fact types and the per-link comparison result (with its JSON shape).

The JSON produced here is the ``facts`` / ``only_es`` / ``only_en`` part of a
link in docs/json-schema.md; keeping it next to the types means the pipeline,
sessions and exporters cannot drift from one another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Every fact kind, in display order.
KINDS = ("person", "org", "place", "topic", "number", "percent", "money", "date", "year")


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact in a text: ``text == source[start:end]``.

    ``value`` is the comparable key: "3.1" for numbers, "15%" for percents,
    "USD 1500" for money, ISO-like dates ("2026-02-05", "2026-02", "--12"),
    "2026" for years, the table key for orgs/places/topics, a tuple of folded
    tokens for persons. ``keys`` are extra keys (an acronym given in brackets).
    """

    kind: str
    text: str
    start: int
    end: int
    value: Any
    keys: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return {"kind": self.kind, "text": self.text, "span": [self.start, self.end],
                "value": value}


@dataclass(frozen=True, slots=True)
class LocatedFact:
    fact: Fact
    para: int  # position in the es_texts / en_texts list given to compare_facts


@dataclass(frozen=True, slots=True)
class SharedFact:
    kind: str
    es: LocatedFact
    en: LocatedFact
    via: str = "value"  # value | table | mt: how the match was found


EnRefLike = Mapping[str, Any] | Sequence[Any]


def _en_ref(ref: EnRefLike) -> tuple[str, int]:
    if isinstance(ref, Mapping):
        return str(ref["doc"]), int(ref["para"])
    doc, para = ref
    return str(doc), int(para)


@dataclass(slots=True)
class FactComparison:
    shared: list[SharedFact] = field(default_factory=list)
    only_es: list[LocatedFact] = field(default_factory=list)
    only_en: list[LocatedFact] = field(default_factory=list)

    def to_json(self, es_para_ids: Sequence[int],
                en_para_refs: Sequence[EnRefLike]) -> dict[str, list[dict[str, Any]]]:
        """The link's ``facts``, ``only_es`` and ``only_en`` lists (docs/json-schema.md).

        ``es_para_ids[i]`` is the Spanish paragraph index of ``es_texts[i]``;
        ``en_para_refs[j]`` is ``{"doc": id, "para": index}`` (or a (doc, para)
        pair) for ``en_texts[j]``.
        """
        refs = [_en_ref(r) for r in en_para_refs]

        def es_loc(lf: LocatedFact) -> dict[str, Any]:
            return {"para": int(es_para_ids[lf.para]), "span": [lf.fact.start, lf.fact.end]}

        def en_loc(lf: LocatedFact) -> dict[str, Any]:
            doc, para = refs[lf.para]
            return {"doc": doc, "para": para, "span": [lf.fact.start, lf.fact.end]}

        return {
            "facts": [{"kind": s.kind, "es": s.es.fact.text, "en": s.en.fact.text,
                       "es_loc": es_loc(s.es), "en_loc": en_loc(s.en)} for s in self.shared],
            "only_es": [{"kind": o.fact.kind, "text": o.fact.text, "loc": es_loc(o)}
                        for o in self.only_es],
            "only_en": [{"kind": o.fact.kind, "text": o.fact.text, "loc": en_loc(o)}
                        for o in self.only_en],
        }
