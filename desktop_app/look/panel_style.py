"""Fusion with the title-bar buttons of the dock panels drawn from our own, theme-coloured icons.

Fusion paints the ✕ of a QDockWidget (Bookmarks, History, My Notes) from a fixed dark bitmap,
which all but disappears on the dark theme's charcoal title bar. This proxy answers those
standard icons with `clear.svg` in the current icon colour; Qt asks again when the app's style
sheet changes (every theme switch), so the button follows the theme.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from desktop_app.look.icons import IconProvider

OWN_ICONS = {
    QStyle.StandardPixmap.SP_TitleBarCloseButton: "clear",
    QStyle.StandardPixmap.SP_DockWidgetCloseButton: "clear",
}


class PanelStyle(QProxyStyle):
    """The app's style: Fusion, except the panel close buttons."""

    def __init__(self, icons: IconProvider) -> None:
        super().__init__("Fusion")
        self._icons = icons

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = OWN_ICONS.get(standard_icon)
        if name is not None:
            icon = self._icons.icon(name)
            if not icon.isNull():
                return icon
        return super().standardIcon(standard_icon, option, widget)
