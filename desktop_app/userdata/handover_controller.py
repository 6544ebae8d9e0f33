"""File › Export/Import Notes and Bookmarks, on the "store" lane with a progress bar.

A 100k-note handover took 44 s in one transaction and froze the window for all of it. Both
directions now run on the store lane of the window's Operations (after any note save sent
before them); the status bar shows a busy bar, with numbers when the core `import_handover`
reports them. The result, or the failure, arrives on the GUI thread.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from desktop_app.i18n.errors import said
from desktop_app.plain_text import show_message

if TYPE_CHECKING:
    from db.userstore import UserStore
    from desktop_app.operations import Operations, Progress

LANE = "store"
Step = Callable[..., None]


def accepts_progress(function: Callable[..., object]) -> bool:
    """True when the core import takes a `progress` keyword (tests replace it with one that
    does not)."""
    try:
        return "progress" in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


def throttled(report: Progress) -> Step:
    """A progress(done, total) for the core import that passes on only a change of the shown
    percentage, so a 100k-item import queues about a hundred events rather than 100,000."""
    last = [-1]

    def step(done: int = 0, total: int = 0, *_rest: object) -> None:
        if total <= 0:
            return  # no numbers to show: the bar stays busy
        shown = done * 100 // total
        if shown != last[0]:
            last[0] = shown
            report("", int(done), int(total))

    return step


def run_import(store: UserStore, path: Path, report: Progress) -> object:
    """The core import, on the store lane; looked up at call time so tests can replace it."""
    from db import userstore

    function = userstore.import_handover
    if accepts_progress(function):
        return function(store, path, progress=throttled(report))
    return function(store, path)


class HandoverController(QObject):
    """Signals:
    sig_finished(object): an import ended: its ImportReport, or the exception (already shown).
    sig_exported(object): an export ended: the number of items written, or the exception.
    """

    sig_finished = Signal(object)
    """The import ended: an ImportReport or the exception (already shown to the officer)."""
    sig_exported = Signal(object)
    """The export ended: how many items were written, or the exception (already shown)."""

    def __init__(self, window: QMainWindow, ops: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._busy = False
        self.bar = QProgressBar(window)
        self.bar.setObjectName("handoverImportProgress")
        self.bar.setMaximumWidth(200)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)

    def busy(self) -> bool:
        return self._busy

    def wait(self) -> None:
        """Let a running import finish (on close): it is one transaction, and the officer
        asked for it; closing the store under it would throw the work away."""
        self._ops.wait()

    def export(self, store: UserStore, path: Path) -> None:
        def done(count: object) -> None:
            self._window.statusBar().showMessage(
                self.tr("Exported %d items to %s") % (count, path), 5000
            )
            self.sig_exported.emit(count)

        def failed(exc: BaseException) -> bool:
            show_message(self._window, self.tr("Export failed"), said(exc))
            self.sig_exported.emit(exc)
            return True

        from db.userstore import export_handover

        self._ops.run(lambda: export_handover(store, path), done, on_failure=failed, lane=LANE)

    def start_import(self, store: UserStore, path: Path) -> None:
        """Begin importing path into store; sig_finished follows on the GUI thread."""
        self._busy = True
        self.bar.setRange(0, 0)  # busy until the core reports numbers (if it ever does)
        self.bar.show()
        self._window.statusBar().showMessage(
            self.tr("Importing notes and bookmarks from %s…") % path
        )
        self._ops.run(
            lambda report: run_import(store, path, report),
            self._imported,
            on_failure=self._refused,
            progress=self._on_step,
            lane=LANE,
        )

    def _on_step(self, _message: str, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _end(self) -> None:
        self._busy = False
        self.bar.hide()
        self._window.statusBar().clearMessage()

    def _imported(self, report: object) -> None:
        self._end()
        self.sig_finished.emit(report)

    def _refused(self, exc: BaseException) -> bool:
        self._end()
        show_message(self._window, self.tr("Import refused"), said(exc))
        self.sig_finished.emit(exc)
        return True

    def say_imported(self, notes_added: int, notes_merged: int, bookmarks_added: int) -> None:
        self._window.statusBar().showMessage(
            self.tr("Imported: %d new notes, %d merged (both versions kept), %d new bookmarks")
            % (notes_added, notes_merged, bookmarks_added),
            8000,
        )
