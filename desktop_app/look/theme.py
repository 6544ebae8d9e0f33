"""Light and dark looks for the whole app: palette, Fusion style, a small stylesheet, icon colour.

Fusion is used on every platform because it is the one built-in style that paints entirely from the
QPalette, so our palettes look the same on Windows, macOS and Linux (through panel_style.PanelStyle,
which only redraws the dock panels' close button, a fixed dark bitmap in Fusion). In SYSTEM mode
the controller follows the desktop's light/dark setting live (Qt 6.5+ `colorSchemeChanged`).

The app stylesheet addresses widgets by object name, so the window must set them:
`QLineEdit#searchBox` (search box), `QListView#results` (result list), `QTreeView#tree` (tree).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.look.icons import IconProvider
from desktop_app.look.panel_style import PanelStyle

BASE_ENTRY_PT = 11.0
DEFAULT_UI_PT = 10.0


class ThemeMode(StrEnum):
    """How the look is chosen; the value is what settings files store."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class ThemeColors:
    """One theme's named colours, shared by the palette, the stylesheets and the icons."""

    window: str
    base: str
    alternate: str
    button: str
    text: str
    muted: str
    disabled: str
    border: str
    accent: str
    on_accent: str
    link: str
    link_visited: str
    icon: str
    mark_bg: str
    mark_text: str
    chip_bg: str
    tooltip_bg: str


LIGHT = ThemeColors(
    window="#f4f6f8",
    base="#ffffff",
    alternate="#eef2f5",
    button="#e9edf1",
    text="#1d2731",
    muted="#56636f",
    disabled="#8f9aa5",
    border="#c3ccd5",
    accent="#1a6a9a",
    on_accent="#ffffff",
    link="#0f5f8f",
    link_visited="#5d4a99",
    icon="#3a4856",
    mark_bg="#ffe28a",
    mark_text="#1d2731",
    chip_bg="#e1eef5",
    tooltip_bg="#ffffff",
)
DARK = ThemeColors(
    window="#1d2227",
    base="#15191d",
    alternate="#1b2025",
    button="#2a3138",
    text="#e2e7ec",
    muted="#a3adb7",
    disabled="#6b7580",
    border="#3b444d",
    accent="#2a78a6",
    on_accent="#ffffff",
    link="#74bde6",
    link_visited="#bba7ee",
    icon="#c9d3dc",
    mark_bg="#6b5710",
    mark_text="#fff6d6",
    chip_bg="#203a4b",
    tooltip_bg="#2a3138",
)


def colors(is_dark: bool) -> ThemeColors:
    return DARK if is_dark else LIGHT


def system_is_dark(app: QGuiApplication, fallback: QPalette | None = None) -> bool:
    """Whether the desktop asks for a dark look.

    Qt 6.5+ reports the scheme directly; where it says Unknown (some Linux desktops, offscreen)
    the lightness of the window colour decides. Pass the palette captured before our own was
    applied as `fallback`, or the answer would just echo the theme we set.
    """
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    palette = fallback if fallback is not None else app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _palette(c: ThemeColors, is_dark: bool) -> QPalette:
    role = QPalette.ColorRole
    window = QColor(c.window)
    palette = QPalette()
    normal = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.base,
        role.AlternateBase: c.alternate,
        role.Text: c.text,
        role.Button: c.button,
        role.ButtonText: c.text,
        role.BrightText: "#ffffff",
        role.Highlight: c.accent,
        role.HighlightedText: c.on_accent,
        role.Link: c.link,
        role.LinkVisited: c.link_visited,
        role.ToolTipBase: c.tooltip_bg,
        role.ToolTipText: c.text,
        role.PlaceholderText: c.muted,
        role.Accent: c.accent,
        # Fusion draws bevels and frames from these; derived from the window colour.
        role.Light: window.lighter(115 if is_dark else 130).name(),
        role.Midlight: window.lighter(108 if is_dark else 110).name(),
        role.Mid: c.border,
        role.Dark: window.darker(150 if is_dark else 135).name(),
        role.Shadow: "#000000" if is_dark else "#5a6570",
    }
    for r, value in normal.items():
        palette.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(disabled, r, QColor(c.disabled))
    palette.setColor(disabled, role.Highlight, QColor(c.border))
    # The results list is driven from the search box and never has focus itself: its selection
    # must look exactly as strong (and as readable) as a focused one.
    inactive = QPalette.ColorGroup.Inactive
    palette.setColor(inactive, role.Highlight, QColor(c.accent))
    palette.setColor(inactive, role.HighlightedText, QColor(c.on_accent))
    return palette


