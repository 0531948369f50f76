"""Comparable-linking evaluation on WMT news (``python -m paralelo.bench.comparable``).

Cases come from `paralelo.bench.comparable_cases`. Every case is aligned with
``align_documents(mode="comparable")``, with Apertium MT of the Spanish
paragraphs (cached, see `paralelo.bench.mt`) or with no translation. Metrics,
micro-averaged over the cases of one split:

* link P/R/F1: shown links (score above the threshold) against the gold pairs;
* top-1 P/R/F1: per Spanish paragraph, its best shown link; precision over the
  paragraphs that got a link, recall over the paragraphs that have a gold pair;
* distractor outranks truth: % of Spanish paragraphs with a gold pair where some
  distractor paragraph scores higher than every true partner (hidden candidates
  count: they are what a reviser sees on request).

``--fit`` refits the calibration on the ``dev`` split (translation cases, or
both flavours with ``--fit-flavour both``, see `paralelo.bench.comparable_cases`)
and writes it to ``resources/align/comparable_calibration.json``; the figures
are measured on the held-apart ``report`` split unless ``--split`` says
otherwise, for the flavour ``--flavour`` names (the issue's targets are on the
translation flavour).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from paralelo.bench import mt as apertium
from paralelo.bench.comparable_cases import (
    ComparableCase,
    EnPair,
    build_comparable_cases,
    build_summary_cases,
)
from paralelo.bench.corpus import DEFAULT_JSONL, load_articles
from paralelo.core.align import align_documents
from paralelo.core.align.calibration import reliability

Scored = tuple[EnPair, float, bool]  # pair, score, shown


@dataclass(slots=True)
class Figures:
    link_p: float
    link_r: float
    link_f: float
    top1_p: float
    top1_r: float
    top1_f: float
    outranked: float  # fraction of gold Spanish paragraphs
    gold: int
    shown: int
    paragraphs: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def predict(case: ComparableCase, es_mt: Sequence[str | None] | None) -> list[Scored]:
    """Every scored pair of the case: shown links and hidden candidates."""
    res = align_documents(case.es, case.ens, mode="comparable",
                          es_mt=list(es_mt) if es_mt is not None else None)
    out: list[Scored] = []
    for shown, links in ((True, res.links), (False, res.candidates)):
        for lk in links:
            out += [((i, d, j), lk.score, shown) for i in lk.es for d, j in lk.en]
    return out


def figures(results: Sequence[tuple[ComparableCase, list[Scored]]]) -> Figures:
    gold_n = shown_n = hits = top_n = top_hits = gold_paras = outranked = 0
    for case, scored in results:
        shown = {p for p, _, s in scored if s}
        gold_n += len(case.gold)
        shown_n += len(shown)
        hits += len(shown & case.gold)
        gold_es = {i for i, _, _ in case.gold}
        gold_paras += len(gold_es)
        for i in {p[0] for p, _, _ in scored} | gold_es:
            mine = [(sc, p) for p, sc, s in scored if p[0] == i]
            vis = [(sc, p) for sc, p in mine if p in shown]
            if vis:
                top_n += 1
                top_hits += max(vis)[1] in case.gold
            if i in gold_es:
                true = max((sc for sc, p in mine if p in case.gold), default=-1.0)
                fake = max((sc for sc, p in mine if p[1] in case.distractors), default=-1.0)
                outranked += fake > true
    lp, lr = hits / max(shown_n, 1), hits / max(gold_n, 1)
    tp, tr = top_hits / max(top_n, 1), top_hits / max(gold_paras, 1)
    return Figures(lp, lr, _f1(lp, lr), tp, tr, _f1(tp, tr), outranked / max(gold_paras, 1),
                   gold_n, shown_n, gold_paras)


def table(results: Sequence[tuple[ComparableCase, list[Scored]]]) -> list[str]:
    """Reliability table (markdown rows): per score bin, mean score vs share of true pairs."""
    scores = [sc for _, sd in results for _, sc, _ in sd]
    labels = [p in c.gold for c, sd in results for p, _, _ in sd]
    return [f"| {lo:.2f}-{hi:.2f} | {n} | {mean:.3f} | {true:.3f} |"
            for lo, hi, n, mean, true in reliability(scores, labels)]


def translations(cases: Sequence[ComparableCase]) -> list[list[str | None]]:
    texts = [p.text for c in cases for p in c.es.paragraphs]
    flat = iter(apertium.translate(texts))
    return [[next(flat) for _ in c.es.paragraphs] for c in cases]


def run(cases: Sequence[ComparableCase], engine: str) -> list[tuple[ComparableCase, list[Scored]]]:
    mts: Sequence[list[str | None] | None] = (
        translations(cases) if engine == "apertium" else [None] * len(cases))
    return [(c, predict(c, m)) for c, m in zip(cases, mts, strict=True)]


def load_cases(jsonl: str = str(DEFAULT_JSONL), limit: int | None = None,
               seed: int = 20261207, flavour: str = "translation") -> list[ComparableCase]:
    """Cases of one flavour ("translation", "summary") or of "both"."""
    articles = load_articles(jsonl, limit)
    out = []
    if flavour in ("translation", "both"):
        out += build_comparable_cases(articles, seed=seed)
    if flavour in ("summary", "both"):
        out += build_summary_cases(articles, seed=seed)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m paralelo.bench.comparable", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", default=str(DEFAULT_JSONL), help="WMT es-en articles (jsonl)")
    ap.add_argument("--engine", choices=["apertium", "none", "both"], default="both")
    ap.add_argument("--split", choices=["dev", "report", "all"], default="report")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--flavour", choices=["translation", "summary", "both"],
                    default="translation", help="which cases to report (the fit uses both)")
    ap.add_argument("--fit", action="store_true", help="refit the calibration on the dev split")
    ap.add_argument("--fit-flavour", choices=["translation", "both"], default="translation",
                    help="cases the fit uses (shipped: translation; see docs/benchmarks.md)")
    args = ap.parse_args(argv)
    try:
        cases = load_cases(args.jsonl, args.limit, flavour="both")
    except OSError as exc:
        print(f"error: {args.jsonl}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    engines = ["apertium", "none"] if args.engine == "both" else [args.engine]
    if "apertium" in engines and not apertium.available():
        print("error: the apertium command is not installed", file=sys.stderr)
        return 2
    if args.fit:
        from paralelo.bench.comparable_fit import fit_and_save
        dev = [c for c in cases if c.split == "dev"]
        print(fit_and_save([c for c in dev if args.fit_flavour == "both"
                            or c.flavour == "translation"], translations, rule_cases=dev))
    flavours = {"translation": ("translation",), "summary": ("summary",),
                "both": ("translation", "summary")}[args.flavour]
    chosen = [c for c in cases if args.split in ("all", c.split)
              and c.flavour in flavours]
    print(f"{len(chosen)} {args.split} cases ({len(cases)} in all) from {args.jsonl}")
    print(f"{'engine':<9} {'gold':>5} {'shown':>5}  {'link P':>6} {'R':>6} {'F1':>6}"
          f"  {'top1 P':>6} {'R':>6} {'F1':>6}  {'outranked':>9}  {'secs':>5}")
    tables: dict[str, list[str]] = {}
    for engine in engines:
        t0 = time.perf_counter()
        results = run(chosen, engine)
        f = figures(results)
        dt = time.perf_counter() - t0
        tables[engine] = table(results)
        print(f"{engine:<9} {f.gold:>5} {f.shown:>5}  {f.link_p:6.4f} {f.link_r:6.4f} "
              f"{f.link_f:6.4f}  {f.top1_p:6.4f} {f.top1_r:6.4f} {f.top1_f:6.4f}  "
              f"{100 * f.outranked:8.2f}%  {dt:5.1f}")
    for engine, rows in tables.items():
        print(f"\nreliability ({engine}):\n| score | pairs | mean score | share true |\n"
              "|---|---|---|---|\n" + "\n".join(rows))
    print("command: python -m paralelo.bench.comparable" + (" " + " ".join(argv) if argv else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
