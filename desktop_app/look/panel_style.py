"""Fusion with the close buttons of the dock panels drawn in the theme's icon colour.

Fusion paints the ✕ of a QDockWidget (Bookmarks, History, My Notes) from a fixed dark 10 px
bitmap, which all but disappears on the dark theme's charcoal title bar. This proxy answers that
standard icon with a plain cross in the current icon colour, at the small-icon size (16 px, no
bevel), and Qt asks again whenever the app's style sheet changes (every theme switch).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

from desktop_app.look.icons import PLACEHOLDER_COLOR, IconProvider

CLOSE_SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
<path d="M4 4l8 8M12 4l-8 8" stroke="{PLACEHOLDER_COLOR}" stroke-width="2"
 stroke-linecap="round" fill="none"/></svg>"""
CLOSE_ICONS = (
    QStyle.StandardPixmap.SP_TitleBarCloseButton,
    QStyle.StandardPixmap.SP_DockWidgetCloseButton,
)


class PanelStyle(QProxyStyle):
    """The app's style: Fusion, except the panels' close buttons."""

    def __init__(self, icons: IconProvider) -> None:
        super().__init__("Fusion")
        self._icons = icons

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if standard_icon in CLOSE_ICONS:
            return self._icons.drawn_icon("panel-close", CLOSE_SVG)
        return super().standardIcon(standard_icon, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        """No bevel around a dock's buttons: with one, Qt shrinks their icons to 10 px."""
        if hint == QStyle.StyleHint.SH_DockWidget_ButtonsHaveFrame:
            return 0
        return super().styleHint(hint, option, widget, return_data)
