"""Alignment links: which Spanish paragraphs go with which English paragraphs.

One shape for both modes so storage, export and the GUI need not care how a
link was made. In parallel mode unmatched paragraphs appear as links with an
empty other side (kinds "1-0" / "0-1"); in comparable mode unlinked paragraphs
simply have no link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: (English document id, paragraph index in that document)
EnRef = tuple[str, int]


@dataclass(slots=True)
class Link:
    es: tuple[int, ...]  # indices into the Spanish document's paragraphs
    en: tuple[EnRef, ...]
    score: float  # in [0, 1]
    kind: str = ""  # "1-1", "1-2", "2-1", "2-2", "1-0", "0-1", "comparable", "manual"
    mode: str = ""  # "parallel" | "comparable" | "manual"
    evidence: dict[str, Any] = field(default_factory=dict)
    id: int | None = None  # assigned by storage

    @property
    def unmatched(self) -> bool:
        return not self.es or not self.en
