"""Theme-coloured SVG icons, rendered at the exact size the screen asks for.

The SVGs in resources/icons/ draw every stroke and fill in the literal colour `#000000`; the
provider swaps it for the current theme's icon colour, so one set of files serves both themes.
Icons are painted by a small QIconEngine straight from the SVG at the requested size × device pixel
ratio, which keeps them crisp at 125, 150 and 200 % scaling where pre-rendered pixmaps blur.

A QIcon is a snapshot of the colour current when it was made: after `set_color` (the theme
controller calls it before emitting `sig_changed`) the window asks for its icons again.

Icons that point along the reading direction (back, forward) are drawn mirrored when the
application is right to left (Arabic): "back" then points right, where an Arabic reader came
from. The direction is read when the icon is made; the window is rebuilt on a language change.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

PLACEHOLDER_COLOR = "#000000"
APP_ICON = "field-reference"
DISABLED_OPACITY = 0.4
MAX_DRAWN = 32  # pixmaps one icon keeps (sizes × modes × states × screens)
MIRRORED_IN_RTL = frozenset({"back", "forward"})  # icons whose meaning follows reading direction


class SvgIconEngine(QIconEngine):
    """Paints one SVG document at any size; disabled icons are drawn faded, not re-coloured.

    `svg_on`, when given, is drawn for the On state: a checked action (a bookmarked entry's
    toolbar button) shows its filled icon, so the state is seen, not only a sunken frame.
    `mirrored` draws it flipped left to right (back/forward in a right-to-left interface)."""

    def __init__(self, svg: bytes, svg_on: bytes | None = None, mirrored: bool = False) -> None:
        super().__init__()
        self._svg = svg
        self._svg_on = svg_on
        self.mirrored = mirrored
        self._renderer = _renderer(svg)
        self._renderer_on = _renderer(svg_on) if svg_on is not None else self._renderer
        # drawn pixmaps by (width, height, mode, state, scale): a tree or toolbar repaint asks
        # for the same few icons again and again, and rendering the SVG each time held the GUI
        # thread for milliseconds per repaint (Qt's own SVG icon engine caches the same way)
        self._drawn: dict[tuple[int, int, int, int, float], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def _draw(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * DISABLED_OPACITY)
        if self.mirrored:  # flip around the rect's vertical centre line
            painter.translate(2 * rect.x() + rect.width(), 0)
            painter.scale(-1, 1)
        renderer = self._renderer_on if state == QIcon.State.On else self._renderer
        renderer.render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Render at size × scale device pixels so high-DPI screens get real detail."""
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        key = (width, height, mode.value, state.value, scale)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            if len(self._drawn) >= MAX_DRAWN:  # sizes come and go with zoom and screens
                self._drawn.clear()
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            self._draw(painter, QRect(QPoint(0, 0), QSize(width, height)), mode, state)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            self._drawn[key] = pixmap
        return QPixmap(pixmap)  # a shallow copy: Qt may change the one it is given

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def isNull(self) -> bool:
        return not self._renderer.isValid()

    def key(self) -> str:
        return "field-reference-svg"

    def clone(self) -> QIconEngine:
        """A copy for a QIcon that detaches (e.g. after addPixmap on a shared icon).

        PySide6 leaves the returned engine owned by Python, so without a reference the wrapper
        would be collected while Qt still uses it (a crash). Live clones are kept until Qt
        deletes them; dead wrappers are pruned here, so the list only holds clones in use.
        """
        _LIVE_CLONES[:] = [engine for engine in _LIVE_CLONES if shiboken6.isValid(engine)]
        engine = SvgIconEngine(self._svg, self._svg_on, self.mirrored)
        _LIVE_CLONES.append(engine)
        return engine


_LIVE_CLONES: list[SvgIconEngine] = []
FILLED_SUFFIX = "-filled"
"""`bookmark-filled.svg` beside `bookmark.svg` is the checked look of the `bookmark` icon."""


def _renderer(svg: bytes) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(svg))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


class IconProvider:
    """Loads each SVG once and hands out QIcons in the current theme colour."""

    def __init__(self, folder: Path, color: QColor | None = None) -> None:
        self._folder = Path(folder)
        self._color = QColor(color) if color is not None else QColor(PLACEHOLDER_COLOR)
        self._sources: dict[str, str | None] = {}
        self._icons: dict[str, QIcon] = {}

    def set_color(self, color: QColor) -> None:
        """Switch the colour for icons made from now on; cached icons are dropped."""
        self._color = QColor(color)
        self._icons.clear()

    def icon(self, name: str) -> QIcon:
        """The named icon in the theme colour; a null QIcon for a name with no readable SVG.

        A missing icon is a cosmetic problem, so it is logged at DEBUG only: it must never stop
        the app or fail a test run that treats warnings as errors.
        """
        mirrored = name in MIRRORED_IN_RTL and QGuiApplication.isRightToLeft()
        key = f"{name}:rtl" if mirrored else name
        cached = self._icons.get(key)
        if cached is not None:
            return QIcon(cached)
        source = self._source(name)
        if source is None:
            return QIcon()
        filled = self._source(name + FILLED_SUFFIX) if not name.endswith(FILLED_SUFFIX) else None
        icon = _make_icon(
            self._colored(source), self._colored(filled) if filled else None, mirrored
        )
        self._icons[key] = icon
        return QIcon(icon)

    def _colored(self, source: str) -> bytes:
        color = self._color.name(QColor.NameFormat.HexRgb)
        return source.replace(PLACEHOLDER_COLOR, color).encode("utf-8")

    def drawn_icon(self, key: str, source: str) -> QIcon:
        """An icon from SVG text drawn in the same placeholder colour as the files (a glyph the
        style asks for, which needs no file), in the theme colour and cached like the rest."""
        cached = self._icons.get(key)
        if cached is None:
            cached = self._icons[key] = _make_icon(self._colored(source))
        return QIcon(cached)

    def app_icon(self) -> QIcon:
        """The application mark in its own colours: it is never re-coloured by theme."""
        source = self._source(APP_ICON)
        return QIcon() if source is None else _make_icon(source.encode("utf-8"))

    def _source(self, name: str) -> str | None:
        if name not in self._sources:
            path = self._folder / f"{name}.svg"
            try:
                self._sources[name] = path.read_text(encoding="utf-8") if name else None
            except (OSError, UnicodeDecodeError, ValueError):
                log.debug("no icon %r at %s", name, path)
                self._sources[name] = None
        return self._sources[name]


def drawn_once(icon: QIcon, size: QSize, scale: float) -> QIcon:
    """`icon` as pixmaps drawn now at `size` × `scale`, for a view that paints it on every row.

    Painting an SVG-engine icon calls into Python a few times per row (null? which size? the
    pixmap), and every such call from a repaint waits for the interpreter lock; Qt's own pixmap
    engine answers in C++. Normal and Selected look the same, as the SVG engine draws them."""
    if icon.isNull():
        return QIcon()
    pixmap = icon.pixmap(size, scale)
    flat = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        flat.addPixmap(pixmap, mode)
    return flat


def _make_icon(svg: bytes, svg_on: bytes | None = None, mirrored: bool = False) -> QIcon:
    engine = SvgIconEngine(svg, svg_on, mirrored)
    if engine.isNull():
        log.debug("icon SVG could not be parsed")
        return QIcon()
    return QIcon(engine)
