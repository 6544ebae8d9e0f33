"""The navigation tree as a Qt item model over a plain-Python `TreeNode` tree.

The tree is built without Qt (`tree_builders`), possibly on a worker thread, and swapped in with
`set_root`. Each index carries its node in `internalPointer()`; nodes cache their parent and row,
so `parent()` is constant time. Only nodes of the current root are ever handed to `createIndex`:
the lookup tables are rebuilt inside the reset, and the old tree is released only after views
have dropped their indexes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from desktop_app.i18n.bidi import isolated, ltr_label
from desktop_app.plain_text import plain_tooltip
from desktop_app.tree.tree_builders import (
    GROUPINGS,
    TRANSLATION_CONTEXT,
    NodeKind,
    TreeNode,
    kind_label,
)
from desktop_app.userdata.marks import Marks

if TYPE_CHECKING:
    from db.catalogue import Catalogue

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class TreeRole(enum.IntEnum):
    """Data roles beyond Qt's own, for views and controllers that need more than text."""

    SLUG = Qt.ItemDataRole.UserRole + 1  # entry slug (ENTRY) or region slug (REGION)
    NODE_KIND = enum.auto()  # NodeKind.value: "root", "region", "entry" or "group"
    ENTRY_KIND = enum.auto()  # "field", "initiative", … for ENTRY nodes, else None
    MARKED = enum.auto()  # True for entries with notes or bookmarks
    MARK = enum.auto()  # "★", "✎", "★ ✎" or "": drawn in the row's end column (mark_delegate)


