"""The wheel is the whole app: build it, install it in a fresh venv, run it outside the checkout.

Offline: the wheel is built with the test venv's own setuptools (``--no-isolation``)
and installed with ``--no-deps``; the fresh venv sees the heavy dependencies
(Qt, CTranslate2, numpy...) through a ``.pth`` line naming the test venv's
site-packages. A plain path line does not run that folder's own ``.pth`` files,
so the editable checkout install stays invisible, and the commands run from an
empty folder without PYTHONPATH: whatever they find comes from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path
from typing import Any

import pytest
from packaging_helpers import REPO, first_start_env

pytestmark = pytest.mark.slow

#: What a source distribution carries (MANIFEST.in adds resources/, seeds/, packaging/).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "desktop", "resources",
           "seeds", "packaging")
SEED_ES = REPO / "seeds" / "001_d655b8d76ea664d5.txt"


def _run(cmd: list[str | Path], **kw: Any) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=600,
                          **kw)
    assert proc.returncode == 0, f"{cmd} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build sdist + wheel from a copy of the checkout, install the wheel in a new venv."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    # sdist first, then the wheel built from the unpacked sdist: MANIFEST.in is checked too.
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", tmp / "dist", src],
         env=env, cwd=tmp)
    wheels = sorted((tmp / "dist").glob("paralelo-*.whl"))
    assert len(wheels) == 1, wheels
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], env=env)
    py = venv / "bin" / "python"
    purelib = Path(_run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        env=env).stdout.strip())
    (purelib / "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                            encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", py, "install", "--no-deps", "--no-index",
          "-q", wheels[0]], env=env)
    home = tmp / "home"
    run_env = first_start_env(home, QT_QPA_PLATFORM="offscreen")
    cwd = tmp / "elsewhere"
    cwd.mkdir()
    return {"wheel": wheels[0], "venv": venv, "py": py, "bin": venv / "bin" / "paralelo",
            "env": run_env, "cwd": cwd, "purelib": purelib}


def _in_venv(w: dict[str, Any], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return _run([w["bin"], *args], env=w["env"], cwd=w["cwd"])


def _dev(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    return _run([sys.executable, "-m", "paralelo", *args], env=env, cwd=cwd)


def test_wheel_carries_every_resource_and_seed(wheel_venv: dict[str, Any]) -> None:
    with zipfile.ZipFile(wheel_venv["wheel"]) as zf:
        names = set(zf.namelist())
    for folder in ("resources", "seeds"):
        wanted = {f"paralelo/_data/{folder}/{p.relative_to(REPO / folder).as_posix()}"
                  for p in (REPO / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts
                  and p.suffix not in (".py", ".pyc")}
        assert wanted, folder
        assert wanted <= names, sorted(wanted - names)
    assert "paralelo/translation/resources/protected_names.txt" in names
    assert "paralelo/py.typed" in names


def test_installed_app_is_the_wheel_not_the_checkout(wheel_venv: dict[str, Any]) -> None:
    code = ("import paralelo, paralelo.resources as r, paralelo.core.seeds as s, "
            "importlib.metadata as m; "
            "print(paralelo.__file__); print(r.resources_dir()); print(s.seeds_dir()); "
            "print(m.version('paralelo'), paralelo.__version__)")
    out = _run([wheel_venv["py"], "-c", code], env=wheel_venv["env"],
               cwd=wheel_venv["cwd"]).stdout.split("\n")
    purelib = str(wheel_venv["purelib"])
    assert out[0].startswith(purelib), out
    assert out[1] == f"{purelib}/paralelo/_data/resources"
    assert out[2] == f"{purelib}/paralelo/_data/seeds"
    version, attr = out[3].split()
    assert version == attr  # one version string: the metadata is paralelo.__version__


def test_wheel_self_test_passes(wheel_venv: dict[str, Any]) -> None:
    out = _in_venv(wheel_venv, "--self-test").stdout
    assert "self-test passed" in out
    assert "FAILED" not in out
    assert "_data/seeds" in out  # the import step names where the seeds came from


def test_wheel_align_seed_matches_the_dev_install(wheel_venv: dict[str, Any],
                                                  tmp_path: Path) -> None:
    _in_venv(wheel_venv, "align", "--seed", "--engine", "none", "--json", tmp_path / "w.json")
    _dev("align", "--seed", "--engine", "none", "--json", tmp_path / "d.json", cwd=tmp_path)

    def comparable(path: Path) -> dict[str, Any]:
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("created")
        for doc in data["documents"]:
            doc.pop("path")  # the seeds live in different folders
        return data

    wheel, dev = comparable(tmp_path / "w.json"), comparable(tmp_path / "d.json")
    assert wheel["links"], "no links from the installed app"
    assert wheel == dev


def test_wheel_facts_match_the_dev_install(wheel_venv: dict[str, Any], tmp_path: Path) -> None:
    wheel = json.loads(_in_venv(wheel_venv, "facts", SEED_ES, "--json").stdout)
    dev = json.loads(_dev("facts", SEED_ES, "--json", cwd=tmp_path).stdout)
    kinds = {f["kind"] for p in wheel["paragraphs"] for f in p["facts"]}
    assert {"org", "topic"} <= kinds, kinds  # the curated tables were found
    assert wheel == dev
