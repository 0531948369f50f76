"""Review and alignment edits, undo/redo (also across restarts), and re-alignment."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from storage_helpers import make_result

from paralelo.core.links import Link
from paralelo.storage import InvalidEdit, Session, oplog


def _one_to_one(result: dict) -> list[dict]:
    return [lk for lk in result["links"] if len(lk["es"]) == 1 and len(lk["en"]) == 1]


@pytest.fixture
def session(tmp_path: Path):
    s = Session.create(tmp_path / "edit.paralelo")
    s.reviewer = "ana"
    s.save_result(make_result(30, seed=3))
    yield s
    s.close()


def _state(s: Session) -> dict:
    return s.to_result_json()


def test_review_ops_record_who_and_when(session: Session) -> None:
    session.confirm(1)
    session.flag(2)
    session.set_note(3, "fecha dudosa")
    a, b, c = session.get_link(1), session.get_link(2), session.get_link(3)
    assert (a.status, a.reviewed_by) == ("confirmed", "ana") and a.reviewed_at
    assert b.status == "flagged" and c.note == "fecha dudosa" and c.status == "unreviewed"
    session.unreview(1)
    assert session.get_link(1).status == "unreviewed"
    assert session.get_link(1).reviewed_by is None
    assert [o.type for o in session.history()] == ["confirm", "flag", "note", "unreview"]


def test_no_op_review_adds_no_undo_step(session: Session) -> None:
    session.confirm(1)
    session.confirm(1)
    assert len(session.history()) == 1


@pytest.mark.parametrize("inline_max", [64 * 1024, 0])
def test_every_op_undoes_to_the_exact_state(session: Session, inline_max: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Also with every inverse derived from its payload (how big steps are stored)."""
    monkeypatch.setattr(oplog, "INLINE_INVERSE_MAX", inline_max)
    result = session.to_result_json()
    pairs = _one_to_one(result)
    states = [_state(session)]
    session.confirm(pairs[0]["id"])
    states.append(_state(session))
    session.set_note(pairs[1]["id"], "nota")
    states.append(_state(session))
    merged = session.merge([pairs[2]["id"], pairs[3]["id"]])
    states.append(_state(session))
    session.split(merged)
    states.append(_state(session))
    session.move_paragraph(pairs[4]["es"][0], pairs[4]["id"], pairs[5]["id"])
    states.append(_state(session))
    session.unlink(pairs[6]["id"])
    states.append(_state(session))
    new = session.link(pairs[7]["es"], [(r["doc"], r["para"]) for r in pairs[8]["en"]])
    states.append(_state(session))
    assert session.get_link(new).origin == "manual"
    stored = {r[0] for r in session.conn.execute("SELECT inverse = 'null' FROM ops")}
    assert stored == {inline_max == 0}
    for expected in reversed(states[:-1]):
        op = session.undo()
        assert op is not None and op.undone
        assert _state(session) == expected
    assert session.undo() is None and not session.can_undo()
    for expected in states[1:]:
        assert session.redo() is not None
        assert _state(session) == expected
    assert session.redo() is None and not session.can_redo()


def test_undo_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "r.paralelo"
    with Session.create(path) as s:
        s.save_result(make_result(10))
        before = s.to_result_json()
        s.flag(2)
        merged = s.merge([3, 4])
    with Session.open(path) as s:
        assert s.can_undo() and [o.type for o in s.history()] == ["flag", "merge"]
        s.undo()
    with Session.open(path) as s:
        assert s.can_redo()
        s.undo()
        assert s.to_result_json() == before
        s.redo()
        s.redo()
        assert s.get_link(merged).kind == "manual"


def test_new_edit_drops_the_redo_tail(session: Session) -> None:
    session.flag(1)
    session.flag(2)
    session.undo()
    assert session.can_redo()
    session.flag(3)
    assert not session.can_redo()
    assert [(o.type, o.undone) for o in session.history()] == [("flag", False), ("flag", False)]
    assert session.get_link(2).status == "unreviewed"


def test_ids_are_never_reused(session: Session) -> None:
    a = session.merge([1, 2])
    session.undo()
    b = session.merge([1, 2])
    assert b > a


def test_manual_link_takes_paragraphs_from_unmatched_links(tmp_path: Path) -> None:
    result = make_result(120, seed=5)
    only_es = next(lk for lk in result["links"] if lk["kind"] == "1-0")
    only_en = next(lk for lk in result["links"] if lk["kind"] == "0-1")
    paired = _one_to_one(result)[0]
    with Session.create(tmp_path / "m.paralelo") as s:
        s.save_result(result)
        en_ref = (only_en["en"][0]["doc"], only_en["en"][0]["para"])
        new = s.link(only_es["es"] + paired["es"], [en_ref])
        ids = {r.id for r in s.links()}
        assert only_es["id"] not in ids and only_en["id"] not in ids  # emptied: gone
        assert paired["id"] in ids  # a matched link is kept unless exclusive
        rec = s.get_link(new)
        assert rec.status == "confirmed" and rec.kind == "manual"
        assert rec.is_anchor
        s.undo()
        s.link(paired["es"], [en_ref], exclusive=True)
        left = s.get_link(paired["id"])
        assert left.es == () and left.kind == "0-1"


def test_links_stay_in_document_order(session: Session) -> None:
    result = session.to_result_json()
    pairs = _one_to_one(result)
    a, b = pairs[3], pairs[4]
    session.unlink(a["id"])
    new = session.link(a["es"], [(r["doc"], r["para"]) for r in a["en"]])
    order = [r.id for r in session.links()]
    assert order.index(new) < order.index(b["id"])
    assert order.index(new) > order.index(pairs[2]["id"])


