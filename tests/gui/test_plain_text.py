"""Text from files is never live markup: walk every label, message box, tooltip and model role.

Qt decides per string whether a QLabel, QMessageBox or tooltip is rich text (`Qt.mightBeRichText`),
so a bookmark folder, pack title, region name or handover slug that looks like HTML would be
rendered: links become clickable and `<img src="file:///dev/zero">` is loaded (std::bad_alloc).
The window is built over a catalogue and a user store full of such strings, every surface is
exercised, and then everything Qt would render is checked to be plain or escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from db import build_catalogue
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import resolve_paths
from desktop_app.reading.navigation import Location
from desktop_app.search.results_view import ResultRole
from tests.gui.conftest import open_window
from tests.helpers import TINY_ENTRIES, TINY_REGIONS, write_source

# Single quotes only: the test catalogue source is TOML with double-quoted strings.
HOSTILE = "<a href='file:///etc/passwd'>x</a><img src='file:///nonexistent/fieldref-probe.png'>"
# (not /dev/zero: before the fix Qt really loads it, and the test would be OOM-killed)
SAFE_TAGS = {"p", "br", "qt", "span", "mark"}  # what an escaping helper may wrap text in


def rendered_live(text: object) -> bool:
    """True when Qt would render text as rich text carrying markup that came from data."""
    if not isinstance(text, str) or not text:
        return False
    if not QtGuiNamespace.mightBeRichText(text):
        return False  # shown literally, character for character
    tags = {tag.lower() for tag in re.findall(r"<\s*/?\s*([A-Za-z0-9]+)", text)}
    return bool(tags - SAFE_TAGS)


@pytest.fixture
def hostile_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    entries = {k: dict(v) for k, v in TINY_ENTRIES.items()}
    entries["college"]["title"] = f"College {HOSTILE}"
    regions = TINY_REGIONS.replace('name = "Nigeria"', f'name = "Nigeria {HOSTILE}"')
    build_catalogue(write_source(tmp_path / "src", entries, regions), tmp_path / "data")
    window, backend = open_window(qtbot, resolve_paths(data_dir=tmp_path / "data"))
    yield window
    window.close()
    backend.close()


def _import(qtbot, window: MainWindow, path: Path, payload: dict) -> None:
    path.write_text(json.dumps(payload), encoding="utf-8")
    with qtbot.waitSignal(window.user.sig_import_finished, timeout=30_000):
        window.user.import_handover(str(path))


def _exercise(qtbot, window: MainWindow, tmp_path: Path) -> list[str]:
    """Put hostile data on every surface: panels, tree, results, dialogs."""
    base = {"format": "field-reference-handover", "version": 1}
    good = {
        **base,
        "notes": [{"slug": "college", "text": HOSTILE}],
        "bookmarks": [{"slug": "college", "folder": HOSTILE}, {"slug": "gone", "folder": HOSTILE}],
    }
    _import(qtbot, window, tmp_path / "good.json", good)
    bad = {**base, "notes": [{"slug": HOSTILE, "text": "x"}]}
    _import(qtbot, window, tmp_path / "bad.json", bad)
    window.open_location(Location("entry", "college"))
    window.open_location(Location("region", "nigeria"))
    for action in ("show_bookmarks", "show_history", "show_notes"):
        window.actions_.action(action).trigger()
    with qtbot.waitSignal(window.results_model.modelReset, timeout=20_000):
        window.search_box.setText("college")
    about: list[Qt.TextFormat] = []

    def grab_about() -> None:  # works whether the box is modal (exec) or opened
        box = QApplication.activeModalWidget() or window.findChild(QMessageBox, "aboutBox")
        if isinstance(box, QMessageBox):
            about.append(box.textFormat())
            box.hide()

    QTimer.singleShot(0, grab_about)
    window._show_about()
    qtbot.waitUntil(lambda: bool(about))
    return [] if about[0] == Qt.TextFormat.PlainText else ["the About box is rich text"]


def _models(window: MainWindow) -> list[QAbstractItemModel]:
    user = window.user
    return [
        window.tree_model,
        window.results_model,
        user.bookmarks.model,
        user.history.model,
        user.my_notes.model,
    ]


def _indexes(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> Iterator:  # noqa: B008
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _indexes(model, index)


def test_every_label_box_and_tooltip_shows_hostile_text_inertly(qtbot, hostile_window, tmp_path):
    window = hostile_window
    problems = _exercise(qtbot, window, tmp_path)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("is not an entry name" in box.text() for box in boxes)  # the refused import
    for box in boxes:
        if box.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"message box {box.windowTitle()!r} is {box.textFormat()}")
    widgets: list[QWidget] = list(QApplication.allWidgets())
    for widget in widgets:
        label = isinstance(widget, QLabel) and bool(widget.text())
        if label and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"label {widget.objectName()!r} {widget.text()[:60]!r}")
        if rendered_live(widget.toolTip()):
            problems.append(f"tooltip of {widget.objectName()!r}: {widget.toolTip()[:80]!r}")
    for action in window.findChildren(QAction):
        if rendered_live(action.toolTip()):
            problems.append(f"tooltip of action {action.objectName()!r}")
    seen_hostile = 0
    for model in _models(window):
        for index in _indexes(model):
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            seen_hostile += isinstance(tip, str) and "etc/passwd" in tip
            if rendered_live(tip):
                problems.append(f"{type(model).__name__} tooltip {tip[:80]!r}")
            if model is window.results_model and rendered_live(index.data(ResultRole.SNIPPET)):
                problems.append(f"snippet {index.data(ResultRole.SNIPPET)[:80]!r}")
    assert seen_hostile >= 3  # the bookmark folder, the entry title and the region name
    for box in boxes:
        box.close()
    assert problems == [], "\n".join(problems)
