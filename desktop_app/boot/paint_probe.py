"""Records when the main window was first painted, for --self-test and start-up benchmarks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.boot.startup import process_age_ms


class PaintProbe(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.first_paint_ms: float | None = None
        window.installEventFilter(self)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.first_paint_ms is None:
            self.first_paint_ms = process_age_ms()
            self._window.removeEventFilter(self)
        return False
