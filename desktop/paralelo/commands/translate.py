"""`paralelo translate FILE [--engine auto|argos|apertium|none] [--json]`."""

from __future__ import annotations

import argparse
import sys

from paralelo.commands import print_json
from paralelo.commands.progressbar import add_quiet_flag, progress_bar
from paralelo.core.importers import load_document
from paralelo.translation import (
    DEFAULT_CACHE,
    ENGINE_NAMES,
    get_engine,
    translate_paragraphs,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("translate", help="translate a Spanish document to English, offline")
    p.add_argument("file")
    p.add_argument("--engine", choices=ENGINE_NAMES, default="auto",
                   help="translation engine (default: auto = Argos, else Apertium, else none)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_quiet_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    doc = load_document(args.file)
    engine = get_engine(args.engine)
    paras = doc.paragraphs
    cache = None if args.no_cache else DEFAULT_CACHE
    with progress_bar(args) as bar:
        results = translate_paragraphs([p.text for p in paras], engine, progress=bar,
                                       cache=cache)
    failed = sum(r.error is not None for r in results)
    if args.json:
        data = {
            "file": doc.path, "lang": doc.lang,
            "engine": {"name": engine.name, "model": engine.model, "version": engine.version,
                       "description": engine.describe()},
            "paragraphs": [
                {"index": p.index, "source": p.text, "translation": r.text, "error": r.error,
                 "cached": r.cached, "names_missing": list(r.names_fallback),
                 "names_repaired": list(r.names_repaired)}
                for p, r in zip(paras, results, strict=True)
            ],
        }
        print_json(data)
        return 1 if failed else 0
    print(f"Engine: {engine.describe()}")
    if doc.lang != "es":
        print(f"Note: {doc.name} looks like '{doc.lang}', not Spanish", file=sys.stderr)
    for p, r in zip(paras, results, strict=True):
        print()
        if r.error:
            print(f"[¶{p.index} not translated: {r.error}]")
        else:
            print(r.text if r.text is not None else p.text)
            if r.names_fallback:
                print(f"[¶{p.index}: names not carried through: {', '.join(r.names_fallback)}]")
    if failed:
        print(f"paralelo: {failed} paragraph(s) could not be translated", file=sys.stderr)
    return 1 if failed else 0
