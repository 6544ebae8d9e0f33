"""The private note under the entry, saved by itself a moment after typing stops.

A failed save (full disk, read-only folder) never loses text: the text stays in the editor, the
pane says so in red, one dialog explains it, and saving is retried every few seconds until it
works again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:  # SQLAlchemy loads on the worker thread, after the first paint
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
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._dirty = False
        self.status.setText("")
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

    def save_now(self) -> bool:
        if not self._dirty or self._slug is None or self._store is None:
            return True
        try:
            self._store.save_note(self._slug, self.editor.toPlainText())
        except Exception as exc:  # UserStoreError, imported lazily
            self._show_error(str(exc))
            self._retry.start()
            self.sig_save_failed.emit(str(exc))
            return False
        self._dirty = False
        self._retry.stop()
        self._warned = False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved"))
        self.sig_saved.emit(self._slug)
        return True

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
