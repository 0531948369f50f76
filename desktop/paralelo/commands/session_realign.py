"""`paralelo session realign FILE`: Re-align (Ctrl+R) from the command line.

Opens the session for editing (so a window editing it makes this stop at
once), aligns its documents again around every confirmed, flagged, noted and
hand-made link, keeping each English document's mode, and stores the result
as one undoable step (`Session.replace_auto_links`).
"""

from __future__ import annotations

import argparse
import sys

from paralelo.app.realign import realign_result, review_counts, reviewed_links


def register(ssub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = ssub.add_parser("realign", help="align a session again, keeping every reviewed link")
    p.add_argument("file")
    p.add_argument("--engine", choices=["auto", "argos", "apertium", "none"], default="auto",
                   help="translation engine for paragraphs without a stored translation")
    p.set_defaults(func=run_realign)


def run_realign(args: argparse.Namespace) -> int:
    from paralelo.storage.session import Session

    with Session.open(args.file) as session:
        result = session.to_result_json(include_review=True, include_diff=False)
        kept = reviewed_links(result)
        new = realign_result(result, engine=args.engine)
        stored = session.replace_auto_links(new.get("links") or [])
        summary = session.summary()
    print(f"{args.file}: re-aligned; {summary['links']} links ({stored} from the aligner), "
          f"kept {len(kept)} reviewed ({review_counts(kept)})")
    review = summary["review"]
    print(f"review: {review['confirmed']} confirmed, {review['flagged']} flagged, "
          f"{review['unreviewed']} unreviewed; {summary['notes']} with notes", file=sys.stdout)
    return 0
