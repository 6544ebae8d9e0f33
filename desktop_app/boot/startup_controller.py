"""Opens the library (catalogue, packs, index, user store) off the GUI thread and hands it to the
window; opens it again after a content pack is installed.

The opening is one `Operations` job on the "library" lane (`open_in_background`), the same call
the GUI tests make: `open_library` runs on the worker, its progress and its Library reach the GUI
thread, and any failure arrives as one line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.i18n.errors import TEMPORARY_INDEX, explained
from desktop_app.mainwindow.main_window import MainWindow
from desktop_app.operations import Operations, Progress
from desktop_app.paths import AppPaths
from desktop_app.plain_text import message_box, show_message

COMPLETE_AFTER_MS = 250

if TYPE_CHECKING:  # db and search_index load on the worker, after the first paint
    from desktop_app.boot.window_host import WindowHost
    from desktop_app.library import Completion, Library


def open_in_background(
    ops: Operations,
    paths: AppPaths,
    on_ready: Callable[[Library], None],
    on_failed: Callable[[str], None],
    progress: Progress | None = None,
) -> None:
    """Open the library on the "library" lane; `on_ready(library)` or `on_failed(one line)` runs
    on the GUI thread. Every failure ends there: a loader that raised would leave the window
    waiting for ever (the self-test timed out on a catalogue missing a table)."""
    from desktop_app.i18n.errors import said
    from desktop_app.library import OpenOptions, open_library

    def failed(exc: BaseException) -> bool:
        on_failed(said(exc))
        return True

    ops.run(
        lambda report: open_library(paths, OpenOptions(long_lived=True), progress=report),
        on_ready,
        on_failure=failed,
        progress=progress or (lambda _message, _done, _total: None),
        lane="library",
    )


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
        ops: Operations,
        self_test: bool,
        fix_hint: Callable[[str], str],
    ) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._paths = paths
        self._ops = ops
        self._self_test = self_test
        self._fix_hint = fix_hint
        self._backend: Library | None = None
        self._reloading = False
        self.host: WindowHost | None = None
        """What holds the window and rebuilds it in another language (set by app.compose)."""

    def adopt(self, window: MainWindow) -> None:
        """Open into `window` from now on: the window was rebuilt in another language."""
        self._window = window
        self.setParent(window)

    @property
    def library(self) -> Library | None:
        """The open library the window shows (None until the first one is open)."""
        return self._backend

    def start(self) -> None:
        """Open the library. At first start the index's copy of a small catalogue answers
        before SQLAlchemy has loaded (`open_library_quickly`); the SQLite catalogue and the
        store then open behind it. A reload (after a content pack) opens everything at once."""
        if self._reloading:
            self._open_fully()
            return
        from desktop_app.library import open_library_quickly

        def fall_back(_exc: BaseException) -> bool:
            self._open_fully()  # it meets the same problem and reports it in one line
            return True

        self._ops.run(
            lambda: open_library_quickly(self._paths),
            self._opened_quickly,
            on_failure=fall_back,
            lane="library",
        )

    def _open_fully(self) -> None:
        open_in_background(
            self._ops, self._paths, self.ready, self.failed, self._window.show_progress
        )

    def _opened_quickly(self, library: Library | None) -> None:
        if library is None:
            self._open_fully()
            return
        self.ready(library)
        # Opening the SQLite catalogue imports SQLAlchemy, ~0.3 s holding the interpreter: let
        # the first searches and the tree have it first (the store is not needed to read)
        QTimer.singleShot(COMPLETE_AFTER_MS, lambda: self._complete(library))

    def _complete(self, library: Library) -> None:
        if library is not self._backend:
            return  # the window closed or another library replaced it meanwhile
        from desktop_app.library import complete_library

        self._ops.run(
            lambda: complete_library(library),
            lambda completion: self._completed(library, completion),
            on_failure=self._completion_failed,
            lane="library",
        )

    def _completed(self, library: Library, completion: Completion) -> None:
        if library is not self._backend:  # replaced meanwhile: nobody will use these
            completion.catalogue.close()
            if completion.store is not None:
                completion.store.close()
            return
        library.adopt(completion)
        self._window.library_completed(library)

    def _completion_failed(self, exc: BaseException) -> bool:
        from desktop_app.i18n.errors import said
        from desktop_app.library import CatalogueChanged

        if isinstance(exc, CatalogueChanged):
            self.reload()  # rebuilds the index from the catalogue as it is now
        else:
            self._backend = None  # the window must not go on with an unverified catalogue
            self.failed(said(exc))
        return True

    def ready(self, backend: Library) -> None:
        old, self._backend = self._backend, backend
        self._window.set_backend(backend)
        temporary = getattr(backend.index, "temporary_because", None)
        if temporary:  # read-only stick or full disk: searching works, but say why it is slow
            self._window.statusBar().showMessage(explained(TEMPORARY_INDEX, temporary), 15_000)
        if old is not None:
            self._ops.wait()  # a search or tree build may still be reading the old one
            old.close()  # after the window let go of it
        if self._reloading:
            self._reloading = False
            self._window.statusBar().showMessage(
                self.tr("Catalogue %s is now open.") % backend.catalogue.info.version, 8000
            )
        else:
            self.sig_started.emit()

    def failed(self, message: str) -> None:
        if self._reloading:  # the previous catalogue stays open and usable
            self._reloading = False
            show_message(  # the message may quote pack text: plain, never markup
                self._window,
                self.tr("Content pack"),
                self.tr("The new catalogue could not be opened: %s") % message,
            )
            return
        if self._self_test:
            print(f"field-reference: {message}", file=sys.stderr)
            self._app.exit(2)
            return
        message_box(
            self._window,
            self.tr("Field Reference cannot start"),
            self.tr("The catalogue could not be opened:\n\n%s\n\n%s")
            % (message, self.tr(self._fix_hint(message))),
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
        """Close the library; the window's shutdown has already ended the background work."""
        if self._backend is not None:
            self._backend.close()
            self._backend = None
