"""View › Language switches the whole window live: our strings, Qt's own, the layout direction
and the locale, all in the one chosen language, around the same open library and search.

The translations here are tiny .ts files compiled with pyside6-lrelease in tmp_path, so these
tests do not depend on how far the translators are; test_real_languages.py uses the real files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.app import compose
from desktop_app.boot.window_host import WindowHost
from desktop_app.i18n.languages import ENGLISH, TRANSLATED
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.operations import Operations
from desktop_app.paths import AppPaths
from tests.gui.conftest import LOAD_TIMEOUT_MS
from tests.ts_files import REPO, compile_qm, qt_tool

LRELEASE = qt_tool("pyside6-lrelease")
pytestmark = pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed")

# (context, English source): what each tiny translation gives, tagged with the language code
SAMPLE = [
    ("Menus", "&File"),
    ("Menus", "&View"),
    ("Menus", "&Language"),
    ("Actions", "&Search"),
    ("Actions", "Follow &System"),
    ("MainWindow", "Catalogue %s · data as of %s"),
    ("EntryHtml", "Field of expertise"),
]


def tagged(code: str, source: str) -> str:
    return f"[{code}] {source}"


def _write_ts(path: Path, code: str) -> None:
    contexts: dict[str, list[str]] = {}
    for context, source in SAMPLE:
        contexts.setdefault(context, []).append(
            f"<message><source>{source.replace('&', '&amp;')}</source>"
            f"<translation>{tagged(code, source).replace('&', '&amp;')}</translation></message>"
        )
    direction = "RTL" if code == "ar" else "LTR"
    contexts["QGuiApplication"] = [
        f"<message><source>QT_LAYOUT_DIRECTION</source><translation>{direction}</translation>"
        "</message>"
    ]
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{code}">{body}</TS>',
        encoding="utf-8",
    )


@pytest.fixture
def tiny_paths(gui_paths: AppPaths, tmp_path: Path) -> AppPaths:
    """The real resources, with tiny translations instead of the real ones."""
    resources = tmp_path / "resources"
    resources.mkdir()
    for child in (REPO / "resources").iterdir():
        if child.name != "translations":
            (resources / child.name).symlink_to(child)
    folder = resources / "translations"
    folder.mkdir()
    assert LRELEASE is not None
    for code in TRANSLATED:
        ts = folder / f"field_reference_{code}.ts"
        _write_ts(ts, code)
        compile_qm(LRELEASE, ts, ts.with_suffix(".qm"))
    return dataclasses.replace(gui_paths, resources=resources)


@pytest.fixture
def hosts() -> Iterator[list[WindowHost]]:
    """The app object outlives the test: leave it in English, left to right, as others expect."""
    made: list[WindowHost] = []
    yield made
    for host in made:
        if shiboken6.isValid(host):
            host.translators.apply(ENGLISH, system=ENGLISH)
            host.window.close()  # the window of the moment; its close ends the Operations
            if host.controller is not None:
                host.controller.close()  # the library
    QLocale.setDefault(QLocale.system())
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def compose_host(paths: AppPaths, hosts: list[WindowHost]) -> WindowHost:
    """compose() as the app does; the windows it will build are closed by `hosts`, not qtbot
    (a replaced window is deleted)."""
    _window, controller, _problems = compose(QApplication.instance(), paths, Operations())
    assert controller.host is not None
    hosts.append(controller.host)
    return controller.host


def start(qtbot, paths: AppPaths, hosts: list[WindowHost]) -> WindowHost:
    host = compose_host(paths, hosts)
    window, controller = host.window, host.controller
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(controller.sig_started, timeout=LOAD_TIMEOUT_MS):
        controller.start()
    qtbot.waitUntil(lambda: window.tree_model.rowCount() > 0, timeout=10_000)
    return host


def switch(qtbot, host: WindowHost, code: str) -> MainWindow:
    """Pick a language from View › Language, as the officer does."""
    with qtbot.waitSignal(host.sig_window_replaced, timeout=LOAD_TIMEOUT_MS):
        host.window.actions_.action(f"language_{code}").trigger()
    window = host.window
    qtbot.waitExposed(window)
    return window


def search_and_open(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, text)
    with qtbot.waitSignal(window.sig_entry_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("code", ["fr", "ar", "ru", "es", "pt"])
def test_switching_live_translates_the_window_around_the_same_library(
    qtbot, tiny_paths: AppPaths, hosts: list[WindowHost], code: str
):
    host = start(qtbot, tiny_paths, hosts)
    old = host.window
    library = old.library
    search_and_open(qtbot, old, "trafficking")
    location = old.reading.current()
    assert menu_titles(old)[0] == "&File"

    window = switch(qtbot, host, code)
    assert window is not old
    assert menu_titles(window)[0] == tagged(code, "&File")
    search_text = window.actions_.action("focus_search").text().split("\t")[0]  # RTL: \tkeys
    assert search_text == tagged(code, "&Search")
    assert window.actions_.action(f"language_{code}").isChecked()
    qtbot.waitUntil(lambda: window.reading.current() == location, timeout=10_000)
    assert window.library is library  # nothing reopened from disk
    assert window.search_box.text() == "trafficking"
    assert tagged(code, "Field of expertise") in window.entry_view.toPlainText()
    assert window.status_catalogue.text().startswith(f"[{code}] Catalogue")
    rtl = code == "ar"
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == expected
    assert window.layoutDirection() == expected
    assert window.search_box.layoutDirection() == expected
    assert QLocale().language() == QLocale(code).language()
    assert QLocale().zeroDigit() == "0", "counts in the digits of the English names beside them"
    ours, qt = host.translators.installed
    assert ours.language() == code
    assert qt.language().split("_")[0] == code, "Qt's own strings in another language"
    assert host.settings.values.language == code

    window = switch(qtbot, host, "en")
    assert menu_titles(window)[0] == "&File"
    assert host.translators.installed == ()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_is_remembered_and_applied_before_the_first_paint(
    qtbot, tiny_paths: AppPaths, hosts: list[WindowHost]
):
    host = start(qtbot, tiny_paths, hosts)
    switch(qtbot, host, "ar").close()
    again = compose_host(tiny_paths, hosts)
    window = again.window
    assert again.settings.values.language == "ar"
    assert menu_titles(window)[0] == tagged("ar", "&File")
    assert window.isRightToLeft()


def test_follow_system_uses_the_desktop_language_only_when_we_ship_it(
    qtbot, tiny_paths: AppPaths, hosts: list[WindowHost]
):
    host = start(qtbot, tiny_paths, hosts)
    assert host.translators.apply("system", system="ru") == "ru"
    assert [t.language().split("_")[0] for t in host.translators.installed] == ["ru", "ru"]
    assert host.translators.apply("system", system="de") == ENGLISH
    assert host.translators.installed == (), "a German desktop gets English, Qt's dialogs too"
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().toString(QDate(2026, 11, 27), QLocale.FormatType.ShortFormat) == "27/11/2026"


def test_the_language_actions_form_one_exclusive_group(
    qtbot, tiny_paths: AppPaths, hosts: list[WindowHost]
):
    host = start(qtbot, tiny_paths, hosts)
    actions = host.window.actions_
    assert actions.action("language_system").isChecked()
    names = [actions.action(f"language_{c}").text() for c in ("en", *TRANSLATED)]
    assert names == ["English", "Français", "العربية", "Русский", "Español", "Português"]
    window = switch(qtbot, host, "fr")
    checked = [
        c
        for c in ("system", "en", *TRANSLATED)
        if window.actions_.action(f"language_{c}").isChecked()
    ]
    assert checked == ["fr"]


def test_panels_geometry_and_reading_mode_survive_the_switch(
    qtbot, tiny_paths: AppPaths, hosts: list[WindowHost]
):
    host = start(qtbot, tiny_paths, hosts)
    old = host.window
    search_and_open(qtbot, old, "migration")
    old.focus_search()
    search_and_open(qtbot, old, "trafficking")
    old.actions_.action("show_history").trigger()
    qtbot.waitUntil(lambda: old.user.history.isVisible())
    old.set_zoom(130)
    old.actions_.action("reading_mode").trigger()
    geometry = old.geometry()
    window = switch(qtbot, host, "ru")
    assert window.geometry() == geometry
    assert window.zoom() == 130
    assert window.actions_.action("back").isEnabled(), "Back still goes where it went"
    assert window.actions_.action("reading_mode").isChecked()
    window.actions_.action("reading_mode").trigger()
    qtbot.waitUntil(lambda: window.user.history.isVisible())
