"""The reference window: tree on the left, search on top, the entry in the middle.

The window owns no data access of its own: it receives a Library (catalogue + search index, both
returning frozen values) once the LoadWorker has opened them, and asks the SearchWorker for
results. Every signal is wired in `_connect_signals()`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QThread, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.commands.actions import MENUS, ActionRegistry
from desktop_app.commands.command_palette import CommandPalette
from desktop_app.commands.shortcut_sheet import ShortcutSheet
from desktop_app.library import Library
from desktop_app.look.icons import IconProvider
from desktop_app.look.theme import ThemeController, ThemeMode, entry_css
from desktop_app.operations import Operations
from desktop_app.plain_text import plain_tooltip, show_message
from desktop_app.reading.entry_html import LinkTarget, render_entry, render_region
from desktop_app.reading.entry_view import EntryView
from desktop_app.reading.find_bar import FindBar
from desktop_app.reading.navigation import History, Location
from desktop_app.search.results_view import ResultsList, ResultsModel
from desktop_app.settings_store import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, SettingsStore
from desktop_app.tree.tree_builders import GROUPINGS, NodeKind, TreeNode
from desktop_app.tree.tree_model import NavigationTreeModel, build_tree
from desktop_app.userdata.user_layer import UserLayer
from desktop_app.workers import SearchRequest, SearchWorker, TaskRunner, start_in_thread

if TYPE_CHECKING:  # db and search_index load on the worker thread, after the first paint
    from db import Region
    from search_index import SearchResult

APP_TITLE = "Field Reference"
GROUPING_ACTIONS = {
    "region": "group_region",
    "field": "group_field",
    "az": "group_az",
    "kind": "group_kind",
}
THEME_ACTIONS = {
    ThemeMode.SYSTEM: "theme_system",
    ThemeMode.LIGHT: "theme_light",
    ThemeMode.DARK: "theme_dark",
}


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
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._icons = icons
        self._theme = theme
        self._settings = settings
        self._backend: Library | None = None
        self._search_thread: QThread | None = None
        self._search_worker: SearchWorker | None = None
        self._generation = 0
        self._last_result: SearchResult | None = None
        self._highlight: tuple[str, ...] = ()
        self._history = History()
        self._zoom = settings.zoom()
        self._grouping = settings.text("view/grouping", "region")
        if self._grouping not in GROUPINGS:
            self._grouping = "region"
        self._tasks = TaskRunner(self)
        self._syncing_tree = False
        self._search_started = 0.0

        self.actions_ = registry_factory(self)
        self.user = UserLayer(self, self.actions_, Operations(self))
        self._build_widgets()
        self._build_menus()
        self._overrides_path = overrides_path
        self._palette: CommandPalette | None = None  # built on first use: not on the start path
        self._sheet: ShortcutSheet | None = None
        self._connect_signals()
        self._update_title(None)
        self._restore_window()
        if settings.problem:  # a FIFO or device as settings.ini: defaults, said once
            self.statusBar().showMessage(settings.problem, 15_000)

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(
            self.tr("Search fields, programmes, dialogues, regions…  (Ctrl+K)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr("Type to search; Up and Down choose a result, Enter opens it, Esc clears")
        )
        self.search_box.installEventFilter(self)

        self.results_model = ResultsModel(parent=self)
        self.results = ResultsList(self.results_model, self)
        self.results.hide()
        self.correction = QLabel(self)
        self.correction.setObjectName("correction")
        self.correction.setTextFormat(Qt.TextFormat.PlainText)
        self.correction.hide()

        self.tree_model = NavigationTreeModel(parent=self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("tree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Catalogue tree"))
        self.tree.setAccessibleDescription(self.tr("Regions, fields and programmes; Enter opens"))
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("grouping")
        self.grouping.setAccessibleName(self.tr("Group the tree"))
        for key, label in (
            ("region", self.tr("By region")),
            ("field", self.tr("By field")),
            ("az", self.tr("A–Z")),
            ("kind", self.tr("By kind")),
        ):
            self.grouping.addItem(label, key)
        self.grouping.setCurrentIndex(self.grouping.findData(self._grouping))

        tree_panel = QWidget(self)
        tree_panel.setObjectName("treePanel")
        tree_layout = QVBoxLayout(tree_panel)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.setSpacing(4)
        tree_layout.addWidget(self.grouping)
        tree_layout.addWidget(self.tree)
        self.tree_panel = tree_panel

        self.breadcrumb = QLabel(self)
        self.breadcrumb.setContentsMargins(4, 2, 4, 2)
        self.breadcrumb.setObjectName("breadcrumb")
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.breadcrumb.setAccessibleName(self.tr("Where you are"))
        self.entry_view = EntryView(self)
        self.find_bar = FindBar(self.entry_view, self)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(2)
        centre_layout.addWidget(self.breadcrumb)
        centre_layout.addWidget(self.entry_view, 1)
        centre_layout.addWidget(self.find_bar)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.search_box)
        right_layout.addWidget(self.correction)
        self.vsplit = QSplitter(Qt.Orientation.Vertical, self)
        self.vsplit.setObjectName("resultsSplitter")
        self.vsplit.addWidget(self.results)
        self.vsplit.addWidget(centre)
        self.vsplit.addWidget(self.user.notes)
        self.vsplit.setStretchFactor(0, 2)
        self.vsplit.setStretchFactor(1, 3)
        self.vsplit.setStretchFactor(2, 1)
        right_layout.addWidget(self.vsplit, 1)

        self.hsplit = QSplitter(Qt.Orientation.Horizontal, self)
        self.hsplit.setObjectName("mainSplitter")
        self.hsplit.addWidget(tree_panel)
        self.hsplit.addWidget(right)
        self.hsplit.setStretchFactor(0, 1)
        self.hsplit.setStretchFactor(1, 3)
        self.hsplit.setSizes([300, 900])
        self.setCentralWidget(self.hsplit)
        self.hsplit.setContentsMargins(6, 6, 6, 0)

        status = self.statusBar()
        self.status_results = QLabel(self)
        self.status_results.setTextFormat(Qt.TextFormat.PlainText)
        self.status_catalogue = QLabel(self)
        self.status_catalogue.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.setAccessibleName(self.tr("Search index progress"))
        self.progress.hide()
        status.addWidget(self.status_results)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.status_catalogue)
        self.status_catalogue.setText(self.tr("Opening the catalogue…"))

        self.setTabOrder(self.search_box, self.results)
        self.setTabOrder(self.results, self.grouping)
        self.setTabOrder(self.grouping, self.tree)
        self.setTabOrder(self.tree, self.entry_view)

    def _build_menus(self) -> None:
        menus = {name: self.menuBar().addMenu(self.tr(f"&{name}")) for name in MENUS}
        toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        groups = {"group": QActionGroup(self), "theme": QActionGroup(self)}
        for spec, action in self.actions_.items():
            if spec.icon:
                action.setIcon(self._icons.icon(spec.icon))
            menus[spec.menu].addAction(action)
            self.addAction(action)  # shortcuts work even with the menu bar hidden
            if spec.id.startswith("group_"):
                groups["group"].addAction(action)
            elif spec.id.startswith("theme_"):
                groups["theme"].addAction(action)
            if spec.id in ("back", "forward", "show_about_entry", "toggle_tree"):
                toolbar.addAction(action)
            if spec.id in (
                "find_previous",
                "copy_citation",
                "search_notes",
                "import_handover",
                "go_entry",
                "zoom_reset",
                "theme_dark",
                "shortcut_sheet",
            ):
                menus[spec.menu].addSeparator()
        toolbar.addSeparator()
        toolbar.addAction(self.actions_.action("command_palette"))
        self.actions_.action(GROUPING_ACTIONS[self._grouping]).setChecked(True)
        self.actions_.action(THEME_ACTIONS[self._theme.mode()]).setChecked(True)
        self.actions_.action("toggle_tree").setChecked(True)
        self._update_navigation_actions()

    def _connect_signals(self) -> None:
        a = self.actions_
        a.connect(
            {
                "focus_search": self.focus_search,
                "find_in_entry": self.find_bar.open_bar,
                "find_next": lambda: self.find_bar.find(forward=True),
                "find_previous": lambda: self.find_bar.find(forward=False),
                "back": self.go_back,
                "forward": self.go_forward,
                "go_tree": lambda: self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason),
                "go_entry": lambda: self.entry_view.setFocus(Qt.FocusReason.ShortcutFocusReason),
                "show_about_entry": lambda: self.open_location(Location("entry", "about")),
                "toggle_tree": self._toggle_tree,
                "group_region": lambda: self.set_grouping("region"),
                "group_field": lambda: self.set_grouping("field"),
                "group_az": lambda: self.set_grouping("az"),
                "group_kind": lambda: self.set_grouping("kind"),
                "zoom_in": lambda: self.set_zoom(self._zoom + ZOOM_STEP),
                "zoom_out": lambda: self.set_zoom(self._zoom - ZOOM_STEP),
                "zoom_reset": lambda: self.set_zoom(ZOOM_DEFAULT),
                "theme_system": lambda: self._theme.set_mode(ThemeMode.SYSTEM),
                "theme_light": lambda: self._theme.set_mode(ThemeMode.LIGHT),
                "theme_dark": lambda: self._theme.set_mode(ThemeMode.DARK),
                "command_palette": self.open_palette,
                "shortcut_sheet": self.open_shortcut_sheet,
                "about": self._show_about,
                "quit": self.close,
            }
        )
        self.search_box.textChanged.connect(self._on_search_text)
        self.results.clicked.connect(lambda index: self.open_result(index.row()))
        self.results.activated.connect(lambda index: self.open_result(index.row()))
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(self._on_tree_activated)
        self.grouping.currentIndexChanged.connect(
            lambda _i: self.set_grouping(str(self.grouping.currentData()))
        )
        self.entry_view.sig_navigate.connect(self.open_location)
        self.find_bar.sig_closed.connect(
            lambda: self.entry_view.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self._theme.sig_changed.connect(lambda _dark: self._rerender())
        self._theme.sig_changed.connect(lambda _dark: self._refresh_icons())
        self.user.sig_open.connect(self.open_location)
        self.user.sig_marks_changed.connect(self._set_marks)

    def open_palette(self) -> None:
        if self._palette is None:
            self._palette = CommandPalette(self.actions_, self)
        self._palette.open_palette()

    def open_shortcut_sheet(self) -> None:
        if self._sheet is None:
            self._sheet = ShortcutSheet(self.actions_, self._overrides_path, self)
        self._sheet.open()

    # -- backend ---------------------------------------------------------------------------

    def show_progress(self, message: str, done: int, total: int) -> None:
        """Index rebuild progress while the window is already usable for reading."""
        self.status_results.setText(self.tr("Preparing search: %s") % message)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def set_backend(self, backend: Library) -> None:
        """Show a newly opened catalogue; may replace an earlier one (after a content pack)."""
        self._stop_search_thread()
        replacing = self._backend is not None
        self._backend = backend
        self.progress.hide()
        self.status_results.clear()
        info = backend.catalogue.info
        self.status_catalogue.setText(
            self.tr("Catalogue %s · data as of %s") % (info.version, info.data_as_of)
        )
        self.status_catalogue.setToolTip(
            plain_tooltip(self.tr("Built %s · content %s") % (info.built, info.content_sha256[:12]))
        )
        regions = {r.slug: r.name for r in backend.catalogue.regions()}
        self.results_model.set_region_names(lambda slug: regions.get(slug, slug))
        self._search_worker = SearchWorker(backend.index)
        self._search_thread = start_in_thread(self._search_worker, "search")
        self._search_worker.sig_result.connect(self._on_search_result)
        self._rebuild_tree(
            restore=self._history.current if replacing else self._settings.last_location()
        )
        self.user.on_backend(backend)
        content = getattr(backend, "content", None)
        if content is not None and content.problem:
            self.statusBar().showMessage(content.problem, 15_000)
        if self.search_box.text():
            self._on_search_text(self.search_box.text())

    def _stop_search_thread(self) -> None:
        if self._search_thread is not None:
            self._search_thread.quit()
            self._search_thread.wait(5000)
            self._search_thread = None
            self._search_worker = None

    def shutdown(self) -> None:
        self._stop_search_thread()
        self._tasks.wait()
        self.user.importer.wait()  # a running handover import finishes before the store closes

    # -- tree ------------------------------------------------------------------------------

    def set_grouping(self, key: str) -> None:
        if key not in GROUPINGS:
            return
        changed = key != self._grouping
        self._grouping = key
        self.grouping.blockSignals(True)
        self.grouping.setCurrentIndex(self.grouping.findData(key))
        self.grouping.blockSignals(False)
        self.actions_.action(GROUPING_ACTIONS[key]).setChecked(True)
        self._settings.set_text("view/grouping", key)
        if changed and self._backend is not None:
            self._rebuild_tree(restore=self._history.current)

    def _rebuild_tree(self, restore: Location | None) -> None:
        backend = self._backend
        if backend is None:
            return
        grouping = self._grouping

        def build() -> TreeNode:
            return build_tree(backend.catalogue, grouping)

        def done(root: object) -> None:
            if isinstance(root, BaseException):
                self.status_results.setText(self.tr("Could not build the tree: %s") % root)
                return
            self.tree_model.set_root(root)  # type: ignore[arg-type]
            self._expand_top_level()
            target = restore or self._history.current or Location("entry", "about")
            if self._history.current is None:
                self.open_location(target, record=True)
            elif target is not None:
                self._select_in_tree(target)

        self._tasks.submit(build, done)

    def _expand_top_level(self) -> None:
        rows = self.tree_model.rowCount()
        if rows <= 30:
            for row in range(rows):
                self.tree.expand(self.tree_model.index(row, 0))

    def _select_in_tree(self, location: Location) -> None:
        kind = NodeKind.ENTRY if location.kind == "entry" else NodeKind.REGION
        index = self.tree_model.first_index_of(location.slug, kind)
        if not index.isValid():
            self._syncing_tree = True
            try:  # an old highlight would claim the tree shows this page
                self.tree.selectionModel().clearCurrentIndex()
                self.tree.clearSelection()
            finally:
                self._syncing_tree = False
            return
        self._syncing_tree = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._syncing_tree = False

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_tree:
            return
        node = self.tree_model.node(current)
        if node is None or node.slug is None:
            return
        if node.kind == NodeKind.ENTRY:
            self._highlight = ()
            self.open_location(Location("entry", node.slug), from_tree=True)
        elif node.kind == NodeKind.REGION:
            self.open_location(Location("region", node.slug), from_tree=True)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        node = self.tree_model.node(index)
        if node is not None and node.slug is None:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
        elif node is not None:
            self.entry_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_tree(self) -> None:
        visible = not self.tree_panel.isVisible()
        self.tree_panel.setVisible(visible)
        self.actions_.action("toggle_tree").setChecked(visible)
        if not visible and (self.tree.hasFocus() or self.grouping.hasFocus()):
            self.entry_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_text(self, text: str) -> None:
        self._generation += 1
        if not text.strip():
            self.results_model.set_hits(())
            self.results.hide()
            self.correction.hide()
            self.status_results.clear()
            self._last_result = None
            return
        if self._search_worker is None:
            self.status_results.setText(self.tr("Search is getting ready…"))
            return
        self._search_started = time.perf_counter()
        self._search_worker.submit(SearchRequest(self._generation, text))

    def _on_search_result(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # a newer keystroke already asked for something else
        self._last_result = result
        self.results_model.set_hits(list(result.hits))  # note hits: the search controller
        self.results.setVisible(True)  # nothing selected yet: Down picks the first, Enter opens it
        if result.corrected:
            self.correction.setText(self.tr("Showing results for “%s”") % result.corrected)
            self.correction.show()
        elif result.total == 0:
            self.correction.setText(
                self.tr("No entries match “%s”. Try fewer or other words.") % result.query
            )
            self.correction.show()
        else:
            self.correction.hide()
        self._fit_results()
        facets = " · ".join(f"{k} {n}" for k, n in sorted(result.facets.items()))
        count = (
            self.tr("No results")
            if result.total == 0
            else self.tr("1 result")
            if result.total == 1
            else self.tr("%d results") % result.total
        )
        self.status_results.setText(
            self.tr("%s in %.1f ms") % (count, result.elapsed_ms)
            + (f"  ({facets})" if facets else "")
        )
        self.sig_search_done.emit(result)

    def open_result(self, row: int) -> None:
        if row < 0:
            row = 0
        hit = self.results_model.hit(row)
        if hit is None:
            return
        self._highlight = self._last_result.terms if self._last_result else ()
        self.user.record_search(self.search_box.text())
        self.open_location(Location("entry", hit.slug))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.move_selection(5 if key == Qt.Key.Key_PageDown else -5)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_result(self.results.selected_row())
                return True
            if key == Qt.Key.Key_Escape:
                if self.search_box.text():
                    self.search_box.clear()
                else:
                    self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- pages -----------------------------------------------------------------------------

    def open_location(
        self, location: Location, record: bool = True, from_tree: bool = False
    ) -> bool:
        backend = self._backend
        if backend is None:
            return False
        from db import CatalogueError

        try:
            if location.kind == "entry":
                title = self._render_entry(backend, location.slug)
            else:
                title = self._render_region(backend, location.slug)
        except CatalogueError:
            self.status_results.setText(self.tr("That entry is not in this catalogue."))
            return False
        if record:
            self._history.visit(location)
        self._update_navigation_actions()
        self._update_title(title)
        if not from_tree:
            self._select_in_tree(location)
        self._settings.set_last_location(location)
        self.user.on_location(location)
        self.sig_entry_shown.emit(title)
        return True

    def _render_entry(self, backend: Library, slug: str) -> str:
        catalogue = backend.catalogue
        entry = catalogue.entry(slug)
        regions = [catalogue.region(r) for r in entry.regions]
        linked = [catalogue.entry(s) for s in entry.related if catalogue.has_entry(s)]
        if entry.kind == "about":  # "…has defined the following fields": list them
            linked = list(catalogue.entries("field"))
        links = [LinkTarget(e.slug, e.title, e.kind) for e in linked]
        html = render_entry(entry, regions, links, (), self._highlight, self.tr)
        self.entry_view.show_html(html, self._css())
        self._set_breadcrumb(self._breadcrumb_for(slug, NodeKind.ENTRY))
        return entry.title

    def _render_region(self, backend: Library, slug: str) -> str:
        catalogue = backend.catalogue
        region = catalogue.region(slug)
        ancestors = [catalogue.region(a) for a in catalogue.ancestors(slug)]
        children = [r for r in catalogue.regions() if r.parent == slug]
        own = catalogue.entries_in_region(slug)
        own_slugs = {e.slug for e in own}
        below = [
            e
            for e in catalogue.entries_in_region(slug, include_subregions=True)
            if e.slug not in own_slugs
        ]
        html = render_region(
            region,
            ancestors,
            children,
            [LinkTarget(e.slug, e.title, e.kind) for e in own],
            [LinkTarget(e.slug, e.title, e.kind) for e in below],
            self.tr,
        )
        self._highlight = ()
        self.entry_view.show_html(html, self._css())
        self._set_breadcrumb([self.tr("Regions"), *self._region_names(ancestors), region.name])
        return region.name

    @staticmethod
    def _region_names(regions: list[Region]) -> list[str]:
        return [r.name for r in regions]

    def _breadcrumb_for(self, slug: str, kind: NodeKind) -> list[str]:
        current = self.tree.currentIndex()
        node = self.tree_model.node(current)
        if node is not None and node.slug == slug:
            return self.tree_model.breadcrumb(current)
        index = self.tree_model.first_index_of(slug, kind)
        return self.tree_model.breadcrumb(index) if index.isValid() else []

    def _css(self) -> str:
        return entry_css(self._theme.is_dark(), self._zoom)

    def _refresh_icons(self) -> None:
        """QIcons keep the colour they were made with: fetch them again for the new theme."""
        for spec, action in self.actions_.items():
            if spec.icon:
                action.setIcon(self._icons.icon(spec.icon))

    def _set_marks(self, slugs: set[str]) -> None:
        self.tree_model.set_marked(set(slugs))
        self.results_model.set_marked(set(slugs))

    def _rerender(self) -> None:
        if self._history.current is not None:
            self.open_location(self._history.current, record=False, from_tree=True)

    def set_zoom(self, zoom: int) -> None:
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self._settings.set_zoom(self._zoom)
        self._rerender()
        self.statusBar().showMessage(self.tr("Zoom %d%%") % self._zoom, 1500)

    def _set_breadcrumb(self, parts: list[str]) -> None:
        self.breadcrumb.setText(" › ".join(parts))
        self.breadcrumb.setVisible(bool(parts))

    def _fit_results(self) -> None:
        """Give the results only the room their rows need (up to ~45 % of the column), so a
        one-hit search leaves the entry its space."""
        rows = self.results_model.rowCount()
        total = sum(self.vsplit.sizes())
        if total <= 0:
            return
        row = self.results.sizeHintForRow(0) if rows else 0
        wanted = min(int(total * 0.45), rows * row + 2 * self.results.frameWidth() + 4)
        wanted = max(wanted, 0 if rows == 0 else row)
        sizes = self.vsplit.sizes()
        rest = total - wanted
        if len(sizes) == 3:
            notes = min(sizes[2], rest // 3)
            self.vsplit.setSizes([wanted, rest - notes, notes])
        else:
            self.vsplit.setSizes([wanted, rest])
        self.results.setVisible(rows > 0)

    def zoom(self) -> int:
        return self._zoom

    def go_back(self) -> None:
        location = self._history.back()
        if location is not None:
            self.open_location(location, record=False)

    def go_forward(self) -> None:
        location = self._history.forward()
        if location is not None:
            self.open_location(location, record=False)

    def _update_navigation_actions(self) -> None:
        self.actions_.action("back").setEnabled(self._history.can_go_back())
        self.actions_.action("forward").setEnabled(self._history.can_go_forward())

    def _update_title(self, title: str | None) -> None:
        self.setWindowTitle(f"{title} — {APP_TITLE}" if title else APP_TITLE)

    def current_location(self) -> Location | None:
        return self._history.current

    def _show_about(self) -> None:
        # pack ids and titles come from pack files: plain text, never markup
        show_message(
            self,
            self.tr("About Field Reference"),
            self.about_text(),
            QMessageBox.Icon.Information,
            "aboutBox",
        )

    def about_text(self) -> str:
        """Version, catalogue and installed packs: how current the officer's data is."""
        from desktop_app import __version__

        info = self._backend.catalogue.info if self._backend else None
        lines = [self.tr("Field Reference %s") % __version__]
        if info is not None:
            lines.append(self.tr("Catalogue %s, data as of %s") % (info.version, info.data_as_of))
            lines.append(self.tr("Content hash %s") % info.content_sha256[:16])
        content = getattr(self._backend, "content", None)
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
                + self.tr("(data as of %s)") % pack.data_as_of
            )
        return "\n".join(lines)

    # -- window state ----------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self._settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = self._settings.window_state()
        if state is not None:
            self.restoreState(state)
        for name, splitter in (("main", self.hsplit), ("results", self.vsplit)):
            sizes = self._settings.splitter(name)
            if sizes is not None:
                splitter.restoreState(sizes)
        if not self._settings.flag("view/tree", True):
            self._toggle_tree()

    def save_state(self) -> None:
        self._settings.save_window(
            self.saveGeometry(),
            self.saveState(),
            {"main": self.hsplit.saveState(), "results": self.vsplit.saveState()},
        )
        self._settings.set_flag("view/tree", self.tree_panel.isVisible())
        self._settings.set_text("view/theme", self._theme.mode().value)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.user.flush():  # a note that could be kept nowhere: the window stays
            event.ignore()
            return
        self.save_state()
        self.shutdown()
        super().closeEvent(event)
