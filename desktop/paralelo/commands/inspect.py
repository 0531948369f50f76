"""`paralelo inspect FILE [--json]`: language, paragraphs and sentences of a file.

Shows exactly what the aligner will see: paragraph indices, kinds, the
boilerplate flag (flagged paragraphs are kept but not aligned) and sentences.
Bad input is a `DocumentError`: the CLI prints one line and exits 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from paralelo.commands import print_json
from paralelo.core.document import Document
from paralelo.core.importers import load_document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("inspect", help="show language, paragraphs and sentences of a document",
                       description="Import a document (.txt .md .html .docx .pdf) and show its "
                                   "language, paragraphs and sentences.")
    p.add_argument("file")
    p.add_argument("--lang", choices=["es", "en", "other"], help="override detected language")
    p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    p.set_defaults(func=run)


def as_dict(doc: Document) -> dict[str, Any]:
    """The JSON form printed by ``inspect --json`` (offsets are code points)."""
    return {
        "path": doc.path, "name": doc.name, "format": doc.format, "encoding": doc.encoding,
        "lang": doc.lang, "detected_lang": doc.detected_lang, "sha256": doc.sha256,
        "meta": doc.meta,
        "counts": {"paragraphs": len(doc.paragraphs),
                   "boilerplate": sum(p.boilerplate for p in doc.paragraphs),
                   "sentences": sum(len(p.sentences) for p in doc.paragraphs)},
        "paragraphs": [
            {"index": p.index, "text": p.text, "kind": p.kind, "boilerplate": p.boilerplate,
             "start": p.start, "end": p.end, "sentences": [s.text for s in p.sentences]}
            for p in doc.paragraphs
        ],
    }


def run(args: argparse.Namespace) -> int:
    doc = load_document(args.file, lang=args.lang)
    if args.json:
        print_json(as_dict(doc))
        return 0
    flagged = sum(p.boilerplate for p in doc.paragraphs)
    lang = doc.lang
    if doc.lang != doc.detected_lang:
        lang += f" (detected {doc.detected_lang})"
    source = f"{doc.format}, {doc.encoding}" if doc.encoding else doc.format
    print(f"{doc.name}: language {lang} ({source}), "
          f"{len(doc.paragraphs)} paragraphs, {flagged} flagged as boilerplate")
    if doc.meta.get("repaired"):
        print(f"note: {doc.meta['repaired']}")
    for p in doc.paragraphs:
        flag = " [boilerplate]" if p.boilerplate else ""
        print(f"\n¶{p.index} {p.kind}{flag}")
        for s in p.sentences:
            print(f"  · {s.text}")
    return 0
