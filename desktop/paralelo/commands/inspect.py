"""`paralelo inspect FILE [--json]`: language, paragraphs and sentences of a file."""

from __future__ import annotations

import argparse
import json
import sys

from paralelo.core.importers import load_document


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("inspect", help="show language, paragraphs and sentences of a document")
    p.add_argument("file")
    p.add_argument("--lang", choices=["es", "en", "other"], help="override detected language")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    doc = load_document(args.file, lang=args.lang)
    data = {
        "path": doc.path, "name": doc.name, "format": doc.format, "encoding": doc.encoding,
        "lang": doc.lang, "detected_lang": doc.detected_lang, "sha256": doc.sha256,
        "paragraphs": [
            {"index": p.index, "text": p.text, "kind": p.kind, "boilerplate": p.boilerplate,
             "sentences": [s.text for s in p.sentences]}
            for p in doc.paragraphs
        ],
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{doc.name}: language {doc.lang} ({doc.format}, {doc.encoding}), "
          f"{len(doc.paragraphs)} paragraphs")
    for p in doc.paragraphs:
        flag = " [boilerplate]" if p.boilerplate else ""
        print(f"\n¶{p.index} {p.kind}{flag}")
        for s in p.sentences:
            print(f"  · {s.text}")
    return 0