def light_palette() -> QPalette:
    """Dark slate text on near-white; every text role passes WCAG AA against its background."""
    return _palette(LIGHT, is_dark=False)


def dark_palette() -> QPalette:
    """Soft light text on charcoal (not pure black, which tires eyes in long reading)."""
    return _palette(DARK, is_dark=True)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21); AA for body text needs 4.5."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def stylesheet(is_dark: bool, base_pt: float = DEFAULT_UI_PT) -> str:
    """The app stylesheet: only what the palette cannot say (sizes, padding, rounded search box).

    The big views' borders and focus rings are not here (look/view_frames.py): a style-sheet
    border on a scroll area made every repaint of the window half as long again.

    Colours come from `palette(...)` so the sheet stays in step with the palette; `base_pt` is the
    application font size, which the search box enlarges slightly. `is_dark` picks the border.
    """
    c = colors(is_dark)
    search_pt = round(max(base_pt, 1.0) * 1.2, 1)
    status_px = round(max(base_pt, 1.0) * 1.9)  # a line of status text: the bar stays one row
    return f"""
QLineEdit#searchBox {{
    font-size: {search_pt}pt;
    padding: 5px 9px;
    border: 1px solid {c.border};
    border-radius: 7px;
    background: palette(base);
}}
QLineEdit#searchBox:focus {{
    padding: 4px 8px;
    border: 2px solid palette(highlight);
}}
QListView#results::item {{ padding: 6px 8px; }}
QTreeView#tree::item {{ padding: 4px 2px; }}
QStatusBar QProgressBar, QStatusBar QToolButton {{ max-height: {status_px}px; padding: 0 4px; }}
QDialog#command_palette {{
    border: 1px solid {c.border};
    background: palette(window);
}}
QToolTip {{
    color: palette(tooltip-text);
    background: palette(tooltip-base);
    border: 1px solid {c.border};
    padding: 4px;
}}
""".strip()


def entry_css(is_dark: bool, zoom: int) -> str:
    """CSS for the entry QTextBrowser (`document().setDefaultStyleSheet` before `setHtml`).

    Qt rich text knows a subset of CSS 2.1: point sizes but no `em`, `line-height` in percent,
    margins, colours and backgrounds; no borders or border-radius on inline text and no <mark>.
    All sizes scale with `zoom` (percent, 100 = base 11 pt body text). Body text colour is left
    to the palette so the same HTML prints dark-on-white; pass is_dark=False when printing.

    Selectors:
      body, p, li, td      body text and the spacing between paragraphs (Qt ignores a
                           default-sheet `body` size, so blocks carry it); the line height is
                           READING_LINE_HEIGHT (see `_reading_room_css`)
      p.title, p.section   entry title and section headings ("Related fields", …); real
                           <h1>/<h3> are avoided: Qt's heading sizes ignore zoom
      h1, h2, h3           kept for other documents
      a                    links (`entry:` scheme);  a.chip  region chips, tinted background
      .kind                muted kind label under the title ("Field of expertise"); with the
                           region chips it makes one line, p.meta
      .summary             the one-paragraph summary, slightly larger and italic
      .hl                  search-term highlight (<span class="hl">), readable in both themes;
                           Qt gives a span the body size, not its block's, so each block
                           with its own size repeats it for the highlight (a highlighted word
                           in the title keeps the title's size)
      .muted               secondary text ("Also known as", "Part of")
      .regions, .links     lines of chips / links, a little extra line height
    """
    c = colors(is_dark)
    scale = max(zoom, 10) / 100

    def pt(factor: float) -> str:
        return f"{round(BASE_ENTRY_PT * factor * scale, 1)}pt"

    return (
        f"""
body, p, li, td {{ font-size: {pt(1.0)}; }}
p, li {{ margin-top: 0px; margin-bottom: {round(9 * scale)}px; }}
h1 {{ font-size: {pt(1.75)}; font-weight: 600; margin-top: {round(4 * scale)}px;
     margin-bottom: {round(2 * scale)}px; }}
h2 {{ font-size: {pt(1.35)}; font-weight: 600; margin-top: {round(18 * scale)}px;
     margin-bottom: {round(6 * scale)}px; }}
h3 {{ font-size: {pt(1.12)}; font-weight: 600; margin-top: {round(16 * scale)}px;
     margin-bottom: {round(4 * scale)}px; }}
p.title {{ font-size: {pt(1.75)}; font-weight: 600; margin-top: {round(4 * scale)}px;
     margin-bottom: {round(2 * scale)}px; line-height: 120%; }}
p.section {{ font-size: {pt(1.12)}; font-weight: 600; margin-top: {round(16 * scale)}px;
     margin-bottom: {round(4 * scale)}px; }}
a {{ color: {c.link}; }}
a.chip {{ color: {c.link}; background-color: {c.chip_bg}; text-decoration: none; }}
.kind {{ font-size: {pt(0.85)}; color: {c.muted}; text-transform: uppercase;
        letter-spacing: 1px; margin-bottom: {round(12 * scale)}px; }}
.summary {{ font-size: {pt(1.12)}; font-style: italic; margin-bottom: {round(14 * scale)}px; }}
.hl {{ background-color: {c.mark_bg}; color: {c.mark_text}; }}
p.title .hl {{ font-size: {pt(1.75)}; }}
p.section .hl {{ font-size: {pt(1.12)}; }}
p.summary .hl {{ font-size: {pt(1.12)}; }}
.kind .hl {{ font-size: {pt(0.85)}; }}
.muted {{ color: {c.muted}; }}
""".strip()
        + "\n"
        + _reading_room_css(scale)
    )


