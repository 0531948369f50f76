"""Build genuine (tiny or base-size) Argos Translate packages for tests and benchmarks.

A real `.argosmodel` is a zip with one top folder holding ``metadata.json``, a
CTranslate2 model in ``model/`` and ``sentencepiece.model``. We train the
SentencePiece model on the seed texts and write a Transformer with
``ctranslate2.specs`` filled with small random weights: the output is garbage
text, but every byte goes through the same loader and decoder users run, and no
model is ever downloaded.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_sentences() -> list[str]:
    """Every non-empty line of the seed documents, split roughly into sentences."""
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]
    return out


def train_sentencepiece(texts: Iterable[str], prefix: Path, vocab_size: int) -> list[str]:
    """Train a SentencePiece model at ``prefix``.model; return its pieces in id order."""
    import sentencepiece as spm

    corpus = prefix.with_suffix(".corpus.txt")
    corpus.write_text("\n".join(texts) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
        num_threads=1, minloglevel=2,
    )
    sp = spm.SentencePieceProcessor(model_file=str(prefix) + ".model")
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _fill(spec: object, d: int, ffn: int, vocab: int, rng: np.random.Generator) -> None:
    """Set every weight of a TransformerSpec with small random values."""
    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    def norm(ln: object) -> None:
        ln.gamma = np.ones(d, np.float32)  # type: ignore[attr-defined]
        ln.beta = np.zeros(d, np.float32)  # type: ignore[attr-defined]

    def linear(lin: object, out: int, inp: int) -> None:
        lin.weight = w(out, inp)  # type: ignore[attr-defined]
        lin.bias = np.zeros(out, np.float32)  # type: ignore[attr-defined]

    def ffn_block(f: object) -> None:
        norm(f.layer_norm)  # type: ignore[attr-defined]
        linear(f.linear_0, ffn, d)  # type: ignore[attr-defined]
        linear(f.linear_1, d, ffn)  # type: ignore[attr-defined]

    enc, dec = spec.encoder, spec.decoder  # type: ignore[attr-defined]
    norm(enc.layer_norm)
    norm(dec.layer_norm)
    enc.embeddings[0].weight = w(vocab, d)
    dec.embeddings.weight = w(vocab, d)
    linear(dec.projection, vocab, d)
    for layer in enc.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        ffn_block(layer.ffn)
    for layer in dec.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d, d)
        linear(layer.self_attention.linear[1], d, d)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d, d)
        linear(layer.attention.linear[1], 2 * d, d)
        linear(layer.attention.linear[2], d, d)
        ffn_block(layer.ffn)


def build_argos_package(
    out_dir: Path, *, vocab_size: int = 400, layers: int = 1, d_model: int = 32,
    heads: int = 2, ffn: int = 64, from_code: str = "es", to_code: str = "en",
    package_version: str = "0.1", seed: int = 0, texts: list[str] | None = None,
    quantization: str | None = None,
) -> Path:
    """Write ``translate-<from>_<to>-test.argosmodel`` into ``out_dir``; return its path."""
    import ctranslate2.specs as specs

    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="argospkg-", dir=out_dir))
    top = work / f"translate-{from_code}_{to_code}-test"
    top.mkdir()
    pieces = train_sentencepiece(texts or seed_sentences(), work / "sp", vocab_size)
    shutil.copy(work / "sp.model", top / "sentencepiece.model")
    spec = specs.TransformerSpec.from_config((layers, layers), heads)
    _fill(spec, d_model, ffn, len(pieces), np.random.default_rng(seed))
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization=quantization)  # "int8" like the packages Argos ships
    (top / "model").mkdir()
    spec.save(str(top / "model"))
    (top / "metadata.json").write_text(json.dumps({
        "package_version": package_version, "argos_version": "1.9", "type": "translate",
        "from_code": from_code, "from_name": "Spanish" if from_code == "es" else from_code,
        "to_code": to_code, "to_name": "English" if to_code == "en" else to_code,
        "code": f"translate-{from_code}_{to_code}",
    }), encoding="utf-8")
    archive = out_dir / f"translate-{from_code}_{to_code}-test.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(top.rglob("*")):
            zf.write(f, f.relative_to(work).as_posix())
    shutil.rmtree(work)
    return archive
