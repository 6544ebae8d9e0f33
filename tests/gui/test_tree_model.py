"""NavigationTreeModel under Qt's model tester, in a real QTreeView, and its own API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeView

from db import Catalogue
from desktop_app.tree.tree_builders import GROUPINGS, NodeKind, TreeNode
from desktop_app.tree.tree_model import NavigationTreeModel, TreeRole, build_tree
from desktop_app.userdata.marks import Marks

COLLEGE = "college-of-practical-skills"
PROGRAMME = "border-management-programme"  # linked to eight regions


@pytest.fixture(scope="module")
def catalogue(shipped_catalogue: Path) -> Iterator[Catalogue]:
    opened = Catalogue.open(shipped_catalogue)
    yield opened
    opened.close()


@pytest.fixture
def model(catalogue: Catalogue) -> NavigationTreeModel:
    return NavigationTreeModel(build_tree(catalogue, "region"))


def all_indexes(model: NavigationTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append(index)
        found.extend(all_indexes(model, index))
    return found


@pytest.mark.parametrize("grouping", sorted(GROUPINGS))
def test_model_passes_qt_model_tester(qtmodeltester, catalogue: Catalogue, grouping: str):
    qtmodeltester.check(NavigationTreeModel(build_tree(catalogue, grouping)))


@pytest.mark.parametrize("grouping", sorted(GROUPINGS))
def test_model_passes_python_model_tester(qtmodeltester, catalogue: Catalogue, grouping: str):
    qtmodeltester.check(NavigationTreeModel(build_tree(catalogue, grouping)), force_py=True)


def test_empty_model_passes_model_tester(qtmodeltester):
    model = NavigationTreeModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert not model.first_index_of(COLLEGE).isValid()


def test_switching_root_resets_and_stays_valid(qtmodeltester, qtbot, model, catalogue):
    qtmodeltester.check(model)
    for grouping in ("field", "az", "kind", "region"):
        with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
            model.set_root(build_tree(catalogue, grouping))
        qtmodeltester.check(model)
        index = model.first_index_of(COLLEGE)
        assert index.isValid()
        assert model.node(index) in set(model.root().walk())


def test_display_tooltip_and_custom_roles(model: NavigationTreeModel):
    africa = model.first_index_of("africa", NodeKind.REGION)
    assert africa.data() == "Africa (10 · 14 with sub-regions)"
    assert africa.data(Qt.ItemDataRole.AccessibleTextRole) == "Africa (10 · 14 with sub-regions)"
    assert africa.data(Qt.ItemDataRole.ToolTipRole) == (
        "10 entries name Africa itself; 14 entries in Africa and its sub-regions"
    )
    assert africa.data(TreeRole.SLUG) == "africa"
    assert africa.data(TreeRole.NODE_KIND) == "region"
    assert africa.data(TreeRole.ENTRY_KIND) is None

    college = model.first_index_of(COLLEGE)
    assert college.data() == "College of Practical Skills and Start-up Centre"
    assert college.data(Qt.ItemDataRole.ToolTipRole) == (
        "Initiative: College of Practical Skills and Start-up Centre"
    )
    assert college.data(TreeRole.NODE_KIND) == "entry"
    assert college.data(TreeRole.ENTRY_KIND) == "initiative"
    assert college.data(TreeRole.MARKED) is False

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Catalogue"
    assert model.headerData(1, Qt.Orientation.Horizontal) is None
    assert model.roleNames()[TreeRole.SLUG] == b"slug"


def test_one_entry_tooltip_is_singular(model: NavigationTreeModel):
    model.set_root(TreeNode(NodeKind.ROOT, ""))
    root = model.root()
    region = root.add(TreeNode(NodeKind.REGION, "Brazil", slug="brazil", count=1))
    region.add(TreeNode(NodeKind.ENTRY, "Research", slug="research", entry_kind="field"))
    model.set_root(root)
    index = model.first_index_of("brazil", NodeKind.REGION)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "1 entry in Brazil and its sub-regions"


def test_groups_and_regions_with_children_are_bold(model, catalogue):
    bold = {
        model.node(i).kind
        for i in all_indexes(model)
        if isinstance(i.data(Qt.ItemDataRole.FontRole), QFont)
    }
    assert bold == {NodeKind.REGION}
    model.set_root(build_tree(catalogue, "kind"))
    group = model.index(0, 0)
    assert group.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0, group).data(Qt.ItemDataRole.FontRole) is None


def test_first_index_of_finds_first_occurrence_depth_first(model: NavigationTreeModel):
    index = model.first_index_of(PROGRAMME)
    assert index.isValid() and index.data(TreeRole.SLUG) == PROGRAMME
    occurrences = [i for i in all_indexes(model) if i.data(TreeRole.SLUG) == PROGRAMME]
    assert len(occurrences) == 8
    assert index == occurrences[0]
    assert model.breadcrumb(index)[0] == "Europe"
    assert not model.first_index_of("no-such-entry").isValid()
    assert not model.first_index_of(COLLEGE, NodeKind.REGION).isValid()
    nigeria = model.first_index_of("nigeria", NodeKind.REGION)
    assert model.node(nigeria).kind is NodeKind.REGION


def test_breadcrumb_follows_parents_without_counts(model: NavigationTreeModel):
    index = model.first_index_of(COLLEGE)
    assert model.breadcrumb(index) == [
        "Africa",
        "West Africa (ECOWAS)",
        "Nigeria",
        "College of Practical Skills and Start-up Centre",
    ]
    assert model.parent(index).data() == "Nigeria (2)"
    assert model.breadcrumb(QModelIndex()) == []
    assert model.node(QModelIndex()) is None


def test_set_marked_repaints_every_occurrence_and_nothing_else(qtbot, model):
    changed: list[tuple[QModelIndex, QModelIndex, list[int]]] = []
    model.dataChanged.connect(lambda first, last, roles: changed.append((first, last, roles)))
    model.set_marked(Marks.of(bookmarked=[PROGRAMME]))
    assert len(changed) == 8
    for first, last, roles in changed:
        assert first == last
        assert first.data(TreeRole.SLUG) == PROGRAMME
        assert TreeRole.MARK in roles
        assert first.data(TreeRole.MARKED) is True
        assert first.data(TreeRole.MARK) == "★"
        assert first.data(Qt.ItemDataRole.FontRole) is None  # bold is for headings only
    assert model.first_index_of(COLLEGE).data(TreeRole.MARK) == ""

    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_marked(Marks.of(bookmarked=[PROGRAMME]))
    changed.clear()
    model.set_marked(Marks.of(noted=[COLLEGE]))
    assert sorted(first.data(TreeRole.SLUG) for first, _, _ in changed) == sorted(
        [COLLEGE] + [PROGRAMME] * 8
    )
    assert model.first_index_of(COLLEGE).data(TreeRole.MARK) == "✎"
    assert model.first_index_of(PROGRAMME).data(TreeRole.MARKED) is False
    assert set(model.marked()) == {COLLEGE}


def test_marks_survive_a_new_root(model, catalogue):
    model.set_marked(Marks.of(noted=[COLLEGE]))
    model.set_root(build_tree(catalogue, "az"))
    assert model.first_index_of(COLLEGE).data(TreeRole.MARKED) is True


def test_qobject_parent_overload_still_works(qtbot):
    owner = QObject()
    model = NavigationTreeModel(parent=owner)
    assert model.parent() is owner


def test_tree_view_shows_expands_and_moves_with_keys(qtbot, model):
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)

    view.expandAll()
    top = model.index(0, 0)
    assert view.isExpanded(top)
    assert view.isExpanded(model.first_index_of("west-africa", NodeKind.REGION))

    view.setFocus()
    view.setCurrentIndex(top)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex() == model.index(0, 0, top)

    view.collapseAll()
    view.setCurrentIndex(top)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex() == model.index(1, 0)
    assert view.currentIndex().data() == "Europe (11 · 13 with sub-regions)"
    tip = view.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert "11 entries name Europe itself" in tip and "13 entries in Europe and its" in tip


class CountingModel(NavigationTreeModel):
    """Counts the calls a view makes into Python for row data."""

    def __init__(self, root: TreeNode) -> None:
        super().__init__(root)
        self.data_calls = 0
        self.multi_calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.data_calls += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan) -> None:
        self.multi_calls += 1
        super().multiData(index, roleDataSpan)


def test_a_painted_row_costs_one_call_for_its_data(qtbot, catalogue: Catalogue):
    """The delegate asks seven roles of each row it paints: they come back from one call, not
    seven (every call into Python from a repaint may wait for the interpreter)."""
    model = CountingModel(build_tree(catalogue, "region"))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.expandAll()
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    model.data_calls = model.multi_calls = 0
    view.viewport().grab()  # paints every row in view
    painted = model.multi_calls
    assert painted >= 10, model.data_calls  # the rows in view, one call each
    assert model.data_calls <= painted  # at most one more call per row (its size hint)


def test_one_call_answers_what_each_role_answers(model: NavigationTreeModel):
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        TreeRole.SLUG,
        TreeRole.MARK,
    ]
    model.set_marked(Marks(bookmarked=frozenset({COLLEGE}), noted=frozenset()))
    for index in all_indexes(model):
        for role in roles:
            slot = QModelRoleData(int(role))
            model.multiData(index, QModelRoleDataSpan(slot))
            assert slot.data() == index.data(role), (index.data(), role)
