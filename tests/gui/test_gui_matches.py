"""Matches panel: comparable links per Spanish paragraph, hidden candidates on request;
comparable links are never shown as a character diff (issue 15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from paralelo.gui.rows import ResultIndex, build_rows
from paralelo.gui.side_models import ITEM_ROLE, CandidatesModel
from paralelo.gui.store import MemoryStore
from paralelo.gui.textmarks import cell_blocks


def _with_candidates(result: dict[str, Any]) -> dict[str, Any]:
    result["candidates"] = [
        {"es": [2], "en": [{"doc": "en2", "para": 0}], "score": 0.21, "kind": "comparable",
         "mode": "comparable", "evidence": {"similarity": 0.19}},
        {"es": [3], "en": [{"doc": "en3", "para": 2}], "score": 0.12, "kind": "comparable",
         "mode": "comparable", "evidence": {}},
    ]
    return result


def test_hidden_candidates_on_request(qtmodeltester: Any, sample_result: dict[str, Any]) -> None:
    ix = ResultIndex(_with_candidates(sample_result))
    model = CandidatesModel()
    model.set_paragraphs(ix, (2, 3), 1)
    qtmodeltester.check(model)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["0.82", "0.47", "0.66"]  # grouped per Spanish paragraph, best first
    assert model.index(2, 1).data().startswith("ES ¶4 → ")
    model.set_show_hidden(True)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "0.82", "0.47", "0.21", "0.66", "0.12"]
    hidden = model.index(2, 0)
    assert hidden.data(ITEM_ROLE) is None and hidden.data(Qt.ItemDataRole.FontRole).italic()
    assert "below the display threshold" in hidden.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(ITEM_ROLE) == 1
    model.set_show_hidden(False)
    assert model.rowCount() == 3


def test_window_checkbox_lists_hidden_candidates(window: Any) -> None:
    window.load_store(MemoryStore(_with_candidates(window.store.result())))
    assert window.select_link(1)
    before = window.cands_model.rowCount()
    box = window.cands_hidden
    assert box.text() and not box.isChecked()
    box.setChecked(True)
    assert window.cands_model.rowCount() == before + 1
    box.setChecked(False)
    assert window.cands_model.rowCount() == before


def test_comparable_link_never_struck_out(sample_result: dict[str, Any]) -> None:
    ix = ResultIndex(sample_result)
    link = sample_result["links"][0]
    link["kind"] = "comparable"
    row = next(r for r in build_rows(sample_result) if r.link_id == 1)
    es = cell_blocks(row, ix, "es", "both", diff=True)
    en = cell_blocks(row, ix, "en", "both", diff=True)
    styles = {m.style for b in es + en for m in b.marks}
    assert "del" not in styles and "ins" not in styles
    assert "fact" in styles  # the shared facts are what the view shows instead
    link["kind"] = "1-2"  # a translation link keeps its character diff
    row = next(r for r in build_rows(sample_result) if r.link_id == 1)
    styles = {m.style for b in cell_blocks(row, ix, "en", "both", diff=True) for m in b.marks}
    assert "ins" in styles or "del" in {m.style for b in cell_blocks(row, ix, "es", "both",
                                                                      diff=True) for m in b.marks}
