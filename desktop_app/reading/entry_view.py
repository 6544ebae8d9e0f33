"""The centre pane: an entry or region page rendered from our own escaped HTML.

Safety (docs/architecture.md §7): links are never followed by Qt — `openLinks` and
`openExternalLinks` are off and clicks arrive as `anchorClicked`, which only understands the
internal `entry:` scheme. Qt never loads a resource on our behalf: `loadResource` answers every
request with an empty placeholder (a `file:` image could hang the app or leak a file's existence).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImage, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.reading.navigation import Location


class EntryView(QTextBrowser):
    """Read-only page with internal links.

    Signals:
        sig_navigate(object): an internal link was activated; carries a navigation.Location.
        sig_escape(): Esc while reading: the window puts the cursor back in the search box.

    Tab and Shift+Tab move to the next and previous pane (docs: the F6 cycle), not through every
    link of the page; Ctrl+Tab and Ctrl+Shift+Tab walk the links, Enter follows one.
    """

    sig_navigate = Signal(object)
    """An internal link was activated: the Location to show."""
    sig_escape = Signal()
    """Esc was pressed in the reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setReadOnly(True)
        self.document().setDocumentMargin(18)
        self.setAccessibleName(self.tr("Entry"))
        self.setAccessibleDescription(
            self.tr(
                "The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its "
                "links, Esc goes back to the search box"
            )
        )
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Nothing outside our HTML is ever loaded: images get a blank, everything else nothing."""
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        return None

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the page for the next pane (QTextBrowser would walk every link first)."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape:
            self.sig_escape.emit()
            return
        if ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QTextBrowser.focusNextPrevChild(self, forward)  # the next or previous link
            return
        super().keyPressEvent(event)

    def show_html(self, html: str, css: str) -> None:
        self.document().setDefaultStyleSheet(css)
        self.setHtml(html)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_anchor(self, url: QUrl) -> None:
        location = Location.from_link(url.toString())
        if location is not None:
            self.sig_navigate.emit(location)
