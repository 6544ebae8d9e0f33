"""Icons and themes: every action's icon draws, recolours and stays sharp; palettes are readable."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QProxyStyle

from desktop_app.commands.actions import ACTIONS
from desktop_app.look.icons import APP_ICON, IconProvider
from desktop_app.look.theme import (
    DARK,
    LIGHT,
    ThemeController,
    ThemeMode,
    contrast_ratio,
    dark_palette,
    entry_css,
    light_palette,
    stylesheet,
)

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
REQUIRED = [
    "search",
    "find",
    "back",
    "forward",
    "home",
    "tree",
    "zoom-in",
    "zoom-out",
    "palette",
    "keyboard",
    "bookmark",
    "bookmark-filled",
    "note",
    "history",
    "print",
    "pdf",
    "region",
    "field",
    "initiative",
    "dialogue",
    "clear",
]
ACTION_ICONS = sorted({a.icon for a in ACTIONS if a.icon})


@pytest.fixture
def provider(qapp: QApplication) -> IconProvider:
    return IconProvider(ICONS, QColor("#204060"))


@pytest.fixture
def controller(qapp: QApplication, provider: IconProvider) -> Iterator[ThemeController]:
    """A controller whose changes to the shared QApplication are undone afterwards."""
    palette, sheet, style = QPalette(qapp.palette()), qapp.styleSheet(), qapp.style().name()
    theme = ThemeController(qapp, provider, ThemeMode.LIGHT)
    yield theme
    shiboken6.delete(theme)  # stop it following later colour-scheme changes
    qapp.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    if style:  # empty when a style sheet was wrapping the style
        qapp.setStyle(style)
    qapp.setPalette(palette)


def opaque_pixels(pixmap: QPixmap) -> list[QColor]:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]


def test_action_table_names_only_required_icons() -> None:
    assert ACTION_ICONS
    assert set(ACTION_ICONS) <= set(REQUIRED)


@pytest.mark.parametrize("name", REQUIRED)
def test_icon_draws_at_every_size_and_scale(provider: IconProvider, name: str) -> None:
    assert (ICONS / f"{name}.svg").is_file()
    icon = provider.icon(name)
    assert not icon.isNull()
    for size in (16, 24, 48):
        for ratio in (1.0, 1.5, 2.0):
            pixmap = icon.pixmap(QSize(size, size), ratio)
            assert pixmap.size() == QSize(round(size * ratio), round(size * ratio))
            assert pixmap.devicePixelRatio() == ratio
            assert opaque_pixels(pixmap), f"{name} is blank at {size}px ×{ratio}"


def test_recolouring_changes_pixels(provider: IconProvider) -> None:
    provider.set_color(QColor("#ff0000"))
    red = opaque_pixels(provider.icon("search").pixmap(QSize(24, 24)))
    provider.set_color(QColor("#0000ff"))
    blue = opaque_pixels(provider.icon("search").pixmap(QSize(24, 24)))
    assert {c.name() for c in red} == {"#ff0000"}
    assert {c.name() for c in blue} == {"#0000ff"}


def test_disabled_icons_are_faded(provider: IconProvider) -> None:
    icon = provider.icon("home")
    normal = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal).toImage()
    faded = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    alpha = [
        (normal.pixelColor(x, y).alpha(), faded.pixelColor(x, y).alpha())
        for y in range(24)
        for x in range(24)
    ]
    assert max(n for n, _ in alpha) == 255
    assert max(f for _, f in alpha) < 128


def test_unknown_names_give_null_icons_quietly(
    provider: IconProvider, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        assert provider.icon("no-such-icon").isNull()
        assert provider.icon("").isNull()
        assert provider.icon("../pyproject").isNull()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_icon_copies_survive_detaching(provider: IconProvider) -> None:
    """PySide leaves QIconEngine.clone() results owned by Python; the provider keeps them alive."""
    copy = QIcon(provider.icon("back"))
    copy.addPixmap(QPixmap(8, 8))  # detaches: Qt calls clone()
    assert not copy.pixmap(QSize(24, 24)).isNull()


def test_app_icon_keeps_its_colours(provider: IconProvider) -> None:
    icon = provider.app_icon()
    assert not icon.isNull()
    colours = {c.name() for c in opaque_pixels(icon.pixmap(QSize(48, 48)))}
    assert len(colours) > 5 and "#204060" not in colours
    for name, size in (("field-reference.png", 256), ("field-reference-48.png", 48)):
        image = QImage(str(ICONS / name))
        assert image.size() == QSize(size, size)


@pytest.mark.parametrize("path", sorted(ICONS.glob("*.svg")), ids=lambda p: p.stem)
def test_every_svg_parses_and_is_clean(qapp: QApplication, path: Path) -> None:
    assert QSvgRenderer(str(path)).isValid()
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"inkscape|sodipodi|sketch|adobe", text, re.IGNORECASE)
    if path.stem != APP_ICON:
        assert 'viewBox="0 0 24 24"' in text
        assert set(re.findall(r"#[0-9a-fA-F]{3,8}\b", text)) == {"#000000"}


@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_palettes_meet_wcag_aa(qapp: QApplication, make: object) -> None:
    palette: QPalette = make()  # type: ignore[operator]
    role = QPalette.ColorRole
    for fg, bg in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
        (role.PlaceholderText, role.Base),
    ):
        ratio = contrast_ratio(palette.color(fg), palette.color(bg))
        assert ratio >= 4.5, f"{fg.name}/{bg.name}: {ratio:.2f}"


def test_light_and_dark_palettes_differ(qapp: QApplication) -> None:
    light, dark = light_palette(), dark_palette()
    assert light != dark
    window = QPalette.ColorRole.Window
    assert light.color(window).lightness() > 200 > 60 > dark.color(window).lightness()


def test_highlight_marks_are_readable() -> None:
    for c in (LIGHT, DARK):
        assert contrast_ratio(QColor(c.mark_text), QColor(c.mark_bg)) >= 4.5
        assert contrast_ratio(QColor(c.link), QColor(c.chip_bg)) >= 4.5


def test_controller_switches_and_signals(qtbot, qapp: QApplication, controller) -> None:
    with qtbot.waitSignal(controller.sig_changed, check_params_cb=lambda dark: dark is True):
        controller.set_mode(ThemeMode.DARK)
    assert controller.is_dark() and controller.mode() is ThemeMode.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert "QLineEdit#searchBox" in qapp.styleSheet()
    qapp.setStyleSheet("")  # uncover the base style the sheet wraps (the fixture restores it)
    style = qapp.style()
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    assert base.name().lower() == "fusion"

    with qtbot.waitSignal(controller.sig_changed, check_params_cb=lambda dark: dark is False):
        controller.set_mode(ThemeMode.LIGHT)
    assert not controller.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)


def test_controller_recolours_icons(qapp: QApplication, controller, provider) -> None:
    controller.set_mode(ThemeMode.DARK)
    dark = {c.name() for c in opaque_pixels(provider.icon("home").pixmap(QSize(24, 24)))}
    controller.set_mode(ThemeMode.LIGHT)
    light = {c.name() for c in opaque_pixels(provider.icon("home").pixmap(QSize(24, 24)))}
    assert dark == {DARK.icon} and light == {LIGHT.icon}


def test_system_mode_follows_the_desktop_live(qtbot, qapp, controller, monkeypatch) -> None:
    """SYSTEM is neither forced light nor forced dark: it asks the desktop, now and on change."""
    import desktop_app.look.theme as theme_module

    desktop_dark = [True]
    monkeypatch.setattr(theme_module, "system_is_dark", lambda _a, _f=None: desktop_dark[0])
    with qtbot.waitSignal(controller.sig_changed):
        controller.set_mode(ThemeMode.SYSTEM)
    assert controller.mode() is ThemeMode.SYSTEM and controller.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    desktop_dark[0] = False
    with qtbot.waitSignal(controller.sig_changed) as changed:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert changed.args == [False] and not controller.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    assert ThemeMode("dark") is ThemeMode.DARK and str(ThemeMode.DARK) == "dark"


def body_pt(css: str) -> float:
    match = re.search(r"body, p, li, td \{ font-size: ([\d.]+)pt", css)
    assert match, css
    return float(match.group(1))


@pytest.mark.parametrize("dark", [False, True])
def test_entry_css_scales_with_zoom(dark: bool) -> None:
    assert (
        body_pt(entry_css(dark, 150)) > body_pt(entry_css(dark, 100)) > body_pt(entry_css(dark, 80))
    )
    assert body_pt(entry_css(dark, 100)) == 11.0
    css = entry_css(dark, 100)
    for selector in ("h1", ".kind", ".summary", "a.chip", ".hl", ".muted"):
        assert selector in css
    assert "border-radius" not in css


def test_stylesheet_is_small_and_font_family_free() -> None:
    for dark in (False, True):
        sheet = stylesheet(dark, 10.0)
        assert "font-family" not in sheet and "12.0pt" in sheet
        assert len(sheet.splitlines()) < 40


def test_an_icon_is_drawn_once_per_size_mode_and_state(qapp, monkeypatch):
    """Tree and toolbar repaints ask for the same icons again and again: rendering the SVG each
    time held the GUI thread for milliseconds per repaint (issue 11's lag budget)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

    from desktop_app.look.icons import SvgIconEngine

    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
        b'<rect width="16" height="16"/></svg>'
    )
    engine = SvgIconEngine(svg)
    drawn: list[tuple[int, int]] = []
    real = SvgIconEngine._draw
    monkeypatch.setattr(
        SvgIconEngine,
        "_draw",
        lambda self, painter, rect, mode, state: (
            drawn.append((rect.width(), mode.value)),
            real(self, painter, rect, mode, state),
        ),
    )
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for _ in range(3):
        engine.paint(painter, QRect(0, 0, 16, 16), QIcon.Mode.Normal, QIcon.State.Off)
    engine.paint(painter, QRect(16, 0, 24, 24), QIcon.Mode.Normal, QIcon.State.Off)
    engine.paint(painter, QRect(40, 0, 16, 16), QIcon.Mode.Disabled, QIcon.State.Off)
    painter.end()
    assert drawn == [(16, QIcon.Mode.Normal.value), (24, 0), (16, QIcon.Mode.Disabled.value)]
    assert QColor.fromRgba(image.pixel(8, 8)).alpha() == 255  # painted where it was asked
    assert QColor.fromRgba(image.pixel(48, 8)).alpha() < 255  # disabled: faded
