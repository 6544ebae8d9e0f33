"""Menus and the toolbar, generated from the action table (commands/actions.py).

Nothing here names an action: order, separators, toolbar sections and exclusive groups are data
in ACTIONS, so a new command appears in its menu, the palette and the shortcut sheet by adding one
ActionSpec.
"""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop_app.commands.action_table import SUBMENUS
from desktop_app.commands.actions import MENUS, ActionRegistry, menu_title, toolbar_title
from desktop_app.look.icons import IconProvider


def build_menus(window: QMainWindow, registry: ActionRegistry, icons: IconProvider) -> QToolBar:
    """Fill the menu bar and create the toolbar; returns the toolbar."""
    menus = {name: window.menuBar().addMenu(menu_title(name)) for name in MENUS}
    toolbar = window.addToolBar(toolbar_title())
    toolbar.setObjectName("navigationToolbar")
    toolbar.setMovable(False)
    groups: dict[str, QActionGroup] = {}
    submenus: dict[str, QMenu] = {}
    on_toolbar = []
    for spec, action in registry.items():
        if spec.icon:
            action.setIcon(icons.icon(spec.icon))
        menu = menus[spec.menu]
        if spec.submenu:
            if spec.submenu not in submenus:
                menu.addSeparator()
                title = menu_title(spec.submenu, SUBMENUS)
                submenus[spec.submenu] = menu.addMenu(title)
            menu = submenus[spec.submenu]
        if spec.separator_before and not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(action)
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        if spec.toolbar:
            on_toolbar.append((spec.toolbar, action))
    section = 0
    for number, action in sorted(on_toolbar, key=lambda item: item[0]):  # sections in order
        if section and number != section:
            toolbar.addSeparator()
        section = number
        toolbar.addAction(action)
    return toolbar


def refresh_icons(registry: ActionRegistry, icons: IconProvider) -> None:
    """QIcons keep the colour they were made with: fetch them again for the new theme."""
    for spec, action in registry.items():
        if spec.icon:
            action.setIcon(icons.icon(spec.icon))
