"""Parallel-mode score calibration on WMT news (``python -m paralelo.bench.parallel_fit``).

Every linking group `align_parallel` makes on the WMT parallel bench (natural
paragraphs and perturbed copies, see `paralelo.bench.corpus`) is one row: the
aligner's raw logit and whether the group is exactly a gold group (what a
reviser confirms). ``--fit`` fits ``sigmoid(a + b * logit)`` per variant (with
Apertium MT, without) on the articles of the ``dev`` split of
`paralelo.bench.comparable_cases.split_of` and writes
``resources/align/parallel_calibration.json``; the reliability table is always
measured on the held-apart ``report`` articles with the shipped calibration.
The mapping is monotonic: groups, and so strict F1, do not change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import numpy as np

from paralelo.bench.align import translations
from paralelo.bench.comparable_cases import split_of
from paralelo.bench.corpus import DEFAULT_JSONL, Case, build_cases, load_articles
from paralelo.core.align.calibration import (
    PARALLEL_FILE,
    ParallelCalibration,
    fit_logistic,
    load_parallel_calibration,
    reliability,
)
from paralelo.core.align.parallel import align_parallel
from paralelo.core.atomic import atomic_write
from paralelo.resources import resource_path

#: perturbation seeds: fitted on the first three, reported on the default and 7
FIT_SEEDS, REPORT_SEEDS = (20261125, 1, 2), (20261125, 7)


def rows(cases: Sequence[Case], engine: str) -> tuple[np.ndarray, np.ndarray]:
    """(raw logits, strict-correct labels) of every linking group of the cases."""
    mts = translations(cases) if engine == "apertium" else [None] * len(cases)
    xs: list[float] = []
    ys: list[bool] = []
    for case, mt in zip(cases, mts, strict=True):
        groups = align_parallel([p.text for p in case.es.paragraphs],
                                [p.text for p in case.en.paragraphs], mt, sentences=False,
                                calibrated=False)
        for a, b, logit, _ in groups:
            if a and b:
                xs.append(logit)
                ys.append((frozenset(a), frozenset(b)) in case.gold)
    return np.asarray(xs), np.asarray(ys, dtype=np.float64)


def case_sets(articles: list[dict], split: str, seeds: Sequence[int]) -> list[Case]:
    chosen = [a for a in articles if split_of(a["docid"]) == split]
    out = build_cases(chosen, False)
    for seed in seeds:  # donors of inserted paragraphs come from the same split
        out += build_cases(chosen, True, seed=seed)
    return out


def fit(articles: list[dict]) -> ParallelCalibration:
    cases = case_sets(articles, "dev", FIT_SEEDS)
    weights = {}
    for variant, engine in (("mt", "apertium"), ("none", "none")):
        x, y = rows(cases, engine)
        w = fit_logistic(x[:, None], y, [(1e-3, np.inf)])
        weights[variant] = (float(w[0]), float(w[1]))
    return ParallelCalibration(weights)


def binned(articles: list[dict], width: float = 0.25) -> dict[str, list[list[float]]]:
    """Report-split rows aggregated by logit bin: variant -> [logit centre, groups, correct]
    (the normal test suite's reliability check reads this, without the WMT data)."""
    cases = case_sets(articles, "report", REPORT_SEEDS)
    out: dict[str, list[list[float]]] = {}
    for variant, engine in (("mt", "apertium"), ("none", "none")):
        x, y = rows(cases, engine)
        keys = np.round(x / width).astype(int)
        out[variant] = [[round(float(k) * width, 3), int((keys == k).sum()),
                         int(y[keys == k].sum())] for k in np.unique(keys)]
    return out


def table(articles: list[dict]) -> list[str]:
    """Markdown reliability rows on the report articles, both engines."""
    cal = load_parallel_calibration()
    cases = case_sets(articles, "report", REPORT_SEEDS)
    out = []
    for variant, engine in (("mt", "apertium"), ("none", "none")):
        x, y = rows(cases, engine)
        scores = [round(cal.score(variant, v), 4) for v in x]
        out += [f"| {engine} | {lo:.2f}-{hi:.2f} | {n} | {mean:.3f} | {true:.3f} |"
                for lo, hi, n, mean, true in reliability(scores, [bool(v) for v in y])]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m paralelo.bench.parallel_fit", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", default=str(DEFAULT_JSONL), help="WMT es-en articles (jsonl)")
    ap.add_argument("--fit", action="store_true", help="refit on the dev articles and save")
    ap.add_argument("--sample", metavar="JSON", help="write the binned report rows (test data)")
    args = ap.parse_args(argv)
    try:
        articles = load_articles(args.jsonl)
    except OSError as exc:
        print(f"error: {args.jsonl}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if args.fit:
        cal = fit(articles)
        path = resource_path(*PARALLEL_FILE)
        with atomic_write(path) as fh:
            fh.write(json.dumps(cal.to_json(), indent=1) + "\n")
        load_parallel_calibration.cache_clear()
        print(f"fitted on the dev articles -> {path}: {cal.weights}")
    if args.sample:
        with atomic_write(args.sample) as fh:
            fh.write(json.dumps({"about": "WMT report-split parallel groups by raw logit: "
                                          "variant -> [logit centre, groups, correct]",
                                 "width": 0.25, "bins": binned(articles)}) + "\n")
        print(f"binned report rows -> {args.sample}")
    print("| engine | score | groups | mean score | share correct |\n|---|---|---|---|---|")
    print("\n".join(table(articles)))
    print("command: python -m paralelo.bench.parallel_fit" + (" " + " ".join(argv) if argv else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
