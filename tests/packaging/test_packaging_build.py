"""Build the real packaged app and run it: self-test, CLI, screenshot under Xvfb.

One PyInstaller build (into a temporary folder, never the repo's dist/) with a
genuine tiny Argos package bundled, shared by the tests of this module. The
app runs with fresh XDG folders, as on a user's first start.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "translation"))
from argos_fixture import build_argos_package  # noqa: E402
from packaging_helpers import first_start_env, load_build_script  # noqa: E402

pytestmark = pytest.mark.slow


BUILD = load_build_script()


class App:
    def __init__(self, root: Path, model: Path, build_seconds: float) -> None:
        self.dir = root / "dist" / "Paralelo"
        self.exe = self.dir / BUILD.exe_name()
        self.model = model
        self.build_seconds = build_seconds

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        return first_start_env(home, **extra)

    def run(self, args: list[str], home: Path, timeout: float = 300,
            **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.exe), *args], env=self.env(home, **extra), cwd=home,
                              capture_output=True, text=True, timeout=timeout)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def app() -> Iterator[App]:
    # Not in pytest's basetemp: concurrent pytest runs prune each other's old
    # basetemps, which would delete the app while this module still uses it.
    with tempfile.TemporaryDirectory(prefix="paralelo-package-") as tmp:
        yield from _build_app(Path(tmp))


def _build_app(root: Path) -> Iterator[App]:
    model = build_argos_package(root / "model")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--quiet",
                          "--models", str(model), "--distpath", str(root / "dist"),
                          "--workpath", str(root / "work")],
                         capture_output=True, text=True, timeout=900, cwd=REPO)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    built = App(root, model, time.perf_counter() - t0)
    print(f"\nbuild: {built.build_seconds:.0f} s; {out.stdout.strip().splitlines()[-1]}")
    shutil.rmtree(root / "work", ignore_errors=True)
    yield built


def test_app_folder_is_complete_and_lean(app: App) -> None:
    assert app.exe.is_file() and os.access(app.exe, os.X_OK)
    assert BUILD.check_app(app.dir, [app.model]) == []
    assert BUILD.forbidden_files(app.dir) == []
    internal = app.dir / "_internal"
    assert sorted(p.name for p in (internal / "seeds").iterdir()) == sorted(
        p.name for p in (REPO / "seeds").iterdir())
    assert (internal / "resources" / "icons" / "paralelo.ico").is_file()
    assert (internal / "paralelo" / "translation" / "resources").is_dir()  # package data
    qms = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert "qtbase_es.qm" in qms
    assert all(n.removesuffix(".qm").endswith(("_es", "_en")) for n in qms), qms
    assert not list(internal.rglob("libqgtk3.so"))
    size_mb = BUILD.folder_size(app.dir) / 1e6
    print(f"dist/Paralelo: {size_mb:.0f} MB")
    assert size_mb < 400


def test_self_test_passes_offscreen(app: App, tmp_path: Path) -> None:
    """`Paralelo --self-test` on a first start exits 0 with every step ok."""
    before = _snapshot(app.dir)
    empty = tmp_path / "no-bundled-models"
    empty.mkdir()
    t0 = time.perf_counter()
    # The tiny bundled test model translates into noise, so this run leaves it
    # aside and uses the engine a user without a model gets (Apertium here).
    out = app.run(["--self-test", "--verbose", "--out", str(tmp_path / "exports")], tmp_path,
                  QT_QPA_PLATFORM="offscreen", PARALELO_BUNDLED_MODELS=str(empty))
    elapsed = time.perf_counter() - t0
    print(f"\n{out.stdout}{out.stderr}first start to self-test done: {elapsed:.1f} s")
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert "packaged app" in lines[0]
    for step in ("import", "translate", "align", "facts", "export"):
        assert any(ln.startswith(f"{step} ") and " ok " in ln for ln in lines), step
    assert lines[-1] == "self-test passed"
    if shutil.which("apertium"):
        assert any(ln.startswith("translate ") and "Apertium" in ln for ln in lines), lines
    assert {p.suffix for p in (tmp_path / "exports").iterdir()} == {
        ".tmx", ".csv", ".tsv", ".xlsx", ".json", ".html"}
    assert _snapshot(app.dir) == before  # nothing written inside the app's folder


def test_first_start_installs_and_uses_the_bundled_model(app: App, tmp_path: Path) -> None:
    before = _snapshot(app.dir)
    text = tmp_path / "frase.txt"
    text.write_text("La Paz es la sede del gobierno de Bolivia.\n", encoding="utf-8")
    out = app.run(["translate", str(text), "--json"], tmp_path)
    assert out.returncode == 0, out.stderr
    # Installed once, into the user's data folder, and used without network.
    assert f"installed bundled model(s): {app.model.name}" in out.stderr
    import json

    assert json.loads(out.stdout)["engine"]["name"] == "argos"
    installed = tmp_path / "XDG_DATA_HOME" / "paralelo" / "argos-packages"
    assert [d.name for d in installed.iterdir() if (d / "metadata.json").is_file()]
    assert (tmp_path / "XDG_DATA_HOME" / "paralelo" / "bundled-models.json").is_file()
    assert _snapshot(app.dir) == before
    # Later starts do not install it again, and the self-test still runs headless.
    again = app.run(["--self-test", "--engine", "none"], tmp_path, QT_QPA_PLATFORM="offscreen")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "bundled" not in again.stderr
    assert _snapshot(app.dir) == before


def test_child_processes_get_the_system_library_path(app: App, tmp_path: Path) -> None:
    """Apertium started by the app must not load the app's bundled libraries."""
    if shutil.which("apertium") is None:
        pytest.skip("apertium not installed")
    fake = tmp_path / "bin"
    fake.mkdir()
    log = tmp_path / "child-env.txt"
    (fake / "apertium").write_text(
        f'#!/bin/sh\necho "LD=${{LD_LIBRARY_PATH-unset}}" >> {log}\n'
        f'exec {shutil.which("apertium")} "$@"\n', encoding="utf-8")
    (fake / "apertium").chmod(0o755)
    out = app.run(["translate", str(REPO / "seeds" / "002_804951c4fbee7189.txt"), "--engine",
                   "apertium"], tmp_path, PATH=f"{fake}{os.pathsep}{os.environ['PATH']}",
                  LD_LIBRARY_PATH="/opt/user-libs")
    assert out.returncode == 0, out.stderr
    seen = set(log.read_text(encoding="utf-8").split())
    assert seen == {"LD=/opt/user-libs"}, seen


