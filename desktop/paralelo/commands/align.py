"""`paralelo align`: the whole pipeline headless, to JSON and/or a session file."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from paralelo.app.pipeline import load_inputs, run_documents
from paralelo.core.atomic import atomic_write, check_target, same_file
from paralelo.core.errors import UserError
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
    p.add_argument("--force", action="store_true", help="overwrite an existing session file")
    p.set_defaults(func=run)


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        pct = 100 * done // total if total else 0
        print(f"\r{pct:3d}% {message[:60]:<60}", end="", file=sys.stderr, flush=True)


def _check_outputs(args: argparse.Namespace, inputs: list[str | Path]) -> None:
    """Refuse bad output paths before the (long) pipeline runs, and never overwrite an input."""
    outs = [(o, opt) for o, opt in ((args.json, "--json"), (args.session, "--session"))
            if o and o != "-"]
    if args.json and args.json != "-":
        check_target(args.json)  # a session's folder is made if missing (Session.create)
    for out, opt in outs:
        if any(same_file(out, src) for src in inputs):
            raise UserError(f"{out}: {opt} would overwrite an input document")
    if len(outs) == 2 and Path(args.json).resolve() == Path(args.session).resolve():
        raise UserError(f"{args.json}: --json and --session name the same file")
    if args.session and not args.force and Path(args.session).exists():
        raise UserError(f"{args.session}: already exists (use --force to replace it)")


def run(args: argparse.Namespace) -> int:
    if args.seed:
        if args.es or args.en:
            raise UserError("give either --seed or --es/--en, not both")
        es_path, en_paths = seed_paths()
    else:
        if not args.es or not args.en:
            raise UserError("give --es FILE and at least one --en FILE (or --seed)")
        es_path, en_paths = args.es, args.en
    _check_outputs(args, [es_path, *en_paths])
    es_doc, en_docs = load_inputs(es_path, en_paths)
    with _gc_paused():
        result = run_documents(es_doc, en_docs, mode=args.mode, engine=args.engine,
                               progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _report_untranslated(result)
    if args.session:
        from paralelo.storage.session import Session

        session = Session.create(args.session, overwrite=args.force)
        try:
            session.save_result(result, documents=[es_doc, *en_docs])
        finally:
            session.close()
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


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC for the pipeline run (a one-shot process).

    Tokens, facts and link dicts are millions of small objects without
    reference cycles; the collector would rescan the growing heap again and
    again (about a fifth of fact comparison at 5,000 paragraphs). The aligner
    pauses it for the same reason (`align_parallel`).
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
