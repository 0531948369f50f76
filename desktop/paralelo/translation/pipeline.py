"""`translate_paragraphs`: the one path every engine, the CLI and the GUI use.

Cache lookup → name protection → splitting into the engine's units (sentences
for Argos, paragraphs for Apertium) → batches across paragraphs, one engine
call each, with progress and cancel between batches → reassembly with the
original spacing → names restored → cache. Engines that keep names in the
text (Argos) get each sentence's names verified and repaired instead (see
`namecheck`); every name that did not come through is reported with its
paragraph, on cache hits too. A failing batch is retried unit by
unit so only the paragraph that really fails carries an error.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from paralelo.core.errors import Cancelled
from paralelo.core.progress import CancelToken, Progress, check
from paralelo.core.segment import split_sentences
from paralelo.translation.base import (
    Engine,
    EngineUnusable,
    ParagraphTranslation,
    UnitErrors,
)
from paralelo.translation.cache import TranslationCache
from paralelo.translation.namecheck import check_names, missing_names
from paralelo.translation.names import protect, restore


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT_CACHE"


#: Longer paragraphs are not sent to the engine but kept untranslated with a reason:
#: a megabyte-long paragraph would hold Apertium or Argos for minutes (issue 18.9).
MAX_MT_CHARS = 100_000

#: Nor are paragraphs with a longer "word" (a 100,000-digit number): Apertium's time
#: grows with the square of a token's length (25,000 digits: 18 s).
MAX_MT_WORD = 2_000


def too_long_to_translate(text: str) -> str | None:
    """Why ``text`` is not sent to an engine (its size), or None."""
    if len(text) > MAX_MT_CHARS:
        return (f"paragraph too long to translate ({len(text):,} characters; "
                f"the limit is {MAX_MT_CHARS:,})")
    word = max(map(len, text.split()), default=0)
    if word > MAX_MT_WORD:
        return (f"paragraph not translated: it has a {word:,}-character word "
                f"(the limit is {MAX_MT_WORD:,})")
    return None


#: Sentinel: use the cache in the user's cache folder.
DEFAULT_CACHE = _Default()


@dataclass
class _Job:
    source: str
    names: tuple[str, ...] = ()
    pieces: list[str] = field(default_factory=list)  # gap, unit, gap, unit, ..., gap
    units: list[int] = field(default_factory=list)  # indexes into pieces
    error: str | None = None
    pending: int = 0  # units not translated yet
    fallback: list[str] = field(default_factory=list)  # names the engine did not copy
    repaired: list[str] = field(default_factory=list)  # ...of which put back by post-editing


def split_units(text: str, unit: str) -> tuple[list[str], list[int]]:
    """Cut ``text`` into [gap, unit, gap, ..., gap] pieces so ''.join() gives it back."""
    if unit != "sentence":
        return ["", text, ""], [1]
    pieces: list[str] = []
    units: list[int] = []
    pos = 0
    for s in split_sentences(text, "es"):
        pieces.append(text[pos : s.start])
        units.append(len(pieces))
        pieces.append(text[s.start : s.end])
        pos = s.end
    pieces.append(text[pos:])
    if not units:
        return ["", text, ""], [1]
    return pieces, units


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {msg[0] if msg else 'failed'}"[:300]


def _run_batch(engine: Engine, texts: list[str],
               cancel: CancelToken | None) -> list[str | BaseException]:
    """Translate ``texts`` in one call; on failure retry one by one to isolate the culprit."""
    try:
        out = engine.translate_units(texts, cancel)
        if len(out) != len(texts):
            raise RuntimeError(f"engine returned {len(out)} results for {len(texts)} inputs")
        return list(out)
    except (Cancelled, EngineUnusable):
        raise
    except UnitErrors as exc:
        if len(exc.results) == len(texts):
            return list(exc.results)
        if len(texts) == 1:
            return [exc]
    except Exception as exc:
        if len(texts) == 1:
            return [exc]
    results: list[str | BaseException] = []
    for t in texts:
        check(cancel)
        results.extend(_run_batch(engine, [t], cancel))
    return results


def translate_paragraphs(
    texts: list[str], engine: Engine, *, progress: Progress | None = None,
    cancel: CancelToken | None = None,
    cache: TranslationCache | _Default | None = DEFAULT_CACHE,
) -> list[ParagraphTranslation]:
    """Translate each paragraph of ``texts``; exactly one result per input, in order."""
    ident = (engine.name, engine.model, engine.version)

    def result(text: str | None, error: str | None = None, cached: bool = False,
               fallback: tuple[str, ...] = (),
               repaired: tuple[str, ...] = ()) -> ParagraphTranslation:
        return ParagraphTranslation(text, error, *ident, cached=cached,
                                    names_fallback=fallback, names_repaired=repaired)

    if engine.name == "none":
        if progress:
            progress(len(texts), len(texts), "No machine translation")
        return [result(None) for _ in texts]
    store = TranslationCache() if isinstance(cache, _Default) else cache
    out: list[ParagraphTranslation | None] = [None] * len(texts)
    todo = [i for i, t in enumerate(texts) if t.strip()]
    for i, t in enumerate(texts):
        if not t.strip():
            out[i] = result(t)
        elif (refusal := too_long_to_translate(t)) is not None:
            out[i] = result(None, refusal)
    todo = [i for i in todo if out[i] is None]
    hits: dict[str, str] = {}
    if store is not None and todo:
        try:
            hits = store.get_many(*ident, (texts[i] for i in todo))
        except (sqlite3.Error, OSError):
            store = None  # an unusable cache must not stop translation
    jobs: dict[str, _Job] = {}
    for i in todo:
        src = texts[i]
        if src in hits:
            lost = (missing_names(src, hits[src])
                    if engine.protect_names or engine.verify_names else ())
            out[i] = result(hits[src], cached=True, fallback=lost)
        elif src not in jobs:
            prot = protect(src) if engine.protect_names else None
            pieces, units = split_units(prot.text if prot else src, engine.unit)
            jobs[src] = _Job(src, prot.names if prot else (), pieces, units,
                             pending=len(units))

    work = [(job, k) for job in jobs.values() for k in job.units]
    # Batches of similar length waste less padding (CTranslate2 pads to the longest).
    work.sort(key=lambda jk: len(jk[0].pieces[jk[1]]))
    total = len(work)
    step = max(1, int(engine.batch_size))
    verify = bool(engine.verify_names)
    if progress:
        if total:
            progress(0, total, f"Translating with {engine.describe()}")
        else:  # everything came from the cache
            progress(len(texts), len(texts), f"{engine.describe()}: from cache")
    try:
        for start in range(0, total, step):
            check(cancel)
            batch = work[start : start + step]
            results = _run_batch(engine, [j.pieces[k] for j, k in batch], cancel)
            for (job, k), res in zip(batch, results, strict=True):
                job.pending -= 1
                if isinstance(res, BaseException):
                    job.error = job.error or _one_line(res)
                elif verify:
                    checked = check_names(job.pieces[k], res)
                    job.pieces[k] = checked.text
                    job.fallback += [n for n in checked.fallback if n not in job.fallback]
                    job.repaired += [n for n in checked.repaired if n not in job.repaired]
                else:
                    job.pieces[k] = res
            if progress:
                progress(min(start + step, total), total,
                         f"Translating with {engine.describe()}")
    except Cancelled:
        # Keep what is finished, so translating again resumes instead of restarting.
        _finish(jobs, store, ident, result)
        raise
    done = _finish(jobs, store, ident, result)
    _refuse_if_nothing_translated(engine, done)
    return [r if r is not None else done[texts[i]] for i, r in enumerate(out)]


def _refuse_if_nothing_translated(engine: Engine, done: dict[str, ParagraphTranslation]) -> None:
    """Every paragraph sent to the engine failed: one error for the run, not one per paragraph."""
    if done and all(r.error for r in done.values()):
        first = next(iter(done.values())).error
        raise EngineUnusable(f"{engine.describe()} translated none of {len(done)} "
                             f"paragraph(s): {first}")


def _finish(jobs: dict[str, _Job], store: TranslationCache | None, ident: tuple[str, str, str],
            result: Callable[..., ParagraphTranslation]) -> dict[str, ParagraphTranslation]:
    """Reassemble finished paragraphs, restore names, cache the successes."""
    done: dict[str, ParagraphTranslation] = {}
    fresh: list[tuple[str, str]] = []
    for src, job in jobs.items():
        if job.pending > 0:
            continue
        if job.error:
            done[src] = result(None, job.error)
            continue
        text, lost = restore("".join(job.pieces).strip(), job.names)
        fallback = tuple(dict.fromkeys([*job.fallback, *lost]))
        done[src] = result(text, fallback=fallback, repaired=tuple(job.repaired))
        fresh.append((src, text))
    if store is not None and fresh:
        with contextlib.suppress(sqlite3.Error, OSError):
            store.put_many(*ident, fresh)
    return done
