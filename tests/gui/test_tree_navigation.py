"""The tree as a reader uses it (issue 13): kind icons on entry rows, the whole name in a tooltip
when a narrow tree cuts it, and branches the officer collapsed stay collapsed through Back,
Forward and opening entries elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location
from desktop_app.tree.tree_builders import NodeKind
from desktop_app.tree.tree_model import TreeRole

ALT = Qt.KeyboardModifier.AltModifier


def rows(window: MainWindow, parent: QModelIndex | None = None) -> list[QModelIndex]:
    model, parent = window.tree_model, parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *rows(window, index)]
    return found


def followed(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.navigation.catching_up(), timeout=2000)


def test_entry_rows_show_their_kind_icon(window: MainWindow):
    icons: dict[str, bytes] = {}
    for index in rows(window):
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        kind = index.data(TreeRole.ENTRY_KIND)
        if index.data(TreeRole.NODE_KIND) != NodeKind.ENTRY.value or kind == "about":
            assert icon is None, index.data()
            continue
        assert icon is not None and not icon.isNull(), index.data()
        image = icon.pixmap(16, 16).toImage()
        icons.setdefault(kind, bytes(image.constBits()))
    assert set(icons) == {"field", "initiative", "dialogue"}
    assert len(set(icons.values())) == 3  # three different pictures


def test_a_name_the_narrow_tree_cuts_has_a_tooltip_with_all_of_it(qtbot, window: MainWindow):
    window.hsplit.setSizes([10, 2000])  # as narrow as the splitter lets it be
    view = window.tree
    qtbot.waitUntil(lambda: view.width() <= view.minimumWidth() + 4)
    assert view.width() >= 100  # narrow, but labels are still words
    metrics = view.fontMetrics()
    cut = [
        i
        for i in rows(window)
        if view.visualRect(i).isValid()
        and metrics.horizontalAdvance(i.data()) > view.viewport().width() - view.visualRect(i).x()
        and i.data(TreeRole.NODE_KIND) == NodeKind.ENTRY.value
    ]
    assert cut, "no label is cut at this width"
    index = cut[0]
    point = view.visualRect(index).center()
    help_event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), help_event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert index.data() in QToolTip.text()  # the whole name
    QToolTip.hideText()


def test_a_branch_collapsed_by_the_officer_stays_collapsed_on_back_and_forward(
    qtbot, window: MainWindow
):
    model = window.tree_model
    first = model.index(0, 0)  # "Global"
    inside = next(  # an entry with no other row than under "Global"
        i for i in rows(window, first) if len(model.indexes_of(i.data(TreeRole.SLUG))) == 1
    )
    elsewhere = next(
        i.data(TreeRole.SLUG)
        for i in rows(window, model.index(1, 0))
        if i.data(TreeRole.NODE_KIND) == NodeKind.ENTRY.value
        and all(i.data(TreeRole.SLUG) != j.data(TreeRole.SLUG) for j in rows(window, first))
    )
    window.open_location(Location("entry", inside.data(TreeRole.SLUG)))
    window.open_location(Location("entry", elsewhere))
    followed(qtbot, window)  # the tree follows the page a moment later
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Home)  # the cursor on "Global"
    qtbot.keyClick(window.tree, Qt.Key.Key_Left)  # collapse it
    assert not window.tree.isExpanded(first)
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Right):  # Back, Back, Forward
        with qtbot.waitSignal(window.sig_entry_shown):
            qtbot.keyClick(QApplication.focusWidget(), key, ALT)
        followed(qtbot, window)
        assert not window.tree.isExpanded(first), window.reading.current()
    window.reading.go_back()  # on the entry inside: no other row claims to show it
    followed(qtbot, window)
    assert window.reading.current() == Location("entry", inside.data(TreeRole.SLUG))
    assert not window.tree.selectionModel().hasSelection()
    assert window.tree.currentIndex() == first  # the cursor waits on the collapsed branch
    qtbot.keyClick(window.tree, Qt.Key.Key_Right)  # the officer opens it again
    window.open_location(Location("entry", elsewhere))
    followed(qtbot, window)
    window.reading.go_back()
    qtbot.waitUntil(lambda: window.tree.currentIndex() == inside, timeout=2000)
    assert window.tree.isExpanded(first)


def test_every_row_has_its_whole_label_in_the_tooltip(qtbot, window: MainWindow):
    """Entries, regions and the group headings of the other groupings (a narrow tree cuts
    them all; the region grouping is the first test's)."""
    groups = 0
    for key in ("field", "az", "kind"):
        with qtbot.waitSignal(window.tree_model.modelReset):  # the regrouped tree has landed
            window.set_grouping(key)
        for index in rows(window):
            groups += window.tree_model.node(index).kind is NodeKind.GROUP
            label = window.tree_model.node(index).label
            assert label in index.data(Qt.ItemDataRole.ToolTipRole), (key, label)
    assert groups  # the headings were among them


def test_the_breadcrumb_names_the_branch_the_tree_highlights(qtbot, window: MainWindow):
    """An entry whose first row is inside a closed sub-region but another row is in view (as
    Border Management under Europe › European Union and under Africa): the tree opens the
    entry's first region (tests/gui/test_new_user_polish.py), and the breadcrumb names the row
    it highlights."""

    def in_view(index: QModelIndex) -> bool:
        parent = index.parent()
        while parent.isValid():
            if not window.tree.isExpanded(parent):
                return False
            parent = parent.parent()
        return True

    model = window.tree_model
    slug = next(
        i.data(TreeRole.SLUG)
        for i in rows(window)
        if i.data(TreeRole.NODE_KIND) == NodeKind.ENTRY.value
        and not in_view(model.indexes_of(i.data(TreeRole.SLUG))[0])
        and any(in_view(j) for j in model.indexes_of(i.data(TreeRole.SLUG)))
    )
    window.open_location(Location("entry", slug))
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(TreeRole.SLUG) == slug, timeout=2000)
    chosen = window.tree.currentIndex()
    assert in_view(chosen)
    assert window.breadcrumb.text() == " › ".join(window.tree_model.breadcrumb(chosen))


