"""Repository paths the GUI tests read (kept apart from conftest fixtures)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REPO_I18N = REPO / "resources" / "i18n"
