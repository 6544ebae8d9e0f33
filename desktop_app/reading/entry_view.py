"""The centre pane: an entry or region page rendered from our own escaped HTML.

Safety (docs/architecture.md §7): links are never followed by Qt — `openLinks` and
`openExternalLinks` are off and clicks arrive as `anchorClicked`, which only understands the
internal `entry:` scheme. Qt never loads a resource on our behalf: `loadResource` answers every
request with an empty placeholder (a `file:` image could hang the app or leak a file's existence).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.reading.navigation import Location


class EntryView(QTextBrowser):
    """Read-only page with internal links.

    Signals:
        sig_navigate(object): an internal link was activated; carries a navigation.Location.
    """

    sig_navigate = Signal(object)
    """An internal link was activated: the Location to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setReadOnly(True)
        self.document().setDocumentMargin(18)
        self.setAccessibleName(self.tr("Entry"))
        self.setAccessibleDescription(self.tr("The entry you are reading; Tab moves to its links"))
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Nothing outside our HTML is ever loaded: images get a blank, everything else nothing."""
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        return None

    def show_html(self, html: str, css: str) -> None:
        self.document().setDefaultStyleSheet(css)
        self.setHtml(html)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_anchor(self, url: QUrl) -> None:
        location = Location.from_link(url.toString())
        if location is not None:
            self.sig_navigate.emit(location)
