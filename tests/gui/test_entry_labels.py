"""Entry pages show the thesaurus's labels (issue 12 item 7, issue 14 item 7): "Also called",
"In other languages" with each language's own name and direction-isolated labels, and the
entry's name in the interface language beside the English title. Labels are never markup."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.boot.window_host import WindowHost
from desktop_app.library.thesaurus_data import check_thesaurus
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths, resolve_paths
from desktop_app.reading.labels_html import LRI, LRM, PDI, RLI, RLM
from desktop_app.reading.navigation import Location
from search_index.thesaurus import THESAURUS_FILE
from tests.gui.conftest import open_window
from tests.gui.test_languages import (  # noqa: F401 (hosts and tiny_paths are fixtures)
    hosts,
    search_and_open,
    start,
    switch,
    tiny_paths,
)
from tests.gui.test_reading_flow import open_first_result
from tests.helpers import SHIPPED_SOURCE

THESAURUS = """\
[[concept]]
id = "border-management"
entry = "border-management"

[concept.pref]
en = "border management"
fr = "gestion des frontières"
es = "gestión de fronteras"
pt = "gestão de fronteiras"
ar = "إدارة الحدود"
ru = "управление границами"

[concept.alt]
en = ["IBM", "BM <b>bold</b>"]

[[concept]]
id = "western-balkans"
entry = "western-balkans"

[concept.pref]
en = "Western Balkans"
fr = "Balkans occidentaux"
es = "Balcanes Occidentales"
pt = "Balcãs Ocidentais"
ar = "غرب البلقان"
ru = "Западные Балканы"
"""


@pytest.fixture
def gui_paths(shipped_catalogue: Path, tmp_path: Path) -> AppPaths:
    """The shipped catalogue and a thesaurus compiled beside it, as `fieldref build` leaves
    them (replaces conftest's gui_paths here, so the language tests' fixtures use it too)."""
    from db import load_source

    (tmp_path / "thesaurus").mkdir()
    (tmp_path / "thesaurus" / "t.toml").write_text(THESAURUS, encoding="utf-8")
    thesaurus = check_thesaurus(load_source(SHIPPED_SOURCE), tmp_path / "thesaurus")
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(shipped_catalogue, data / "catalogue.sqlite")
    (data / THESAURUS_FILE).write_bytes(thesaurus.compiled_bytes())
    return resolve_paths(data_dir=data)


@pytest.fixture
def labelled_window(qtbot, gui_paths: AppPaths) -> Iterator[MainWindow]:
    window, library = open_window(qtbot, gui_paths)
    yield window
    window.close()
    library.close()


def page_text(window: MainWindow) -> str:
    return window.entry_view.toPlainText()


def languages_direction(window: MainWindow, line: str = "In other languages") -> Qt.LayoutDirection:
    """The direction of a paragraph of labels, as the document lays it out."""
    block = window.entry_view.document().begin()
    while block.isValid() and not block.text().startswith(line):
        block = block.next()
    assert block.isValid()
    return block.blockFormat().layoutDirection()


def test_an_entry_shows_also_called_and_its_names_in_other_languages(
    qtbot, labelled_window: MainWindow
):
    window = labelled_window
    window.resize(1366, 768)
    open_first_result(qtbot, window, "border management")
    text = page_text(window)
    assert "Also called: " in text and f"{LRI}IBM{PDI}" in text
    assert "BM <b>bold</b>" in text  # shown as typed, not as markup
    assert "In other languages" in text
    # one line under the title: each language's own name, then its isolated label, each
    # followed by a left-to-right mark (Qt lays isolates out as plain text)
    items = [
        f"{LRI}Français{PDI}{LRM} {LRI}gestion des frontières{PDI}{LRM}",
        f"{LRI}Español{PDI}{LRM} {LRI}gestión de fronteras{PDI}{LRM}",
        f"{LRI}Português{PDI}{LRM} {LRI}gestão de fronteiras{PDI}{LRM}",
        f"{RLI}العربية{PDI}{LRM} {RLI}إدارة الحدود{PDI}{LRM}",
        f"{LRI}Русский{PDI}{LRM} {LRI}управление границами{PDI}{LRM}",
    ]
    assert "\nIn other languages: " + " · ".join(items) + "\n" in text, text
    assert languages_direction(window) == Qt.LayoutDirection.LeftToRight
    # after the text, before the links: the body keeps the first rows of a small screen
    assert text.index("For almost three decades") < text.index("In other languages")
    assert text.index("In other languages") < text.index("Initiatives\n")
    raw = window.entry_view.document().toRawText()  # keeps no-break spaces
    assert "إدارة\u00a0الحدود" in raw  # a short label never breaks across two lines
    assert "<b>" not in window.entry_view.toHtml().replace("&lt;b&gt;", "")
    # the English interface shows the English title alone
    assert text.startswith("Border Management\n")


def test_the_interface_language_adds_the_name_beside_the_title(qtbot, labelled_window: MainWindow):
    window = labelled_window
    window.reading.set_ui_language("fr")
    window.open_location(Location("entry", "border-management"))
    assert page_text(window).startswith(f"Border Management · {LRI}gestion des frontières{PDI}")
    window.reading.set_ui_language("ar")  # re-renders the page on screen
    assert page_text(window).startswith(f"Border Management · {RLI}إدارة الحدود{PDI}")
    assert f"{RLI}العربية{PDI}{RLM} {RLI}إدارة الحدود{PDI}{RLM}" in page_text(window)
    assert languages_direction(window) == Qt.LayoutDirection.RightToLeft  # read from the right
    assert languages_direction(window, "Also called") == Qt.LayoutDirection.RightToLeft
    window.open_location(Location("region", "western-balkans"))
    assert page_text(window).startswith(f"Western Balkans · {RLI}غرب البلقان{PDI}")
    assert "Русский" in page_text(window)


def test_an_entry_without_a_concept_has_no_language_block(qtbot, labelled_window: MainWindow):
    window = labelled_window
    window.reading.set_ui_language("fr")
    window.open_location(Location("entry", "research"))
    text = page_text(window)
    assert text.startswith("Research\n") and "In other languages" not in text


def test_view_language_puts_the_name_beside_the_title(
    qtbot,
    tiny_paths: AppPaths,  # noqa: F811 (the language tests' fixture, over this module's data)
    hosts: list[WindowHost],  # noqa: F811
):
    """Issue 14 item 7 through the real language switch (tiny translations, test_languages)."""
    host = start(qtbot, tiny_paths, hosts)
    search_and_open(qtbot, host.window, "border management")
    assert page_text(host.window).startswith("Border Management\n")
    window = switch(qtbot, host, "fr")
    name = f"Border Management · {LRI}gestion des frontières{PDI}"
    qtbot.waitUntil(lambda: page_text(window).startswith(name), timeout=10_000)
    window = switch(qtbot, host, "en")
    qtbot.waitUntil(lambda: page_text(window).startswith("Border Management\n"), timeout=10_000)
