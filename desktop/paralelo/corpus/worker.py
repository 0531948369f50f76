"""The shard function: the same code for the local pool and for Dask workers.

`run_shard` imports each pair with `load_inputs` and runs `run_documents` —
the window's pipeline — on it, then keeps what a translation memory needs per
link (texts, paragraph indices, score, kind, mode). Facts and diffs are not
computed (``facts=False``): they do not change the links, the shards do not
keep them, and they were half of the time per pair. Each worker process keeps
its engine (`_ENGINES`): CTranslate2 and Apertium are loaded once, not per pair.
A thread translates the shard's Spanish documents in order while the main
thread aligns the ones already translated: Apertium runs in its own processes
(one long-lived pipeline per worker), so translation and alignment overlap.
Translations go through a per-worker memo (`MemoEngine`), so a Spanish
document shared by several pairs (they are always in one shard) is translated
once; the user's translation cache is not used (a corpus would flood it, and
the shard markers already make a re-run skip finished work).
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import socket
import time
from typing import Any

from paralelo.core.document import Document
from paralelo.core.errors import Cancelled, UserError
from paralelo.corpus import fsio
from paralelo.corpus.inputs import Pair
from paralelo.corpus.shards import write_shard

_ENGINES: dict[tuple[str, int], Any] = {}
#: Paragraphs per Apertium call in a corpus run: a whole chunk (`TRANSLATE_CHUNK`) at once.
APERTIUM_BATCH = 200
MEMO_LIMIT = 50_000
#: Pairs whose Spanish documents go to the engine in one call (see `_translate_ahead`).
TRANSLATE_CHUNK = 5


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


def warm_up() -> None:
    """Import what `run_shard` needs, so a pool's workers do it while the driver plans."""
    import importlib

    for name in ("paralelo.app.pipeline", "paralelo.core.align", "paralelo.translation"):
        importlib.import_module(name)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if isinstance(exc, UserError | PairError) else f"{type(exc).__name__}: {text}"


def _load(pair: Pair, hashes: list[str]) -> tuple[Document, list[Document]]:
    from paralelo.app.pipeline import load_inputs

    with fsio.local_inputs([pair.es, *pair.en]) as files:  # URLs: temporary local copies
        es, ens = load_inputs(files[0], files[1:])
    for doc, source in zip([es, *ens], [pair.es, *pair.en], strict=True):
        if fsio.is_url(source):
            doc.path = source  # the input as given, not the temporary copy
    for doc, want in zip([es, *ens], hashes, strict=True):
        if doc.sha256 != want:
            raise PairError(f"{doc.path}: changed while the run was going; run again")
    if es.detected_lang == "en":
        raise PairError(f"{pair.es}: looks English, expected the Spanish document")
    for doc in ens:
        if doc.detected_lang == "es":
            raise PairError(f"{doc.path}: looks Spanish, expected an English document")
    return es, ens


def _translate_ahead(pool: cf.ThreadPoolExecutor, loaded: list[tuple[Pair, Any]],
                     engine: Any) -> list[cf.Future[Any] | None]:
    """Start translating the loaded Spanish documents on ``pool``'s one thread.

    One engine call per chunk of TRANSLATE_CHUNK pairs: Apertium's stages keep
    each other busy only when fed many paragraphs at once, and the main thread
    aligns chunk k while chunk k+1 is translated. One future per pair.
    """
    from paralelo.app.pipeline import translate_documents

    ok = [i for i, (_, docs) in enumerate(loaded) if not isinstance(docs, str)]
    ahead: list[cf.Future[Any] | None] = [None] * len(loaded)
    if engine.name == "none":
        return ahead
    for start in range(0, len(ok), TRANSLATE_CHUNK):
        chunk = ok[start : start + TRANSLATE_CHUNK]
        job = pool.submit(translate_documents, [loaded[i][1][0] for i in chunk], engine,
                          cache=None)
        for k, i in enumerate(chunk):
            ahead[i] = pool.submit(_nth, job, k)  # runs after `job`: one thread, in order
    return ahead


def _nth(job: cf.Future[Any], k: int) -> tuple[Any, list[Any]]:
    engine, per_doc = job.result()
    return engine, per_doc[k]


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
    return fsio.relative(path, root)


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
    records, errors = [], []
    pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="paralelo-translate")
    try:
        ahead = _translate_ahead(pool, loaded, engine)
        for (pair, docs), translated in zip(loaded, ahead, strict=True):
            try:
                if isinstance(docs, str):
                    raise PairError(docs)
                es, ens = docs
                result = run_documents(es, ens, mode=spec["mode"], engine=engine, facts=False,
                                       translated=translated.result() if translated else None)
                records.append(pair_record(pair, spec["root"], es, ens, result))
            except (Cancelled, KeyboardInterrupt):
                raise
            except Exception as exc:
                errors.append({"pair": pair.id, "es": pair.es, "en": list(pair.en),
                               "reason": _one_line(exc)})
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    marker = {"key": spec["key"], "name": spec["name"], "pairs": len(pairs),
              "ok": len(records), "failed": len(errors), "errors": errors,
              "started": started, "finished": time.time(),
              "seconds": round(time.time() - started, 3),
              "worker": f"{socket.gethostname()}:{os.getpid()}"}
    write_shard(spec["outdir"], spec["name"], records, marker)
    return marker
