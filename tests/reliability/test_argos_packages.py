"""Issue 18.10: hostile and broken Argos model packages, read-only and full model folders.

Packages are the genuine tiny ones tests/translation/argos_fixture.py builds,
re-zipped with one flaw each. Read-only and full folders are real tmpfs mounts
(root, as in CI); without mount rights the read-only case runs the install as
user nobody (setpriv) instead, and skips only when neither is possible.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "translation"))

from argos_fixture import build_argos_package

from paralelo.cli import main
from paralelo.translation import translate_paragraphs
from paralelo.translation.argos import ArgosEngine
from paralelo.translation.base import EngineUnusable
from paralelo.translation.models import (
    ModelError,
    find_es_en,
    install_model,
    list_models,
    packages_dir,
)

TOP = "translate-es_en-test"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_argos_package(tmp_path_factory.mktemp("argos-rel"))


def _rezip(src: Path, dst: Path, *, meta_raw: bytes | None = None,
           meta: dict | None = None, declare: dict[str, int] | None = None) -> Path:
    """Copy ``src`` with new metadata bytes, or with members declaring other sizes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("metadata.json"):
                if meta is not None:
                    data = json.dumps(meta).encode()
                if meta_raw is not None:
                    data = meta_raw
            zout.writestr(info.filename, data)
        for zinfo in zout.filelist:  # the central directory is written on close, from these
            for suffix, size in (declare or {}).items():
                if zinfo.filename.endswith(suffix):
                    zinfo.file_size = size
    return dst


def _meta(archive: Path, **changes: object) -> dict:
    with zipfile.ZipFile(archive) as zf:
        meta = json.loads(zf.read(f"{TOP}/metadata.json"))
    meta.update(changes)
    return meta


def _left_behind() -> list[str]:
    root = packages_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.name != ".install.lock")


