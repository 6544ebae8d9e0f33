"""The briefing composer driven from the keyboard: entries from the search on screen, the
bookmarks and the history, reordered and removed, saved to Documents (then to the remembered
folder) off the GUI thread, with Open / Show in Folder afterwards and failures in one line."""

from __future__ import annotations

import errno
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import desktop_app.briefing.composer as composer_module
import desktop_app.briefing.saving as saving
from desktop_app.briefing import briefing
from desktop_app.briefing.composer import BriefingComposer
from desktop_app.briefing.document import block_directions
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
RTL = Qt.LayoutDirection.RightToLeft


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a Documents folder, where QStandardPaths looks for it."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    folder.mkdir(parents=True)
    return folder


def store_of(window: MainWindow):
    return window.user.library.store


def search(qtbot, window: MainWindow, text: str) -> None:
    window.focus_search()
    with qtbot.waitSignal(window.sig_search_done, timeout=10_000):
        qtbot.keyClicks(window.search_box, text)


def open_composer(qtbot, window: MainWindow) -> BriefingComposer:
    window.activateWindow()  # back from an earlier dialog: shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.user.briefing.sig_dialog_shown) as shown:
        qtbot.keyClick(window, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = shown.args[0]
    assert isinstance(dialog, BriefingComposer)
    qtbot.waitUntil(lambda: dialog.isVisible())
    return dialog


def press(qtbot, dialog: BriefingComposer, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key that changes the briefing: wait until the preview shows the change."""
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.keyClick(widget, key, modifier)


def test_compose_from_search_bookmarks_and_history_by_keyboard(
    qtbot, qtmodeltester, window: MainWindow
):
    store_of(window).set_bookmark("integration", True)
    store_of(window).add_visit("research")
    window.open_location(Location("entry", "border-management"))
    search(qtbot, window, "border")
    dialog = open_composer(qtbot, window)
    picker, chosen = dialog.picker, dialog.chosen
    qtbot.waitUntil(lambda: chosen.slugs() == ["border-management"])  # the entry on screen
    qtmodeltester.check(picker.proxy)
    assert picker.tabs.currentIndex() == 0  # the search results come first
    assert picker.filter.hasFocus()
    qtbot.keyClicks(picker.filter, "programme")  # type to filter
    assert [c.slug for c in picker.visible()] == ["border-management-programme"]
    press(qtbot, dialog, picker.filter, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)  # the Bookmarks tab, unfiltered
    assert picker.tabs.currentIndex() == 1 and picker.filter.text() == ""
    qtbot.keyClicks(picker.filter, "zzz")
    assert picker.visible() == [] and picker.empty.isVisible() and "zzz" in picker.empty.text()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)  # empties the filter, keeps the dialog
    assert dialog.isVisible() and [c.slug for c in picker.visible()] == ["integration"]
    press(qtbot, dialog, picker.filter, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_H, ALT)  # History
    assert picker.tabs.currentIndex() == 2
    assert "research" in [c.slug for c in picker.visible()]
    qtbot.keyClicks(picker.filter, "resea")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Tab)  # into the list
    assert picker.list.hasFocus()
    press(qtbot, dialog, picker.list, Qt.Key.Key_Space)
    assert chosen.slugs() == [
        "border-management",
        "border-management-programme",
        "integration",
        "research",
    ]
    chosen.setFocus()
    chosen.setCurrentRow(0)
    press(qtbot, dialog, chosen, Qt.Key.Key_Down, ALT)
    press(qtbot, dialog, chosen, Qt.Key.Key_Down, ALT)
    assert chosen.slugs()[:3] == ["border-management-programme", "integration", "border-management"]
    press(qtbot, dialog, chosen, Qt.Key.Key_Delete)
    assert chosen.slugs() == ["border-management-programme", "integration", "research"]
    press(qtbot, dialog, chosen, Qt.Key.Key_Up, ALT)
    assert chosen.slugs() == ["border-management-programme", "research", "integration"]
    titles = [text for text, _ in block_directions(dialog.preview.document())]
    order = [titles.index(t) for t in ("Border Management Programme", "Research", "Integration")]
    assert order == sorted(order)  # the preview follows the list
    dialog.close()


def test_save_to_documents_then_remembered_folder_and_open(
    qtbot, window: MainWindow, documents: Path, tmp_path: Path, monkeypatch
):
    asked: list[str] = []
    target = tmp_path / "out" / "two.pdf"
    target.parent.mkdir()

    def ask(_parent, _caption, start, _filter):
        asked.append(start)
        return str(target)

    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    threads: list[bool] = []
    real_write = briefing.write_pdf

    def write_pdf(path: str, spec) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_write(path, spec)

    monkeypatch.setattr(composer_module, "ask_save_path", ask)
    monkeypatch.setattr(saving, "QDesktopServices", Desktop)
    monkeypatch.setattr(briefing, "write_pdf", write_pdf)
    window.open_location(Location("entry", "research"))
    dialog = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: dialog.chosen.slugs() == ["research"])
    dialog.picker.tabs.setCurrentIndex(3)  # All entries
    qtbot.keyClicks(dialog.picker.filter, "integration")
    press(qtbot, dialog, dialog.picker.filter, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.sig_saved, timeout=20_000) as saved:
        qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_S, CTRL)
    assert Path(asked[0]).parent == documents and Path(asked[0]).name == "Briefing.pdf"
    assert saved.args == [str(target), pdf_pages(target.read_bytes())]
    assert target.read_bytes().startswith(b"%PDF")
    assert threads == [False]  # written on a worker, never on the GUI thread
    bar = dialog.saved
    assert bar.isVisible() and "two.pdf" in bar.message.text()
    assert bar.open_button.isVisible() and bar.folder_button.isVisible()
    assert str(target) in window.statusBar().currentMessage()
    qtbot.keyClick(bar.open_button, Qt.Key.Key_Space)
    qtbot.keyClick(bar.folder_button, Qt.Key.Key_Space)
    assert opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(target.parent))]
    dialog.close()
    # the next briefing starts where the last one was saved, also after a restart
    assert window._settings.values.briefing_folder == str(target.parent)
    again = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: again.chosen.count() == 1)
    again.title.setText("Night shift: Sahel / Libya")
    with qtbot.waitSignal(again.sig_saved, timeout=20_000):
        qtbot.keyClick(again.picker.filter, Qt.Key.Key_S, CTRL)
    assert Path(asked[1]).parent == target.parent
    assert Path(asked[1]).name == "Night shift- Sahel - Libya.pdf"
    again.close()


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        ("mkstemp", errno.EACCES, "permission denied"),  # a read-only folder
        ("flush_to_disk", errno.ENOSPC, "the disk is full"),
    ],
)
def test_a_failed_save_is_one_line_on_the_one_error_path(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, where: str, code: int, words: str
):
    import db.safe_files

    def fail(*_args, **_kwargs):
        raise OSError(code, "refused")

    if where == "mkstemp":
        monkeypatch.setattr(db.safe_files.tempfile, "mkstemp", fail)
    else:
        monkeypatch.setattr(db.safe_files, "flush_to_disk", fail)
    target = tmp_path / "briefing.pdf"
    monkeypatch.setattr(composer_module, "ask_save_path", lambda *_args: str(target))
    window.open_location(Location("entry", "research"))
    dialog = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: dialog.chosen.count() == 1)
    with qtbot.waitSignal(window.ops.sig_failed, timeout=20_000) as failed:
        qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_S, CTRL)
    line = failed.args[0]
    assert words in line and str(target) in line and "\n" not in line
    assert window.statusBar().currentMessage() == line  # MainWindow.show_error
    assert dialog.saved.message.text() == line and not dialog.saved.open_button.isVisible()
    assert dialog.save_button.isEnabled() and not target.exists()
    assert list(tmp_path.glob(".briefing.pdf.*")) == []  # no half-written temp file
    dialog.close()


def test_notes_are_included_when_asked(qtbot, window: MainWindow):
    store_of(window).save_note("research", "My private remark")
    window.open_location(Location("entry", "research"))
    dialog = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: "Research" in dialog.preview.toPlainText())
    assert "My private remark" not in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # Include my notes
    assert dialog.with_notes.isChecked()
    assert "My private remark" in dialog.preview.toPlainText()
    dialog.close()


def test_rtl_interface_lays_out_the_briefing_right_to_left(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    QGuiApplication.setLayoutDirection(RTL)
    try:
        dialog = open_composer(qtbot, window)
        qtbot.waitUntil(lambda: "Research" in dialog.preview.toPlainText())
        directions = dict(block_directions(dialog.preview.document()))
        summary = window.user.library.catalogue.entry("research").summary
        assert directions["Research"] == RTL  # the heading
        assert directions["FIELD OF EXPERTISE"] == RTL
        assert directions[summary] == Qt.LayoutDirection.LeftToRight  # English stays LTR
        dialog.close()
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_print_preview_fills_most_of_the_screen_at_page_width(qtbot, window: MainWindow):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    window.open_location(Location("entry", "research"))
    with qtbot.waitSignal(window.user.briefing.sig_preview_shown, timeout=10_000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    preview = shown.args[0]
    area = window.screen().availableGeometry()
    assert preview.width() >= area.width() * 0.75 and preview.height() >= area.height() * 0.75
    assert preview.width() <= area.width() and preview.height() <= area.height()
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    preview.close()


def test_tab_walks_the_composer_in_reading_order(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    dialog = open_composer(qtbot, window)
    qtbot.waitUntil(lambda: dialog.chosen.count() == 1)
    dialog.picker.filter.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        dialog.picker.list,
        dialog.add_button,
        dialog.chosen,
        dialog.up_button,
        dialog.down_button,
        dialog.remove_button,
    ]
    dialog.close()
