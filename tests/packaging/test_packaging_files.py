"""Desktop integration files and the icon set: valid, consistent, complete."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PKG = REPO / "packaging"
ICONS = REPO / "resources" / "icons"
APP_ID = "io.github.paralelo.Paralelo"
DESKTOP = PKG / f"{APP_ID}.desktop"
METAINFO = PKG / f"{APP_ID}.metainfo.xml"

sys.path.insert(0, str(ICONS))
import make_icons  # noqa: E402


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _desktop() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # type: ignore[assignment,method-assign]
    cp.read(DESKTOP, encoding="utf-8")
    return cp["Desktop Entry"]


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    out = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip() == "", out.stdout  # not even hints


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (Debian: appstream)")
    out = subprocess.run([tool, "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    problems = [ln for ln in out.stdout.splitlines() if ln.startswith(("E:", "W:"))]
    assert problems == []


def test_ids_names_and_icon_are_consistent() -> None:
    entry = _desktop()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == APP_ID
    assert root.findtext("icon") == APP_ID
    spec = (PKG / "Paralelo.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    exe = entry["Exec"].split()[0]
    assert f'APP_NAME = "{exe}"' in spec
    assert root.findtext("provides/binary") == exe
    assert entry["StartupWMClass"] == "paralelo"  # Qt's WM class = applicationName (see build test)
    from paralelo import __version__

    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_png_icons_have_their_size(size: int) -> None:
    assert _png_size((ICONS / f"paralelo-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_every_windows_size() -> None:
    data = (ICONS / "paralelo.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    seen = []
    for i in range(count):
        entry = data[6 + 16 * i:22 + 16 * i]
        w, h, _, _, _, bpp, length, offset = struct.unpack("<BBBBHHII", entry)
        png = data[offset:offset + length]
        assert len(png) == length
        real = _png_size(png)
        assert (w or 256, h or 256) == real
        assert bpp == 32
        seen.append(real[0])
    assert sorted(seen) == sorted(make_icons.ICO_SIZES)


def test_icns_chunks_are_consistent() -> None:
    data = (ICONS / "paralelo.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, {}
    while pos < len(data):
        kind = data[pos:pos + 4].decode("ascii")
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        kinds[kind] = _png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert pos == len(data)
    assert kinds == dict(make_icons.ICNS_TYPES)


def test_committed_pngs_match_the_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    """The PNGs were rendered from the current SVGs (re-run make_icons.py after edits)."""
    from PySide6.QtGui import QImage

    for size in (16, 48, 256):
        fresh = QImage.fromData(make_icons.render_png(size), "PNG")
        committed = QImage(str(ICONS / f"paralelo-{size}.png"))
        assert fresh.size() == committed.size()
        a = fresh.convertToFormat(QImage.Format.Format_RGBA8888)
        b = committed.convertToFormat(QImage.Format.Format_RGBA8888)
        diff = sum(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()),
                                               strict=True))
        assert diff / (size * size * 4) < 2.0, f"{size}px icon differs from its SVG"


def test_build_ico_and_icns_round_trip_sizes() -> None:
    fake = {s: b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", s, s)
            for s in (16, 32, 64, 128, 256, 512, 1024)}
    ico = make_icons.build_ico({16: fake[16], 256: fake[256]})
    assert struct.unpack("<H", ico[4:6])[0] == 2
    assert ico[6 + 16:6 + 18] == b"\x00\x00"  # 256 px is written as 0
    icns = make_icons.build_icns(fake)
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


# --- .paralelo sessions open from a file manager --------------------------------------

MIME_XML = PKG / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-paralelo-session"
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_desktop_entry_takes_files_and_opens_sessions() -> None:
    entry = _desktop()
    assert entry["Exec"].split()[1:] == ["%F"]
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("provides/mediatype") == MIME_TYPE


def test_mime_xml_declares_the_session_type() -> None:
    from lxml import etree

    from paralelo.storage.schema import APPLICATION_ID

    root = etree.parse(str(MIME_XML)).getroot()
    assert root.tag == f"{SMI}mime-info"
    (mt,) = root.findall(f"{SMI}mime-type")
    assert mt.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mt.findall(f"{SMI}glob")] == ["*.paralelo"]
    inner = mt.find(f"{SMI}magic/{SMI}match/{SMI}match")
    assert inner is not None and int(inner.get("offset")) == 68
    assert int(inner.get("value"), 16) == APPLICATION_ID


def test_mime_magic_matches_a_real_session(tmp_path: Path) -> None:
    """The magic the XML states (SQLite header, application_id at 68) is what sessions hold."""
    from paralelo.storage import Session
    from paralelo.storage.schema import APPLICATION_ID

    path = tmp_path / "s.paralelo"
    Session.create(path).close()
    head = path.read_bytes()[:72]
    assert head.startswith(b"SQLite format 3")
    assert struct.unpack(">I", head[68:72])[0] == APPLICATION_ID


def test_mime_database_accepts_the_package(tmp_path: Path) -> None:
    """update-mime-database (shared-mime-info) compiles it: the glob and magic are in."""
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database not installed (Debian: shared-mime-info)")
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, mime / "packages" / f"{APP_ID}.xml")
    out = subprocess.run([tool, str(mime)], capture_output=True, text=True)
    assert out.returncode == 0 and "error" not in out.stderr.lower(), out.stderr
    assert f"{MIME_TYPE}:*.paralelo" in (mime / "globs2").read_text(encoding="utf-8")
    assert MIME_TYPE.encode() in (mime / "magic").read_bytes()
    assert (mime / "application" / "x-paralelo-session.xml").is_file()


def test_build_script_installs_the_mime_package() -> None:
    text = (PKG / "build.py").read_text(encoding="utf-8")
    assert 'share / "mime" / "packages" / f"{APP_ID}.xml"' in text
    readme = (PKG / "README.md").read_text(encoding="utf-8")
    assert "update-mime-database" in readme


def test_version_has_one_source() -> None:
    """pyproject, --version, the spec, exports and sessions all read paralelo.__version__."""
    import tomllib

    from paralelo import __version__

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "paralelo.__version__"}
    copies = [p.relative_to(REPO).as_posix()
              for p in [*(REPO / "desktop" / "paralelo").rglob("*.py"), PKG / "Paralelo.spec",
                        PKG / "build.py", PKG / "entry.py", REPO / "setup.py"]
              if p.name != "__init__.py" and f'"{__version__}"' in p.read_text(encoding="utf-8")]
    assert copies == []
    assert "from paralelo import __version__" in (PKG / "Paralelo.spec").read_text(encoding="utf-8")
