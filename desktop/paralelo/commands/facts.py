"""`paralelo facts FILE [--lang es|en] [--json]`: the facts of one document, per paragraph."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from paralelo.commands import print_json
from paralelo.core.importers import load_document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("facts", help="list the people, places, numbers, dates... of a document")
    p.add_argument("file")
    p.add_argument("--lang", choices=["es", "en"], help="override the detected language")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="include boilerplate paragraphs")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from paralelo.core.facts import default_table, extract_facts

    doc = load_document(args.file, lang=args.lang)
    lang = args.lang or (doc.lang if doc.lang in ("es", "en") else "en")
    table = default_table()
    for problem in table.problems:
        print(f"paralelo: warning: {problem}", file=sys.stderr)
    paras: list[dict[str, Any]] = []
    for p in doc.paragraphs:
        if p.boilerplate and not args.all:
            continue
        facts = extract_facts(p.text, lang)
        paras.append({"index": p.index, "facts": [f.to_json() for f in facts]})
    if args.json:
        print_json({"path": doc.path, "name": doc.name, "lang": lang, "paragraphs": paras})
        return 0
    total = sum(len(item["facts"]) for item in paras)
    print(f"{doc.name}: language {lang}, {total} facts in {len(paras)} paragraphs")
    for item in paras:
        if not item["facts"]:
            continue
        print(f"\n¶{item['index']}")
        for f in item["facts"]:
            value = f["value"]
            shown = " ".join(value) if isinstance(value, list) else value
            s, e = f["span"]
            print(f"  {f['kind']:<8} {f['text']!r} [{s}:{e}] → {shown}")
    return 0
