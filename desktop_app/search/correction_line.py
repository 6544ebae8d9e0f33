"""The line under the search box that says how the query was read.

"Showing results for “border management” — search instead for “bordr managment”": the second
half is a flat button, reached with Tab from the box or Alt+I, that runs the words as typed. The
same line says plainly when nothing matched, or that no entry names a country. All plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.i18n.bidi import isolated


class CorrectionLine(QWidget):
    """Signals:
    sig_instead(): the officer asked for the query as typed, not its correction.
    """

    sig_instead = Signal()
    """Run the typed words literally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(self)
        self.label.setObjectName("correctionText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # one line at its natural width, next to the button; may shrink (clipped) on a netbook
        # rather than widen the window: an explicit minimum overrides the text's width
        self.label.setMinimumWidth(1)
        self.instead = QPushButton(self)
        self.instead.setObjectName("searchInstead")
        self.instead.setFlat(True)
        self.instead.setCursor(Qt.CursorShape.PointingHandCursor)
        self.instead.setMinimumWidth(1)
        # reads as a link (it acts like one) and is filled with the highlight when it has focus
        self.instead.setStyleSheet(
            "QPushButton { color: palette(link); border: none; padding: 0 3px; }"
            " QPushButton:focus { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.instead.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.instead.setAccessibleDescription(
            self.tr("Search for the words exactly as typed (Alt+I)")
        )
        self.instead.clicked.connect(self.sig_instead)
        layout.addWidget(self.label, 0)
        layout.addWidget(self.instead, 0)
        layout.addStretch(1)
        self.hide()

    def text(self) -> str:
        """What the line says, as one plain string (tests, accessibility)."""
        extra = self.instead.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return f"{self.label.text()} {extra}" if self.instead.isVisible() else self.label.text()

    def show_corrected(self, corrected: str, typed: str) -> None:
        self.label.setText(self.tr("Showing results for “%s” —") % isolated(corrected))
        # "&" in what was typed is a letter, not a shortcut marker; Alt+I runs the typed words
        typed = isolated(typed.replace("&", "&&"))
        self.instead.setText(self.tr("search &instead for “%s”") % typed)
        self.instead.show()
        self.show()

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.instead.hide()
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.instead.hide()
        self.hide()
