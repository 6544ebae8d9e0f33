"""Ctrl+F find-in-entry bar: F3 / Shift+F3 step through matches, Esc closes.

As in a browser's find bar, it says where you are ("3 of 7") and tints every other match, so
the officer sees how often a word comes up and where, not just the next one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from desktop_app.i18n.dates import number


class FindBar(QWidget):
    """A slim bar under the entry.

    Signals:
        sig_closed(): the bar was closed (focus should return to the entry).
    """

    sig_closed = Signal()
    """The bar closed itself (Esc or its close button)."""

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.setObjectName("findBar")
        self._edit = QLineEdit(self)
        self._edit.setPlaceholderText(self.tr("Find in entry"))
        self._edit.setAccessibleName(self.tr("Find in entry"))
        self._edit.setClearButtonEnabled(True)
        self._previous = QToolButton(self)
        self._previous.setText("↑")
        self._previous.setAccessibleName(self.tr("Previous match"))
        self._next = QToolButton(self)
        self._next.setText("↓")
        self._next.setAccessibleName(self.tr("Next match"))
        self._status = QLabel(self)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setAccessibleName(self.tr("Close find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self._edit, self._previous, self._next, self._status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self._close)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._edit.textChanged.connect(lambda _text: self.find(forward=True, from_start=True))
        self._edit.returnPressed.connect(lambda: self.find(forward=True))
        self._next.clicked.connect(lambda: self.find(forward=True))
        self._previous.clicked.connect(lambda: self.find(forward=False))
        self._close.clicked.connect(self.close_bar)
        self._view.textChanged.connect(self._page_changed)  # a new page: its own matches

    def open_bar(self) -> None:
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self._edit.setText(selected)
        self.show()
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._view.setExtraSelections([])
        self.sig_closed.emit()

    def status_text(self) -> str:
        """What the bar says ("3 of 7", "Not found", or nothing)."""
        return self._status.text()

    def _page_changed(self) -> None:
        if self.isVisible() and self._edit.text():
            self._show_matches(self._edit.text())
        else:
            self._view.setExtraSelections([])

    def _matches(self, text: str) -> list[QTextCursor]:
        """Every occurrence of text in the page, in order (case-insensitive, as find())."""
        document = self._view.document()
        found: list[QTextCursor] = []
        cursor = document.find(text, 0)
        while not cursor.isNull() and len(found) < 10_000:
            found.append(cursor)
            cursor = document.find(text, cursor)
        return found

    def _show_matches(self, text: str) -> None:
        """Tint every match and say which one the cursor is on."""
        matches = self._matches(text)
        tint = QColor(self._view.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(70)
        selections = []
        for match in matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format.setBackground(tint)
            selections.append(selection)
        self._view.setExtraSelections(selections)
        current = self._view.textCursor()
        where = next(
            (i for i, m in enumerate(matches, 1) if m.selectionStart() == current.selectionStart()),
            0,
        )
        if not matches:
            self._status.setText(self.tr("Not found"))
        elif where:
            self._status.setText(
                self.tr("{current} of {total}").format(
                    current=number(where), total=number(len(matches))
                )
            )
        else:
            self._status.setText(self.tr("%n matches", "", len(matches)))

    def find(self, forward: bool = True, from_start: bool = False) -> bool:
        text = self._edit.text()
        if not text:
            self._status.clear()
            self._view.setExtraSelections([])
            return False
        if not self.isVisible():
            self.show()
        flags = QTextDocument.FindFlag(0)
        if not forward:
            flags |= QTextDocument.FindFlag.FindBackward
        if from_start:
            cursor = self._view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self._view.setTextCursor(cursor)
        found = self._view.find(text, flags)
        if not found:  # wrap around once
            cursor = self._view.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
            )
            self._view.setTextCursor(cursor)
            found = self._view.find(text, flags)
        self._show_matches(text)
        return found

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
