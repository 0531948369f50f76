"""`paralelo corpus run|status|merge|review`: many document pairs, all cores, resumable.

See paralelo.corpus for how the work is split and docs/cluster.md for Dask.
Exit codes of ``run``: 0 every pair aligned, 1 some pair failed (listed in
OUTDIR/errors.jsonl), 2 the run could not start (bad input, bad option).
"""

from __future__ import annotations

import argparse
import sys

from paralelo.commands import print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("corpus", help="align many document pairs into a translation memory",
                       description="Batch alignment: run, status, merge, review.")
    csub = p.add_subparsers(dest="corpus_command", metavar="ACTION", required=True)

    run = csub.add_parser("run", help="align every pair of a folder or manifest (resumable)")
    run.add_argument("input", help="a folder (name.es.ext + name.en.ext, or es/ + en/) "
                     "or a manifest (.tsv: id, es_path, en_path[;en_path...]; or .jsonl)")
    run.add_argument("-o", "--out", required=True, metavar="OUTDIR", help="output folder")
    run.add_argument("--mode", choices=["auto", "parallel", "comparable"], default="auto")
    run.add_argument("--engine", choices=["auto", "argos", "apertium", "none"], default="auto")
    run.add_argument("--workers", type=int, default=0, metavar="N",
                     help="worker processes (default: one per core; with Apertium, one per "
                     "two cores: its pipeline keeps two busy)")
    run.add_argument("--shard-size", type=int, default=None, metavar="PAIRS",
                     help="pairs per shard (default 20; changing it redoes every shard)")
    run.add_argument("--retry-failed", action="store_true",
                     help="also redo finished shards that have failed pairs")
    run.add_argument("--dask", metavar="tcp://HOST:PORT",
                     help="run the shards on this Dask scheduler (pip install 'paralelo[cluster]')")
    run.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    run.add_argument("--json-progress", action="store_true",
                     help="one JSON line per finished shard on stdout, then a summary line")
    run.set_defaults(func=run_run)

    st = csub.add_parser("status", help="done / failed / remaining, rate and ETA")
    st.add_argument("outdir")
    st.add_argument("--json", action="store_true", help="machine-readable output")
    st.set_defaults(func=run_status)

    mg = csub.add_parser("merge", help="write the aligned units as one TMX, TSV or JSONL file")
    mg.add_argument("outdir")
    mg.add_argument("-o", "--out", required=True, metavar="FILE", help=".tmx, .tsv or .jsonl")
    mg.add_argument("--format", choices=["tmx", "tsv", "jsonl"], help="override the extension")
    mg.add_argument("--min-score", type=float, default=None, metavar="X",
                    help="leave out units scoring below X (confirmed ones stay)")
    mg.add_argument("--dedupe", action="store_true", help="drop repeated (es, en) units")
    mg.add_argument("--no-review", action="store_true", help="ignore review decisions")
    mg.set_defaults(func=run_merge)

    rv = csub.add_parser("review", help="the worst links as a review session for the window")
    rv.add_argument("outdir")
    rv.add_argument("--worst", type=int, default=200, metavar="N")
    rv.add_argument("-o", "--out", metavar="FILE.paralelo",
                    help="session file (default OUTDIR/review.paralelo)")
    rv.add_argument("--force", action="store_true", help="replace an existing session file")
    rv.set_defaults(func=run_review)


def run_run(args: argparse.Namespace) -> int:
    from paralelo.corpus.progress import CorpusProgress
    from paralelo.corpus.runner import RunOptions, run_corpus
    from paralelo.corpus.shards import DEFAULT_SHARD_SIZE

    opts = RunOptions(args.input, args.out, mode=args.mode, engine=args.engine,
                      workers=max(0, args.workers), retry_failed=args.retry_failed,
                      shard_size=args.shard_size or DEFAULT_SHARD_SIZE, dask=args.dask)
    bar: list[CorpusProgress] = []

    def start(total: int, already: int) -> None:
        bar.append(CorpusProgress(total, already, bar=False if args.quiet else None,
                                  json_lines=args.json_progress))
        bar[0].update(already, 0)

    summary = run_corpus(opts, on_progress=lambda d, f: bar[0].update(d, f), on_start=start)
    if bar:
        bar[0].finish(summary.to_json())
    if not args.quiet and not args.json_progress:
        print(f"{summary.done}/{summary.total} pairs, {summary.failed} failed "
              f"({summary.ran} shards run, {summary.skipped} reused) in {summary.seconds:.1f} s")
        if summary.failed or summary.unpaired:
            print(f"see {args.out}/errors.jsonl ({summary.failed} failed pairs, "
                  f"{summary.unpaired} files without a partner)", file=sys.stderr)
    return 1 if summary.failed else 0


def run_status(args: argparse.Namespace) -> int:
    from paralelo.corpus.status import corpus_status, status_lines

    info = corpus_status(args.outdir)
    if args.json:
        print_json(info)
    else:
        print("\n".join(status_lines(info)))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from paralelo.corpus.merge import merge_corpus
    from paralelo.corpus.status import corpus_status

    n = merge_corpus(args.outdir, args.out, fmt=args.format, min_score=args.min_score,
                     dedupe=args.dedupe, use_review=not args.no_review)
    print(f"{n} units written to {args.out}")
    info = corpus_status(args.outdir)
    if info["remaining"]:
        print(f"paralelo: warning: {info['remaining']} of {info['total']} pairs are not aligned "
              "yet; this file holds the finished ones", file=sys.stderr)
    return 0


def run_review(args: argparse.Namespace) -> int:
    from paralelo.corpus.review import build_review, default_session

    out = args.out or default_session(args.outdir)
    n = build_review(args.outdir, out, worst=args.worst, force=args.force)
    print(f"{n} links to review in {out} (flag = reject, confirm = keep; then corpus merge)")
    return 0
