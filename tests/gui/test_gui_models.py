"""Models pass Qt's model tester; rows and marks are computed right."""

from __future__ import annotations

from typing import Any

from gui_sample_data import big_result

from paralelo.gui.model import COL_EN, COL_ES, ROW_ROLE, LinkFilterProxy, LinkTableModel
from paralelo.gui.rows import ResultIndex, build_rows
from paralelo.gui.side_models import ITEM_ROLE, CandidatesModel, FactsModel
from paralelo.gui.textmarks import cell_blocks, to_utf16, utf16_len


def test_link_model_and_proxy_pass_modeltester(qtmodeltester: Any,
                                               sample_result: dict[str, Any]) -> None:
    model = LinkTableModel()
    model.set_result(sample_result)
    qtmodeltester.check(model)
    proxy = LinkFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filters(statuses={"unreviewed"}, text="aramayo")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() >= 1


def test_side_models_pass_modeltester(qtmodeltester: Any, sample_result: dict[str, Any]) -> None:
    facts = FactsModel()
    facts.set_link(sample_result["links"][0])
    qtmodeltester.check(facts)
    assert facts.rowCount() == 4  # three shared facts and one English-only date
    cands = CandidatesModel()
    ix = ResultIndex(sample_result)
    cands.set_paragraphs(ix, (2,), 1)
    qtmodeltester.check(cands)
    scores = [float(cands.index(r, 0).data()) for r in range(cands.rowCount())]
    assert scores == sorted(scores, reverse=True) and len(scores) == 2


def test_rows_cover_every_paragraph_once(sample_result: dict[str, Any]) -> None:
    rows = build_rows(sample_result)
    gaps_es = [r.es[0] for r in rows if r.link is None and r.es]
    linked_es = {i for lk in sample_result["links"] for i in lk["es"]}
    n_es = len(sample_result["documents"][0]["paragraphs"])
    assert sorted(gaps_es + sorted(linked_es)) == list(range(n_es))
    gaps_en = {r.en[0] for r in rows if r.link is None and r.en}
    linked_en = {(e["doc"], e["para"]) for lk in sample_result["links"] for e in lk["en"]}
    all_en = {(d["id"], p["index"]) for d in sample_result["documents"][1:]
              for p in d["paragraphs"]}
    assert gaps_en | linked_en == all_en and not gaps_en & linked_en
    # Spanish-side rows follow the Spanish document's order
    es_order = [min(r.es) for r in rows if r.es]
    assert es_order == sorted(es_order)


def test_filter_by_document_status_and_score(sample_result: dict[str, Any]) -> None:
    model = LinkTableModel()
    model.set_result(sample_result)
    proxy = LinkFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(doc="en2", show_gaps=False)
    rows = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    assert [r.link_id for r in rows] == [2]
    proxy.set_filters(doc=None, min_score=0.5, max_score=1.0)
    assert {proxy.index(r, 0).data(ROW_ROLE).link_id for r in range(proxy.rowCount())} == {1, 4}
    proxy.sort(1)
    scores = [proxy.index(r, 0).data(ROW_ROLE).score for r in range(proxy.rowCount())]
    assert scores == sorted(scores)


def test_shared_facts_share_a_colour_on_both_sides(sample_result: dict[str, Any]) -> None:
    ix = ResultIndex(sample_result)
    row = next(r for r in build_rows(sample_result, ix) if r.link_id == 1)
    es = cell_blocks(row, ix, "es", "original")
    en = cell_blocks(row, ix, "en", "original")
    es_facts = {es[0].text[m.start:m.end]: m.color for m in es[0].marks if m.style == "fact"}
    en_facts = {b.text[m.start:m.end]: m.color for b in en for m in b.marks
                if m.style == "fact"}
    assert es_facts == en_facts == {"Fernando Aramayo": 0, "Washington": 1, "2026": 2}
    only = [b.text[m.start:m.end] for b in en for m in b.marks if m.style == "only"]
    assert only == ["February 5"]


def test_diff_marks_split_over_paragraphs(sample_result: dict[str, Any]) -> None:
    ix = ResultIndex(sample_result)
    row = next(r for r in build_rows(sample_result, ix) if r.link_id == 1)
    en = cell_blocks(row, ix, "en", "original", diff=True)
    mt = cell_blocks(row, ix, "es", "translation", diff=True)
    inserted = "".join(b.text[m.start:m.end] for b in en for m in b.marks if m.style == "ins")
    deleted = "".join(b.text[m.start:m.end] for b in mt for m in b.marks if m.style == "del")
    ops = sample_result["links"][0]["diff"]
    assert inserted == "".join(o["text"] for o in ops if o["op"] == "insert").replace("\n", "")
    assert deleted == "".join(o["text"] for o in ops if o["op"] == "delete")
    assert inserted and deleted


