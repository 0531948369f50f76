"""Leftovers of a killed build are swept: only this session's, whatever its name."""

from __future__ import annotations

from pathlib import Path

from paralelo.storage.build import sweep_leftovers, temp_path


def test_sweep_takes_only_this_sessions_builds(tmp_path: Path) -> None:
    for name in ("notas [v1].paralelo", "review.paralelo"):
        target = tmp_path / name
        mine = [temp_path(target)]
        mine += [Path(f"{mine[0]}-wal"), Path(f"{mine[0]}-shm")]
        other = tmp_path / f".{name}.v2.123.building"  # another file's build, not ours
        for p in (*mine, other):
            p.write_bytes(b"x")
        assert sorted(sweep_leftovers(target)) == sorted(mine)
        assert other.exists() and not any(p.exists() for p in mine)
