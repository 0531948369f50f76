"""On CI (CI=true) a skipped test fails, unless tests/conftest.py allows it by name."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

SAMPLE = '''
import pytest

def test_needs_a_tool():
    pytest.skip("frobnicator not installed")

def test_runs():
    assert 1 + 1 == 2
'''
MODULE_SKIP = 'import pytest\npytest.importorskip("no_such_module_anywhere")\n'


def _pytest(tmp_path: Path, ci: str | None, module_skip: bool = False
            ) -> subprocess.CompletedProcess[str]:
    """Run the repository's conftest on sample tests in a scratch folder."""
    tests = tmp_path / "tests"
    tests.mkdir(exist_ok=True)
    shutil.copy(REPO / "tests" / "conftest.py", tests / "conftest.py")
    (tests / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    if module_skip:
        (tests / "test_module_skip.py").write_text(MODULE_SKIP, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(REPO / "desktop")
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "no:randomly", "--rootdir", str(tmp_path), "-o", "addopts=",
                           str(tests)], capture_output=True, text=True, cwd=tmp_path,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize("ci", [None, "false"])
def test_skips_are_skips_off_ci(tmp_path: Path, ci: str | None) -> None:
    proc = _pytest(tmp_path, ci, module_skip=True)
    assert proc.returncode == 0, proc.stdout
    assert "1 passed, 2 skipped" in proc.stdout


def test_skips_fail_on_ci(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, "true")
    assert proc.returncode == 1, proc.stdout
    assert "1 failed, 1 passed" in proc.stdout
    assert "frobnicator not installed" in proc.stdout


def test_module_skipped_at_collection_fails_on_ci(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, "true", module_skip=True)
    assert proc.returncode != 0, proc.stdout
    assert "skipped on CI" in proc.stdout and "no_such_module_anywhere" in proc.stdout


def test_allow_list_names_existing_tests() -> None:
    """An allow-list entry that matches nothing would hide a future skip: keep it exact."""
    import ast

    tree = ast.parse((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    allowed = next(ast.literal_eval(n.value) for n in tree.body
                   if isinstance(n, ast.Assign | ast.AnnAssign) and n.value is not None
                   and "CI_ALLOWED_SKIPS" in ast.unparse(n))
    assert allowed
    for key in allowed:
        path, _, name = key.partition("::")
        text = (REPO / path).read_text(encoding="utf-8")
        assert not name or f"def {name}(" in text, key