@pytest.mark.parametrize("label, flaw, message", [
    ("5,000-digit version string", {"package_version": "1" * 5000},
     "package_version is 5,000 characters long"),
    ("control characters", {"package_version": "1.0\x1b[31m"},
     "package_version contains control characters"),
    ("control characters in a name", {"code": "translate\x07es_en"}, "code contains control"),
    ("version as a number", {"package_version": 1.9}, "package_version must be text, not float"),
    ("pair as a list", {"from_code": ["es"]}, "from_code must be text, not list"),
    ("version missing", {"package_version": None}, "package_version is missing"),
    ("version not a version", {"package_version": "latest"}, "is not a version like 1.9"),
])
def test_hostile_metadata_is_refused_in_one_line(archive: Path, tmp_path: Path, label: str,
                                                 flaw: dict, message: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bad = _rezip(archive, tmp_path / "bad.argosmodel", meta=_meta(archive, **flaw))
    with pytest.raises(ModelError, match=message):
        install_model(bad)
    assert main(["models", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("paralelo: error: bad.argosmodel: bad metadata.json: ")
    assert err.count("\n") == 1 and "\x1b" not in err and "\x07" not in err
    assert _left_behind() == []  # nothing created


@pytest.mark.parametrize("raw, message", [
    (b'{"from_code": "es", "to_code": "en", "package_version": ' + b"9" * 5000 + b"}",
     "not valid JSON"),
    (b"[1, 2, 3]", "metadata.json must be an object"),
    (b"\xff\xfe{}", "not valid JSON"),
    (b" " * (2 * 1024**2) + b"{}", "larger than 1024 KB"),
])
def test_unparsable_metadata_is_refused(archive: Path, tmp_path: Path, raw: bytes,
                                        message: str) -> None:
    bad = _rezip(archive, tmp_path / "raw.argosmodel", meta_raw=raw)
    start = time.monotonic()
    with pytest.raises(ModelError, match=message) as info:
        install_model(bad)
    assert time.monotonic() - start < 5 and "\n" not in str(info.value)
    assert _left_behind() == []


def test_hostile_metadata_in_an_installed_folder_is_ignored(archive: Path) -> None:
    install_model(archive)
    for name, meta in [("huge", {"from_code": "es", "to_code": "en",
                                 "package_version": "9" * 5000}),
                       ("typed", {"from_code": "es", "to_code": "en", "package_version": [9]})]:
        folder = packages_dir() / name
        shutil.copytree(packages_dir() / TOP, folder)
        (folder / "metadata.json").write_text(json.dumps(meta))
    (packages_dir() / "digits").mkdir()
    (packages_dir() / "digits" / "metadata.json").write_text(
        '{"from_code": "es", "to_code": "en", "package_version": ' + "9" * 5000 + "}")
    assert [m.name for m in list_models()] == [TOP]
    found = find_es_en()
    assert found is not None and found.name == TOP


def test_a_zip_declaring_200_gib_is_refused_at_once(archive: Path, tmp_path: Path) -> None:
    bomb = _rezip(archive, tmp_path / "bomb.argosmodel", declare={"model.bin": 200 * 1024**3})
    with zipfile.ZipFile(bomb) as zf:
        assert zf.getinfo(f"{TOP}/model/model.bin").file_size == 200 * 1024**3
    start = time.monotonic()
    with pytest.raises(ModelError, match=r"unpacks to 214\.7 GB, more than any translation"):
        install_model(bomb)
    assert time.monotonic() - start < 2
    assert _left_behind() == []


def test_a_zip_lying_about_its_sizes_is_stopped_while_unpacking(archive: Path,
                                                                tmp_path: Path) -> None:
    """Declared tiny, actually larger: the actual bytes are counted; the old model stays."""
    install_model(archive)
    before = (packages_dir() / TOP / "model" / "model.bin").read_bytes()
    liar = _rezip(archive, tmp_path / "liar.argosmodel", meta=_meta(archive, package_version="0.2"),
                  declare={"model.bin": 10})
    with pytest.raises(ModelError, match=r"more than the archive declares|corrupt archive"):
        install_model(liar)
    assert _left_behind() == [TOP]
    assert (packages_dir() / TOP / "model" / "model.bin").read_bytes() == before
    assert [m.version for m in list_models()] == ["0.1"]


def _mount_tmpfs(where: Path, options: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture
def mounts() -> Iterator[list[Path]]:
    done: list[Path] = []
    yield done
    for where in reversed(done):
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.mark.parametrize("how", ["read-only mount", "user nobody"])
def test_install_into_a_read_only_folder(archive: Path, mounts: list[Path], how: str) -> None:
    """Root writes through chmod, so: a read-only tmpfs, or the install run as nobody."""
    root = packages_dir()
    if how == "read-only mount":
        if not _mount_tmpfs(root, "ro,size=1m"):
            pytest.skip("cannot mount a read-only tmpfs here (needs root and mount rights)")
        mounts.append(root)
        with pytest.raises(ModelError, match=r"cannot install: the model folder .* is not "
                           r"writable \(Read-only file system\)"):
            install_model(archive)
        assert _left_behind() == []
        return
    if shutil.which("setpriv") is None or os.geteuid() != 0:
        pytest.skip("setpriv, and root to drop to user nobody, are needed here")
    # A world-readable place (pytest's tmp folders are private to root).
    shared = Path(tempfile.mkdtemp(prefix="paralelo-ro-"))
    try:
        shared.chmod(0o755)
        pkg = shared / archive.name
        shutil.copy(archive, pkg)
        pkg.chmod(0o644)
        models = shared / "data" / "paralelo" / "argos-packages"
        models.mkdir(parents=True)
        for d in (shared / "data", shared / "data" / "paralelo", models):
            d.chmod(0o755)  # owned by root: nobody cannot write
        env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"),
               "XDG_DATA_HOME": str(shared / "data"), "HOME": str(shared)}
        proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                               sys.executable, "-m", "paralelo", "models", "install", str(pkg)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert "cannot install: the model folder" in proc.stderr
        assert "is not writable (Permission denied)" in proc.stderr
        assert proc.stderr.count("\n") == 1 and list(models.iterdir()) == []
    finally:
        shutil.rmtree(shared, ignore_errors=True)


class _FullDisk:
    """A file whose writes fail with ENOSPC once ``room`` bytes are used (no tmpfs needed)."""

    def __init__(self, real: Any, room: list[int]) -> None:
        self.real, self.room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room[0] -= len(data)
        return int(self.real.write(data))

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


@pytest.mark.parametrize("how", ["small tmpfs", "simulated ENOSPC"])
def test_full_disk_during_an_upgrade_keeps_the_installed_model(
        archive: Path, tmp_path: Path, mounts: list[Path], monkeypatch: pytest.MonkeyPatch,
        how: str) -> None:
    size = sum(i.file_size for i in zipfile.ZipFile(archive).infolist())
    root = packages_dir()
    if how == "small tmpfs":
        # Room for one unpacked model and a half: the upgrade runs out of space midway.
        if not _mount_tmpfs(root, f"size={int(size * 1.5) // 4096 * 4096 + 8192}"):
            pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
        mounts.append(root)
    first = install_model(archive)
    newer = _rezip(archive, tmp_path / "newer.argosmodel",
                   meta=_meta(archive, package_version="0.2"))
    with monkeypatch.context() as patch, pytest.raises(
            ModelError, match=r"cannot install: the disk holding .* is full; nothing was changed"):
        if how == "simulated ENOSPC":
            from paralelo.translation import model_archive

            room = [size // 2]
            patch.setattr(model_archive, "open",
                          lambda *a, **k: _FullDisk(open(*a, **k), room),  # noqa: SIM115
                          raising=False)
        install_model(newer)
    assert _left_behind() == [TOP]  # no staging folder, no half model
    assert [m.version for m in list_models()] == ["0.1"]
    engine = ArgosEngine(first.path, first.name, first.version, max_decoding_length=4)
    out = translate_paragraphs(["Hola amigo."], engine, cache=None)
    assert out[0].error is None and out[0].text  # the old model still translates


def _damage(folder: Path, how: str) -> None:
    if how == "garbage model.bin":
        (folder / "model" / "model.bin").write_bytes(os.urandom(4096))
    elif how == "broken SentencePiece file":
        (folder / "sentencepiece.model").write_bytes(b"\x00not a sentencepiece model")
    else:
        (folder / "model" / "config.json").write_text('{"unk_token": 5, "bos_token": []}')


@pytest.mark.parametrize("how, part", [
    ("garbage model.bin", "its CTranslate2 model"),
    ("broken SentencePiece file", "its SentencePiece file"),
    ("bad config", "its CTranslate2 model"),
])
def test_a_damaged_model_is_one_message(archive: Path, how: str, part: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    model = install_model(archive)
    _damage(model.path, how)
    paras = [f"Párrafo número {i}. Otra frase." for i in range(10)]
    engine = ArgosEngine(model.path, model.name, model.version)
    with pytest.raises(EngineUnusable, match=rf"^Argos model {TOP} 0\.1 is damaged: {part}"):
        translate_paragraphs(paras, engine, cache=None)
    es, en = (REPO / "seeds" / "001_d655b8d76ea664d5.txt",
              REPO / "seeds" / "000_c427449a33106fde.txt")
    for argv in (["translate", str(es), "--engine", "argos", "--no-cache"],
                 ["align", "--es", str(es), "--en", str(en), "--engine", "argos",
                  "--json", "-"]):
        assert main(argv) == 2, argv
        captured = capsys.readouterr()
        assert captured.err.startswith(f"paralelo: error: Argos model {TOP} 0.1 is damaged")
        assert captured.err.count("\n") == 1 and "could not be translated" not in captured.err
        assert "engine" not in captured.out  # no alignment claiming an engine was printed


def test_an_install_killed_between_its_renames_is_undone(archive: Path) -> None:
    """SIGKILL after the old model was moved aside and before the new one moved in."""
    install_model(archive)
    root = packages_dir()
    (root / TOP).rename(root / f".replaced-{TOP}.abc123")
    staging = root / f".installing-{TOP}.abc123"
    (staging / TOP / "model").mkdir(parents=True)  # half unpacked
    old = time.time() - 2 * 24 * 3600
    os.utime(staging, (old, old))
    assert [m.version for m in list_models()] == ["0.1"]  # put back on the next look
    assert _left_behind() == [TOP]
    found = find_es_en()
    assert found is not None and (found.path / "model" / "model.bin").is_file()


@pytest.mark.slow
def test_sigkill_during_an_upgrade_never_loses_the_model(archive: Path, tmp_path: Path) -> None:
    """Kill `models install` at many moments of an upgrade: always one whole model, old or new."""
    import random

    install_model(archive)
    newer = tmp_path / "newer.argosmodel"
    _rezip(archive, newer, meta=_meta(archive, package_version="0.2"))
    with zipfile.ZipFile(newer, "a", zipfile.ZIP_STORED) as zf:  # ~40 MB more to unpack
        zf.writestr(f"{TOP}/model/padding.bin", os.urandom(40 * 1024**2))
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    cmd = [sys.executable, "-m", "paralelo", "models", "install", str(newer)]
    start = time.monotonic()
    subprocess.run(cmd, env=env, capture_output=True, check=True, timeout=300)
    whole = time.monotonic() - start
    rng = random.Random(18)
    for _ in range(12):
        install_model(archive)  # back to 0.1
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.0) * whole)
        proc.kill()
        proc.wait(timeout=60)
        models = list_models()
        assert [m.version for m in models] in (["0.1"], ["0.2"])
        folder = models[0].path
        for part in ("metadata.json", "sentencepiece.model", "model/model.bin",
                     "model/config.json"):
            assert (folder / part).is_file(), part
        if models[0].version == "0.2":
            assert (folder / "model" / "padding.bin").stat().st_size == 40 * 1024**2
        assert [p for p in _left_behind() if p.startswith(".replaced-")] == []
    install_model(archive)  # the next install clears what the killed ones left
    assert _left_behind() == [TOP]