READING_LINE_HEIGHT = 115
"""Percent of the font's own line spacing, which for the UI sans faces (Noto Sans, Segoe UI,
DejaVu) is already ~1.35 em: 115 % puts lines ~1.55 em apart, the pitch of comfortable book and
web text. The former 150 % (~2 em) cost a quarter of the lines a 1024×600 or 150 % screen can
show, where the reader must hold at least 12 body lines (tests/gui/test_small_screens.py)."""


def _reading_room_css(scale: float) -> str:
    """Line heights and the compact entry header: kind, mark and region chips on one line under
    the title, so on a short screen the body starts a few lines down, not half a screen down."""
    line = READING_LINE_HEIGHT
    return f"""
p, li {{ line-height: {line}%; }}
p.title {{ line-height: 110%; margin-bottom: {round(3 * scale)}px; }}
p.meta {{ line-height: {line + 10}%; margin-bottom: {round(10 * scale)}px; }}
.summary {{ margin-bottom: {round(10 * scale)}px; }}
.regions, .links {{ line-height: {line + 15}%; }}
""".strip()


class ThemeController(QObject):
    """Owns the app's look: palette, Fusion style, app stylesheet and icon colour.

    Views that build colours or HTML of their own (the entry view's `entry_css`, re-fetched
    icons) listen to `sig_changed`. The controller owns `QApplication.styleSheet`.
    """

    sig_changed = Signal(bool)
    """Emitted after a look is applied; the argument is is_dark."""

    def __init__(
        self, app: QApplication, icons: IconProvider, mode: ThemeMode = ThemeMode.SYSTEM
    ) -> None:
        super().__init__(app)
        self._app = app
        self._icons = icons
        self._mode = ThemeMode(mode)
        self._system_palette = QPalette(app.palette())
        self._dark = False
        self._style = PanelStyle(icons)  # Fusion; the app keeps it, so do we (PySide)
        app.setStyle(self._style)
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self._request_scheme()
        self._apply(self._wanted_dark())

    def mode(self) -> ThemeMode:
        return self._mode

    def is_dark(self) -> bool:
        return self._dark

    def set_mode(self, mode: ThemeMode) -> None:
        """Apply the mode now and always emit, so a menu choice visibly takes effect."""
        self._mode = ThemeMode(mode)
        self._request_scheme()
        self._apply(self._wanted_dark())
        self.sig_changed.emit(self._dark)

    def _wanted_dark(self) -> bool:
        if self._mode is ThemeMode.SYSTEM:
            return system_is_dark(self._app, self._system_palette)
        return self._mode is ThemeMode.DARK

    def _request_scheme(self) -> None:
        """Tell the platform our choice (Qt 6.8+), so e.g. Windows title bars match the theme."""
        hints = self._app.styleHints()
        if not hasattr(hints, "setColorScheme"):
            return
        if self._mode is ThemeMode.SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(
                Qt.ColorScheme.Dark if self._mode is ThemeMode.DARK else Qt.ColorScheme.Light
            )

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode is not ThemeMode.SYSTEM:
            return
        dark = self._wanted_dark()
        if dark != self._dark:
            self._apply(dark)
            self.sig_changed.emit(dark)

    def _apply(self, dark: bool) -> None:
        self._dark = dark
        self._icons.set_color(QColor(colors(dark).icon))
        self._app.setPalette(dark_palette() if dark else light_palette())
        base_pt = self._app.font().pointSizeF()
        self._app.setStyleSheet(stylesheet(dark, base_pt if base_pt > 0 else DEFAULT_UI_PT))
