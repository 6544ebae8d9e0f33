"""File → Import content pack…: choose a .frpack, verify it, confirm, install, show what changed.

All pack work (db.packs) runs on the "pack" lane of Operations, the app's one way of working in
the background; the dialog only reacts to what comes back, so the window keeps painting while a
100k-entry pack is checked, written and indexed. Refusals are shown as one line, never a
traceback. What the dialog says about the pack is pack_summary.PackSummary.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.boot.gc_pause import cyclic_gc_paused
from desktop_app.operations import Operations
from desktop_app.packs.pack_summary import PackSummary, plain_label
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db.packs import InstallReport, PackContext, VerifyReport
    from desktop_app.operations import Progress

LANE = "pack"


def pack_failure(exc: BaseException) -> str:
    """The one line a refused or failed pack job shows (never a traceback): the same wording
    as every other failure (desktop_app.i18n.errors.said), a notes or disk error included."""
    from desktop_app.i18n.errors import said

    return said(exc)


def _context(paths: AppPaths) -> PackContext:
    from desktop_app.packs.content_packs import pack_context

    return pack_context(paths)


def verify(paths: AppPaths, pack_file: Path) -> VerifyReport:
    """On the pack lane: check signature and contents; installs nothing."""
    from db.packs import verify_pack

    with cyclic_gc_paused():
        return verify_pack(pack_file, _context(paths))


def install(paths: AppPaths, pack_file: Path, report: Progress) -> InstallReport:
    """On the pack lane: install, reporting each stage."""
    from db.packs import install_pack

    with cyclic_gc_paused():
        return install_pack(pack_file, _context(paths), progress=report)


class PackImportDialog(QDialog):
    """Imports one content pack, step by step, with the work on the "pack" lane of `ops`.

    `PackImportDialog(paths, parent, pack_file=None, ops=None)`: pass the window's Operations
    (without one the dialog makes its own). Without a pack_file the officer picks one with
    "Choose…"; with one, verification starts at once.

    Signals:
        sig_verified(object): the VerifyReport once the chosen pack passed every check.
        sig_failed(str): the one-line reason the pack was refused or the install failed.
        sig_installed(object): the InstallReport after a pack was installed; the main window
            should reopen the catalogue (a new LoadWorker) to show the new content.
    """

    sig_verified = Signal(object)
    """The chosen pack passed every check: the VerifyReport."""
    sig_failed = Signal(str)
    """The pack was refused or could not be installed: one line."""
    sig_installed = Signal(object)
    """A pack was installed: the InstallReport. Reload the catalogue."""

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        pack_file: Path | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._ops = ops if ops is not None else Operations(self)
        self.setWindowTitle(self.tr("Import Content Pack"))
        self.setMinimumWidth(560)
        self.state = "choose"  # choose, verifying, review, refused, installing, done
        self._pack_file: Path | None = None
        self._build_widgets()
        self._connect_signals()
        self._show_state()
        if pack_file is not None:
            self.open_pack(Path(pack_file))

    # -- layout --------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.intro = QLabel(
            self.tr(
                "A content pack updates the catalogue from a file on a USB stick or an e-mail."
                " It is checked against the publisher's signature before anything in it is read."
            ),
            self,
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No pack chosen"))
        self.file_edit.setAccessibleName(self.tr("Content pack file"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a content pack file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.status = plain_label(self, self.tr("Import status"))
        heading = self.status.font()
        heading.setBold(True)
        self.status.setFont(heading)
        self.summary = PackSummary(self)
        self.details = self.summary.details
        self.changes_list = self.summary.changes_list
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(True)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the content pack"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Close the dialog"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # -- steps ---------------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        start = str(self._pack_file.parent) if self._pack_file else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a content pack"),
            start,
            self.tr("Content packs (*.frpack);;All files (*)"),
        )
        if chosen:
            self.open_pack(Path(chosen))

    def open_pack(self, pack_file: Path) -> None:
        """Verify pack_file on the pack lane; the result arrives as sig_verified/sig_failed."""
        if self.busy:
            return
        self._pack_file = chosen = Path(pack_file)
        self.file_edit.setText(str(chosen))
        self.summary.clear()
        self._set_state("verifying", self.tr("Checking the signature and contents…"))
        self._run(lambda: verify(self._paths, chosen), self._on_verified)

    @Slot()
    def start_import(self) -> None:
        if self.state != "review" or self._pack_file is None:
            return
        self._set_state("installing", self.tr("Importing…"))
        chosen = self._pack_file
        self._run(
            lambda report: install(self._paths, chosen, report),
            self._on_installed,
            progress=self._on_progress,
        )

    def _run(
        self,
        job: Callable[..., object],
        done: Callable[..., None],
        progress: Progress | None = None,
    ) -> None:
        def failed(exc: BaseException) -> bool:
            self._on_failed(pack_failure(exc))
            return True

        self._ops.run(job, done, on_failure=failed, progress=progress, lane=LANE)

    @property
    def busy(self) -> bool:
        return self.state in ("verifying", "installing")

    # -- worker results ------------------------------------------------------------------------

    @Slot(str, int, int)
    def _on_progress(self, message: str, done: int, total: int) -> None:
        self.status.setText(self._stage_text(message))
        self.progress.setRange(0, total if total > 0 else 0)
        if total > 0:
            self.progress.setValue(done)

    def _stage_text(self, message: str) -> str:
        stages = {
            "Checking the pack": self.tr("Checking the signature and contents…"),
            "Reading the entries": self.tr("Reading the entries…"),
            "Combining with the installed content": self.tr("Combining with installed content…"),
            "Writing the catalogue": self.tr("Writing the new catalogue…"),
            "Building the search index": self.tr("Building the search index…"),
            "Switching to the new catalogue": self.tr("Switching to the new catalogue…"),
            "Done": self.tr("Done."),
        }
        return stages.get(message, message)

    def _on_verified(self, report: VerifyReport) -> None:
        self.summary.show_verified(report)
        counts = self.summary.counts(report)
        self._set_state("review", self.tr("Verified. Importing will: %s.") % counts)
        self.sig_verified.emit(report)

    def _on_installed(self, report: InstallReport) -> None:
        self.summary.show_installed(report)
        self._set_state("done", self.tr("What changed"))
        self.sig_installed.emit(report)

    def _on_failed(self, message: str) -> None:
        was_installing = self.state == "installing"
        prefix = self.tr("Import failed: %s") if was_installing else self.tr("Refused: %s")
        self._set_state("refused", prefix % message)
        if was_installing:
            self.summary.show_unchanged()
        self.sig_failed.emit(message)

    # -- state ---------------------------------------------------------------------------------

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.status.setText(message)
        self._show_state()

    def _show_state(self) -> None:
        busy = self.busy
        self.choose_button.setEnabled(not busy and self.state != "done")
        self.import_button.setEnabled(self.state == "review")
        self.import_button.setVisible(self.state != "done")
        self.close_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Close") if self.state == "done" else self.tr("Cancel"))
        self.progress.setVisible(busy or self.state == "done")
        if busy:
            self.progress.setRange(0, 0)
        elif self.state == "done":
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        if self.state == "review":
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        elif self.state == "done":
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.busy:
            return  # an install cannot be interrupted halfway; it finishes or refuses on its own
        super().done(result)
