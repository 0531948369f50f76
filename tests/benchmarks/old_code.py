"""The code of an earlier commit, to run beside the current one in a benchmark.

``git archive COMMIT desktop resources`` into a folder (no worktree, nothing
in the repository changes); point ``PYTHONPATH`` at the returned ``desktop``
folder to run the old code in a subprocess.
"""

from __future__ import annotations

import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def old_tree(commit: str, folder: Path) -> Path:
    """``desktop/`` and ``resources/`` of ``commit`` under ``folder``; returns its ``desktop``.

    Raises ``subprocess.CalledProcessError`` when the commit is not in this clone.
    """
    blob = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", commit, "desktop",
                           "resources"], capture_output=True, check=True, timeout=120).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "desktop"
