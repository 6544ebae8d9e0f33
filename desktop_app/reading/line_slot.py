"""A one-line slot for a label whose text changes at every page (the breadcrumb).

A QLabel in a layout asks for a new layout whenever its text changes, and Qt passes the request
up to the window: every page open laid the whole window out again on the GUI thread (0.5–3 ms,
twice per open). In this slot the label has a fixed size, the slot's own, so new text is only
repainted; the slot is laid out when the window is, one line high, as wide as it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class LineSlot(QWidget):
    """Holds `label` at its own size; a text too long for it is cut by the label."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.move(0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def _line_height(self) -> int:
        margins = self.label.contentsMargins()
        return self.label.fontMetrics().height() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        return QSize(0, self._line_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setFixedSize(event.size())  # min == max: the label's updates stop here
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # a new font: a new line height
        super().changeEvent(event)
