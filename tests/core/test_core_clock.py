"""One timestamp format for pipeline results, sessions and the GUI."""

from __future__ import annotations

import datetime as dt

from paralelo.core.clock import now_iso


def test_now_iso_is_utc_to_the_second() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = now_iso()
    after = dt.datetime.now(dt.UTC)
    parsed = dt.datetime.fromisoformat(stamp)
    assert parsed.utcoffset() == dt.timedelta(0)
    assert parsed.microsecond == 0 and "." not in stamp
    assert before <= parsed <= after
