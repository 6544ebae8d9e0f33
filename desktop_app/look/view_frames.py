"""The border of the big views (tree, entry, note, results and panel lists) and their focus ring.

A 1 px border in the palette's Mid colour inside a 2 px frame, and a 2 px Highlight ring when
the view has keyboard focus, so the officer always sees where typing goes. They used to be
style-sheet rules; a style-sheet border on a scroll area sends the area's viewport and scroll
bars through Qt's style-sheet style, and every repaint of the window took half as long again
(a full repaint 13 → 9 ms measured, an entry open's repaint the largest part of the GUI-lag
budget). Here QFrame keeps a plain 2 px frame and one event filter paints it: the scroll area
itself repaints only on focus, resize and palette changes, never when its content scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QFrame, QWidget

FRAMED = (
    "tree",
    "entryView",
    "notesEditor",
    "results",
    "bookmarksPanelList",
    "historyPanelList",
    "notesPanelList",
)
"""Object names of the framed views."""
FRAME_PX = 2


class ViewFrames(QObject):
    """Frames the named views under a window and paints their borders and focus rings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framed: list[QFrame] = []

    def frame_all(self, root: QWidget) -> None:
        for name in FRAMED:
            view = root.findChild(QFrame, name)
            if view is not None:
                self.frame(view)

    def frame(self, view: QFrame) -> None:
        view.setFrameShape(QFrame.Shape.Box)
        view.setFrameShadow(QFrame.Shadow.Plain)
        view.setLineWidth(FRAME_PX)
        view.installEventFilter(self)
        self.framed.append(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and isinstance(watched, QFrame):
            _paint_frame(watched)
            return True  # instead of QFrame's own plain box
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            watched.update()
        return False


def _paint_frame(view: QFrame) -> None:
    palette = view.palette()
    painter = QPainter(view)
    rect = view.rect()
    if view.hasFocus():
        _ring(painter, rect, FRAME_PX, palette.color(QPalette.ColorRole.Highlight))
    else:
        _ring(painter, rect, FRAME_PX, palette.color(QPalette.ColorRole.Base))
        _ring(painter, rect, 1, palette.color(QPalette.ColorRole.Mid))
    painter.end()


def _ring(painter: QPainter, rect: QRect, width: int, color: QColor) -> None:
    outer = QRegion(rect)
    painter.setClipRegion(outer.subtracted(QRegion(rect.adjusted(width, width, -width, -width))))
    painter.fillRect(rect, color)
