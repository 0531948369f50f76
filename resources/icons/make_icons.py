"""Render Paralelo's icon set from the SVG sources with Qt (no Pillow, no Inkscape).

    .venv/bin/python resources/icons/make_icons.py

Writes paralelo-<N>.png for every size in SIZES (sizes below SMALL_LIMIT come
from the simplified paralelo-small.svg so they stay crisp), paralelo.ico for
Windows (PNG-compressed entries, read by Windows Vista and later) and
paralelo.icns for macOS (PNG entries). The outputs are committed; re-run this
after editing an SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_LIMIT = 48  # below this the detailed artwork turns to mush
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry type -> pixel size (PNG payloads; macOS 10.7+).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
              ("ic10", 1024))


def render_png(size: int) -> bytes:
    """PNG bytes of the icon at ``size`` x ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    source = HERE / ("paralelo-small.svg" if size < SMALL_LIMIT else "paralelo.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"{source}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    buf.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO container holding one PNG per size (0 in the header means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: 'icns' + total length, then (type, length, PNG) chunks."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    pngs = {s: render_png(s) for s in {*SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)}}
    for s in SIZES:
        (HERE / f"paralelo-{s}.png").write_bytes(pngs[s])
    (HERE / "paralelo.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "paralelo.icns").write_bytes(build_icns(pngs))
    print(f"wrote {len(SIZES)} PNGs, paralelo.ico and paralelo.icns to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
