"""Offline machine translation engines (Argos, Apertium, none), cache, models.

Public API::

    engine = get_engine("auto")            # or "argos", "apertium", "none"
    results = translate_paragraphs(texts, engine, progress=..., cancel=...)
    results[i].text, results[i].error, results[i].engine, results[i].cached
"""

from __future__ import annotations

from paralelo.translation.base import Engine, NoneEngine, ParagraphTranslation
from paralelo.translation.cache import TranslationCache, default_cache_path
from paralelo.translation.engines import ENGINE_NAMES, available_engines, get_engine
from paralelo.translation.pipeline import DEFAULT_CACHE, translate_paragraphs

__all__ = [
    "DEFAULT_CACHE", "ENGINE_NAMES", "Engine", "NoneEngine", "ParagraphTranslation",
    "TranslationCache", "available_engines", "default_cache_path", "get_engine",
    "translate_paragraphs",
]
