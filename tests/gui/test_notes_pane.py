"""The notes pane never overwrites newer text and never closes over unsaved text (issue 10, 4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from db.userstore import UserStore, UserStoreError
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.reading.navigation import Location


def _store(window: MainWindow) -> UserStore:
    return window.user.library.store


def test_save_keeps_text_added_elsewhere_meanwhile(qtbot, window: MainWindow):
    _store(window).save_note("research", "first line")
    pane, notes = window.user.notes, window.user.notes_controller
    with qtbot.waitSignal(notes.sig_loaded):  # the note is read on the store lane
        window.open_location(Location("entry", "research"))
    assert pane.editor.toPlainText() == "first line"
    with UserStore.open(_store(window).path.parent) as cli:  # the CLI, another window, an import
        cli.save_note("research", "first line\n\nadded by the CLI")
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(notes.sig_saved, timeout=2_000):
        qtbot.keyClicks(pane.editor, " and mine")
    stored = _store(window).note("research").text
    assert "added by the CLI" in stored and "first line and mine" in stored
    assert pane.editor.toPlainText() == stored  # the pane shows what is now kept
    assert "changed elsewhere" in pane.status.text()
    with qtbot.waitSignal(notes.sig_saved, timeout=2_000):  # and later saves are plain again
        qtbot.keyClicks(pane.editor, "!")
    assert _store(window).note("research").text == pane.editor.toPlainText()


def _answer_next_dialog(name: str, button: str | None = None) -> list[str]:
    """Answer the next modal box (closeEvent runs it with exec()); returns its text."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        if button is None:
            box.accept()
        else:
            box.findChild(QPushButton, button).click()

    QTimer.singleShot(0, answer)
    return seen


def _fail_saves(qtbot, window: MainWindow, monkeypatch, text: str) -> None:
    def full_disk(*_args, **_kwargs):
        raise UserStoreError("could not save your note: the disk is full")

    monkeypatch.setattr(_store(window), "save_edit", full_disk, raising=False)
    monkeypatch.setattr(_store(window), "save_note", full_disk)
    window.open_location(Location("entry", "research"))
    with qtbot.waitSignal(window.user.notes_controller.sig_save_failed, timeout=2_000):
        qtbot.keyClicks(window.user.notes.editor, text)
    dialog = window.findChild(QMessageBox, "noteNotSavedDialog")
    if dialog is not None:
        dialog.close()


def test_closing_while_the_disk_is_full_keeps_the_text_in_a_file(
    qtbot, window: MainWindow, monkeypatch
):
    _fail_saves(qtbot, window, monkeypatch, "words I must not lose")
    folder = _store(window).path.parent
    seen = _answer_next_dialog("noteRescuedDialog")
    window.close()
    kept = list(folder.glob("unsaved-note-research-*.txt"))
    assert len(kept) == 1 and kept[0].read_text() == "words I must not lose"
    assert seen and str(kept[0]) in seen[0] and "disk is full" in seen[0]


def test_closing_over_the_size_limit_keeps_the_text_in_a_file(qtbot, window: MainWindow):
    window.open_location(Location("entry", "research"))
    pane = window.user.notes
    too_long = "x" * 100_001
    with qtbot.waitSignal(window.user.notes_controller.sig_save_failed, timeout=2_000):
        pane.editor.setPlainText(too_long)
    dialog = window.findChild(QMessageBox, "noteNotSavedDialog")
    if dialog is not None:
        dialog.close()
    seen = _answer_next_dialog("noteRescuedDialog")
    window.close()
    kept = list(_store(window).path.parent.glob("unsaved-note-research-*.txt"))
    assert len(kept) == 1 and kept[0].read_text() == too_long and seen


def test_window_stays_open_when_the_text_can_be_kept_nowhere(
    qtbot, window: MainWindow, monkeypatch
):
    _fail_saves(qtbot, window, monkeypatch, "last copy")

    def nowhere(*_args, **_kwargs) -> Path:
        raise UserStoreError("the disk is full")

    monkeypatch.setattr("db.userstore.write_rescue_file", nowhere)
    seen = _answer_next_dialog("noteNotKeptDialog", "keepOpen")
    window.close()
    assert seen and "recovery file" in seen[0]
    assert window.isVisible() and window.user.notes.editor.toPlainText() == "last copy"
    monkeypatch.undo()  # space is back: the next close saves the note
    window.close()
    assert _store(window).note("research").text == "last copy"


def test_a_failed_save_then_a_good_one_is_no_conflict(qtbot, window: MainWindow, monkeypatch):
    """Saves are sent without waiting for the one before; a failed one must not make the next
    look like a change made elsewhere (the store still holds what the failed one replaced)."""
    _store(window).save_note("research", "first")
    pane, notes = window.user.notes, window.user.notes_controller
    with qtbot.waitSignal(notes.sig_loaded):
        window.open_location(Location("entry", "research"))

    def full_disk(*_args, **_kwargs):
        raise UserStoreError("could not save your note: the disk is full")

    monkeypatch.setattr(_store(window), "save_edit", full_disk)
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(notes.sig_save_failed, timeout=2_000):
        qtbot.keyClicks(pane.editor, " second")
    dialog = window.findChild(QMessageBox, "noteNotSavedDialog")
    if dialog is not None:
        dialog.close()
    monkeypatch.undo()
    with qtbot.waitSignal(notes.sig_saved, timeout=2_000):
        qtbot.keyClicks(pane.editor, " third")
    assert _store(window).note("research").text == "first second third"
    assert "changed elsewhere" not in pane.status.text()


def test_a_save_failing_after_moving_on_brings_its_text_back(
    qtbot, window: MainWindow, monkeypatch
):
    """The save sent as another entry opens lands later; when it fails, the pane goes back to
    the unsaved text instead of leaving it nowhere on screen."""
    pane, notes = window.user.notes, window.user.notes_controller
    with qtbot.waitSignal(notes.sig_loaded):
        window.open_location(Location("entry", "research"))

    def full_disk(*_args, **_kwargs):
        raise UserStoreError("could not save your note: the disk is full")

    monkeypatch.setattr(_store(window), "save_edit", full_disk)
    pane.editor.setPlainText("typed just before moving on")
    with qtbot.waitSignal(notes.sig_save_failed, timeout=2_000):
        window.open_location(Location("entry", "integration"))
    assert notes.slug() == "research" and notes.is_dirty()
    assert pane.editor.toPlainText() == "typed just before moving on"
    dialog = window.findChild(QMessageBox, "noteNotSavedDialog")
    if dialog is not None:
        dialog.close()
    monkeypatch.undo()
    with qtbot.waitSignal(notes.sig_saved, timeout=2_000):
        notes.save_now()
    assert _store(window).note("research").text == "typed just before moving on"
