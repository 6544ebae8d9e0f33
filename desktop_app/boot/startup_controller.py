"""Opens the catalogue, index and user store off the GUI thread and hands them to the window;
opens them again after a content pack is installed.

A plain function connected to a worker's signal runs on the worker's thread; slots of this
QObject (which lives on the GUI thread) are queued here instead, which is what widgets need.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.library import Library
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.paths import AppPaths
from desktop_app.plain_text import message_box, show_message
from desktop_app.workers import LoadWorker, start_in_thread


class StartupController(QObject):
    """Signals:
    sig_started(): the first backend reached the window; the app is fully usable.
    """

    sig_started = Signal()
    """The catalogue, index and user store are open and shown (first time only)."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        paths: AppPaths,
        self_test: bool,
        fix_hint: Callable[[str], str],
    ) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._paths = paths
        self._self_test = self_test
        self._fix_hint = fix_hint
        self._backend: Library | None = None
        self._reloading = False
        self._loader = LoadWorker(paths)
        self._thread = start_in_thread(self._loader, "loader")
        self._loader.sig_progress.connect(window.show_progress)
        self._loader.sig_ready.connect(self.ready)
        self._loader.sig_failed.connect(self.failed)

    def start(self) -> None:
        QMetaObject.invokeMethod(self._loader, "run", Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def ready(self, backend: Library) -> None:
        old, self._backend = self._backend, backend
        self._window.set_backend(backend)
        temporary = getattr(backend.index, "temporary_because", None)
        if temporary:  # read-only stick or full disk: searching works, but say why it is slow
            self._window.statusBar().showMessage(temporary, 15_000)
        if old is not None:
            old.close()  # after the window let go of it
        if self._reloading:
            self._reloading = False
            self._window.statusBar().showMessage(
                self._window.tr("Catalogue %s is now open.") % backend.catalogue.info.version, 8000
            )
        else:
            self.sig_started.emit()

    @Slot(str)
    def failed(self, message: str) -> None:
        if self._reloading:  # the previous catalogue stays open and usable
            self._reloading = False
            show_message(  # the message may quote pack text: plain, never markup
                self._window,
                self._window.tr("Content pack"),
                self._window.tr("The new catalogue could not be opened: %s") % message,
            )
            return
        if self._self_test:
            print(f"field-reference: {message}", file=sys.stderr)
            self._app.exit(2)
            return
        message_box(
            self._window,
            self._window.tr("Field Reference cannot start"),
            self._window.tr("The catalogue could not be opened:\n\n%s\n\n%s")
            % (message, self._window.tr(self._fix_hint(message))),
            QMessageBox.Icon.Critical,
        ).exec()
        self._app.exit(2)

    def import_pack(self) -> None:
        """File → Import content pack…; when one is installed, open the new version."""
        from desktop_app.packs.pack_import_dialog import PackImportDialog

        dialog = PackImportDialog(self._paths, self._window)
        dialog.sig_installed.connect(lambda _report: self.reload())
        dialog.open()

    def reload(self) -> None:
        self._reloading = True
        self.start()

    def close(self) -> None:
        self._thread.quit()
        self._thread.wait(10_000)
        if self._backend is not None:
            self._backend.close()
            self._backend = None
