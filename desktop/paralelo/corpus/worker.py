"""The shard function: the same code for the local pool and for Dask workers.

`run_shard` imports each pair with `load_inputs` and runs `run_documents` —
the window's pipeline — on it, then keeps what a translation memory needs per
link (texts, paragraph indices, score, kind, mode). Facts and diffs are not
computed (``facts=False``): they do not change the links, the shards do not
keep them, and they were half of the time per pair. Each worker process keeps
its engine (`_ENGINES`): CTranslate2 and Apertium are loaded once, not per pair.
All Spanish paragraphs of a shard are translated in one batch before the
pairs are aligned, through a per-worker memo (`MemoEngine`), so a Spanish
document shared by several pairs (they are always in one shard) is translated
once and Apertium starts once per batch, not once per document.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from paralelo.core.document import Document
from paralelo.core.errors import Cancelled, UserError
from paralelo.corpus.inputs import Pair
from paralelo.corpus.shards import write_shard

_ENGINES: dict[tuple[str, int], Any] = {}
#: Paragraph batch for Apertium in a corpus run (one process per batch, see apertium.py).
APERTIUM_BATCH = 200
MEMO_LIMIT = 50_000


class PairError(Exception):
    """A pair that cannot be aligned; the message is the one line errors.jsonl shows."""


class MemoEngine:
    """An engine wrapper that remembers unit translations (per worker, bounded)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.memo: dict[str, str] = {}
        for attr in ("name", "model", "version", "unit", "protect_names", "verify_names"):
            setattr(self, attr, getattr(inner, attr))

    @property
    def batch_size(self) -> int:
        return int(self.inner.batch_size)

    def describe(self) -> str:
        return str(self.inner.describe())

    def translate_units(self, units: list[str], cancel: Any = None) -> list[str]:
        todo = [u for u in dict.fromkeys(units) if u not in self.memo]
        if todo:
            if len(self.memo) + len(todo) > MEMO_LIMIT:
                self.memo.clear()
            self.memo.update(zip(todo, self.inner.translate_units(todo, cancel), strict=True))
        return [self.memo[u] for u in units]


def worker_engine(name: str, threads: int) -> Any:
    """This process's engine for ``name`` (loaded once); ``threads`` for CTranslate2."""
    key = (name, threads)
    if key not in _ENGINES:
        from paralelo.translation import get_engine

        inner = get_engine(name)
        if hasattr(inner, "threads"):
            inner.threads = max(1, threads)  # workers share the cores, not oversubscribe them
        if inner.name == "apertium":
            inner.batch_size = max(int(inner.batch_size), APERTIUM_BATCH)
        _ENGINES[key] = MemoEngine(inner)
    return _ENGINES[key]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if isinstance(exc, UserError | PairError) else f"{type(exc).__name__}: {text}"


def _load(pair: Pair, hashes: list[str]) -> tuple[Document, list[Document]]:
    from paralelo.app.pipeline import load_inputs

    es, ens = load_inputs(pair.es, pair.en)
    for doc, want in zip([es, *ens], hashes, strict=True):
        if doc.sha256 != want:
            raise PairError(f"{doc.path}: changed while the run was going; run again")
    if es.detected_lang == "en":
        raise PairError(f"{pair.es}: looks English, expected the Spanish document")
    for doc in ens:
        if doc.detected_lang == "es":
            raise PairError(f"{doc.path}: looks Spanish, expected an English document")
    return es, ens


def _pretranslate(docs: list[Document], engine: Any) -> None:
    """One batch for all Spanish paragraphs of the shard; the pipeline then hits the memo."""
    if engine.name == "none":
        return
    from paralelo.translation import translate_paragraphs

    seen: dict[str, None] = {}
    for d in docs:
        for p in d.paragraphs:
            if not p.boilerplate:
                seen.setdefault(p.text, None)
    if seen:
        translate_paragraphs(list(seen), engine)


def pair_record(pair: Pair, root: str, es: Document, ens: list[Document],
                result: dict[str, Any]) -> dict[str, Any]:
    """What the shard keeps of one pair: provenance, modes and every link's texts."""
    texts = {d.id: [p.text for p in d.paragraphs] for d in (es, *ens)}
    links = []
    for link in result["links"]:
        en = [[r["doc"], r["para"]] for r in link["en"]]
        links.append({"n": link["id"], "es": link["es"], "en": en, "score": link["score"],
                      "kind": link["kind"], "mode": link["mode"],
                      "es_text": [texts["es"][i] for i in link["es"]],
                      "en_text": [texts[d][i] for d, i in en]})
    return {"pair": pair.id, "es": _rel(pair.es, root), "en": [_rel(e, root) for e in pair.en],
            "meta": pair.meta, "modes": {d["id"]: d["mode"] for d in result["documents"][1:]},
            "engine": result["engine"], "links": links}


def _rel(path: str, root: str) -> str:
    try:
        return os.path.relpath(path, root).replace(os.sep, "/") if root else path
    except ValueError:  # another drive (Windows)
        return path


def run_shard(spec: dict[str, Any]) -> dict[str, Any]:
    """Align every pair of one shard, write its data and marker; return the marker."""
    from paralelo.app.pipeline import run_documents

    started = time.time()
    engine = worker_engine(spec["engine"], int(spec.get("threads") or 1))
    pairs = [Pair.from_json(p) for p in spec["pairs"]]
    loaded: list[tuple[Pair, Any]] = []
    for pair, hashes in zip(pairs, spec["hashes"], strict=True):
        try:
            loaded.append((pair, _load(pair, hashes)))
        except (Cancelled, KeyboardInterrupt):
            raise
        except Exception as exc:  # one bad pair never stops the shard
            loaded.append((pair, _one_line(exc)))
    _pretranslate([d[0] for _, d in loaded if not isinstance(d, str)], engine)
    records, errors = [], []
    for pair, docs in loaded:
        try:
            if isinstance(docs, str):
                raise PairError(docs)
            es, ens = docs
            result = run_documents(es, ens, mode=spec["mode"], engine=engine, facts=False)
            records.append(pair_record(pair, spec["root"], es, ens, result))
        except (Cancelled, KeyboardInterrupt):
            raise
        except Exception as exc:
            errors.append({"pair": pair.id, "es": pair.es, "en": list(pair.en),
                           "reason": _one_line(exc)})
    marker = {"key": spec["key"], "name": spec["name"], "pairs": len(pairs),
              "ok": len(records), "failed": len(errors), "errors": errors,
              "started": started, "finished": time.time(),
              "seconds": round(time.time() - started, 3),
              "worker": f"{socket.gethostname()}:{os.getpid()}"}
    write_shard(spec["outdir"], spec["name"], records, marker)
    return marker
