"""Model manager: validation of .argosmodel archives, install/list/remove, download offline."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from paralelo.cli import main
from paralelo.translation.models import (
    ModelError,
    install_model,
    list_models,
    packages_dir,
    remove_model,
    validate_archive,
)


def _rezip(src: Path, dst: Path, *, drop: str | None = None,
           rename: dict[str, str] | None = None, meta: dict | None = None,
           extra: dict[str, bytes] | None = None) -> Path:
    """Copy ``src`` archive with one change, to build broken packages from a good one."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            name = info.filename
            if drop and name.endswith(drop):
                continue
            data = zin.read(name)
            if meta is not None and name.endswith("metadata.json"):
                data = json.dumps(meta).encode()
            zout.writestr((rename or {}).get(name, name), data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def test_models_live_in_the_platform_data_folder() -> None:
    assert packages_dir() == Path(os.environ["XDG_DATA_HOME"]) / "paralelo" / "argos-packages"


def test_valid_archive_metadata(argos_archive: Path) -> None:
    meta = validate_archive(argos_archive)
    assert (meta["from_code"], meta["to_code"], meta["_top"]) == (
        "es", "en", "translate-es_en-test")


def test_install_list_remove_seen_by_argostranslate(argos_archive: Path) -> None:
    m = install_model(argos_archive)
    assert m.path == packages_dir() / "translate-es_en-test"
    assert (m.path / "model" / "model.bin").is_file()
    assert [x.name for x in list_models()] == ["translate-es_en-test"]
    # argostranslate was pointed at our folder, not its own ~/.local/share one
    from argostranslate import package

    assert [p.package_path for p in package.get_installed_packages()] == [m.path]
    again = install_model(argos_archive)  # reinstall replaces in place
    assert again.path == m.path and len(list_models()) == 1
    assert remove_model("translate-es_en-test").name == "translate-es_en-test"
    assert list_models() == []
    with pytest.raises(ModelError, match="no installed model named 'nope'"):
        remove_model("nope")


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.argosmodel"
    bad.write_text("hello")
    with pytest.raises(ModelError, match="not a zip archive"):
        install_model(bad)
    with pytest.raises(ModelError, match="no such file"):
        install_model(tmp_path / "missing.argosmodel")


def test_corrupt_archive_is_refused(argos_archive: Path, tmp_path: Path) -> None:
    data = bytearray(argos_archive.read_bytes())
    with zipfile.ZipFile(argos_archive) as zf:
        info = zf.getinfo("translate-es_en-test/model/model.bin")
    mid = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[mid] ^= 0xFF
    bad = tmp_path / "corrupt.argosmodel"
    bad.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupt"):
        install_model(bad)
    truncated = tmp_path / "truncated.argosmodel"
    truncated.write_bytes(argos_archive.read_bytes()[: len(data) // 2])
    with pytest.raises(ModelError, match=r"not a zip|corrupt"):
        install_model(truncated)
    assert list_models() == []


@pytest.mark.parametrize("flaw", ["encrypted", "unknown compression"])
def test_unreadable_archive_is_one_line(argos_archive: Path, tmp_path: Path, flaw: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """zipfile raises RuntimeError / NotImplementedError here, not BadZipFile."""
    data = bytearray(argos_archive.read_bytes())
    central = data.find(b"PK\x01\x02")
    with zipfile.ZipFile(argos_archive) as zf:
        local = zf.infolist()[0].header_offset
    if flaw == "encrypted":  # general-purpose flag bit 0, local and central headers
        data[local + 6] |= 1
        data[central + 8] |= 1
    else:  # compression method 99 (AES), which zipfile cannot read
        data[local + 8:local + 10] = data[central + 10:central + 12] = (99).to_bytes(2, "little")
    bad = tmp_path / "odd.argosmodel"
    bad.write_bytes(bytes(data))
    assert main(["models", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("paralelo: error: odd.argosmodel: unsupported archive")
    assert err.count("\n") == 1
    assert list_models() == []


def test_wrong_pair_is_refused(wrong_pair_archive: Path) -> None:
    with pytest.raises(ModelError, match="translates en→es; Paralelo needs es→en"):
        install_model(wrong_pair_archive)
    assert list_models() == []


@pytest.mark.parametrize("change, message", [
    ({"drop": "sentencepiece.model"}, "missing sentencepiece.model"),
    ({"drop": "model.bin"}, "missing model/model.bin"),
    ({"drop": "metadata.json"}, "no metadata.json"),
    ({"extra": {"other/readme.txt": b"x"}}, "exactly one top folder"),
    ({"extra": {"translate-es_en-test/../../evil.txt": b"x"}}, "unsafe path"),
])
def test_incomplete_or_unsafe_archives_are_refused(argos_archive: Path, tmp_path: Path,
                                                   change: dict, message: str) -> None:
    bad = _rezip(argos_archive, tmp_path / "bad.argosmodel", **change)
    with pytest.raises(ModelError, match=message):
        install_model(bad)
    assert list_models() == []


def test_bad_metadata_json_is_refused(argos_archive: Path, tmp_path: Path) -> None:
    bad = tmp_path / "badmeta.argosmodel"
    with zipfile.ZipFile(argos_archive) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, b"{not json" if info.filename.endswith(
                "metadata.json") else data)
    with pytest.raises(ModelError, match=r"metadata\.json is not valid JSON"):
        validate_archive(bad)


def test_cli_install_list_remove(argos_archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "install", str(argos_archive)]) == 0
    assert "Installed translate-es_en-test" in capsys.readouterr().out
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "translate-es_en-test  es→en  version 0.1" in out
    assert "Engine argos: Argos translate-es_en-test 0.1" in out
    assert main(["models", "remove", "translate-es_en-test"]) == 0
    assert main(["models", "list"]) == 0
    assert "No Argos models installed." in capsys.readouterr().out


def test_cli_refuses_wrong_pair_in_one_line(wrong_pair_archive: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "install", str(wrong_pair_archive)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Paralelo needs es→en" in err


def test_download_without_network_fails_fast_in_one_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    start = time.monotonic()
    assert main(["models", "download", "es", "en"]) == 2
    assert time.monotonic() - start < 8
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("paralelo: error: cannot reach the Argos model index")
    assert list_models() == []


def test_download_from_a_local_index_installs(argos_archive: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The download path end to end, served from 127.0.0.1 (no real network)."""
    import functools
    import http.server
    import threading

    served = tmp_path / "www"
    served.mkdir()
    (served / "pkg.argosmodel").write_bytes(argos_archive.read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        (served / "index.json").write_text(json.dumps([
            {"from_code": "en", "to_code": "es", "links": [base + "nope"]},
            {"from_code": "es", "to_code": "en", "package_version": "0.1",
             "links": [base + "pkg.argosmodel"]},
        ]))
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            monkeypatch.setenv("ARGOS_PACKAGE_INDEX", base)
            assert main(["models", "download", "es", "en"]) == 0
        finally:
            httpd.shutdown()
    assert [m.name for m in list_models()] == ["translate-es_en-test"]


def test_broken_folders_are_ignored(argos_archive: Path) -> None:
    from paralelo.translation import get_engine

    root = packages_dir()
    (root / "junk").mkdir(parents=True)
    (root / "badmeta").mkdir()
    (root / "badmeta" / "metadata.json").write_text("[1, 2")
    (root / "stray.txt").write_text("x")
    assert list_models() == []
    assert get_engine("auto").name != "argos"
    install_model(argos_archive)
    assert [m.name for m in list_models()] == ["translate-es_en-test"]
    # a package whose model went missing is listed but not used
    (root / "translate-es_en-test" / "model" / "model.bin").unlink()
    assert get_engine("auto").name != "argos"


def test_oversized_archive_is_refused(argos_archive: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from paralelo.translation import model_archive

    monkeypatch.setattr(model_archive, "MAX_UNPACKED", 1000)
    with pytest.raises(ModelError, match="more than any translation model needs"):
        install_model(argos_archive)
    assert list_models() == []
