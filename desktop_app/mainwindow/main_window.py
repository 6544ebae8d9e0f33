"""The reference window: tree on the left, search on top, the entry in the middle.

The window is layout (its widgets are set up by window_layout.py, as Qt Designer's setupUi
would) and wiring only. Each flow has its controller, which owns its widgets and
returns its action handlers: search (search/search_controller.py), reading (pages, history, zoom:
reading/reading_controller.py), the tree (tree/tree_controller.py), the window's remembered state
and About (window_state.py), the command dialogs and the officer's own layer (userdata/). Every
handler and signal is connected in `_connect_signals()`. The window receives the open Library once
the start-up controller has opened it and hands it to the controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
)

from desktop_app.commands.actions import ActionRegistry
from desktop_app.commands.dialogs import CommandDialogs
from desktop_app.commands.menus import build_menus, refresh_icons
from desktop_app.i18n.bidi import isolated
from desktop_app.i18n.dates import day
from desktop_app.i18n.errors import CONTENT, SETTINGS, explained
from desktop_app.look.icons import IconProvider
from desktop_app.look.theme import ThemeController
from desktop_app.look.view_frames import ViewFrames
from desktop_app.mainwindow.room import RoomController
from desktop_app.mainwindow.window_layout import pane_cycle, setup_layout, setup_status_bar
from desktop_app.mainwindow.window_state import WindowState
from desktop_app.operations import Operations
from desktop_app.plain_text import plain_tooltip
from desktop_app.reading.navigation import Location
from desktop_app.reading.reading_controller import ReadingController
from desktop_app.search.search_controller import SearchController
from desktop_app.settings_store import SettingsStore
from desktop_app.tree.tree_controller import TreeController
from desktop_app.userdata.user_layer import UserLayer

if TYPE_CHECKING:
    from desktop_app.library import Library
    from desktop_app.userdata.marks import Marks

APP_TITLE = "Field Reference"
ERROR_MS = 15_000


class MainWindow(QMainWindow):
    """Signals:
    sig_entry_shown(str): an entry or region page was rendered (its title).
    sig_search_done(object): the results of the current search are on screen.
    """

    sig_entry_shown = Signal(str)
    """A page was rendered; carries its title."""
    sig_search_done = Signal(object)
    """The latest search's SearchResult is displayed."""

    def __init__(
        self,
        registry_factory: Callable[[QMainWindow], ActionRegistry],
        icons: IconProvider,
        theme: ThemeController,
        settings: SettingsStore,
        overrides_path: Path,
        ops: Operations,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._icons = icons
        self._theme = theme
        self._settings = settings
        self.ops = ops
        """The app's one background helper (shared with the start-up controller and userdata)."""
        self._library: Library | None = None
        self.actions_ = registry_factory(self)
        self.user = UserLayer(self, self.actions_, ops)
        setup_status_bar(self)
        self.searching = SearchController(ops, self.actions_, self.status_results, self)
        self.navigation = TreeController(
            ops, self.actions_, settings, lambda: self.reading.current(), self
        )
        self.navigation.set_icons(icons)
        self.reading = ReadingController(
            self.actions_, theme, settings, self.navigation.breadcrumb_for, self
        )
        self.dialogs = CommandDialogs(self.actions_, overrides_path, self)
        setup_layout(self)
        self.state = WindowState(
            self,
            settings,
            theme,
            self.navigation,
            {"main": self.hsplit, "results": self.vsplit},
            lambda: self._library,
        )
        self.room = RoomController(
            self.actions_,
            settings,
            {"tree": self.tree_panel, "results": self.results, "notes": self.user.notes},
            lambda: pane_cycle(self),
            self.entry_view,
            self,
        )
        self.frames = ViewFrames(self)
        self.frames.frame_all(self)  # borders and focus rings of the tree, entry, lists, note
        build_menus(self, self.actions_, icons)
        self.state.check_theme_action(self.actions_)
        self._connect_signals()
        self._update_title(None)
        first_run = settings.values.window_state is None
        self.state.restore()
        self.room.restore(first_run)
        if settings.problem:  # a FIFO, device or bad file as settings.json: defaults, said once
            self.statusBar().showMessage(explained(SETTINGS, settings.problem), ERROR_MS)

    # -- wiring ----------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        actions = self.actions_
        search, reading, tree = self.searching, self.reading, self.navigation
        for controller in (search, reading, tree, self.state, self.dialogs, self.room):
            actions.connect(controller.handlers())
        search.sig_open.connect(self._open_hit)
        search.sig_done.connect(self.sig_search_done)
        search.sig_error.connect(self.show_error)
        search.sig_leave.connect(lambda: self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason))
        tree.sig_open.connect(
            lambda location: reading.open_location(location, from_tree=True, highlight=())
        )
        tree.sig_restore.connect(reading.restore)
        tree.sig_leave.connect(reading.focus)
        tree.sig_status.connect(self.status_results.setText)
        reading.sig_shown.connect(self._shown)
        reading.view.sig_escape.connect(search.focus)
        for panel in (self.user.bookmarks, self.user.history, self.user.my_notes):
            panel.sig_dismissed.connect(reading.focus)
        reading.sig_visited.connect(self.user.record_visit)
        self.search_box.textChanged.connect(reading.on_search_text)
        reading.sig_status.connect(self.status_results.setText)
        reading.sig_message.connect(self.statusBar().showMessage)
        # slots of objects the window owns (not lambdas): the theme outlives a closed window
        self._theme.sig_changed.connect(self._refresh_icons)
        self._theme.sig_changed.connect(tree.refresh_icons)
        self.user.sig_open.connect(self.open_location)
        self.user.sig_marks_changed.connect(self._set_marks)

    def _open_hit(self, location: Location, terms: tuple[str, ...], query: str) -> None:
        self.user.record_search(query)
        if self.reading.open_location(location, highlight=tuple(terms)):
            self.results.mark_opened(location.slug)
            self.searching.compact()  # the entry gets the room
            self.reading.focus()  # PageDown, Space now scroll the entry; Esc comes back

    def _shown(self, location: Location, title: str, from_tree: bool) -> None:
        self._update_title(title)
        if not from_tree:
            self.navigation.follow(location)
        self.user.on_location(location)
        self.sig_entry_shown.emit(title)

    def _refresh_icons(self, _dark: bool = False) -> None:
        refresh_icons(self.actions_, self._icons)

    def _set_marks(self, marks: Marks) -> None:
        self.navigation.set_marked(marks)
        self.searching.set_marked(marks)
        self.reading.set_marks(marks)

    def _update_title(self, title: str | None) -> None:
        self.setWindowTitle(f"{title} — {APP_TITLE}" if title else APP_TITLE)

    # -- the open library ------------------------------------------------------------------

    def show_progress(self, message: str, done: int, total: int) -> None:
        """Index rebuild progress while the window is already usable for reading."""
        self.status_results.setText(self.tr("Preparing search: %s") % isolated(message))
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def show_error(self, message: str) -> None:
        """The one place a background failure is shown: one plain line in the status bar."""
        self.statusBar().showMessage(message, ERROR_MS)

    def set_backend(self, library: Library) -> None:
        """Show a newly opened library; may replace an earlier one (after a content pack)."""
        replacing = self._library is not None
        self._library = library
        self.progress.hide()
        self.status_results.clear()
        info = library.catalogue.info
        self.status_catalogue.setText(
            self.tr("Catalogue %s · data as of %s") % (isolated(info.version), day(info.data_as_of))
        )
        self.status_catalogue.setToolTip(
            plain_tooltip(
                self.tr("Built %s · content %s") % (day(info.built), info.content_sha256[:12])
            )
        )
        self.reading.set_library(library)
        restore = self.reading.current() if replacing else self._settings.values.location
        self.navigation.set_library(library, restore)
        self.user.on_backend(library)
        if library.content is not None and library.content.problem:
            self.statusBar().showMessage(explained(CONTENT, library.content.problem), ERROR_MS)
        self.searching.set_library(library)  # searches again what was typed while it opened

    def library_completed(self, library: Library) -> None:
        """The store behind a quick start is open: notes, bookmarks and history wake up (the
        marks it reads re-render the page on screen, which loads its note and star)."""
        self.user.on_backend(library)

    def shutdown(self) -> None:
        """Closing the window ends the app's background work: running jobs finish, none start."""
        self.user.importer.wait()  # a running handover import finishes before the store closes
        self.ops.close()

    # -- what tests, the self-test and the other layers call -------------------------------

    @property
    def library(self) -> Library | None:
        """The open library the window shows (None until the first one is open)."""
        return self._library

    def open_location(self, location: Location, record: bool = True) -> bool:
        return self.reading.open_location(location, record=record)

    def focus_search(self) -> None:
        self.searching.focus()

    def open_result(self, row: int) -> None:
        self.searching.open_result(row)

    def zoom(self) -> int:
        return self.reading.zoom()

    def set_zoom(self, zoom: int) -> None:
        self.reading.set_zoom(zoom)

    def set_grouping(self, key: str) -> None:
        self.navigation.set_grouping(key)

    def about_text(self) -> str:
        return self.state.about_text()

    def _show_about(self) -> None:
        self.state.show_about()

    def save_state(self) -> None:
        self.state.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.user.flush():  # a note that could be kept nowhere: the window stays
            event.ignore()
            return
        self.room.leave_reading_mode()  # remember the panes, not reading mode's hiding
        self.save_state()
        self.shutdown()
        super().closeEvent(event)
