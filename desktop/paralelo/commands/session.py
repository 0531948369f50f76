"""`paralelo session show FILE [--json]`: what a review session holds.

(``paralelo session realign FILE`` is in session_realign.py.)

Opens the session read-only (never takes the writer lock, so it works while
the GUI has the session open) and prints documents, link counts by kind and
review status, and the translation engine.
"""

from __future__ import annotations

import argparse

from paralelo.commands import print_json
from paralelo.storage.session import Session


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("session", help="inspect a review session (.paralelo file)")
    ssub = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="summarise a session: documents, links, review counts")
    show.add_argument("file")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=run_show)
    from paralelo.commands.session_realign import register as register_realign

    register_realign(ssub)


def run_show(args: argparse.Namespace) -> int:
    with Session.open(args.file, readonly=True) as session:
        session.to_result_json()  # reads every field: damage is reported, not summarised over
        info = session.summary()
    if args.json:
        print_json(info)
        return 0
    engine = info.get("engine") or {}
    eng = " ".join(str(engine[k]) for k in ("name", "model", "version") if engine.get(k))
    print(f"{args.file}: Paralelo session (format {info['schema']}), created {info['created']}")
    print(f"translation: {eng or 'none'}")
    print("documents:")
    for d in info["documents"]:
        mode = f", {d['mode']}" if d.get("mode") else ""
        print(f"  {d['id']:<4} {d['name']} ({d['lang']}{mode}, {d['paragraphs']} paragraphs)")
    kinds = ", ".join(f"{k or '?'} {n}" for k, n in info["kinds"].items())
    print(f"links: {info['links']}" + (f" ({kinds})" if kinds else "")
          + f"; made by hand: {info['manual']}")
    review = info["review"]
    print(f"review: {review['confirmed']} confirmed, {review['flagged']} flagged, "
          f"{review['unreviewed']} unreviewed; {info['notes']} with notes")
    print(f"undo history: {info['undo_steps']} steps")
    return 0
