"""`paralelo align`: the whole pipeline headless, to JSON and/or a session file."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from paralelo.app.pipeline import document_notes, load_inputs, run_documents
from paralelo.commands.progressbar import add_quiet_flag, progress_bar
from paralelo.core.atomic import atomic_write, check_target, same_file
from paralelo.core.document import Document
from paralelo.core.errors import UserError
from paralelo.core.outputs import check_replace
from paralelo.core.sanity import check_inputs
from paralelo.core.seeds import seed_paths
from paralelo.core.surrogates import fix_surrogates


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("align", help="translate, align and compare facts; write JSON/session",
                       description="Align a Spanish document with one or more English ones.")
    p.add_argument("--es", metavar="FILE", help="the Spanish document")
    p.add_argument("--en", metavar="FILE", action="append", default=[],
                   help="an English document (repeatable)")
    p.add_argument("--seed", action="store_true",
                   help="use the built-in seed documents (Spanish 001 vs English 000, 002-004)")
    p.add_argument("--mode", choices=["auto", "parallel", "comparable"], default="auto")
    p.add_argument("--engine", choices=["auto", "argos", "apertium", "none"], default="auto")
    p.add_argument("--json", metavar="OUT", help="write the alignment JSON here ('-' = stdout)")
    p.add_argument("--session", metavar="FILE.paralelo", help="write a review session file")
    p.add_argument("--force", action="store_true",
                   help="replace an existing --session file, or a --json file Paralelo did "
                   "not write (a reviewed session keeps its review: see --discard-review)")
    p.add_argument("--discard-review", action="store_true",
                   help="with --force: replace a reviewed session even where its review "
                   "cannot be carried over")
    add_quiet_flag(p)
    p.set_defaults(func=run)


def _check_outputs(args: argparse.Namespace, inputs: list[str | Path]) -> None:
    """Refuse bad output paths before the (long) pipeline runs, and never overwrite an input."""
    outs = [(o, opt) for o, opt in ((args.json, "--json"), (args.session, "--session"))
            if o and o != "-"]
    if args.json and args.json != "-":
        check_target(args.json)  # a session's folder is made if missing (storage/build.py)
        check_replace(args.json, force=args.force, kind="json")
    if args.session and Path(args.session).is_dir():
        raise UserError(f"{args.session}: is a folder; give a session file name to write to")
    for out, opt in outs:
        if any(same_file(out, src) for src in inputs):
            raise UserError(f"{out}: {opt} would overwrite an input document")
    if len(outs) == 2 and Path(args.json).resolve() == Path(args.session).resolve():
        raise UserError(f"{args.json}: --json and --session name the same file")
    if args.session and not args.force and Path(args.session).exists():
        raise UserError(f"{args.session}: already exists (use --force to replace it)")


def run(args: argparse.Namespace) -> int:
    with _gc_paused():  # the whole command, see _gc_paused
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.seed:
        if args.es or args.en:
            raise UserError("give either --seed or --es/--en, not both")
        es_path, en_paths = seed_paths()
    else:
        if not args.es or not args.en:
            raise UserError("give --es FILE and at least one --en FILE (or --seed)")
        es_path, en_paths = args.es, args.en
    _check_outputs(args, [es_path, *en_paths])
    with _session_target(args) as target:
        es_doc, en_docs = load_inputs(es_path, en_paths)
        for note in (n for d in (es_doc, *en_docs) for n in document_notes(d)):
            print(f"note: {note}", file=sys.stderr)
        warn_inputs(es_doc, en_docs)
        anchors = target.anchors(es_doc, en_docs) if target else []
        with progress_bar(args, counts=False) as bar:  # per-mille progress
            result = run_documents(es_doc, en_docs, mode=args.mode, engine=args.engine,
                                   anchors=anchors, progress=bar, fact_process=True)
        _report_untranslated(result)
        if target:
            target.write(result, [es_doc, *en_docs])
    if args.json:
        _write_json(result, args.json)
    if args.json != "-":
        eng = result["engine"]
        print(f"engine: {eng['name']} {eng['model']} {eng['version']}".rstrip())
        for doc in result["documents"][1:]:
            print(f"{doc['id']} {doc['name']}: {doc['mode']}")
        print(f"{len(result['links'])} links")
        if not args.json and not args.session:
            _print_links(result)
    return 0


def _session_target(args: argparse.Namespace) -> AbstractContextManager[Any]:
    """The --session write path (commands/align_session.py), or nothing without --session."""
    if not args.session:
        return contextlib.nullcontext()
    from paralelo.commands.align_session import SessionTarget

    return SessionTarget(args.session, force=args.force, discard_review=args.discard_review)


def warn_inputs(es_doc: Document, en_docs: list[Document]) -> None:
    """Plausible input mistakes (core/sanity.py), one line each on stderr, before any work."""
    for warning in check_inputs(es_doc, en_docs):
        print(f"paralelo: warning: {warning.message}", file=sys.stderr)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC for the pipeline run (a one-shot process).

    Tokens, facts and link dicts are millions of small objects without
    reference cycles; the collector would rescan the growing heap again and
    again (about a fifth of fact comparison at 5,000 paragraphs). The aligner
    pauses it for the same reason (`align_parallel`). It stays paused until the
    result is written and dropped: re-enabled while the result is alive, the
    first collection would scan all of it once more (~0.15 s at 5,000
    paragraphs) only to find nothing to free.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _report_untranslated(result: dict[str, Any]) -> None:
    """One stderr line when Spanish paragraphs were left untranslated (e.g. too long)."""
    errors = [p["mt_error"] for p in result["documents"][0]["paragraphs"] if p.get("mt_error")]
    if errors:
        print(f"paralelo: {len(errors)} paragraph(s) not translated: {errors[0]}",
              file=sys.stderr)


def _write_json(result: dict[str, Any], target: str) -> None:
    """Stream the alignment JSON to ``target`` ('-' = stdout), one document or link per line.

    Never builds the whole text: at 20,000 paragraphs a side it would be a
    second (and, with the surrogate fix, a third) copy of the result in memory.
    A file name that is not valid UTF-8 arrives with lone surrogates
    (surrogateescape): written as U+FFFD, like the JSON export does.
    """
    from paralelo.export.json_export import stream_json

    if target == "-":
        stream_json(result, lambda piece: sys.stdout.write(fix_surrogates(piece)))
        return
    with atomic_write(target, errors="paralelo-fffd", newline="\n") as fh:
        stream_json(result, fh.write)


def _print_links(result: dict[str, Any]) -> None:
    es_doc = result["documents"][0]
    docs = {d["id"]: d for d in result["documents"]}
    for link in result["links"]:
        es = " + ".join(f"¶{i}" for i in link["es"]) or "—"
        en = " + ".join(f"{r['doc']}¶{r['para']}" for r in link["en"]) or "—"
        print(f"\n#{link['id']} {link['kind']} score {link['score']:.2f}: es {es} ↔ {en}")
        for i in link["es"][:1]:
            print(f"  es: {es_doc['paragraphs'][i]['text'][:100]}")
        for r in link["en"][:1]:
            print(f"  en: {docs[r['doc']]['paragraphs'][r['para']]['text'][:100]}")
        shared = ", ".join(f["en"] for f in link["facts"][:8])
        if shared:
            print(f"  shared: {shared}")
