"""Paragraph-alignment evaluation on WMT news (``python -m paralelo.bench.align``).

For every article, natural paragraphs (all 1-1) and a perturbed version (see
`paralelo.bench.corpus`) are aligned with `align_parallel`, with Apertium MT
of the Spanish paragraphs (``--engine apertium``) or with no translation at
all (``--engine none``).

Metrics (micro-averaged over all articles; a *group* is a pair
(set of Spanish paragraphs, set of English paragraphs); 1-0 and 0-1 groups,
i.e. unmatched paragraphs, count as groups too):

* strict: a predicted group is correct iff the gold standard has exactly the
  same group. P = correct predicted / predicted, R = correct gold / gold.
* lax: a predicted linking group is correct iff some gold linking group
  shares at least one Spanish and one English paragraph with it; a predicted
  1-0 / 0-1 group is correct iff that paragraph is unmatched in the gold.
  Recall symmetrically (a gold group is found iff a predicted group
  overlaps it in the same way). F1 = 2PR / (P + R).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from paralelo.bench import mt as apertium
from paralelo.bench.corpus import DEFAULT_JSONL, Case, GoldGroup, build_cases, load_articles
from paralelo.core.align.dp import Params
from paralelo.core.align.parallel import align_parallel


@dataclass(slots=True)
class Scores:
    strict_p: float
    strict_r: float
    strict_f: float
    lax_p: float
    lax_r: float
    lax_f: float
    gold: int
    predicted: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _lax_hit(g: GoldGroup, others: set[GoldGroup]) -> bool:
    a, b = g
    if not a or not b:
        return g in others
    return any(x & a and y & b for x, y in others)


def score_groups(pairs: Sequence[tuple[set[GoldGroup], set[GoldGroup]]]) -> Scores:
    """Strict and lax P/R/F1 over (predicted, gold) group sets of many documents."""
    n_pred = n_gold = s_p = s_r = l_p = l_r = 0
    for pred, gold in pairs:
        n_pred += len(pred)
        n_gold += len(gold)
        hits = len(pred & gold)
        s_p += hits
        s_r += hits
        l_p += sum(_lax_hit(g, gold) for g in pred)
        l_r += sum(_lax_hit(g, pred) for g in gold)
    sp, sr = s_p / max(n_pred, 1), s_r / max(n_gold, 1)
    lp, lr = l_p / max(n_pred, 1), l_r / max(n_gold, 1)
    return Scores(sp, sr, _f1(sp, sr), lp, lr, _f1(lp, lr), n_gold, n_pred)


def predict(case: Case, es_mt: Sequence[str | None] | None,
            params: Params | None = None) -> set[GoldGroup]:
    es = [p.text for p in case.es.paragraphs]
    en = [p.text for p in case.en.paragraphs]
    groups = align_parallel(es, en, es_mt, params=params, sentences=False)
    return {(frozenset(a), frozenset(b)) for a, b, _, _ in groups}


def translations(cases: Sequence[Case]) -> list[list[str | None]]:
    texts = [p.text for c in cases for p in c.es.paragraphs]
    flat = iter(apertium.translate(texts))
    return [[next(flat) for _ in c.es.paragraphs] for c in cases]


def evaluate(cases: Sequence[Case], engine: str, params: Params | None = None) -> Scores:
    mts: list[list[str | None]] | list[None] = (
        translations(cases) if engine == "apertium" else [None] * len(cases))
    return score_groups([(predict(c, m, params), c.gold) for c, m in zip(cases, mts,
                                                                         strict=True)])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m paralelo.bench.align", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", default=str(DEFAULT_JSONL), help="WMT es-en articles (jsonl)")
    ap.add_argument("--engine", choices=["apertium", "none", "both"], default="both")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--seed", type=int, default=20261125, help="perturbation seed")
    args = ap.parse_args(argv)
    if not Path(args.jsonl).is_file():
        print(f"error: {args.jsonl}: no such file", file=sys.stderr)
        return 2
    engines = ["apertium", "none"] if args.engine == "both" else [args.engine]
    if "apertium" in engines and not apertium.available():
        print("error: the apertium command is not installed", file=sys.stderr)
        return 2
    articles = load_articles(args.jsonl, args.limit)
    sets = {"natural": build_cases(articles, False),
            "perturbed": build_cases(articles, True, seed=args.seed)}
    print(f"{len(articles)} articles from {args.jsonl}")
    print(f"{'engine':<9} {'set':<10} {'groups':>6}  {'strict P':>8} {'R':>6} {'F1':>6}"
          f"  {'lax P':>6} {'R':>6} {'F1':>6}  {'secs':>5}")
    for engine in engines:
        for name, cases in sets.items():
            t0 = time.perf_counter()
            s = evaluate(cases, engine)
            dt = time.perf_counter() - t0
            print(f"{engine:<9} {name:<10} {s.gold:>6}  {s.strict_p:8.4f} {s.strict_r:6.4f} "
                  f"{s.strict_f:6.4f}  {s.lax_p:6.4f} {s.lax_r:6.4f} {s.lax_f:6.4f}  {dt:5.1f}")
    cmd = "python -m paralelo.bench.align" + (" " + " ".join(argv) if argv else "")
    print(f"command: {cmd}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