def translate_label(text: str) -> str:
    """The `translate` callable to hand to the tree builders, in the tree's context."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def build_tree(catalogue: Catalogue, grouping: str) -> TreeNode:
    """Builds the tree for one of `GROUPINGS` with translated labels; safe off the GUI thread."""
    return GROUPINGS[grouping](catalogue, translate_label)


@cache
def _bold() -> QFont:
    # Only the weight is set, so the view's own family and size still apply (QFont.resolve).
    font = QFont()
    font.setBold(True)
    return font


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """Literal calls, `translate("NavigationTree", "…")`, so pyside6-lupdate extracts them.

    pyside6-lupdate extracts a call whose n is a variable as a plain (not numerus) message, and
    a lookup with n misses a plain message, so the tooltip stayed English: look it up as it was
    extracted and put the count in (callers pick the singular or plural source themselves)."""
    looked_up = QCoreApplication.translate(context, text, disambiguation)
    return looked_up if n < 0 else looked_up.replace("%n", str(n))


class NavigationTreeModel(QAbstractItemModel):
    """One-column model of the navigation tree; entries carry ★ (bookmark) and ✎ (note).

    `flags()` is the base class's (every row enabled and selectable): an override in Python
    would be one more call into the interpreter per painted row."""

    def __init__(self, root: TreeNode | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = TreeNode(NodeKind.ROOT, "")
        self._first: dict[tuple[NodeKind, str], TreeNode] = {}
        self._entry_nodes: dict[str, list[TreeNode]] = {}
        self._marks = Marks()
        self._icon_for: Callable[[str], QIcon] | None = None
        self._roles = self._role_table()
        if root is not None:
            self.set_root(root)

    # -- the tree ------------------------------------------------------------------------------

    def set_root(self, root: TreeNode) -> None:
        """Swaps in a freshly built tree; marks are kept, since they are slugs, not nodes."""
        self.beginResetModel()
        previous = self._root  # kept alive until views have dropped indexes into it
        self._root = root
        self._index_nodes()
        self.endResetModel()
        del previous

    def root(self) -> TreeNode:
        return self._root

    def _index_nodes(self) -> None:
        first: dict[tuple[NodeKind, str], TreeNode] = {}
        entry_nodes: dict[str, list[TreeNode]] = {}
        for node in self._root.walk():
            if node.slug is None:
                continue
            first.setdefault((node.kind, node.slug), node)
            if node.kind is NodeKind.ENTRY:
                entry_nodes.setdefault(node.slug, []).append(node)
        self._first = first
        self._entry_nodes = entry_nodes

    def node(self, index: AnyIndex) -> TreeNode | None:
        """The node behind an index of this model; None for the root or another model's index."""
        if not index.isValid() or index.model() is not self:
            return None
        return index.internalPointer()

    def first_index_of(self, slug: str, node_kind: NodeKind = NodeKind.ENTRY) -> QModelIndex:
        """Where to select an entry (or region) opened from elsewhere: its first row, depth first.

        An entry linked to several regions has several rows; the first is the predictable one."""
        node = self._first.get((node_kind, slug))
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def indexes_of(self, slug: str, node_kind: NodeKind = NodeKind.ENTRY) -> list[QModelIndex]:
        """Every row of an entry (one per region it names, depth first); a region's one row."""
        if node_kind is NodeKind.ENTRY:
            nodes = self._entry_nodes.get(slug, [])
        else:
            first = self._first.get((node_kind, slug))
            nodes = [first] if first is not None else []
        return [self.createIndex(node.row, 0, node) for node in nodes]

    def set_icons(self, icon_for: Callable[[str], QIcon] | None) -> None:
        """Entry rows show their kind's icon (`field`, `initiative`, `dialogue`: an SVG of that
        name in resources/icons/); the icon is asked for at paint time, so a new theme's
        colour shows on the next repaint."""
        self._icon_for = icon_for

    def breadcrumb(self, index: AnyIndex) -> list[str]:
        """Labels from the top level down to `index`, without counts, for the entry header."""
        node = self.node(index)
        return [] if node is None else node.path()

    def set_marked(self, marks: Marks) -> None:
        """Entries with a bookmark (★) or a note (✎) show the mark after their title; only rows
        whose marks changed repaint."""
        changed = marks.changed(self._marks)
        self._marks = marks
        roles = [Qt.ItemDataRole.AccessibleTextRole, TreeRole.MARKED, TreeRole.MARK]
        for slug in changed:
            for node in self._entry_nodes.get(slug, ()):
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index, roles)

    def marked(self) -> Marks:
        return self._marks

    # -- QAbstractItemModel --------------------------------------------------------------------

    def _node_at(self, index: AnyIndex) -> TreeNode:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        # hasIndex() would call back into rowCount() and columnCount() through the binding:
        # the same rules, checked here (~40 µs less per call; selecting a node asks dozens)
        children = self._node_at(parent).children
        if column != 0 or not 0 <= row < len(children) or parent.column() > 0:
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    @overload
    def parent(self) -> QObject: ...

    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...

    def parent(self, child: AnyIndex | None = None) -> QModelIndex | QObject:
        """Both overloads: `model.parent()` is still the QObject parent, as in C++."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        up = child.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node_at(parent).children)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 1

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            section == 0
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return translate("NavigationTree", "Catalogue")
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                TreeRole.SLUG: QByteArray(b"slug"),
                TreeRole.NODE_KIND: QByteArray(b"nodeKind"),
                TreeRole.ENTRY_KIND: QByteArray(b"entryKind"),
                TreeRole.MARKED: QByteArray(b"marked"),
            }
        )
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # one dict look-up per call: a repaint asks ~8 roles of every visible row through the
        # binding, and a chain of enum comparisons made the tree the slowest part of a repaint
        answer = self._roles.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(index.internalPointer())

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan) -> None:
        # the delegate asks seven roles of a row in one call: one Python call per painted row
        # instead of seven (each call into Python waits its turn for the interpreter, and a
        # worker busy in Python made a tree repaint ten times slower)
        if not index.isValid():
            return
        node, roles = index.internalPointer(), self._roles
        for slot in roleDataSpan:
            answer = roles.get(slot.role())
            if answer is not None and (value := answer(node)) is not None:
                slot.setData(value)

    def _role_table(self) -> dict[int, Callable[[TreeNode], Any]]:
        role = Qt.ItemDataRole
        entry = NodeKind.ENTRY
        return {
            int(role.DisplayRole): self._display,
            int(role.AccessibleTextRole): self._accessible_text,
            int(role.DecorationRole): self._icon,
            int(role.FontRole): lambda node: _bold() if self._is_bold(node) else None,
            int(role.ToolTipRole): lambda node: plain_tooltip(self._tooltip(node)),
            int(role.AccessibleDescriptionRole): self._tooltip,
            int(TreeRole.SLUG): lambda node: node.slug,
            int(TreeRole.NODE_KIND): lambda node: node.kind.value,
            int(TreeRole.ENTRY_KIND): lambda node: node.entry_kind,
            int(TreeRole.MARKED): lambda node: node.kind is entry and node.slug in self._marks,
            int(TreeRole.MARK): self._mark,
        }

    def mark_at(self, index: AnyIndex) -> str:
        """ "★", "✎", "★ ✎" or "" for a row of this model (the delegate paints it)."""
        return self._mark(index.internalPointer()) if index.isValid() else ""

    def _mark(self, node: TreeNode) -> str:
        return self._marks.symbols(node.slug) if node.kind is NodeKind.ENTRY else ""

    def _accessible_text(self, node: TreeNode) -> str:
        mark = self._mark(node)
        return f"{self._display(node)} {mark}" if mark else self._display(node)

    # -- presentation --------------------------------------------------------------------------

    def _display(self, node: TreeNode) -> str:
        if node.kind is NodeKind.ENTRY:  # the mark is TreeRole.MARK, drawn in its own column
            return ltr_label(node.label)
        if node.count is None:
            return node.label
        locale = QLocale()
        if node.own is not None and node.own != node.count:  # say what each number counts
            # each number an island: after the label's LRM, bare digits took its left-to-right
            # direction and an Arabic row read "13 · 11" for own 11 of 13
            return ltr_label(
                translate("NavigationTree", "{label} ({own} · {count} with sub-regions)").format(
                    label=ltr_label(node.label),
                    own=isolated(locale.toString(node.own)),
                    count=isolated(locale.toString(node.count)),
                )
            )
        return ltr_label(
            translate("NavigationTree", "{label} ({count})").format(
                label=ltr_label(node.label), count=locale.toString(node.count)
            )
        )

    def _icon(self, node: TreeNode) -> QIcon | None:
        if node.kind is not NodeKind.ENTRY or node.entry_kind is None or self._icon_for is None:
            return None
        icon = self._icon_for(node.entry_kind)
        return None if icon.isNull() else icon

    def _is_bold(self, node: TreeNode) -> bool:
        """Bold is the heading style (groups, regions with children); never a mark."""
        return node.kind in (NodeKind.GROUP, NodeKind.REGION) and bool(node.children)

    @staticmethod
    def _region_tooltip(region: str, own: int | None, count: int) -> str:
        """Both numbers in words; two numerus strings each so English reads right without
        shipping an English .qm."""
        total = (
            translate("NavigationTree", "%n entry in {region} and its sub-regions", None, count)
            if count == 1
            else translate(
                "NavigationTree", "%n entries in {region} and its sub-regions", None, count
            )
        )
        region = isolated(region)
        if own is None or own == count:
            return total.format(region=region)
        named = (
            translate("NavigationTree", "%n entry names {region} itself", None, own)
            if own == 1
            else translate("NavigationTree", "%n entries name {region} itself", None, own)
        )
        return f"{named.format(region=region)}; {total.format(region=region)}"

    def _tooltip(self, node: TreeNode) -> str:
        if node.kind is NodeKind.ENTRY and node.entry_kind is not None:
            return translate("NavigationTree", "{kind}: {title}").format(
                kind=kind_label(node.entry_kind, translate_label), title=isolated(node.label)
            )
        if node.kind is NodeKind.REGION and node.count is not None:
            return self._region_tooltip(node.label, node.own, node.count)
        return self._display(node)  # a group's whole label, for a narrow tree that cuts it
