"""The shortcuts of `paralelo align` (issue 14.6) change no output.

Fast path: auto mode reuses the parallel aligner's paragraph features for its
mean-cosine baseline, sentence spans are remembered per text, and the GC stays
paused until the result is written. Reference path, built in the test itself:
the baseline recomputed from scratch (``mean_cosine``) and sentence spans
computed afresh at every call. The JSON (minus its creation time), each
document's mode and the auto-mode statistics must be identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import paralelo.core.align as align_pkg
import paralelo.core.align.auto as auto
import paralelo.core.sentences as sentences
from paralelo.cli import main
from paralelo.core.seeds import seed_paths

WMT = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / \
    "wmt-newstest-es-en.dev.jsonl"


def _align_json(argv: list[str], out: Path, stats: dict[str, Any]) -> dict[str, Any]:
    real = auto.align_documents

    def spy(*args: Any, **kw: Any) -> auto.AlignResult:
        result = real(*args, **kw)
        stats.update(result.stats)
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(align_pkg, "align_documents", spy)  # what the pipeline imports
        code = main([*argv, "--engine", "none", "--json", str(out)])
    assert code in (0, None)
    data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("created")
    return data


def _both_ways(argv: list[str], tmp_path: Path) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """(times the fast baseline was used, fast JSON + stats, reference JSON + stats)."""
    used: list[int] = []
    collect = auto._collect_cosine

    def counted(out: list[float], fa: Any, fb: Any) -> None:
        used.append(1)
        collect(out, fa, fb)

    fast_stats: dict[str, Any] = {}
    ref_stats: dict[str, Any] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(auto, "_collect_cosine", counted)
        sentences._spans.cache_clear()
        fast = _align_json(argv, tmp_path / "fast.json", fast_stats)
    with pytest.MonkeyPatch.context() as mp:  # the reference: nothing reused
        mp.setattr(auto, "_collect_cosine", lambda out, fa, fb: None)
        mp.setattr(sentences, "_spans", sentences._spans.__wrapped__)
        ref = _align_json(argv, tmp_path / "ref.json", ref_stats)
    return len(used), {"json": fast, "stats": fast_stats}, {"json": ref, "stats": ref_stats}


def test_seed_alignment_is_the_same_through_the_fast_path(tmp_path: Path) -> None:
    es, ens = seed_paths()
    argv = ["align", "--es", str(es), *[a for p in ens for a in ("--en", str(p))]]
    used, fast, ref = _both_ways(argv, tmp_path)
    assert used >= 1  # the shortcut was taken, so the comparison means something
    assert fast == ref
    assert ref["stats"] and ref["json"]["links"]
    assert sum(len(lk["facts"]) for lk in ref["json"]["links"]) > 0


@pytest.mark.skipif(not WMT.is_file(), reason="WMT benchmark data not available")
def test_wmt_alignment_is_the_same_through_the_fast_path(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in WMT.read_text(encoding="utf-8").splitlines() if line]
    pairs = [(" ".join(p["es"]), " ".join(p["en"])) for r in rows[:12] for p in r["paragraphs"]]
    es, en = tmp_path / "es.txt", tmp_path / "en.txt"
    es.write_text("\n\n".join(a for a, _ in pairs) + "\n", encoding="utf-8")
    en.write_text("\n\n".join(b for _, b in pairs[::-1]) + "\n", encoding="utf-8")  # comparable
    en2 = tmp_path / "en2.txt"
    en2.write_text("\n\n".join(b for _, b in pairs) + "\n", encoding="utf-8")  # parallel
    used, fast, ref = _both_ways(["align", "--es", str(es), "--en", str(en2), "--en", str(en)],
                                 tmp_path)
    assert used == 2
    assert fast == ref
    modes = [d.get("mode") for d in ref["json"]["documents"][1:]]
    assert modes == ["parallel", "comparable"]
