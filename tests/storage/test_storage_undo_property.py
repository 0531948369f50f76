"""Property: any sequence of edits undoes step by step to each earlier state and redoes back."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_helpers import make_result

from paralelo.storage import InvalidEdit, Session

OPS = ("confirm", "flag", "unreview", "note", "unlink", "merge", "split", "move", "link")


def _apply(s: Session, data: st.DataObject) -> bool:
    """Try one random edit; False if it was refused as invalid (nothing recorded)."""
    links = s.links()
    if len(links) < 2:
        return False
    op = data.draw(st.sampled_from(OPS))
    a, b = data.draw(st.lists(st.sampled_from([r.id for r in links]), min_size=2, max_size=2,
                              unique=True))
    rec = s.get_link(a)
    try:
        if op == "confirm":
            s.confirm(a)
        elif op == "flag":
            s.flag(a)
        elif op == "unreview":
            s.unreview(a)
        elif op == "note":
            s.set_note(a, data.draw(st.text(max_size=8)))
        elif op == "unlink":
            s.unlink(a)
        elif op == "merge":
            s.merge([a, b])
        elif op == "split":
            s.split(a)
        elif op == "move":
            refs = list(rec.es) + list(rec.en)
            if not refs:
                return False
            s.move_paragraph(data.draw(st.sampled_from(refs)), a, b)
        else:
            other = s.get_link(b)
            if not rec.es or not other.en:
                return False
            s.link(list(rec.es), list(other.en), exclusive=data.draw(st.booleans()))
    except InvalidEdit:
        return False
    return True


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_undo_redo_walks_every_state(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "p.paralelo"
    s = Session.create(path, overwrite=True)  # examples reuse tmp_path
    try:
        s.save_result(make_result(12, seed=data.draw(st.integers(0, 50))))
        states = [s.to_result_json()]
        for _ in range(data.draw(st.integers(1, 8))):
            steps = len(s.history())
            done = _apply(s, data)
            if len(s.history()) > steps:  # a no-op (confirming twice) records nothing
                assert done
                states.append(s.to_result_json())
            else:
                assert s.to_result_json() == states[-1]
        assert len(s.history()) == len(states) - 1
        if data.draw(st.booleans()):  # across a restart
            s.close()
            s = Session.open(path)
        for expected in reversed(states[:-1]):
            assert s.undo() is not None
            assert s.to_result_json() == expected
        assert not s.can_undo()
        for expected in states[1:]:
            assert s.redo() is not None
            assert s.to_result_json() == expected
        assert not s.can_redo()
    finally:
        s.close()
