"""The built-in seed session: Spanish 001 against English 000, 002, 003, 004."""

from __future__ import annotations

import sys
from pathlib import Path

SEED_ES = "001_d655b8d76ea664d5.txt"
SEED_EN = (
    "000_c427449a33106fde.txt",
    "002_804951c4fbee7189.txt",
    "003_fa4a4889cf7e4462.txt",
    "004_73ad441e7f00a07b.txt",
)


def seeds_dir() -> Path:
    """Where the seed documents are: next to the frozen app, else the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "seeds")
    here = Path(__file__).resolve()
    candidates += [here.parents[3] / "seeds", here.parents[1] / "seeds"]
    for c in candidates:
        if (c / SEED_ES).is_file():
            return c
    raise FileNotFoundError("seed documents not found (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def seed_paths() -> tuple[Path, list[Path]]:
    d = seeds_dir()
    return d / SEED_ES, [d / n for n in SEED_EN]
