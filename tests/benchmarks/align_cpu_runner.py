"""Child process of test_bench_align_cpu.py: align one workload, report CPU, dump results.

Run as ``python align_cpu_runner.py SPEC.json OUT.pkl`` with the tree under test
(old or new) first on PYTHONPATH; it imports only APIs both trees have
(`load_inputs`, `align_documents`). SPEC: ``{"pairs": [[es, [en...], mt_key|null]],
"mt": path of a pickled {mt_key: [str|None...]} or null, "mode": "auto"}``.
Everything a link carries is dumped (scores and evidence by ``repr``, so floats
compare exactly); CPU is ``process_time`` of the alignment calls only; the last
line is ``cpu SECONDS PEAK_RSS_KIB`` (the peak of the whole process).
"""

from __future__ import annotations

import gc
import json
import pickle
import resource
import sys
import time
from typing import Any


def _link(link: Any) -> tuple[Any, ...]:
    return (link.es, link.en, link.kind, link.mode, repr(link.score), repr(link.evidence))


def main(spec_path: str, out_path: str) -> None:
    from paralelo.app.pipeline import load_inputs
    from paralelo.core.align import align_documents

    with open(spec_path, encoding="utf-8") as fh:
        spec = json.load(fh)
    mts: dict[str, list[str | None]] = {}
    if spec.get("mt"):
        with open(spec["mt"], "rb") as fh:
            mts = pickle.load(fh)
    jobs = []
    for es_path, en_paths, key in spec["pairs"]:
        es, ens = load_inputs(es_path, en_paths)
        jobs.append((es, ens, mts[key] if key else [None] * len(es.paragraphs)))
    gc.collect()
    t0 = time.process_time()
    results = [align_documents(es, ens, mode=spec.get("mode", "auto"), es_mt=mt)
               for es, ens, mt in jobs]
    cpu = time.process_time() - t0
    dump = [([_link(k) for k in r.links], [_link(k) for k in r.candidates], r.modes, r.stats)
            for r in results]
    with open(out_path, "wb") as fh:
        pickle.dump(dump, fh)
    print(f"cpu {cpu:.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
