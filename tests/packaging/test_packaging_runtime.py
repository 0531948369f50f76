"""Runtime pieces of the packaged app, tested from source: resource lookup,
bundled-model install, the self-test's reporting and the build script's checks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import load_build_script

from paralelo import bundled, resources, selftest

REPO = Path(__file__).resolve().parents[2]


# --- resources -----------------------------------------------------------------------

def test_resource_path_finds_the_source_tree() -> None:
    assert resources.resources_dir() == REPO / "resources"
    icon = resources.resource_path("icons", "paralelo.svg")
    assert icon.is_file()
    assert resources.resource_path("icons/paralelo-16.png").is_file()


@pytest.mark.parametrize("bad", ["..", "../README.md", "icons/../../x", "/etc/passwd", ""])
def test_resource_path_refuses_escapes(bad: str) -> None:
    with pytest.raises(ValueError):
        resources.resource_path(bad)


def test_frozen_app_uses_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources.frozen()
    assert resources.resources_dir() == tmp_path / "resources"
    assert bundled.bundled_models_dir() == tmp_path / "models"


def test_env_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.resource_path("x.txt") == tmp_path / "x.txt"


def test_seeds_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.core import seeds

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / seeds.SEED_ES).write_text("hola", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert seeds.seeds_dir() == tmp_path / "seeds"


def test_installed_package_data_comes_before_the_checkout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed wheel carries resources/ and seeds/ as paralelo/_data (setup.py)."""
    from paralelo.core import seeds

    pkg = tmp_path / "site-packages" / "paralelo"
    (pkg / "_data" / "resources" / "facts").mkdir(parents=True)
    (pkg / "_data" / "seeds").mkdir(parents=True)
    (pkg / "_data" / "seeds" / seeds.SEED_ES).write_text("hola", encoding="utf-8")
    monkeypatch.setattr(resources, "_PACKAGE", pkg)
    assert resources.resources_dir() == pkg / "_data" / "resources"
    assert seeds.seeds_dir() == pkg / "_data" / "seeds"
    # Nothing there and no checkout either: a clear error naming where it looked.
    empty = tmp_path / "lib" / "python3" / "site-packages" / "paralelo"
    monkeypatch.setattr(resources, "_PACKAGE", empty)
    with pytest.raises(FileNotFoundError, match="_data/resources"):
        resources.resources_dir()


