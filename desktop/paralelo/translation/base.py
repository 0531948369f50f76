"""The engine protocol and the per-paragraph result every engine produces.

Engines only translate *units* (sentences for Argos, whole paragraphs for
Apertium) in batches; splitting, name protection, caching, progress, cancel
and per-paragraph error isolation live once in `pipeline`, so every engine
gets them identically.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from paralelo.core.errors import UserError
from paralelo.core.progress import CancelToken


@dataclass(frozen=True, slots=True)
class ParagraphTranslation:
    """Translation of one source paragraph, named with the engine that made it."""

    text: str | None  # None when the engine is "none" or the paragraph failed
    error: str | None  # one-line reason when this paragraph failed
    engine: str
    model: str
    version: str
    cached: bool = False
    # Name protection that fell back: protected names of the source the engine did
    # not pass through intact (a lost placeholder, a name the model translated),
    # and those of them put back by post-editing a known literal rendering.
    names_fallback: tuple[str, ...] = ()
    names_repaired: tuple[str, ...] = ()


class EngineUnusable(UserError):
    """The engine cannot translate anything (a damaged model, an engine that never answered).

    Stops the whole translation with this one message instead of one error per
    paragraph, so nothing reports "engine: argos" over untranslated text.
    """


class UnitErrors(Exception):
    """Some units of a batch failed: ``results`` holds each unit's text or its error.

    Raised by engines that isolate failures themselves, so the pipeline keeps the
    units that did translate instead of retrying the batch unit by unit.
    """

    def __init__(self, results: list[str | Exception]) -> None:
        first = next((r for r in results if isinstance(r, Exception)), None)
        super().__init__(str(first) if first else "some units failed")
        self.results = results


@runtime_checkable
class Engine(Protocol):
    name: str  # "argos" | "apertium" | "none"
    model: str
    version: str
    unit: Literal["sentence", "paragraph"]
    batch_size: int  # units per translate_units() call
    protect_names: bool  # swap names for placeholders before translating (Apertium)
    verify_names: bool  # keep names, verify each sentence's names afterwards (Argos)

    def describe(self) -> str:
        """Human label shown next to every translation, e.g. 'Apertium spa-eng_US 3.8.3'."""
        ...

    def translate_units(self, units: list[str], cancel: CancelToken | None = None) -> list[str]:
        """Translate ``units`` in one engine call; one output per input, or raise."""
        ...


class NoneEngine:
    """No translation: the review shows the Spanish side untranslated."""

    name = "none"
    model = ""
    version = ""
    unit: Literal["sentence", "paragraph"] = "paragraph"
    batch_size = 1
    protect_names = False
    verify_names = False

    def describe(self) -> str:
        return "no machine translation"

    def translate_units(self, units: list[str], cancel: CancelToken | None = None) -> list[str]:
        raise RuntimeError("the 'none' engine does not translate")

    def __repr__(self) -> str:
        return "NoneEngine()"
