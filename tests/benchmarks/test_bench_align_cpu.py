"""CPU of parallel-mode alignment (`align_documents`, mode auto), old code vs new:
the same links and scores, less CPU (issue 14.6 and issue 20.8's Apertium target).

Workloads, each aligned by a child process per tree (``align_cpu_runner.py``),
timing only the `align_documents` calls (``process_time``), inputs loaded before:

* ``wmt5k``: 5,000 x 5,000 WMT paragraphs, no MT (what `paralelo align --engine
  none` aligns; test_bench_align_e2e.write_inputs);
* ``corpus``: BENCH_ALIGN_CPU_PAIRS (200) perturbed WMT document pairs of about 9
  paragraphs (test_bench_corpus.write_corpus), one call per pair, no MT;
* ``corpus_mt``: the same pairs with the Spanish side's Apertium translation as
  ``es_mt`` (translated once here, before timing; what `corpus run --engine
  apertium` aligns). Needs apertium;
* ``seeds``: the seed documents (1 Spanish, 4 English; auto mode, mostly comparable);
* ``wmt20k``: 20,000 x 20,000 WMT paragraphs, no MT, only with BENCH_ALIGN_CPU_BIG=1
  (about a minute a round); peak RSS of each process is printed too.

The old code is the base commit ``BASE`` (``git archive BASE desktop resources``
into a temporary folder). Old and new run interleaved, ROUNDS (3) times each, best
CPU kept, on a machine shared with other work. Every link of every run must be
identical to the base's: es/en indices, kind, mode, ``repr`` of the score and
of the evidence (exact floats). Python's hash seed is fixed for both trees.

Reproduce: ``.venv/bin/python -m pytest tests/benchmarks/test_bench_align_cpu.py -s
-p no:cacheprovider -o addopts=""`` (BENCH_ROUNDS, BENCH_ALIGN_CPU_PAIRS change the sizes).
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from old_code import old_tree

REPO = Path(__file__).resolve().parents[2]
BASE = "bb788e3"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
PAIRS = int(os.environ.get("BENCH_ALIGN_CPU_PAIRS", "200"))
RUNNER = Path(__file__).with_name("align_cpu_runner.py")
#: new CPU / old CPU must be at most this (the figures are in docs/benchmarks.md)
TARGET = {"wmt5k": 0.85, "wmt20k": 0.85, "corpus": 0.85, "corpus_mt": 0.85, "seeds": 1.1}
BIG = os.environ.get("BENCH_ALIGN_CPU_BIG") == "1"
CMD = ('.venv/bin/python -m pytest tests/benchmarks/test_bench_align_cpu.py -s '
       '-p no:cacheprovider -o addopts=""')


@pytest.fixture(scope="module")
def base_desktop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        return old_tree(BASE, tmp_path_factory.mktemp("base"))
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"base commit {BASE} not available: {exc.stderr.decode()[-200:]}")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_bench_corpus import WMT, write_corpus

    if WMT is None:
        pytest.skip("WMT dev set not found (../shared/benchmarks)")
    return write_corpus(tmp_path_factory.mktemp("corpus"), PAIRS)


def _pairs(folder: Path) -> list[list[Any]]:
    return [[str(es), [str(es.with_name(es.name.replace(".es.", ".en.")))], es.name]
            for es in sorted(folder.glob("*.es.txt"))]


def _apertium_mt(folder: Path, out: Path) -> Path:
    """The Apertium English of every Spanish document (translated once, pickled)."""
    from paralelo.app.pipeline import load_inputs, translate_documents
    from paralelo.translation.apertium import apertium_version

    if apertium_version() is None:
        pytest.skip("apertium with spa-eng_US is not installed")
    docs = [load_inputs(es, en)[0] for es, en, _ in _pairs(folder)]
    _, per_doc = translate_documents(docs, "apertium", cache=None)
    mts = {key: [t.text if t is not None else None for t in tr]
           for (_, _, key), tr in zip(_pairs(folder), per_doc, strict=True)}
    out.write_bytes(pickle.dumps(mts))
    return out


def _spec(workload: str, tmp: Path, corpus: Path | None) -> dict[str, Any]:
    if workload.startswith("wmt"):
        from test_bench_align_e2e import JSONL, write_inputs

        if not JSONL.is_file():
            pytest.skip("WMT benchmark data not available")
        es, en = write_inputs(tmp, 5000 if workload == "wmt5k" else 20000)
        return {"pairs": [[str(es), [str(en)], None]], "mt": None}
    if workload == "seeds":
        from paralelo.core.seeds import seed_paths

        es, ens = seed_paths()
        return {"pairs": [[str(es), [str(p) for p in ens], None]], "mt": None}
    assert corpus is not None
    pairs = _pairs(corpus)
    if workload == "corpus":
        return {"pairs": [[es, en, None] for es, en, _ in pairs], "mt": None}
    return {"pairs": pairs, "mt": str(_apertium_mt(corpus, tmp / "mt.pkl"))}


def _run(desktop: Path, spec: Path, out: Path) -> tuple[float, float]:
    """(CPU s of the alignment calls, peak RSS MiB of the process) of one child run."""
    env = {**os.environ, "PYTHONPATH": str(desktop), "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONHASHSEED": "0"}
    proc = subprocess.run([sys.executable, str(RUNNER), str(spec), str(out)], env=env,
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _, cpu, rss = proc.stdout.split()[-3:]
    return float(cpu), int(rss) / 1024


@pytest.mark.timeout(3600)
@pytest.mark.parametrize("workload", ["wmt5k", "corpus", pytest.param(
    "corpus_mt", marks=pytest.mark.apertium), "seeds", pytest.param(
    "wmt20k", marks=pytest.mark.skipif(not BIG, reason="BENCH_ALIGN_CPU_BIG=1 runs it"))])
def test_align_cpu_same_links_less_cpu(workload: str, base_desktop: Path, tmp_path: Path,
                                       request: pytest.FixtureRequest) -> None:
    corpus = request.getfixturevalue("corpus_dir") if workload.startswith("corpus") else None
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_spec(workload, tmp_path, corpus)), encoding="utf-8")
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    rss: dict[str, float] = {"base": 0.0, "new": 0.0}
    for r in range(ROUNDS):
        order = [("base", base_desktop), ("new", REPO / "desktop")]
        for name, tree in order if r % 2 == 0 else order[::-1]:
            seconds, mib = _run(tree, spec, tmp_path / f"{name}.pkl")
            cpu[name].append(seconds)
            rss[name] = max(rss[name], mib)
        old = pickle.loads((tmp_path / "base.pkl").read_bytes())
        new = pickle.loads((tmp_path / "new.pkl").read_bytes())
        assert new == old, f"{workload}: links or scores differ from {BASE}"
    best = {k: min(v) for k, v in cpu.items()}
    ratio = best["new"] / best["base"]
    n_links = sum(len(links) for links, *_ in new)
    print(f"\n[align cpu {workload}] {len(new)} calls, {n_links} links, identical to {BASE}; "
          f"align_documents CPU, best of {ROUNDS} interleaved: base {best['base']:.3f} s "
          f"(runs {', '.join(f'{x:.3f}' for x in cpu['base'])}), new {best['new']:.3f} s "
          f"(runs {', '.join(f'{x:.3f}' for x in cpu['new'])}), ratio {ratio:.2f}; "
          f"peak RSS base {rss['base']:.0f} MiB, new {rss['new']:.0f} MiB")
    print(f"  reproduce: {CMD} -k {workload}")
    assert ratio <= TARGET[workload], f"{workload}: new/base CPU {ratio:.2f}"
