"""Alignment leaves numpy's BLAS on one thread (steady timings on 2-core machines)."""

from __future__ import annotations

from threadpoolctl import threadpool_info

from paralelo.core.align import align_parallel


def test_alignment_sets_one_blas_thread() -> None:
    groups = align_parallel(["El gobierno habló.", "Otra cosa."],
                            ["The government spoke.", "Something else."])
    assert [g[:2] for g in groups] == [([0], [0]), ([1], [1])]
    blas = [x for x in threadpool_info() if x["user_api"] == "blas"]
    assert blas, "numpy's BLAS library was not found"
    assert all(x["num_threads"] == 1 for x in blas)
