"""Build the packaged app (``make package``) and check what came out.

    python packaging/build.py [--models FILE.argosmodel ...] [--distpath DIR] [--workpath DIR]

Runs PyInstaller on packaging/Paralelo.spec (one-folder build), then refuses
the result if torch, stanza or spacy slipped in, if the executable, seeds,
icons or Qt platform plugin are missing, and prints the folder's size and the
build time. Exit codes: 0 built and checked, 1 build or check failed, 2 bad
arguments (e.g. a model file that is not an Argos package).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "Paralelo.spec"
APP = "Paralelo"
APP_ID = "io.github.paralelo.Paralelo"
FORBIDDEN = ("torch", "stanza", "spacy")


def exe_name() -> str:
    return f"{APP}.exe" if sys.platform == "win32" else APP


def check_model(path: Path) -> str | None:
    """Why ``path`` cannot be bundled as an Argos package, or None if it can."""
    if not path.is_file():
        return f"{path}: no such file"
    if path.suffix != ".argosmodel":
        return f"{path}: not an .argosmodel file"
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        return f"{path}: not a valid Argos package ({exc})"
    if not any(n.count("/") == 1 and n.endswith("/metadata.json") for n in names):
        return f"{path}: not an Argos package (no metadata.json in its top folder)"
    return None


def forbidden_files(app_dir: Path) -> list[str]:
    """Paths inside the app that belong to torch, stanza or spacy."""
    hits = []
    for path in app_dir.rglob("*"):
        rel = path.relative_to(app_dir)
        for part in rel.parts:
            low = part.lower()
            stem = low.split(".")[0].split("-")[0]
            if stem in FORBIDDEN or low.startswith(tuple(f"lib{f}" for f in FORBIDDEN)):
                hits.append(str(rel))
                break
    return hits


def has_debug_info(path: Path) -> bool:
    """True for a 64-bit little-endian ELF file with a .debug_info section."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
            if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
                return False
            shoff, = struct.unpack_from("<Q", head, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", head, 0x3A)
            if not shoff or not shnum or shstrndx >= shnum:
                return False
            fh.seek(shoff)
            table = fh.read(shentsize * shnum)
            sections = [struct.unpack_from("<IIQQQQ", table, i * shentsize) for i in range(shnum)]
            _, _, _, _, str_off, str_size = sections[shstrndx]
            fh.seek(str_off)
            names = fh.read(str_size)
    except (OSError, struct.error):
        return False
    return any(names[s[0]:names.index(b"\0", s[0])] == b".debug_info" for s in sections
               if s[0] < len(names))


def strip_debug_info(app_dir: Path) -> int:
    """Strip debug sections from binaries that carry them (Linux); returns bytes saved.

    Vendored libraries in ``*.libs`` folders are left alone: they were rewritten
    by auditwheel/patchelf and strip can corrupt them.
    """
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    saved = 0
    for path in sorted(app_dir.rglob("*")):
        if (path.is_symlink() or not path.is_file()
                or any(p.endswith(".libs") for p in path.relative_to(app_dir).parts)
                or not has_debug_info(path)):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def add_linux_share(app_dir: Path) -> None:
    """Put the desktop entry, AppStream metadata and icons in ``share/`` (XDG layout).

    The tarball is then self-contained: ``cp -r Paralelo/share ~/.local/`` (or a
    distribution package copying it to /usr) puts Paralelo in the menu.
    """
    share = app_dir / "share"
    icons = ROOT / "resources" / "icons"
    files = {
        share / "applications" / f"{APP_ID}.desktop": ROOT / "packaging" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml":
            ROOT / "packaging" / f"{APP_ID}.metainfo.xml",
        # The .paralelo session type (shared-mime-info), which the desktop entry opens.
        share / "mime" / "packages" / f"{APP_ID}.xml": ROOT / "packaging" / f"{APP_ID}.mime.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
            icons / "paralelo.svg",
    }
    for size in ICON_SIZES:
        files[share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = (
            icons / f"paralelo-{size}.png")
    for dest, src in files.items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def check_app(app_dir: Path, models: list[Path]) -> list[str]:
    """Problems with a built app folder (empty when it is complete)."""
    problems = []
    if not (app_dir / exe_name()).is_file():
        problems.append(f"missing executable {exe_name()}")
    internal = app_dir / "_internal"
    for rel in ("seeds/001_d655b8d76ea664d5.txt", "resources/icons/paralelo.svg",
                "resources/icons/paralelo-256.png"):
        if not (internal / rel).is_file():
            problems.append(f"missing {rel}")
    qt = internal / "PySide6" / "Qt"
    if not list(qt.glob("plugins/platforms/*offscreen*")):
        problems.append("missing Qt platform plugins")
    if not list(qt.glob("translations/qtbase_es.qm")):
        problems.append("missing Qt Spanish translations")
    if sys.platform.startswith("linux"):
        for rel in (f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
                    f"share/mime/packages/{APP_ID}.xml",
                    f"share/icons/hicolor/256x256/apps/{APP_ID}.png"):
            if not (app_dir / rel).is_file():
                problems.append(f"missing {rel}")
    for m in models:
        if not (internal / "models" / m.name).is_file():
            problems.append(f"bundled model {m.name} missing")
    bad = forbidden_files(app_dir)
    if bad:
        problems.append(f"forbidden packages inside: {', '.join(bad[:5])}")
    return problems


def build(distpath: Path, workpath: Path, models: list[Path], *, quiet: bool = False) -> Path:
    """Run PyInstaller; returns the app folder. Raises CalledProcessError on failure."""
    env = dict(os.environ, PARALELO_BUNDLE_MODELS=os.pathsep.join(str(m) for m in models))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(distpath), "--workpath", str(workpath), str(SPEC)]
    if quiet:
        cmd[3:3] = ["--log-level", "WARN"]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return distpath / APP


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/Paralelo/ with PyInstaller.")
    parser.add_argument("--models", nargs="*", default=[], type=Path, metavar="FILE",
                        help="Argos .argosmodel package(s) to bundle inside the app")
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller warnings")
    args = parser.parse_args(argv)
    models = [m.resolve() for m in args.models]
    for m in models:
        why = check_model(m)
        if why:
            print(f"build: error: {why}", file=sys.stderr)
            return 2
    t0 = time.perf_counter()
    try:
        app_dir = build(args.distpath.resolve(), args.workpath.resolve(), models, quiet=args.quiet)
    except subprocess.CalledProcessError as exc:
        print(f"build: error: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    saved = strip_debug_info(app_dir)
    if sys.platform.startswith("linux"):
        add_linux_share(app_dir)
    elapsed = time.perf_counter() - t0
    problems = check_app(app_dir, models)
    for p in problems:
        print(f"build: error: {p}", file=sys.stderr)
    if problems:
        return 1
    size = folder_size(app_dir)
    bundled = f", {len(models)} model(s) bundled" if models else ""
    print(f"built {app_dir} in {elapsed:.0f} s: {size / 1e6:.0f} MB, "
          f"no {'/'.join(FORBIDDEN)} inside{bundled}"
          + (f"; {saved / 1e6:.0f} MB of debug info stripped" if saved else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
