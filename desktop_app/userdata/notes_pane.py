"""The private note under the entry: the editor, its status and the boxes it may show.

The status ("Saved", "Not saved: …") floats over the editor's bottom corner and is hidden while
there is nothing to say, so it never takes a row from the editor (every row counts at 1024×600)
and a message appearing moves nothing.

This is the view only. What is loaded and saved, when, and what happens when a save fails lives
in notes_controller.NotesController, which runs every store call on the "store" lane.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

ERROR_INK = ("#c62828", "#f28b82")  # on a light, a dark editor: 5.6:1 and 7.4:1
STATUS_INSET = 3  # px between the floating status and the editor's viewport edges


class NotesPane(QWidget):
    """Signals:
    sig_edited(): the officer changed the text (not a text the controller put there).
    """

    sig_edited = Signal()
    """The officer typed, pasted or deleted in the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self._warned = False  # one dialog per run of failed saves, not one per retry
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
        self.status = self._make_status()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        self.setEnabled(False)
        self.editor.textChanged.connect(self.sig_edited)
        # the status follows the viewport's corner: the viewport, not the editor, since the
        # editor's own Resize comes before it has laid out its viewport and scroll bar
        self.editor.viewport().installEventFilter(self)
        self.editor.installEventFilter(self)  # its layout direction

    def _make_status(self) -> QLabel:
        """A child of the editor, not a row of the pane: drawn on the editor's own background
        in its placeholder colour, and clicks go through it to the text."""
        status = QLabel(self.editor)
        status.setObjectName("notesStatus")
        status.setTextFormat(Qt.TextFormat.PlainText)
        status.setWordWrap(True)
        status.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        status.setAutoFillBackground(True)
        status.setBackgroundRole(QPalette.ColorRole.Base)
        status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        status.setContentsMargins(4, 0, 4, 0)
        status.hide()
        return status

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor.viewport() and event.type() == QEvent.Type.Resize) or (
            watched is self.editor and event.type() == QEvent.Type.LayoutDirectionChange
        ):
            self._place_status()
        return False

    def _place_status(self) -> None:
        """In the viewport's bottom trailing corner (left when right-to-left), wrapped to the
        viewport's width when the message is long."""
        status = self.status
        status.setVisible(bool(status.text()))
        if not status.text():
            return
        area = (
            self.editor.viewport()
            .geometry()
            .adjusted(STATUS_INSET, STATUS_INSET, -STATUS_INSET, -STATUS_INSET)
        )
        margins = status.contentsMargins()
        one_line = status.fontMetrics().horizontalAdvance(status.text()) + margins.left()
        width = max(1, min(one_line + margins.right() + 1, area.width()))
        height = max(1, min(status.heightForWidth(width), area.height()))
        left = area.left() if self.editor.isRightToLeft() else area.right() + 1 - width
        status.setGeometry(QRect(left, area.bottom() + 1 - height, width, height))
        status.raise_()

    def text(self) -> str:
        return self.editor.toPlainText()

    def show_text(self, text: str) -> None:
        """Replace the editor text without counting it as an edit; the cursor stays put."""
        position = self.editor.textCursor().position()
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)

    def say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self._place_status()

    def say_editing(self) -> None:
        self.say(self.tr("Editing…"))

    def say_saved(self, conflict: bool) -> None:
        self._warned = False
        if conflict:
            self.say(self.tr("This note was also changed elsewhere: both versions are kept below."))
        else:
            self.say(self.tr("Saved"))

    def say_read_only(self, reason: str) -> None:
        """A store on a read-only stick or folder is shown, not edited, and the pane says so."""
        self.say(self.tr("Your notes are read-only (%s): shown, not saved.") % reason)

    def say_error(self, message: str) -> None:
        """Red status (a lighter red on the dark theme, where #c62828 is 3.1:1); the first
        failure in a row also explains itself in a box."""
        dark = self.editor.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.status.setStyleSheet(f"color: {ERROR_INK[dark]};")
        self.status.setText(self.tr("Not saved: %s. Your text is kept; retrying…") % message)
        self._place_status()
        if self._warned:
            return
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

    def tell_rescued(self, reason: str, where: Path) -> None:
        """At close: the note could not be saved, its text is in a file; say where."""
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

    def ask_discard(self, reason: str, rescue_error: str) -> bool:
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
