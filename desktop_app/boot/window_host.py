"""Holds the main window and, when the officer picks another language, builds it again.

Retranslating in place would need every widget, model, delegate, tooltip and rendered page to
handle `QEvent.LanguageChange`, and one forgotten label stays English. Instead the window is
rebuilt in the new language around the SAME open library and the same `Operations`: the note is
kept first, the window's state (geometry, splitters, panels, the page shown) is saved through the
settings and restored by the new window, the search text is typed again, and the old window goes
only after every background job has been delivered. The start-up controller is handed the new
window; nothing is reopened from disk.

The settings, icons, theme and shortcut overrides outlive the windows: they are made once here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.boot.fonts import ensure_scripts
from desktop_app.boot.translations import Translators, system_language
from desktop_app.commands.actions import ActionRegistry, load_overrides
from desktop_app.i18n.languages import CHOICES, is_rtl, resolve
from desktop_app.look.icons import IconProvider
from desktop_app.look.theme import ThemeController, ThemeMode
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.operations import Operations
from desktop_app.paths import AppPaths
from desktop_app.settings_store import SettingsStore

if TYPE_CHECKING:
    from desktop_app.boot.startup_controller import StartupController


def language_action(choice: str) -> str:
    return f"language_{choice}"


class WindowHost(QObject):
    """Signals:
    sig_window_replaced(object): a new MainWindow replaced the old one (language change).
    """

    sig_window_replaced = Signal(object)
    """The new MainWindow, shown, with the library and the search text of the old one."""

    def __init__(
        self, app: QApplication, paths: AppPaths, ops: Operations, qt_translations: Path | None
    ) -> None:
        super().__init__()  # lives with the window it holds (see _build)
        self._paths = paths
        self._ops = ops
        # written on a worker: a page open must not rewrite settings.json on the GUI thread
        self.settings = SettingsStore(
            paths.settings_file, lambda write: ops.run(write, lane="settings")
        )
        self.translators = Translators(
            app, paths.resources / "translations", qt_translations, owner=self
        )
        self.translators.apply(self.settings.values.language)
        self._fonts = paths.resources / "fonts"
        if is_rtl(self.translators.language):  # Arabic on the first paint
            ensure_scripts(self._fonts)
        self.icons = IconProvider(paths.resources / "icons")
        self.theme = ThemeController(app, self.icons, ThemeMode(self.settings.values.theme))
        app.setWindowIcon(self.icons.app_icon())
        self._overrides, self.problems = load_overrides(paths.shortcuts_file)
        self._controller: StartupController | None = None
        self._previous = self.settings.values.language
        self.window = self._build()

    @property
    def controller(self) -> StartupController | None:
        return self._controller

    def attach(self, controller: StartupController) -> None:
        """The controller that opens the library into the window; it follows every rebuild."""
        self._controller = controller
        self._wire(self.window)
        # else only View › Language shows Arabic: asking the font database which fonts have it
        # costs ~10 ms, so not before the first paint
        controller.sig_started.connect(lambda: ensure_scripts(self._fonts))

    def set_language(self, choice: str) -> None:
        """View › Language: remember the choice and show the window in it (after the menu that
        asked has closed: the old window must not be deleted under its own event)."""
        self._previous = self.settings.values.language
        self.settings.update(language=choice)
        if self.translators.language == self._resolved(choice):
            self._check_language(self.window)
            return
        QTimer.singleShot(0, self.rebuild)

    def rebuild(self) -> bool:
        """Build the window again in the chosen language; False when the officer's note could
        not be kept anywhere (the old window stays, as when closing)."""
        old = self.window
        if not old.user.flush():
            self.settings.update(language=self._previous)
            self._check_language(old)
            return False
        search_text, reading = old.search_box.text(), old.room.reading()
        old.room.leave_reading_mode()  # the panes, not reading mode's hiding, are remembered
        old.save_state()
        old.user.importer.wait()
        self._ops.wait()
        QApplication.processEvents()  # deliver what the lanes finished to the old window
        if is_rtl(self.translators.apply(self.settings.values.language)):
            ensure_scripts(self._fonts)
        self._ops.sig_failed.disconnect(old.show_error)
        new = self._build()
        new.reading.take_history(old.reading)
        self.window = new
        self._wire(new)
        new.show()
        library = self._controller.library if self._controller is not None else None
        if library is not None:  # its notes problem was already said, in a dialog
            said, library.store_message = library.store_message, None
            try:
                new.set_backend(library)
            finally:
                library.store_message = said
        new.search_box.setText(search_text)
        if reading:
            new.room.toggle_reading_mode()
        new.activateWindow()
        new.focus_search()
        old.hide()
        old.deleteLater()
        self.sig_window_replaced.emit(new)
        return True

    def _resolved(self, choice: str) -> str:
        return resolve(choice, system_language())

    def _build(self) -> MainWindow:
        window = MainWindow(
            lambda parent: ActionRegistry(parent, self._overrides),
            self.icons,
            self.theme,
            self.settings,
            self._paths.shortcuts_file,
            self._ops,
        )
        window.user.briefing.set_settings(self.settings)  # remembers where briefings are saved
        window.reading.set_ui_language(self.translators.language)  # names beside titles
        self.setParent(window)  # the app keeps the window; the window keeps this
        return window

    def _wire(self, window: MainWindow) -> None:
        handlers: dict[str, Callable[[], object]] = {
            language_action(choice): lambda choice=choice: self.set_language(choice)
            for choice in CHOICES
        }
        if self._controller is not None:
            self._controller.adopt(window)
            handlers["import_pack"] = self._controller.import_pack
        window.actions_.connect(handlers)
        self._check_language(window)
        self._ops.sig_failed.connect(window.show_error)  # the one user-facing error path

    def _check_language(self, window: MainWindow) -> None:
        window.actions_.action(language_action(self.settings.values.language)).setChecked(True)
