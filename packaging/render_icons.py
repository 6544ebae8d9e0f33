"""Render the app icon SVG to the PNGs that installers and window managers want.

Run from the repository root: `python packaging/render_icons.py`. Writes
resources/icons/field-reference.png (256 px) and field-reference-48.png (48 px). PNGs are
committed because some packagers (and Linux .desktop files) cannot read SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
OUTPUTS = {"field-reference.png": 256, "field-reference-48.png": 48}


def render(svg: Path, size: int, out: Path) -> None:
    """Draw the SVG straight at the target size (no downscaling blur) and save it as PNG."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: could not write")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "field-reference.svg"
    for name, size in OUTPUTS.items():
        render(svg, size, ICONS / name)
        print(f"{ICONS / name}  {size}×{size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
