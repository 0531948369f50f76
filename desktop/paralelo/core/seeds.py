"""The built-in seed session: Spanish 001 against English 000, 002, 003, 004."""

from __future__ import annotations

from pathlib import Path

from paralelo.core.errors import UserError
from paralelo.resources import data_dir

SEED_ES = "001_d655b8d76ea664d5.txt"
SEED_EN = (
    "000_c427449a33106fde.txt",
    "002_804951c4fbee7189.txt",
    "003_fa4a4889cf7e4462.txt",
    "004_73ad441e7f00a07b.txt",
)


def seeds_dir() -> Path:
    """Where the seed documents are: the frozen app, the installed wheel, else the checkout."""
    return data_dir("seeds", marker=SEED_ES)


def seed_paths() -> tuple[Path, list[Path]]:
    """The Spanish seed and the English ones; a UserError (one line) if they are missing."""
    try:
        d = seeds_dir()
    except FileNotFoundError as exc:
        raise UserError(f"{exc}; reinstall Paralelo") from exc
    return d / SEED_ES, [d / n for n in SEED_EN]
