"""With the REAL translations: text that the language screenshots showed in English or in the
wrong order although its translation exists (issue 14's evidence).

- the entry page's "Regions:" label (it sat inside an f-string, where pyside6-lupdate never looks);
- counts looked up with n: lupdate extracts `translate(ctx, src, None, n)` with a variable n as a
  plain message, which a lookup WITH n misses (the briefing cover, the tree's region tooltips);
- an Arabic region row "Europe (11 · 13 …)" read "13 · 11": the digits took the label's LRM;
- the Arabic breadcrumb sat on the left, read left to right.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from db import Catalogue
from desktop_app.boot.translations import Translators
from desktop_app.briefing.document import BriefingSpec, build_document
from desktop_app.i18n.languages import ENGLISH, isolate
from desktop_app.library.records import BriefingItem, Stamp
from desktop_app.reading.entry_html import render_entry
from desktop_app.tree.tree_builders import NodeKind
from desktop_app.tree.tree_model import NavigationTreeModel, build_tree
from tests.gui.test_languages import LRELEASE
from tests.ts_files import compile_qm, language_files

ITEM = BriefingItem("Border Management", "field", "Summary.", "Body.", ("Europe",), ())
STAMP = Stamp("2026.11.0", "2026-11-27", "2026-11-30 09:00:00 UTC")


@pytest.fixture(scope="module")
def catalogue(shipped_catalogue: Path) -> Iterator[Catalogue]:
    opened = Catalogue.open(shipped_catalogue)
    yield opened
    opened.close()


@pytest.fixture
def translators(qapp, tmp_path: Path) -> Iterator[Translators]:
    """The real .ts files compiled here; the app is left in English, left to right."""
    assert LRELEASE is not None
    for code, ts in language_files().items():
        compile_qm(LRELEASE, ts, tmp_path / f"field_reference_{code}.qm")
    app = qapp
    made = Translators(app, tmp_path)
    yield made
    made.apply(ENGLISH, system=ENGLISH)
    QLocale.setDefault(QLocale.system())
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _in(translators: Translators, code: str) -> None:
    translators.apply(code, system=ENGLISH)
    rtl = code == "ar"
    QApplication.instance().setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )


def test_entry_page_names_the_regions_in_the_interface_language(translators, catalogue):
    _in(translators, "fr")
    entry = catalogue.entry("border-management")
    page = render_entry(entry, [catalogue.region(r) for r in entry.regions], ())
    assert "Régions\u00a0:" in page
    assert "Regions" not in page


@pytest.mark.parametrize(("code", "words"), [("fr", "2 fiches"), ("ar", "عدد المداخل: 2")])
def test_briefing_cover_counts_in_the_interface_language(translators, code: str, words: str):
    _in(translators, code)
    text = build_document(BriefingSpec("T", (ITEM, ITEM), STAMP, code == "ar")).toPlainText()
    assert words in text
    assert "2 entries" not in text


def test_region_tooltips_in_the_interface_language(translators, catalogue):
    _in(translators, "fr")
    model = NavigationTreeModel(build_tree(catalogue, "region"))
    tip = model.first_index_of("africa", NodeKind.REGION).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "10 fiches mentionnent directement Africa; 14 fiches dans Africa et ses sous-régions"
    )


def test_arabic_region_row_keeps_each_number_an_island(translators, catalogue):
    _in(translators, "ar")
    model = NavigationTreeModel(build_tree(catalogue, "region"))
    row = model.first_index_of("africa", NodeKind.REGION).data()
    own, total = isolate("10"), isolate("14")
    assert own in row and total in row
    assert row.index(own) < row.index(total)  # own first: rightmost in a right-to-left row


def test_arabic_breadcrumb_starts_on_the_right(qtbot, translators):
    from desktop_app.reading.reading_controller import ReadingController

    _in(translators, "ar")
    label = QLabel()
    qtbot.addWidget(label)
    stub = type("Stub", (), {"breadcrumb": label, "trail": QWidget()})()
    ReadingController._set_breadcrumb(stub, ["Europe", "Khartoum Process"])
    assert label.text().startswith("\u200f")  # right to left, whatever the names


def test_arabic_shortcut_sheet_keeps_the_path_whole(qtbot, translators, tmp_path: Path):
    """ "/tmp/…/shortcuts.toml" in an Arabic sentence lost its leading slash to the far end."""
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.commands.actions import ActionRegistry
    from desktop_app.commands.shortcut_sheet import ShortcutSheet
    from desktop_app.i18n.languages import isolate_ltr

    _in(translators, "ar")
    host = QMainWindow()
    qtbot.addWidget(host)
    path = tmp_path / "shortcuts.toml"
    sheet = ShortcutSheet(ActionRegistry(host), path, host)
    qtbot.addWidget(sheet)
    where = sheet.findChild(QLabel, "shortcut_sheet_where")
    assert isolate_ltr(str(path)) in where.text()


def test_spanish_dates_keep_the_full_year(translators):
    """Qt's Spanish short date is d/M/yy: "datos al 27/11/26" in the status bar."""
    from desktop_app.i18n import dates

    _in(translators, "es")
    assert dates.day("2026-11-27") == "27/11/2026"
