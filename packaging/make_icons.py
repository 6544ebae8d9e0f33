"""Write the Windows .ico and macOS .icns app icons from resources/icons/field-reference.svg.

Both formats may hold plain PNG images, so the SVG is rendered at each size with QtSvg (as
render_icons.py does for the committed PNGs) and packed here: no Pillow, no platform tools.
Usage: `python packaging/make_icons.py OUT_DIR` (the spec calls `write_icons`).
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # also inside PyInstaller on a desktop: no window

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_icons import ICONS, render

SVG = ICONS / "field-reference.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that carry PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def _png(size: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{size}.png"
        render(SVG, size, out)
        return out.read_bytes()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out_dir: Path) -> tuple[Path, Path]:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: _png(size) for size in sorted({*ICO_SIZES, *ICNS_TYPES})}
    out_dir.mkdir(parents=True, exist_ok=True)
    ico = out_dir / "field-reference.ico"
    icns = out_dir / "field-reference.icns"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns.write_bytes(icns_bytes(pngs))
    return ico, icns


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: make_icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in write_icons(Path(sys.argv[1])):
        print(f"{path}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