def test_the_tree_follows_a_page_after_the_page_is_shown(qtbot, window: MainWindow):
    """A page opened from elsewhere (a search, a link, Back) is painted in a turn of the event
    loop of its own; the tree scrolls and repaints a moment later, once for a run of pages. Both
    in one turn held the GUI thread past a frame on a slow laptop."""
    slugs = list(
        dict.fromkeys(
            i.data(TreeRole.SLUG)
            for i in rows(window)
            if i.data(TreeRole.NODE_KIND) == NodeKind.ENTRY.value
        )
    )[:3]
    window.open_location(Location("entry", slugs[0]))
    followed(qtbot, window)
    assert window.tree.currentIndex().data(TreeRole.SLUG) == slugs[0]
    moved: list[str] = []
    window.tree.selectionModel().currentChanged.connect(
        lambda current, _previous: moved.append(current.data(TreeRole.SLUG))
    )
    window.open_location(Location("entry", slugs[1]))
    window.open_location(Location("entry", slugs[2]))
    assert window.tree.currentIndex().data(TreeRole.SLUG) == slugs[0]  # the page comes first
    assert window.reading.current() == Location("entry", slugs[2])
    followed(qtbot, window)
    assert moved == [slugs[2]]  # then the tree, once, to the page on screen


def test_row_icons_are_drawn_once_for_the_screen_and_again_in_a_new_theme(
    qtbot, window: MainWindow
):
    """Rows paint their kind's icon from pixmaps drawn once at the view's size and scale (an
    SVG engine in Python was called a few times per row at every repaint); a theme change draws
    them again in the new colour."""
    from desktop_app.look.theme import ThemeMode

    def icon_colours() -> set[tuple[int, int, int]]:
        index = next(
            i for i in rows(window) if i.data(TreeRole.ENTRY_KIND) in {"field", "initiative"}
        )
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert icon.availableSizes(), "an icon drawn at every paint"
        image = icon.pixmap(icon.availableSizes()[0]).toImage()
        return {
            image.pixelColor(x, y).getRgb()[:3]
            for y in range(image.height())
            for x in range(image.width())
            if image.pixelColor(x, y).alpha() >= 128
        }

    window._theme.set_mode(ThemeMode.LIGHT)
    light = icon_colours()
    window._theme.set_mode(ThemeMode.DARK)
    dark = icon_colours()
    assert light and dark and not light & dark  # strokes of another colour