def test_missing_seeds_are_one_line_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from paralelo import cli

    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "lib" / "site-packages" / "paralelo")
    assert cli.main(["align", "--seed", "--engine", "none"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "seeds not found" in err and "reinstall" in err, err


# --- bundled models ------------------------------------------------------------------

def _fake_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *names: str) -> Path:
    d = tmp_path / "bundle-models"
    d.mkdir()
    for n in names:
        (d / n).write_bytes(b"x" * (10 + len(n)))
    monkeypatch.setenv(bundled.ENV_VAR, str(d))
    return d


def test_bundled_models_install_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_models(tmp_path, monkeypatch, "a.argosmodel", "b.argosmodel", "notes.txt")
    calls: list[str] = []
    lines: list[str] = []
    done = bundled.install_bundled_models(report=lines.append,
                                          installer=lambda p: calls.append(p.name))
    assert [p.name for p in done] == ["a.argosmodel", "b.argosmodel"] == calls
    assert "a.argosmodel" in lines[-1]
    record = json.loads(bundled.record_path().read_text(encoding="utf-8"))
    assert len(record) == 2
    # The record lives in the user's data folder (the tests' XDG_DATA_HOME).
    assert str(bundled.record_path()).startswith(str(Path.home()))
    assert bundled.install_bundled_models(installer=lambda p: calls.append(p.name)) == []
    assert len(calls) == 2


def test_bundled_model_failure_is_reported_and_retried(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_models(tmp_path, monkeypatch, "bad.argosmodel")
    lines: list[str] = []

    def broken(path: Path) -> None:
        raise RuntimeError("disk full")

    assert bundled.install_bundled_models(report=lines.append, installer=broken) == []
    assert lines == ["paralelo: bundled model bad.argosmodel not installed: disk full"]
    assert not bundled.record_path().exists()
    calls: list[Path] = []
    assert len(bundled.install_bundled_models(installer=calls.append)) == 1  # retried next start


def test_unwritable_record_does_not_stop_the_app(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_models(tmp_path, monkeypatch, "a.argosmodel")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setattr(bundled, "record_path", lambda: blocker / "bundled-models.json")
    lines: list[str] = []
    calls: list[Path] = []
    assert len(bundled.install_bundled_models(report=lines.append, installer=calls.append)) == 1
    assert "could not record bundled models" in lines[0]
    assert "installed bundled model(s): a.argosmodel" in lines[-1]


def test_no_bundle_means_nothing_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(bundled.ENV_VAR, raising=False)
    assert bundled.bundled_models_dir() is None  # running from source
    assert bundled.install_bundled_models(installer=lambda p: pytest.fail("called")) == []


def test_bundled_corrupt_package_goes_through_the_real_validator(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = _fake_models(tmp_path, monkeypatch)
    with zipfile.ZipFile(d / "translate-es_en.argosmodel", "w") as zf:
        zf.writestr("pkg/readme.txt", "no metadata")
    lines: list[str] = []
    assert bundled.install_bundled_models(report=lines.append) == []
    assert "translate-es_en.argosmodel not installed" in lines[0]
    assert "metadata.json" in lines[0]


# --- self-test reporting -------------------------------------------------------------

def test_selftest_reports_failures_and_skips_dependants(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    def broken(st: object) -> str:
        raise ModuleNotFoundError("No module named 'paralelo.core.align'")

    monkeypatch.setattr(selftest, "_translate", lambda st: "engine: stub")
    monkeypatch.setattr(selftest, "_align", broken)
    assert selftest.main([]) == 1
    out = capsys.readouterr().out.splitlines()
    by_step = {ln.split()[0]: ln for ln in out[1:-1]}
    assert list(by_step) == list(selftest.STEPS)
    assert " ok " in by_step["import"] and " ok " in by_step["translate"]
    assert "FAILED: ModuleNotFoundError: No module named 'paralelo.core.align'" in by_step["align"]
    assert by_step["facts"].endswith("FAILED: not run (align failed)")
    assert by_step["export"].endswith("FAILED: not run (align failed)")
    assert out[-1] == "self-test FAILED: align, facts, export"


def test_selftest_verbose_prints_the_traceback(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def broken(st: object) -> str:
        raise ImportError("")  # numpy's C-extension failure in a bad build looks like this

    monkeypatch.setattr(selftest, "_translate", broken)
    assert selftest.main(["--engine", "none"]) == 1
    quiet = capsys.readouterr()
    assert "translate  FAILED: ImportError" in quiet.out and "Traceback" not in quiet.err
    assert selftest.main(["--engine", "none", "--verbose"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_selftest_wrong_result_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_facts(st: object) -> str:
        raise selftest.StepFailed("no shared facts found")

    monkeypatch.setattr(selftest, "_translate", lambda st: "")
    monkeypatch.setattr(selftest, "_align", lambda st: "")
    monkeypatch.setattr(selftest, "_facts", no_facts)
    report = selftest.run(out=lambda s: None)
    assert report.failed == ["facts", "export"]
    assert "facts      FAILED: no shared facts found" in report.lines


def test_selftest_full_seed_pipeline(tmp_path: Path) -> None:
    """Every step really works from source with the no-engine path (exports kept)."""
    lines: list[str] = []
    report = selftest.run(engine="none", out_dir=tmp_path, out=lines.append)
    assert report.failed == [], "\n".join(lines)
    assert sorted(p.suffix for p in tmp_path.iterdir()) == sorted(
        f".{f}" for f in selftest.EXPORT_FORMATS)


def test_cli_dispatches_self_test(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "paralelo", "--self-test", "--engine", "bogus"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "invalid choice" in out.stderr  # argparse of the self-test
    assert "Traceback" not in out.stderr


# --- build script checks -------------------------------------------------------------

def test_forbidden_packages_are_spotted(tmp_path: Path) -> None:
    build = load_build_script()
    for rel in ("_internal/torch/__init__.pyc", "_internal/libtorch_cpu.so",
                "_internal/spacy-3.7.0.dist-info/METADATA", "_internal/stanza/x.py",
                "_internal/ok/storch.txt", "_internal/sentencepiece/x.so"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    hits = build.forbidden_files(tmp_path)
    assert any("libtorch_cpu.so" in h for h in hits)
    assert any(h.endswith("spacy-3.7.0.dist-info") for h in hits)
    assert any(h.endswith("stanza") for h in hits)
    assert not any("storch" in h or "sentencepiece" in h for h in hits)


def test_build_refuses_a_bad_model_before_building(tmp_path: Path) -> None:
    bad = tmp_path / "model.argosmodel"
    bad.write_bytes(b"not a zip")
    out = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--models",
                          str(bad), "--distpath", str(tmp_path / "d"), "--workpath",
                          str(tmp_path / "w")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "not a valid Argos package" in out.stderr
    assert not (tmp_path / "d").exists()
    build = load_build_script()
    assert "no such file" in build.check_model(tmp_path / "missing.argosmodel")
    assert "not an .argosmodel" in build.check_model(bad.rename(tmp_path / "m.zip"))


def test_debug_info_is_found_and_stripped_but_vendored_libs_are_left(tmp_path: Path) -> None:
    gcc = shutil.which("gcc")
    if gcc is None or shutil.which("strip") is None or not sys.platform.startswith("linux"):
        pytest.skip("needs gcc and strip on Linux")
    build = load_build_script()
    src = tmp_path / "m.c"
    src.write_text("int answer(void) { return 42; }\n", encoding="utf-8")
    app = tmp_path / "app"
    (app / "pkg").mkdir(parents=True)
    (app / "vendor.libs").mkdir()
    for out, flags in ((app / "pkg" / "debug.so", ["-g"]), (app / "pkg" / "plain.so", []),
                       (app / "vendor.libs" / "patched.so", ["-g"])):
        subprocess.run([gcc, "-shared", "-fPIC", *flags, "-o", str(out), str(src)], check=True)
    (app / "pkg" / "data.txt").write_text("\x7fELF but not really", encoding="utf-8")
    assert build.has_debug_info(app / "pkg" / "debug.so")
    assert not build.has_debug_info(app / "pkg" / "plain.so")
    assert not build.has_debug_info(app / "pkg" / "data.txt")
    assert build.strip_debug_info(app) > 0
    assert not build.has_debug_info(app / "pkg" / "debug.so")
    assert build.has_debug_info(app / "vendor.libs" / "patched.so")  # left alone
    assert build.strip_debug_info(app) == 0


def test_linux_share_tree_is_complete(tmp_path: Path) -> None:
    build = load_build_script()
    build.add_linux_share(tmp_path)
    share = tmp_path / "share"
    app_id = build.APP_ID
    assert (share / "applications" / f"{app_id}.desktop").read_bytes() == (
        REPO / "packaging" / f"{app_id}.desktop").read_bytes()
    assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{app_id}.svg").is_file()
    sizes = sorted(int(d.name.split("x")[0]) for d in (share / "icons/hicolor").iterdir()
                   if d.name != "scalable")
    assert sizes == sorted(build.ICON_SIZES)
    for size in build.ICON_SIZES:
        png = (share / f"icons/hicolor/{size}x{size}/apps/{app_id}.png").read_bytes()
        assert int.from_bytes(png[16:20], "big") == size


def test_spec_does_not_exclude_what_paralelo_imports() -> None:
    """A module the app imports but the spec excludes would break only the packaged app."""
    import ast
    import re

    spec = (REPO / "packaging" / "Paralelo.spec").read_text(encoding="utf-8")
    qt_block = spec.split('EXCLUDES += [f"PySide6.{m}" for m in (', 1)[1].split(")]", 1)[0]
    excluded = {f"PySide6.{m}" for m in re.findall(r'"(\w+)"', qt_block)}
    plain_block = spec.split("EXCLUDES = [", 1)[1].split("]", 1)[0]
    excluded |= set(re.findall(r'"([\w.]+)"', plain_block))
    assert "PySide6.QtQml" in excluded and "torch" in excluded  # parsed the spec
    used: set[str] = set()
    for path in (REPO / "desktop" / "paralelo").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                used.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                used.add(node.module)
                used.update(f"{node.module}.{a.name}" for a in node.names)
    clash = sorted(u for u in used for x in excluded if u == x or u.startswith(x + "."))
    assert clash == []
