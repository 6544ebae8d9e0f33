"""Right to left as an Arabic reader expects: result rows begin at the right, English text stays
left to right inside, back/forward point the other way, inserted English is isolated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from desktop_app.commands.actions import menu_text
from desktop_app.commands.fuzzy import strip_mnemonics
from desktop_app.i18n.bidi import isolated
from desktop_app.i18n.dates import number
from desktop_app.i18n.languages import FSI, LRI, PDI
from desktop_app.look.icons import IconProvider
from desktop_app.search.results_view import ResultRole, ResultsList, ResultsModel, _row_title
from search_index import Hit
from tests.helpers import REPO

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
HIT = Hit(
    "trafficking",
    "field",
    "Anti-Trafficking (THB)",
    1.0,
    "Combating <mark>trafficking</mark> in human beings.",
    regions=("Global", "West Africa (ECOWAS)", "Europe", "Asia", "Americas", "Middle East"),
)


@pytest.fixture
def direction() -> Iterator[None]:
    yield
    QApplication.instance().setLayoutDirection(LTR)
    QLocale.setDefault(QLocale.system())


def _ink(image: QImage, top: int, bottom: int) -> tuple[int, int]:
    """The leftmost and rightmost x painted in something other than the row's background
    (sampled in its padding; light or dark, whatever theme an earlier test left)."""
    background = QColor(image.pixel(2, 2)).lightness()
    xs = [
        x
        for y in range(top, bottom)
        for x in range(image.width())
        if abs(QColor(image.pixel(x, y)).lightness() - background) > 60
    ]
    assert xs, "nothing painted"
    return min(xs), max(xs)


def _row(qtbot, layout: Qt.LayoutDirection) -> tuple[QImage, int]:
    model = ResultsModel()
    ModelTester(None).check(model)  # type: ignore[arg-type]
    model.set_hits([HIT])
    view = ResultsList(model)
    qtbot.addWidget(view)
    view.setLayoutDirection(layout)
    view.resize(700, 160)
    view.show()
    qtbot.waitExposed(view)
    view.selectionModel().clear()  # a plain row: dark text on a light base
    line = view.fontMetrics().height()
    return view.viewport().grab().toImage(), line


def test_a_result_row_begins_at_the_right_in_arabic(qtbot, direction):
    image, line = _row(qtbot, RTL)
    width = image.width()
    left, right = _ink(image, 8, 8 + line)  # the title line: title and kind badge
    assert right > width - 40, "the title starts at the right edge"
    assert left > width // 3, "nothing stranded at the far left"
    _left, chips_right = _ink(image, 8 + 3 * line + 6, 8 + 4 * line + 6)
    assert chips_right > width - 40, "the region chips start at the right too"

    image, line = _row(qtbot, LTR)
    left, right = _ink(image, 8, 8 + line)
    assert left < 40 and right < width * 2 // 3


def test_english_in_an_arabic_row_is_a_left_to_right_island():
    model = ResultsModel()
    model.set_hits([HIT])
    index = model.index(0, 0)
    assert index.data(ResultRole.TITLE) == "Anti-Trafficking (THB)"
    assert _row_title(index) == f"{LRI}Anti-Trafficking (THB){PDI}"


def test_inserted_text_is_isolated_only_right_to_left(direction):
    assert isolated("Find in Entry…") == "Find in Entry…"
    QApplication.instance().setLayoutDirection(RTL)
    assert isolated("Find in Entry…") == f"{FSI}Find in Entry…{PDI}"


def test_numbers_follow_the_interface_locale(direction):
    QLocale.setDefault(QLocale("ru"))
    assert number(12345) == "12\N{NO-BREAK SPACE}345"
    QLocale.setDefault(QLocale("ar_MA"))
    assert number(14) == "14", "Arabic counts in Latin digits, as beside English names"


def _difference(first: QImage, second: QImage) -> int:
    """How many pixels differ clearly in opacity."""
    return sum(
        abs(QColor(first.pixelColor(x, y)).alpha() - QColor(second.pixelColor(x, y)).alpha()) > 64
        for y in range(first.height())
        for x in range(first.width())
    )


def _pixels(icon_name: str) -> QImage:
    icons = IconProvider(REPO / "resources" / "icons")
    return icons.icon(icon_name).pixmap(32, 32).toImage()


@pytest.mark.parametrize("name", ["back", "forward"])
def test_back_and_forward_point_the_other_way_right_to_left(name: str, direction):
    plain = _pixels(name)
    QApplication.instance().setLayoutDirection(RTL)
    mirrored = _pixels(name)
    assert _difference(mirrored, plain) > 20, "not mirrored"
    assert _difference(mirrored, plain.flipped(Qt.Orientation.Horizontal)) <= 2  # antialiasing


def test_other_icons_are_not_mirrored(direction):
    plain = _pixels("search")
    QApplication.instance().setLayoutDirection(RTL)
    assert _pixels("search") == plain


def test_a_right_to_left_menu_shows_keys_left_to_right(direction):
    """Qt would lay "Ctrl+=" out as "=+Ctrl" in an Arabic menu: the text carries the key as a
    left-to-right island after a tab, which the palette and the sheet leave out of the name."""
    assert menu_text("Zoom &In", ("Ctrl+=", "Ctrl++")) == "Zoom &In"
    QApplication.instance().setLayoutDirection(RTL)
    assert menu_text("Zoom &In", ("Ctrl+=", "Ctrl++")) == f"Zoom &In\t{LRI}Ctrl+={PDI}"
    assert menu_text("About", ()) == "About"
    assert strip_mnemonics(f"Zoom &In\t{LRI}Ctrl+={PDI}") == "Zoom In"
