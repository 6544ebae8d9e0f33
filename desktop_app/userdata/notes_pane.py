"""The private note under the entry, saved by itself a moment after typing stops.

A failed save (full disk, read-only folder) never loses text: the text stays in the editor, the
pane says so in red, one dialog explains it, and saving is retried every few seconds until it
works again; on close the text goes to a recovery file (`rescue`). A save never overwrites text
added elsewhere meanwhile (the CLI, another window, a handover import): the pane remembers the
text it loaded and the store keeps both versions when the stored note has changed since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:  # SQLAlchemy loads on the worker thread, after the first paint
    from pathlib import Path

    from db.userstore import UserStore

SAVE_DELAY_MS = 700  # well within the one second the officer is promised
RETRY_MS = 5_000


class NotesPane(QWidget):
    """Signals:
    sig_saved(str): the note of this slug was saved (or deleted when emptied).
    sig_save_failed(str): a save failed; carries the one-line reason.
    """

    sig_saved = Signal(str)
    """A note was stored; carries the entry slug."""
    sig_save_failed = Signal(str)
    """A save failed; carries the reason (the text is still in the editor)."""

    def __init__(self, store: UserStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self._store = store
        self._slug: str | None = None
        self._dirty = False
        self._warned = False
        self._base = ""  # the stored text this editor started from: what a save may replace
        self.last_error = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("notesEditor")
        self.editor.setPlaceholderText(
            self.tr(
                "Your private note on this entry (Ctrl+Shift+N). "
                "Saved automatically; never sent anywhere."
            )
        )
        self.editor.setAccessibleName(self.tr("Your note"))
        self.editor.setAccessibleDescription(self.tr("A private note, saved as you type"))
        self.editor.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("notesStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self.setEnabled(store is not None)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_edit)
        self._timer.timeout.connect(self.save_now)
        self._retry.timeout.connect(self.save_now)

    def set_store(self, store: UserStore | None) -> None:
        self._store = store
        self.setEnabled(store is not None and self._slug is not None)
        self._say_if_read_only()

    def _say_if_read_only(self) -> None:
        """A store on a read-only stick or folder is shown, not edited, and the pane says so."""
        read_only = self._store.read_only if self._store is not None else None
        self.editor.setReadOnly(read_only is not None)
        if read_only is not None:
            message = self.tr("Your notes are read-only (%s): shown, not saved.")
            self.status.setText(message % read_only)

    def set_entry(self, slug: str | None) -> None:
        """Show the note of another entry; a pending edit is saved first."""
        if self._dirty:
            self.save_now()
        if self._dirty:
            return  # could not save: keep the officer's text on screen rather than lose it
        self._slug = slug
        text = ""
        if slug is not None and self._store is not None:
            try:
                note = self._store.note(slug)
                text = note.text if note else ""
            except Exception as exc:  # UserStoreError, imported lazily
                self._show_error(str(exc))
        self._show_text(text)
        self._dirty = False
        self.status.setText("")
        self._say_if_read_only()
        self.setEnabled(slug is not None and self._store is not None)

    def slug(self) -> str | None:
        return self._slug

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_edit(self) -> None:
        if self._slug is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def _show_text(self, text: str) -> None:
        """Replace the editor text without counting it as an edit; the cursor stays put."""
        position = self.editor.textCursor().position()
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)
        self._base = text

    def save_now(self) -> bool:
        if not self._dirty or self._slug is None or self._store is None:
            return True
        try:
            result = self._store.save_edit(self._slug, self.editor.toPlainText(), self._base)
        except Exception as exc:  # UserStoreError, imported lazily
            self.last_error = str(exc)
            self._show_error(str(exc))
            self._retry.start()
            self.sig_save_failed.emit(str(exc))
            return False
        self._dirty = False
        self._retry.stop()
        self._warned = False
        self.last_error = ""
        self.status.setStyleSheet("")
        if result.conflict:
            self._show_text(result.note.text if result.note else "")
            self.status.setText(
                self.tr("This note was also changed elsewhere: both versions are kept below.")
            )
        else:
            self._base = self.editor.toPlainText() if result.note else ""
            self.status.setText(self.tr("Saved"))
        self.sig_saved.emit(self._slug)
        return True

    def rescue(self) -> Path:
        """Write unsaved text to a recovery file beside the store (else the temp folder);
        returns where. Raises when even that fails: the caller must not discard the text."""
        from db.userstore import write_rescue_file

        assert self._store is not None and self._slug is not None
        path = write_rescue_file(self._store.path.parent, self._slug, self.editor.toPlainText())
        self._dirty = False
        self._retry.stop()
        return path

    def keep_before_close(self) -> bool:
        """Save a pending note now (the window is closing). True when it may close: the note was
        saved, or kept in a recovery file the officer is told about. False keeps the window
        open: even the recovery file failed and the officer chose not to discard the text."""
        if self.save_now():
            return True
        reason = self.last_error
        try:
            where = self.rescue()
        except Exception as exc:
            return self._ask_discard(reason, str(exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Note kept in a file"),
            self.tr("Your note could not be saved (%s).\n\nIts text was written to:\n%s")
            % (reason, where),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setObjectName("noteRescuedDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return True

    def _ask_discard(self, reason: str, rescue_error: str) -> bool:
        """Nothing could keep the text: only the officer may decide to drop it."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Note not saved"),
            self.tr(
                "Your note could not be saved (%s), nor written to a recovery file (%s).\n\n"
                "Keep the window open, copy the text somewhere safe or free some space, then "
                "close again."
            )
            % (reason, rescue_error),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.setObjectName("noteNotKeptDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton(self.tr("Keep Window Open"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(
            self.tr("Discard Note and Close"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep.setObjectName("keepOpen")
        discard.setObjectName("discardNote")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(self.tr("Not saved: %s. Your text is kept; retrying…") % message)
        if not self._warned:
            self._warned = True
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Note not saved"),
                self.tr(
                    "Your note could not be saved: %s.\n\nThe text stays in "
                    "the editor and saving is retried every few seconds."
                )
                % message,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("noteNotSavedDialog")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): typing must go on while the dialog is up