def test_cli_subcommands_work_in_the_built_app(app: App, tmp_path: Path) -> None:
    out = app.run(["inspect", str(REPO / "seeds" / "001_d655b8d76ea664d5.txt"), "--json"],
                  tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["lang"] == "es" and len(data["paragraphs"]) == 10
    bad = app.run(["inspect", str(tmp_path / "missing.txt")], tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    # Importers load markdown-it (+ plugins) and ftfy lazily: they must be bundled too.
    md = tmp_path / "nota.md"
    md.write_text("!!! note \"Título\"\n    El SeÃ±or [vino](https://x.org/a_(b)).\n",
                  encoding="utf-8")
    out = app.run(["inspect", str(md), "--json"], tmp_path)
    assert out.returncode == 0, out.stderr
    texts = [p["text"] for p in json.loads(out.stdout)["paragraphs"]]
    assert texts == ["Título", "El Señor vino."]
    assert app.run(["--version"], tmp_path).stdout.startswith("paralelo ")
    # Started through a symlink (~/.local/bin/Paralelo, as packaging/README.md says).
    link = tmp_path / "bin" / "Paralelo"
    link.parent.mkdir()
    link.symlink_to(app.exe)
    via = subprocess.run([str(link), "--version"], env=app.env(tmp_path), cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert via.returncode == 0 and via.stdout.startswith("paralelo "), via.stderr
    for rel in (f"share/applications/{BUILD.APP_ID}.desktop",
                f"share/mime/packages/{BUILD.APP_ID}.xml",
                f"share/icons/hicolor/48x48/apps/{BUILD.APP_ID}.png"):
        assert (app.dir / rel).is_file(), rel


def test_child_processes_of_the_built_app_do_their_work(app: App, tmp_path: Path) -> None:
    """Spawned children (corpus workers, the facts helper of a large align) are the
    executable started again; without freeze_support they would start the app."""
    es_seed = REPO / "seeds" / "001_d655b8d76ea664d5.txt"  # the Spanish one
    english = [p for p in sorted((REPO / "seeds").glob("*.txt")) if p != es_seed]
    corpus = tmp_path / "in"
    corpus.mkdir()
    for k, en in enumerate(english[:2]):
        shutil.copy(es_seed, corpus / f"p{k}.es.txt")
        shutil.copy(en, corpus / f"p{k}.en.txt")
    out = app.run(["corpus", "run", str(corpus), "-o", str(tmp_path / "out"), "--workers", "2",
                   "--engine", "none", "--quiet"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    merged = app.run(["corpus", "merge", str(tmp_path / "out"), "-o", str(tmp_path / "c.tsv")],
                     tmp_path)
    assert merged.returncode == 0 and (tmp_path / "c.tsv").stat().st_size > 0, merged.stderr
    # 2 x 800 paragraphs: over the facts helper's threshold (app.fact_prefetch.MIN_TEXTS).
    es = "\n\n".join(f"El ministro Juan Pérez firmó {k} acuerdos en La Paz." for k in range(800))
    en = "\n\n".join(f"Minister Juan Pérez signed {k} agreements in La Paz." for k in range(800))
    (tmp_path / "es.txt").write_text(es, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    t0 = time.monotonic()
    out = app.run(["align", "--es", str(tmp_path / "es.txt"), "--en", str(tmp_path / "en.txt"),
                   "--engine", "none", "--json", str(tmp_path / "a.json")], tmp_path)
    took = time.monotonic() - t0
    assert out.returncode == 0, out.stderr
    links = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["links"]
    assert len(links) == 800 and all(len(lk["facts"]) == 3 for lk in links)  # person, number, place
    assert took < 60  # a helper that started the app instead would be waited for, then killed


def test_screenshot_of_the_built_app_under_xvfb(app: App, tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run not installed (Debian: xvfb)")
    shot = tmp_path / "window.png"
    env = app.env(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)  # a real X11 window, not offscreen
    t0 = time.perf_counter()
    out = subprocess.run([xvfb_run, "-a", "-s", "-screen 0 1400x900x24", str(app.exe),
                          "--screenshot", str(shot)], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    print(f"\nlaunch to screenshot saved: {time.perf_counter() - t0:.1f} s")
    assert out.returncode == 0, out.stdout + out.stderr
    assert shot.is_file()
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "screenshot is blank"


def test_window_class_matches_the_desktop_entry(app: App, tmp_path: Path) -> None:
    """Docks group the window under the .desktop entry through StartupWMClass."""
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        pytest.skip("needs Xvfb and xwininfo (Debian: xvfb, x11-utils)")
    import configparser

    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str  # type: ignore[assignment,method-assign]
    cp.read(REPO / "packaging" / f"{BUILD.APP_ID}.desktop", encoding="utf-8")
    wm_class = cp["Desktop Entry"]["StartupWMClass"]
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True)
    assert xvfb.stdout is not None
    display = ":" + xvfb.stdout.readline().strip()
    env = app.env(tmp_path, DISPLAY=display, PARALELO_BUNDLED_MODELS=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen([str(app.exe)], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        classes = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", display],
                                  capture_output=True, text=True).stdout
            if '— Paralelo"' in tree or '"Paralelo"' in tree:
                classes = " ".join(ln for ln in tree.splitlines() if "Paralelo" in ln)
                if '("' in classes:
                    break
            time.sleep(0.1)
        import re

        pairs = re.findall(r'\("([^"]*)" "([^"]*)"\)', classes)
        assert pairs, classes
        assert {cls for _, cls in pairs} == {wm_class}, pairs  # (instance, class)
    finally:
        proc.terminate()
        proc.wait(30)
        xvfb.terminate()
        xvfb.wait(10)
        xvfb.stdout.close()