def test_split_by_parts_and_validation(session: Session) -> None:
    link = next(r for r in session.links() if len(r.es) == 2)
    with pytest.raises(InvalidEdit):
        session.split(link.id, [(link.es, link.en)])  # one part only
    with pytest.raises(InvalidEdit):
        session.split(link.id, [([link.es[0]], link.en), ([], [])])
    with pytest.raises(InvalidEdit):
        session.split(link.id, [([link.es[0]], link.en), ([999], [])])
    ids = session.split(link.id, [([link.es[0]], link.en), ([link.es[1]], [])])
    parts = [session.get_link(i) for i in ids]
    assert [p.kind for p in parts] == ["manual", "1-0"]
    order = [r.id for r in session.links()]
    assert order.index(ids[0]) + 1 == order.index(ids[1])


def test_merge_and_move_validation(session: Session) -> None:
    with pytest.raises(InvalidEdit):
        session.merge([1])
    with pytest.raises(InvalidEdit):
        session.merge([1, 1])
    rec = session.get_link(1)
    other = session.get_link(5)
    with pytest.raises(InvalidEdit):
        session.move_paragraph(rec.es[0], 1, 1)
    with pytest.raises(InvalidEdit):
        session.move_paragraph(other.es[0] if other.es else 999, 1, 5)
    with pytest.raises(InvalidEdit):
        session.link([], [("en1", 0)])
    with pytest.raises(InvalidEdit):
        session.link([0], [("en9", 0)])
    assert session.history() == []


def test_move_last_paragraph_removes_the_empty_link(session: Session) -> None:
    one_sided = next(r for r in session.links() if r.kind == "0-1")
    target = next(r for r in session.links() if r.kind == "1-1")
    session.move_paragraph(one_sided.en[0], one_sided.id, target.id)
    assert one_sided.id not in {r.id for r in session.links()}
    moved = session.get_link(target.id)
    assert one_sided.en[0] in moved.en and moved.origin == "manual"
    session.undo()
    assert session.get_link(one_sided.id).en == one_sided.en


def test_set_link_facts_fills_a_manual_link(session: Session) -> None:
    new = session.merge([1, 2])
    assert session.link_json(new)["facts"] == []
    data = {"facts": [{"kind": "year", "es": "2017", "en": "2017"}], "only_es": [],
            "only_en": [], "diff": []}
    session.set_link_facts(new, data)
    assert session.link_json(new)["facts"] == data["facts"]
    assert session.get_link(new).n_facts == 1


def test_realign_keeps_anchors_flags_and_notes(tmp_path: Path) -> None:
    result = make_result(30, seed=11)
    pairs = _one_to_one(result)
    with Session.create(tmp_path / "a.paralelo") as s:
        s.save_result(copy.deepcopy(result))
        s.confirm(pairs[0]["id"])
        manual = s.merge([pairs[1]["id"], pairs[2]["id"]])
        s.flag(pairs[3]["id"])
        s.set_note(pairs[3]["id"], "mal")
        s.flag(pairs[4]["id"])
        anchors = s.anchors()
        # Issue 18.2: flagged and noted links are the reviewer's work too: anchors.
        assert {a.id for a in anchors} == {pairs[0]["id"], manual, pairs[3]["id"],
                                           pairs[4]["id"]}
        assert all(isinstance(a, Link) for a in anchors)
        merged = s.get_link(manual)
        # The aligner's new output: same links except pairs[4] realigned differently
        # (it overlaps the flagged anchor: dropped), plus one link that wrongly
        # overlaps the manual anchor (dropped too).
        new_links = [copy.deepcopy(lk) for lk in result["links"]
                     if lk["id"] not in (pairs[1]["id"], pairs[2]["id"], pairs[4]["id"])]
        changed = copy.deepcopy(pairs[4])
        changed["score"] = 0.123
        changed["en"] = []
        changed["kind"] = "1-0"
        new_links.append(changed)
        new_links.append({"es": list(merged.es), "en": [], "score": 0.5, "kind": "1-0",
                          "mode": "parallel", "evidence": {}})
        before = s.to_result_json()
        stored = s.replace_auto_links(new_links)
        assert stored == len(new_links) - 4  # two anchors placed, two overlaps dropped
        after = {r.id: r for r in s.links()}
        assert after[pairs[0]["id"]].status == "confirmed" and manual in after
        kept = after[pairs[3]["id"]]
        assert kept.status == "flagged" and kept.note == "mal"
        assert after[pairs[4]["id"]].status == "flagged"  # a flag is never re-aligned away
        assert not any(r.score == 0.123 for r in after.values())
        assert s.link_json(pairs[5]["id"])["facts"] == pairs[5]["facts"]
        order = [r.id for r in s.links()]
        assert order.index(pairs[0]["id"]) < order.index(manual) < order.index(pairs[5]["id"])
        assert s.history()[-1].type == "realign"
        s.undo()
        assert s.to_result_json() == before


def test_realign_accepts_core_links(session: Session) -> None:
    links = [Link(es=(0,), en=(("en1", 0),), score=0.9, kind="1-1", mode="parallel")]
    assert session.replace_auto_links(links) == 1
    (only,) = session.links()
    assert only.es == (0,) and only.en == (("en1", 0),) and only.origin == "auto"
