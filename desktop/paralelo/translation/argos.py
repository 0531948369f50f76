"""Argos engine: an installed Argos package run straight on CTranslate2 + SentencePiece.

argostranslate's own `translate()` needs stanza/minisbd for sentence splitting
(and so torch) and runs one CTranslate2 call per paragraph. We load the
package's ``model/`` and ``sentencepiece.model`` ourselves and translate a
whole batch of sentences, across paragraphs, in one `translate_batch`, with
decoding settings matching Argos' defaults so results are comparable.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Literal

from paralelo.core.progress import CancelToken, check
from paralelo.translation.base import EngineUnusable

#: Decoding settings (Argos defaults: beam 4, length penalty 0.2, unknowns replaced).
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
MAX_DECODING_LENGTH = 256
MAX_INPUT_LENGTH = 1024


class ArgosEngine:
    """Translate sentences with one installed es→en Argos package."""

    name = "argos"
    unit: Literal["sentence", "paragraph"] = "sentence"
    # No placeholders (a model never trained on them mangles them): names stay in the
    # text and each sentence's output is checked and repaired (see namecheck).
    protect_names = False
    verify_names = True

    def __init__(self, package_dir: Path, model: str, version: str, *, batch_size: int = 64,
                 beam_size: int | None = None, max_decoding_length: int | None = None,
                 threads: int | None = None) -> None:
        self.package_dir = Path(package_dir)
        self.model = model
        self.version = version
        self.batch_size = batch_size
        self.beam_size = beam_size or BEAM_SIZE  # module defaults read now, not at import
        self.max_decoding_length = max_decoding_length or MAX_DECODING_LENGTH
        self.threads = threads or os.cpu_count() or 1
        self._translator: Any = None
        self._sp: Any = None
        self._lock = threading.Lock()

    def describe(self) -> str:
        return f"Argos {self.model} {self.version}".strip()

    def _damaged(self, part: str, exc: BaseException) -> EngineUnusable:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        return EngineUnusable(
            f"Argos model {self.model} {self.version} is damaged: {part} cannot be loaded "
            f"({reason}); reinstall it (`paralelo models install FILE`) or remove it "
            f"(`paralelo models remove {self.package_dir.name}`)")

    def _load(self) -> tuple[Any, Any]:
        """Load once; a model that cannot load is reported damaged, naming the part."""
        with self._lock:
            if self._translator is None:
                import ctranslate2
                import sentencepiece as spm

                try:
                    sp = spm.SentencePieceProcessor(
                        model_file=str(self.package_dir / "sentencepiece.model"))
                except Exception as exc:
                    raise self._damaged("its SentencePiece file", exc) from None
                try:
                    translator = ctranslate2.Translator(
                        str(self.package_dir / "model"), device="cpu", inter_threads=1,
                        intra_threads=self.threads, compute_type="auto")
                except Exception as exc:
                    raise self._damaged("its CTranslate2 model (model/)", exc) from None
                self._sp, self._translator = sp, translator
            return self._translator, self._sp

    def encode(self, units: list[str]) -> list[list[str]]:
        _, sp = self._load()
        return [sp.encode(u, out_type=str) for u in units]

    def decode(self, tokens: list[str]) -> str:
        _, sp = self._load()
        text: str = sp.decode_pieces(tokens)
        return text.replace("▁", " ").strip()

    def translate_tokens(self, batch: list[list[str]]) -> list[list[str]]:
        """One CTranslate2 call for the whole batch (it sorts by length internally)."""
        translator, _ = self._load()
        results = translator.translate_batch(
            batch, beam_size=self.beam_size, num_hypotheses=1, length_penalty=LENGTH_PENALTY,
            replace_unknowns=True, max_decoding_length=self.max_decoding_length,
            max_input_length=MAX_INPUT_LENGTH, max_batch_size=0,
        )
        return [r.hypotheses[0] for r in results]

    def translate_units(self, units: list[str], cancel: CancelToken | None = None) -> list[str]:
        check(cancel)
        tokens = self.encode(units)
        return [self.decode(t) for t in self.translate_tokens(tokens)]

    def __repr__(self) -> str:
        return f"ArgosEngine({self.package_dir!s})"
