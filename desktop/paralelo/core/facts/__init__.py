"""Facts both sides of a link state — and what only one side says.

Offline and rule-based: numbers, percentages, money, dates and years are read
with the language's conventions; people, organisations, places and key topics
come from capitalisation rules plus the curated es↔en table in
resources/facts/ (extendable by the user). See docs/json-schema.md for the
JSON of a comparison.
"""

from paralelo.core.facts.extract import extract_facts
from paralelo.core.facts.match import compare_facts, match_level, persons_match
from paralelo.core.facts.model import KINDS, Fact, FactComparison, LocatedFact, SharedFact
from paralelo.core.facts.table import FactTable, default_table, load_table, reload_table

__all__ = [
    "KINDS",
    "Fact",
    "FactComparison",
    "FactTable",
    "LocatedFact",
    "SharedFact",
    "compare_facts",
    "default_table",
    "extract_facts",
    "load_table",
    "match_level",
    "persons_match",
    "reload_table",
]
