"""The catalogue tree: its view, grouping, building off the GUI thread, and following the page.

The view owns its tree (as Anki's sidebar does): the grouping combo and the View › Group actions
change it, a build runs through `Operations` on the "tree" lane and lands on the GUI thread, the
top level is expanded, and the current item follows whatever page is shown without re-opening it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QStyle, QTreeView, QVBoxLayout, QWidget

from desktop_app.commands.actions import ActionRegistry
from desktop_app.look.icons import IconProvider, drawn_once
from desktop_app.operations import Operations
from desktop_app.reading.navigation import Location
from desktop_app.settings_store import SettingsStore
from desktop_app.tree.mark_delegate import MarkDelegate
from desktop_app.tree.tree_builders import GROUPINGS, NodeKind, TreeNode
from desktop_app.tree.tree_model import NavigationTreeModel, TreeRole, build_tree
from desktop_app.userdata.marks import Marks

if TYPE_CHECKING:
    from desktop_app.library import Library

GROUPING_ACTIONS = {
    "region": "group_region",
    "field": "group_field",
    "az": "group_az",
    "kind": "group_kind",
}
EXPAND_ALL_BELOW = 30  # top-level rows: at most this many are expanded after a build
MIN_TREE_CHARS = 16  # the tree's narrowest width, in average characters
FOLLOW_AFTER_MS = 10  # the tree catches up with a new page this long after it is shown


class TreeController(QObject):
    """Signals:
    sig_open(object): the officer chose this Location in the tree.
    sig_restore(object): a first tree is built and nothing is shown yet: open this Location.
    sig_leave(): focus should move to the entry (tree hidden, or an entry activated).
    sig_status(str): a line for the status bar (a build failed).
    """

    sig_open = Signal(object)
    """An entry or region node became current."""
    sig_restore = Signal(object)
    """The first page to show once a tree exists."""
    sig_leave = Signal()
    """Move the focus to the entry view."""
    sig_status = Signal(str)
    """Something the officer should read in the status bar."""

    def __init__(
        self,
        ops: Operations,
        registry: ActionRegistry,
        settings: SettingsStore,
        current: Callable[[], Location | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._registry = registry
        self._settings = settings
        self._current = current  # the page the reading pane shows
        self._library: Library | None = None
        self._grouping = settings.values.grouping
        self._syncing = False
        self._closed: set[TreeNode] = set()  # branches the officer collapsed: kept collapsed
        self._following: Location | None = None
        self._icons: IconProvider | None = None
        self._row_icons: dict[tuple[str, int, int, float], QIcon] = {}
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_AFTER_MS)
        self._follow.timeout.connect(self._catch_up)
        self._build_widgets(parent)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.collapsed.connect(lambda index: self._branch_toggled(index, closed=True))
        self.view.expanded.connect(lambda index: self._branch_toggled(index, closed=False))
        self.view.activated.connect(self._on_activated)
        self.grouping.currentIndexChanged.connect(
            lambda _i: self.set_grouping(str(self.grouping.currentData()))
        )
        registry.action(GROUPING_ACTIONS[self._grouping]).setChecked(True)
        registry.action("toggle_tree").setChecked(True)

    def _build_widgets(self, parent: QWidget) -> None:
        self.model = NavigationTreeModel(parent=self)
        self.view = QTreeView(parent)
        self.view.setObjectName("tree")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a cut name ends in "…"
        self.view.setItemDelegate(MarkDelegate(self.view))  # the name is cut, never its ★/✎
        # narrow, but never so narrow that labels are a letter or two (tooltips give the rest)
        self.view.setMinimumWidth(self.view.fontMetrics().averageCharWidth() * MIN_TREE_CHARS)
        self.view.setAccessibleName(self.tr("Catalogue tree"))
        self.view.setAccessibleDescription(self.tr("Regions, fields and programmes; Enter opens"))
        self.grouping = QComboBox(parent)
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
        self.panel = QWidget(parent)
        self.panel.setObjectName("treePanel")
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.grouping)
        layout.addWidget(self.view)

    def handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "go_tree": lambda: self.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
            "toggle_tree": self.toggle,
        }
        for key, action_id in GROUPING_ACTIONS.items():
            handlers[action_id] = lambda key=key: self.set_grouping(key)
        return handlers

    def set_library(self, library: Library, restore: Location | None) -> None:
        self._library = library
        self._rebuild(restore)

    def set_marked(self, marks: Marks) -> None:
        self.model.set_marked(marks)

    def set_icons(self, icons: IconProvider) -> None:
        """Entry rows get their kind's icon; `refresh_icons` repaints them in a new theme."""
        self._icons = icons
        self.model.set_icons(self._row_icon)

    def _row_icon(self, kind: str) -> QIcon:
        """The kind's icon as pixmaps drawn once for this view's icon size and screen."""
        size = self.view.iconSize()
        if not size.isValid():
            side = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            size = QSize(side, side)
        key = (kind, size.width(), size.height(), self.view.devicePixelRatioF())
        icon = self._row_icons.get(key)
        if icon is None and self._icons is not None:
            icon = self._row_icons[key] = drawn_once(self._icons.icon(kind), size, key[3])
        return icon if icon is not None else QIcon()

    def refresh_icons(self, _dark: bool = False) -> None:
        """A new theme: repaint, and the rows' icons are drawn again in its colour."""
        self._row_icons.clear()
        self.view.viewport().update()

    # -- grouping and building -------------------------------------------------------------

    def set_grouping(self, key: str) -> None:
        if key not in GROUPINGS:
            return
        changed = key != self._grouping
        self._grouping = key
        self.grouping.blockSignals(True)
        self.grouping.setCurrentIndex(self.grouping.findData(key))
        self.grouping.blockSignals(False)
        self._registry.action(GROUPING_ACTIONS[key]).setChecked(True)
        self._settings.update(grouping=key)
        if changed and self._library is not None:
            self._rebuild(restore=self._current())

    def grouping_key(self) -> str:
        return self._grouping

    def _rebuild(self, restore: Location | None) -> None:
        library = self._library
        if library is None:
            return
        catalogue, grouping = library.catalogue, self._grouping

        def failed(exc: BaseException) -> bool:
            from desktop_app.i18n.errors import said

            self.sig_status.emit(self.tr("Could not build the tree: %s") % said(exc))
            return True

        self._ops.run(
            lambda: build_tree(catalogue, grouping),
            lambda root: self._built(root, restore),
            on_failure=failed,
            lane="tree",
        )

    def _built(self, root: TreeNode, restore: Location | None) -> None:
        self._closed.clear()
        self.model.set_root(root)
        rows = self.model.rowCount()
        if rows <= EXPAND_ALL_BELOW:
            for row in range(rows):
                self.view.expand(self.model.index(row, 0))
        current = self._current()
        if current is None:
            self.sig_restore.emit(restore or Location("entry", "about"))
        else:
            self.select(restore or current)

    # -- following the page ----------------------------------------------------------------

    def follow(self, location: Location) -> None:
        """The tree highlights a page shown from elsewhere (a search, a link, Back), a moment
        later: the page is painted first, in a turn of the event loop of its own, and only then
        does the tree scroll and repaint. One turn doing both held the GUI thread past a frame
        (16 ms) on a slow laptop; a run of pages (Back held down) moves the tree once."""
        self._following = location
        self._follow.start()

    def catching_up(self) -> bool:
        """Whether the tree has yet to follow the page shown (tests wait for it)."""
        return self._follow.isActive()

    def _catch_up(self) -> None:
        location, self._following = self._following, None
        if location is not None and location == self._current():
            self.select(location)

    def select(self, location: Location) -> None:
        """Make the node of `location` current without opening it again (or clear the current
        node: an old highlight would claim the tree shows this page).

        A branch the officer collapsed stays collapsed (Back, Forward, a search, a link): the
        row chosen is one already in view, else one not under such a branch (its parents are
        opened), else none is selected and the collapsed branch around it gets the cursor."""
        kind = NodeKind.ENTRY if location.kind == "entry" else NodeKind.REGION
        rows = self.model.indexes_of(location.slug, kind)
        index = self._row_to_show(rows)
        self._syncing = True
        try:
            if index is not None:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            else:
                self.view.clearSelection()
                cursor = self._closed_branch_of(rows[0]) if rows else QModelIndex()
                flag = QItemSelectionModel.SelectionFlag.NoUpdate
                self.view.selectionModel().setCurrentIndex(cursor, flag)
        finally:
            self._syncing = False

    def _row_to_show(self, rows: list[QModelIndex]) -> QModelIndex | None:
        """Of a page's rows, the one to select: the row the tree already has (the officer came
        through it), else the first in the entry's own region order — "European Union" before
        "Africa" when the entry names it first — that is not under a collapsed branch."""
        current = self.view.currentIndex()
        if current in rows and self._in_view(current):
            return current
        return next((i for i in self._by_region(rows) if not self._under_closed(i)), None)

    def _by_region(self, rows: list[QModelIndex]) -> list[QModelIndex]:
        """Rows ordered by the entry's regions (rows under no region keep their place, first)."""
        library = self._library
        slug = rows[0].data(TreeRole.SLUG) if rows else None
        if library is None or slug is None or not library.catalogue.has_entry(slug):
            return rows
        regions = list(library.catalogue.entry(slug).regions)

        def rank(index: QModelIndex) -> int:
            parent = index.parent()
            while parent.isValid():
                if parent.data(TreeRole.NODE_KIND) == NodeKind.REGION.value:
                    region = parent.data(TreeRole.SLUG)
                    return regions.index(region) if region in regions else len(regions)
                parent = parent.parent()
            return -1

        return sorted(rows, key=rank)

    def _branch_toggled(self, index: QModelIndex, closed: bool) -> None:
        node = self.model.node(index)
        if node is None or self._syncing:
            return
        if closed:
            self._closed.add(node)
        else:
            self._closed.discard(node)

    def _in_view(self, index: QModelIndex) -> bool:
        parent = index.parent()
        while parent.isValid():
            if not self.view.isExpanded(parent):
                return False
            parent = parent.parent()
        return True

    def _under_closed(self, index: QModelIndex) -> bool:
        return self._closed_branch_of(index).isValid()

    def _closed_branch_of(self, index: QModelIndex) -> QModelIndex:
        """The outermost branch above `index` the officer collapsed (invalid: none)."""
        found, parent = QModelIndex(), index.parent()
        while parent.isValid():
            if self.model.node(parent) in self._closed and not self.view.isExpanded(parent):
                found = parent
            parent = parent.parent()
        return found

    def breadcrumb_for(self, slug: str, kind: NodeKind) -> list[str]:
        """The path to the page: the current node's if it is this page, else the row `select`
        will choose, so the breadcrumb names the branch the tree highlights."""
        current = self.view.currentIndex()
        node = self.model.node(current)
        if node is not None and node.slug == slug:  # reached through this row: its path
            return self.model.breadcrumb(current)
        rows = self.model.indexes_of(slug, kind)
        index = self._row_to_show(rows) or (rows[0] if rows else None)
        return self.model.breadcrumb(index) if index is not None else []

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        node = self.model.node(current)
        if node is None or node.slug is None:
            return
        if node.kind == NodeKind.ENTRY:
            self.sig_open.emit(Location("entry", node.slug))
        elif node.kind == NodeKind.REGION:
            self.sig_open.emit(Location("region", node.slug))

    def _on_activated(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is not None and node.slug is None:
            self.view.setExpanded(index, not self.view.isExpanded(index))
        elif node is not None:
            self.sig_leave.emit()

    # -- showing and hiding ----------------------------------------------------------------

    def toggle(self) -> None:
        self.set_visible(self.panel.isHidden())

    def is_shown(self) -> bool:
        """Whether the officer wants the tree (true before the window is first shown, too)."""
        return not self.panel.isHidden()

    def set_visible(self, visible: bool) -> None:
        had_focus = self.view.hasFocus() or self.grouping.hasFocus()
        self.panel.setVisible(visible)
        self._registry.action("toggle_tree").setChecked(visible)
        if not visible and had_focus:
            self.sig_leave.emit()
