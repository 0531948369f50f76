"""The stacked evaluation of the DP's cells (small blocks) equals the kind-by-kind one."""

from __future__ import annotations

import numpy as np
import pytest
from test_align_dp_reference import _contexts

from paralelo.core.align import cells, dp


@pytest.mark.parametrize("seed", range(6))
def test_stacked_kinds_equal_kind_by_kind(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = np.random.default_rng(seed)
    for ctx in _contexts(monkeypatch, seed):
        for params in (ctx.p, dp.Params(w_part=0.0), dp.MT_PARAMS, dp.Params(len_k=0.0)):
            c = cells.Ctx(ctx.fa, ctx.fb, ctx.base, ctx.dots, ctx.adj_a, ctx.adj_b,
                          ctx.ratio * rng.uniform(0.5, 2.0), params)
            for shape_i, shape_j in (((30, 1), (30, 9)), ((50,), (50,)), ((1, 1), (1, 1))):
                i = rng.integers(-1, ctx.fa.n + 3, size=shape_i)
                j = rng.integers(-2, ctx.fb.n + 3, size=shape_j)
                v, cos = c._stacked(i, j)
                for kind, (bv, bcos) in zip((3, 4, 5, 6), c._by_kind(i, j, (3, 4, 5, 6)),
                                            strict=True):
                    assert np.array_equal(v[kind - 3], bv)
                    assert np.array_equal(cos[kind - 3], bcos)
                    assert v[kind - 3].dtype == bv.dtype and cos[kind - 3].dtype == bcos.dtype


def test_large_blocks_take_the_kind_by_kind_path(monkeypatch: pytest.MonkeyPatch) -> None:
    (ctx,) = _contexts(monkeypatch, 2)
    i = np.arange(1, ctx.fa.n + 1)[:, None].repeat(cells.STACK_CELLS, axis=1)
    j = np.ones_like(i)
    called: list[str] = []
    monkeypatch.setattr(cells.Ctx, "_stacked", lambda *a: called.append("stacked"))
    ctx.evaluate_kinds(i, j, (3, 4))
    assert called == []
    with pytest.raises(TypeError):  # the small block goes to the (patched) stacked path
        ctx.evaluate_kinds(i[:1, :1], j[:1, :1], (3,))
    assert called == ["stacked"]
