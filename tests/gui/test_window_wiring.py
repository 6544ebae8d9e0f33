"""Actions complete as data: every action bound exactly once, menus and toolbar generated from the
table exactly as they were hand-built before, every menu title extractable for translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QToolBar

from desktop_app.commands.action_table import SUBMENUS
from desktop_app.commands.actions import ACTIONS, MENUS
from desktop_app.i18n.languages import LANGUAGES
from desktop_app.mainwindow.main_window import MainWindow
from tests.helpers import REPO

ALL_IDS = {spec.id for spec in ACTIONS}

# The menus and toolbar as `_build_menus` hard-coded them before they became data ("-": a line).
EXPECTED_MENUS = {
    "File": [
        "print",
        "export_pdf",
        "import_pack",
        "export_handover",
        "import_handover",
        "-",
        "quit",
    ],
    "Edit": [
        "focus_search",
        "find_in_entry",
        "find_next",
        "find_previous",
        "-",
        "copy_citation",
        "-",
        "toggle_bookmark",
        "focus_notes",
        "search_notes",
    ],
    "View": [
        "toggle_tree",
        "group_region",
        "group_field",
        "group_az",
        "group_kind",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "-",
        "theme_system",
        "theme_light",
        "theme_dark",
        "-",
        "show_bookmarks",
        "show_history",
        "show_notes",
        "command_palette",
        "-",
        "reading_mode",
        "toggle_note_pane",
        "-",  # then the Language submenu
    ],
    "Go": [
        "back",
        "forward",
        "go_tree",
        "go_entry",
        "-",
        "show_about_entry",
        "-",
        "next_pane",
        "previous_pane",
    ],
    "Help": ["shortcut_sheet", "-", "about"],
}
EXPECTED_LANGUAGE_MENU = [
    "language_system",
    "-",
    "language_en",
    "language_fr",
    "language_ar",
    "language_ru",
    "language_es",
    "language_pt",
]
EXPECTED_TOOLBAR = [
    "back",
    "forward",
    "show_about_entry",
    "toggle_tree",
    "-",
    "toggle_bookmark",
    "-",
    "command_palette",
]


def _ids(actions) -> list[str]:
    return [
        "-" if a.isSeparator() else a.objectName().removeprefix("action_")
        for a in actions
        if a.isSeparator() or a.objectName().startswith("action_")
    ]


def test_every_action_is_bound_to_exactly_one_handler(window: MainWindow):
    bindings = window.actions_.bindings()
    assert set(bindings) - ALL_IDS == set(), "handlers for unknown actions"
    assert ALL_IDS - set(bindings) == set(), "actions nobody handles"
    assert {k: n for k, n in bindings.items() if n != 1} == {}, "actions handled twice"


def test_the_controllers_handler_tables_do_not_overlap(window: MainWindow):
    tables = [
        c.handlers()
        for c in (
            window.searching,
            window.reading,
            window.navigation,
            window.state,
            window.dialogs,
        )
    ]
    seen: set[str] = set()
    for table in tables:
        assert set(table) <= ALL_IDS
        assert not seen & set(table), seen & set(table)
        seen |= set(table)


def test_menus_and_toolbar_are_generated_as_before(window: MainWindow):
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == list(MENUS.values())
    assert {key: _ids(m.actions()) for key, m in zip(MENUS, menus, strict=True)} == EXPECTED_MENUS
    toolbar = window.findChild(QToolBar, "navigationToolbar")
    assert _ids(toolbar.actions()) == EXPECTED_TOOLBAR
    language = menus[list(MENUS).index("View")].actions()[-1].menu()
    assert language.title() == SUBMENUS["Language"]
    assert _ids(language.actions()) == EXPECTED_LANGUAGE_MENU


def test_exclusive_groups_come_from_the_table(qtbot, window: MainWindow):
    window.actions_.action("group_field").trigger()
    assert window.actions_.action("group_field").isChecked()
    assert not window.actions_.action("group_region").isChecked()
    window.actions_.action("theme_dark").trigger()
    assert not window.actions_.action("theme_system").isChecked()
    assert not window.actions_.action("theme_light").isChecked()


def _lupdate(tmp_path: Path) -> ET.Element:
    sources = sorted(str(p) for p in (REPO / "desktop_app").rglob("*.py"))
    target = tmp_path / "template.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(target)], check=True, capture_output=True, timeout=120
    )
    return ET.parse(target).getroot()


def _messages(root: ET.Element, context: str) -> set[str]:
    return {
        m.findtext("source") or ""
        for c in root.iter("context")
        if c.findtext("name") == context
        for m in c.iter("message")
    }


def test_every_menu_title_and_action_text_is_extractable(tmp_path: Path):
    root = _lupdate(tmp_path)
    assert set(MENUS.values()) | set(SUBMENUS.values()) <= _messages(root, "Menus")
    actions = _messages(root, "Actions")
    names = {f"language_{language.code}" for language in LANGUAGES}  # in their own names
    missing = {s.text for s in ACTIONS if s.id not in names} - actions
    missing |= {s.tip for s in ACTIONS} - actions
    assert missing == set()


def test_the_committed_template_is_up_to_date(tmp_path: Path):
    """`make translations` was run after the last visible string changed."""
    fresh = _lupdate(tmp_path)
    committed = ET.parse(REPO / "resources" / "translations" / "field_reference.ts").getroot()
    for context in ("Menus", "Actions", "SearchController", "ReadingController"):
        assert _messages(fresh, context) == _messages(committed, context), context


def test_the_composed_app_favours_the_gui_thread(window: MainWindow):
    """compose() sets the interpreter's switch interval: a tree repaint calls into Python a few
    hundred times, and each call waited up to 5 ms while a worker ran Python."""
    from desktop_app.boot.interpreter import GUI_SWITCH_INTERVAL_S

    assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL_S
