"""The window's remembered shape and look (geometry, splitters, tree shown, theme) and About.

Everything is read from and written to the typed settings (settings_store.Settings); nothing here
touches the catalogue except About, which reads the open library's frozen info.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QToolBar

from desktop_app.commands.actions import ActionRegistry
from desktop_app.i18n.bidi import isolated
from desktop_app.i18n.dates import day
from desktop_app.look.theme import ThemeController, ThemeMode
from desktop_app.mainwindow import room
from desktop_app.plain_text import show_message
from desktop_app.settings_store import SettingsStore
from desktop_app.tree.tree_controller import TreeController

if TYPE_CHECKING:
    from desktop_app.library import Library

THEME_ACTIONS = {
    ThemeMode.SYSTEM: "theme_system",
    ThemeMode.LIGHT: "theme_light",
    ThemeMode.DARK: "theme_dark",
}


class WindowState(QObject):
    def __init__(
        self,
        window: QMainWindow,
        settings: SettingsStore,
        theme: ThemeController,
        tree: TreeController,
        splitters: dict[str, QSplitter],
        library: Callable[[], Library | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._theme = theme
        self._tree = tree
        self._splitters = splitters  # "main" and "results"
        self._library = library

    def handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "about": self.show_about,
            "quit": self._window.close,
        }
        for mode, action_id in THEME_ACTIONS.items():
            handlers[action_id] = lambda mode=mode: self._theme.set_mode(mode)
        return handlers

    def check_theme_action(self, registry: ActionRegistry) -> None:
        registry.action(THEME_ACTIONS[self._theme.mode()]).setChecked(True)

    def restore(self) -> None:
        values = self._settings.values
        self._restore_geometry()
        if values.window_state is not None:
            self._window.restoreState(values.window_state)
        elif room.short_screen(room.available_area(self._window)):
            # first run on a short screen: the toolbar's row goes to reading (left edge instead)
            start = (  # the reading side's start: the right in Arabic
                Qt.ToolBarArea.RightToolBarArea
                if self._window.isRightToLeft()
                else Qt.ToolBarArea.LeftToolBarArea
            )
            for toolbar in self._window.findChildren(QToolBar):
                self._window.addToolBar(start, toolbar)
        for sizes, splitter in (
            (values.main_splitter, self._splitters["main"]),
            (values.results_splitter, self._splitters["results"]),
        ):
            if sizes is not None:
                splitter.restoreState(sizes)
        if values.main_splitter is None:  # first run: the tree's width from this screen
            tree = room.tree_width(room.available_area(self._window))
            self._splitters["main"].setSizes([tree, room.FIRST_RUN_SIZE[0] - tree])
        if not values.tree_visible:
            self._tree.set_visible(False)

    def _restore_geometry(self) -> None:
        """The remembered geometry clamped onto this screen, or a first-run size made from the
        screen's available area (never a fixed size: netbooks and scaled screens are small)."""
        window = self._window
        available = room.available_area(window)
        geometry = self._settings.values.geometry
        if geometry is not None and window.restoreGeometry(geometry):
            if not window.isMaximized() and not window.isFullScreen():
                window.setGeometry(room.clamped_rect(window.geometry(), available))
        else:
            window.setGeometry(room.first_run_rect(available))

    def save(self) -> None:
        self._settings.update(
            geometry=self._window.saveGeometry(),
            window_state=self._window.saveState(),
            main_splitter=self._splitters["main"].saveState(),
            results_splitter=self._splitters["results"].saveState(),
            tree_visible=self._tree.is_shown(),
            theme=self._theme.mode().value,
        )
        self._settings.sync()

    # -- About -----------------------------------------------------------------------------

    def show_about(self) -> None:
        # pack ids and titles come from pack files: plain text, never markup
        show_message(
            self._window,
            self.tr("About Field Reference"),
            self.about_text(),
            QMessageBox.Icon.Information,
            "aboutBox",
        )

    def about_text(self) -> str:
        """Version, catalogue and installed packs: how current the officer's data is."""
        from desktop_app import __version__

        library = self._library()
        info = library.catalogue.info if library is not None else None
        lines = [self.tr("Field Reference %s") % __version__]
        if info is not None:
            lines.append("")
            lines.append(
                self.tr(
                    "Content: “{title}”, from the text in which ICMPD (the International Centre "
                    "for Migration Policy Development) describes its fields of expertise, "
                    "arranged here by field, region, initiative and dialogue."
                ).format(title=isolated(info.title))
            )
            lines.append(
                self.tr("Data as of {date} (catalogue {version}).").format(
                    date=day(info.data_as_of, long=True), version=info.version
                )
            )
            lines.append(self.tr("Content hash %s") % info.content_sha256[:16])
        content = library.content if library is not None else None
        packs = list(content.packs) if content is not None else []
        lines.append("")
        lines.append(
            self.tr("Installed content packs:")
            if packs
            else self.tr("No content packs installed (shipped catalogue).")
        )
        for pack in packs:
            lines.append(
                f"  {pack.id} #{pack.sequence} — {pack.title} "
                + self.tr("(data as of %s)") % day(pack.data_as_of)
            )
            if pack.key_trusted is False:
                lines.append(
                    "    "
                    + self.tr(
                        "Its publisher key is no longer trusted: the next import leaves it out."
                    )
                )
        return "\n".join(lines)