def test_utf16_offsets_with_emoji() -> None:
    text = "a😀b"
    assert utf16_len(text) == 4
    assert to_utf16(text, 2) == 3 and to_utf16(text, 1) == 1


def test_ten_thousand_links_model(qtmodeltester: Any) -> None:
    model = LinkTableModel()
    model.set_result(big_result(10_000))
    assert model.rowCount() == 10_000
    assert model.index(9_999, COL_EN).data() and model.index(0, COL_ES).data()


def test_models_survive_returning_none() -> None:
    """Many invalid-QVariant returns must not exhaust None's reference count (PySide 6.12)."""
    import subprocess
    import sys

    code = (
        "import paralelo.gui\n"
        "from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "class M(QAbstractTableModel):\n"
        "    def rowCount(self, p=QModelIndex()): return 1\n"
        "    def columnCount(self, p=QModelIndex()): return 1\n"
        "    def data(self, i, role=Qt.ItemDataRole.DisplayRole): return None\n"
        "m = M()\n"
        "for _ in range(200_000): m.index(0, 0).data()\n"
        "print('alive')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "alive", proc.stderr[-500:]


def test_repeated_spanish_rows_are_marked(sample_result: dict[str, Any]) -> None:
    rows = [r for r in build_rows(sample_result) if r.es == (2,)]
    assert [r.link_id for r in rows] == [1, 3]  # best score first
    assert [r.repeat_es for r in rows] == [False, True]
    model = LinkTableModel()
    model.set_result(sample_result)
    lengths = model.text_lengths()[model.row_of_link(3)]
    assert lengths[0] == () and lengths[2]  # Spanish shown once; English still sized


def test_odd_results_open_and_paint(qtbot: Any) -> None:
    """Hostile or damaged alignment JSON: markup stays text, bad spans are skipped."""
    from paralelo.gui.mainwindow import MainWindow
    from paralelo.gui.settings import Prefs
    from paralelo.gui.store import MemoryStore

    es_text = "<script>alert(1)</script> El 😀 ministro <b>Aramayo</b> llegó."
    en_text = "<img src=x onerror=alert(1)> The 😀 minister Aramayo arrived."
    result = {
        "documents": [
            {"id": "es", "lang": "es", "name": "es.txt", "paragraphs": [
                {"index": 0, "text": es_text, "mt": None, "mt_error": "apertium crashed"},
                {"index": 1, "text": "", "boilerplate": True}]},
            {"id": "en1", "lang": "en", "name": "en.txt", "paragraphs": [
                {"index": 0, "text": en_text}]},
        ],
        "links": [
            {"id": 7, "es": [0, 5, "x"], "en": [{"doc": "en1", "para": 0},
                                                {"doc": "en9", "para": 3}, {"doc": "en1"}],
             "score": 1.7, "kind": "2-2",
             "facts": [{"kind": "person", "es": "Aramayo", "en": "Aramayo",
                        "es_loc": {"para": 0, "span": [es_text.index("Aramayo"),
                                                       es_text.index("Aramayo") + 7]},
                        "en_loc": {"doc": "en1", "para": 0, "span": [900, 2]}},
                       {"kind": "person", "es_loc": None, "en_loc": "nonsense"}],
             "only_es": [{"kind": "number", "text": "x", "loc": {"para": 0, "span": "bad"}}],
             "only_en": None,
             "diff": [{"op": "insert", "en16": [0, 10_000]}, {"op": "delete"}]},
            "not a link", {"es": [0]},
        ],
    }
    win = MainWindow(Prefs(engine="none"))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.load_store(MemoryStore(result))
    assert win.select_link(7)
    for view in ("original", "translation", "both"):
        win.set_view(view)
        win.acts["diff"].setChecked(view == "both")
        win.toggle_diff()
        win.table.update_heights()
        assert not win.grab().isNull()
    assert "<script>" in win.detail.es_view.toPlainText()  # shown as text, never run
    assert "translation failed: apertium crashed" in win.detail.es_view.toPlainText()
    win.detail.focus_fact(win.facts_model.index(1, 0).data(ITEM_ROLE))  # damaged locations
    win.detail.focus_fact(win.facts_model.index(0, 0).data(ITEM_ROLE))
    assert win.detail.es_view.textCursor().selectedText() == "Aramayo"  # after the emoji
    win.confirm_selected()
    assert win.store is not None and win.store.link_by_id(7)["review"]["status"] == "confirmed"
