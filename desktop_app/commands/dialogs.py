"""The command palette and the shortcut sheet: built on first use, never on the start path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop_app.commands.actions import ActionRegistry

if TYPE_CHECKING:
    from desktop_app.commands.command_palette import CommandPalette
    from desktop_app.commands.shortcut_sheet import ShortcutSheet


class CommandDialogs(QObject):
    def __init__(self, registry: ActionRegistry, overrides_path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._registry = registry
        self._overrides_path = overrides_path
        self._parent = parent
        self._palette: CommandPalette | None = None
        self._sheet: ShortcutSheet | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"command_palette": self.open_palette, "shortcut_sheet": self.open_shortcut_sheet}

    def open_palette(self) -> None:
        if self._palette is None:
            from desktop_app.commands.command_palette import CommandPalette

            self._palette = CommandPalette(self._registry, self._parent)
        self._palette.open_palette()

    def open_shortcut_sheet(self) -> None:
        if self._sheet is None:
            from desktop_app.commands.shortcut_sheet import ShortcutSheet

            self._sheet = ShortcutSheet(self._registry, self._overrides_path, self._parent)
        self._sheet.open()
