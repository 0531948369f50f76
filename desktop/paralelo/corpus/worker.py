"""The shard function: the same code for the local pool and for Dask workers.

`run_shard` imports each pair with `load_inputs` and runs `run_documents` —
the window's pipeline — on it, then keeps what a translation memory needs per
link (texts, paragraph indices, score, kind, mode). Facts and diffs are not
computed (``facts=False``): they do not change the links, the shards do not
keep them, and they were half of the time per pair. Each worker process keeps
its engine (`_ENGINES`): CTranslate2 and Apertium are loaded once, not per pair.
Threads load and translate the next pairs (`stream.Feed`, across shard
boundaries when one process runs many shards) while the calling thread aligns
the ones already translated: Apertium runs in its own processes (one
long-lived pipeline per worker), so translation and alignment overlap.
Translations go through a per-worker memo (`MemoEngine`), so a Spanish
document shared by several pairs (they are always in one shard) is translated
once; the user's translation cache is not used (a corpus would flood it, and
the shard markers already make a re-run skip finished work).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Generator, Iterable
from typing import Any

from paralelo.core.document import Document
from paralelo.core.errors import Cancelled, UserError
from paralelo.corpus import fsio
from paralelo.corpus.inputs import Pair
from paralelo.corpus.shards import write_shard
from paralelo.corpus.stream import Feed

_ENGINES: dict[tuple[str, int], Any] = {}
_ENGINES_LOCK = threading.Lock()
#: Paragraphs per Apertium call in a corpus run: a whole chunk (`TRANSLATE_CHUNK`) at once.
APERTIUM_BATCH = 200
MEMO_LIMIT = 50_000
#: Pairs whose Spanish documents go to the engine in one call (see `stream.Feed`).
#: Small: between two calls Apertium's pipeline drains while the results are put back
#: together, and the last call's pairs are aligned after Apertium is done; measured on
#: 200 WMT pairs, 3 left the pipeline idle for ~0.3 s in all (5: ~0.4 s, 10: ~0.6 s).
TRANSLATE_CHUNK = 3


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
    with _ENGINES_LOCK:  # `prestart` may be loading it on another thread
        if key not in _ENGINES:
            _ENGINES[key] = _load_engine(name, threads)
        return _ENGINES[key]


def _load_engine(name: str, threads: int) -> MemoEngine:
    from paralelo.translation import get_engine

    inner = get_engine(name)
    if hasattr(inner, "threads"):
        inner.threads = max(1, threads)  # workers share the cores, not oversubscribe them
    if inner.name == "apertium":
        inner.batch_size = max(int(inner.batch_size), APERTIUM_BATCH)
    return MemoEngine(inner)


def close_engines() -> None:
    """Stop this process's engine processes (Apertium's pipeline) once its run is over.

    The engine objects stay: a later run restarts the pipeline on first use.
    """
    for memo in _ENGINES.values():
        close = getattr(memo.inner, "close", None)
        if close is not None:
            close()


def prestart(name: str, threads: int) -> None:
    """Load this process's engine and start its processes (Apertium's pipeline loads its
    dictionaries meanwhile); a failure is left for the first translation to report."""
    try:
        start = getattr(worker_engine(name, threads).inner, "start", None)
        if start is not None:
            start()
    except Exception:  # reported, one line per pair, when translating
        return


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
    with contextlib.closing(run_shards([spec])) as markers:
        return next(markers)


def _engine_for(spec: dict[str, Any]) -> Any:
    return worker_engine(spec["engine"], int(spec.get("threads") or 1))


def run_shards(specs: Iterable[dict[str, Any]]) -> Generator[dict[str, Any], None, None]:
    """`run_shard` for each spec in turn, the next pairs loaded and translated meanwhile.

    Yields each shard's marker once its data and marker are written.
    """
    from paralelo.app.pipeline import run_documents

    with Feed(specs, _load, _engine_for, _one_line, TRANSLATE_CHUNK) as feed:
        records: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        started = time.time()
        for item in feed:
            pair, spec = item.pair, item.spec
            if pair is None:  # the shard's last pair is done: write it
                yield _finish(spec, records, errors, started)
                records, errors, started = [], [], time.time()
                continue
            try:
                if isinstance(item.docs, str):
                    raise PairError(item.docs)
                if isinstance(item.translated, BaseException):
                    raise item.translated
                es, ens = item.docs
                result = run_documents(es, ens, mode=spec["mode"], engine=item.engine,
                                       facts=False, translated=item.translated)
                records.append(pair_record(pair, spec["root"], es, ens, result))
            except (Cancelled, KeyboardInterrupt):
                raise
            except Exception as exc:
                errors.append({"pair": pair.id, "es": pair.es, "en": list(pair.en),
                               "reason": _one_line(exc)})


def _finish(spec: dict[str, Any], records: list[dict[str, Any]], errors: list[dict[str, Any]],
            started: float) -> dict[str, Any]:
    marker = {"key": spec["key"], "name": spec["name"], "pairs": len(spec["pairs"]),
              "ok": len(records), "failed": len(errors), "errors": errors,
              "started": started, "finished": time.time(),
              "seconds": round(time.time() - started, 3),
              "worker": f"{socket.gethostname()}:{os.getpid()}"}
    write_shard(spec["outdir"], spec["name"], records, marker)
    return marker
