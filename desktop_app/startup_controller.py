"""Receives the LoadWorker's results on the GUI thread and hands them to the window.

A plain function connected to a worker's signal runs on the worker's thread; a slot of this
QObject (which lives on the GUI thread) is queued there instead, which is what widgets need.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.main_window import MainWindow
from desktop_app.workers import Backend


class StartupController(QObject):
    """Signals:
    sig_started(): the backend reached the window; the app is fully usable.
    """

    sig_started = Signal()
    """The catalogue, index and user store are open and shown."""

    def __init__(
        self, app: QApplication, window: MainWindow, self_test: bool, fix_hint: Callable[[str], str]
    ) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._self_test = self_test
        self._fix_hint = fix_hint
        self._backend: Backend | None = None

    @Slot(object)
    def ready(self, backend: Backend) -> None:
        self._backend = backend
        self._window.set_backend(backend)
        self.sig_started.emit()

    @Slot(str)
    def failed(self, message: str) -> None:
        if self._self_test:
            print(f"field-reference: {message}", file=sys.stderr)
            self._app.exit(2)
            return
        QMessageBox.critical(
            self._window,
            self._window.tr("Field Reference cannot start"),
            self._window.tr("The catalogue could not be opened:\n\n%s\n\n%s")
            % (message, self._window.tr(self._fix_hint(message))),
        )
        self._app.exit(2)

    def close_backend(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None
