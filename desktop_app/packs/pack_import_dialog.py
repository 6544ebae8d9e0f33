"""File → Import content pack…: choose a .frpack, verify it, confirm, install, show what changed.

All pack work (db.packs) runs on a worker thread; the dialog only reacts to its signals, so the
window keeps painting while a 100k-entry pack is checked, written and indexed. Refusals are
shown as one line, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.boot.gc_pause import cyclic_gc_paused
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db.packs import Changes, InstallReport, PackContext, VerifyReport

SHOWN_PER_KIND = 8


class PackJob(QObject):
    """Verifies or installs a pack on the thread it was moved to.

    Signals:
        sig_progress(str, int, int): a stage message and done/total (total 0: no count).
        sig_verified(object): the VerifyReport of a pack that passed every check.
        sig_installed(object): the InstallReport of a pack that was installed.
        sig_failed(str): the one-line reason a pack was refused or could not be installed.
    """

    sig_progress = Signal(str, int, int)
    """Stage message, done, total."""
    sig_verified = Signal(object)
    """The VerifyReport."""
    sig_installed = Signal(object)
    """The InstallReport."""
    sig_failed = Signal(str)
    """A one-line refusal."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self._paths = paths

    @Slot(str)
    def verify(self, pack_file: str) -> None:
        def run() -> object:
            from db.packs import verify_pack

            return verify_pack(Path(pack_file), self._context())

        self._run(run, self.sig_verified)

    @Slot(str)
    def install(self, pack_file: str) -> None:
        def run() -> object:
            from db.packs import install_pack

            return install_pack(Path(pack_file), self._context(), progress=self.sig_progress.emit)

        self._run(run, self.sig_installed)

    def _context(self) -> PackContext:
        from desktop_app.packs.content_packs import pack_context

        return pack_context(self._paths)

    def _run(self, job: Callable[[], object], done: SignalInstance) -> None:
        from db import CatalogueError

        try:
            with cyclic_gc_paused():
                result = job()
        except CatalogueError as exc:  # PackError and every catalogue problem
            self.sig_failed.emit(_one_line(str(exc)))
            return
        except OSError as exc:
            self.sig_failed.emit(_one_line(f"{exc.filename or ''} {exc.strerror or exc}".strip()))
            return
        except Exception as exc:  # a bug must still end the dialog's wait with a message
            self.sig_failed.emit(_one_line(f"unexpected error: {type(exc).__name__}: {exc}"))
            return
        done.emit(result)


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else "unknown error"


class PackImportDialog(QDialog):
    """Imports one content pack, step by step, with the work on a worker thread.

    Construct with the app's paths: `PackImportDialog(paths, parent, pack_file=None)`. Without a
    pack_file the officer picks one with "Choose…"; with one, verification starts at once.

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
    _sig_verify = Signal(str)
    _sig_install = Signal(str)

    def __init__(
        self, paths: AppPaths, parent: QWidget | None = None, pack_file: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Content Pack"))
        self.setMinimumWidth(560)
        self.state = "choose"  # choose, verifying, review, refused, installing, done
        self._pack_file: Path | None = None
        self._thread = QThread()
        self._thread.setObjectName("pack-import")
        self._job = PackJob(paths)
        self._job.moveToThread(self._thread)
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

        self.status = self._plain_label(self.tr("Import status"))
        heading = self.status.font()
        heading.setBold(True)
        self.status.setFont(heading)
        self.details = self._plain_label(self.tr("Pack details"))
        self.changes_list = QListWidget(self)
        self.changes_list.setAccessibleName(self.tr("What changes"))
        self.changes_list.setMinimumHeight(150)
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
        layout.addWidget(self.details)
        layout.addWidget(self.changes_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _plain_label(self, accessible_name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is data, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible_name)
        return label

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self._sig_verify.connect(self._job.verify)
        self._sig_install.connect(self._job.install)
        self._job.sig_progress.connect(self._on_progress)
        self._job.sig_verified.connect(self._on_verified)
        self._job.sig_installed.connect(self._on_installed)
        self._job.sig_failed.connect(self._on_failed)

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
        """Verify pack_file on the worker thread; the result arrives as sig_verified/sig_failed."""
        if self.busy:
            return
        self._pack_file = Path(pack_file)
        self.file_edit.setText(str(self._pack_file))
        self.changes_list.clear()
        self.details.clear()
        self._set_state("verifying", self.tr("Checking the signature and contents…"))
        self._thread.start()  # runs only while a job does, so an idle dialog holds no thread
        self._sig_verify.emit(str(self._pack_file))

    @Slot()
    def start_import(self) -> None:
        if self.state != "review" or self._pack_file is None:
            return
        self._set_state("installing", self.tr("Importing…"))
        self._thread.start()
        self._sig_install.emit(str(self._pack_file))

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

    @Slot(object)
    def _on_verified(self, report: VerifyReport) -> None:
        m = report.manifest
        installed = (
            self.tr("sequence %d is installed") % report.installed_sequence
            if report.installed_sequence is not None
            else self.tr("not installed yet")
        )
        if m.mode == "add":
            mode = self.tr("adds a collection")
        else:
            mode = self.tr("replaces the catalogue")
        self.details.setText(
            "\n".join(
                [
                    self.tr("“%s” (%s, sequence %d): %s; %s.")
                    % (m.title, m.id, m.sequence, mode, installed),
                    self.tr("Signed by publisher key %s. Data as of %s.")
                    % (report.key.key_id, m.data_as_of),
                    self.tr("New catalogue version: %s") % report.catalogue_version,
                ]
            )
        )
        self._show_changes(report.changes)
        self._set_state("review", self.tr("Verified. Importing will: %s.") % self._counts(report))
        self.sig_verified.emit(report)

    def _counts(self, report: VerifyReport | InstallReport) -> str:
        c = report.changes
        return self.tr("add %s, update %s and remove %s entries") % (
            f"{len(c.added):,}",
            f"{len(c.updated):,}",
            f"{len(c.removed):,}",
        )

    @Slot(object)
    def _on_installed(self, report: InstallReport) -> None:
        m = report.manifest
        self.details.setText(
            "\n".join(
                [
                    self.tr("Installed “%s” (%s, sequence %d).") % (m.title, m.id, m.sequence),
                    self.tr("Added %s, updated %s, removed %s entries.")
                    % (
                        f"{len(report.changes.added):,}",
                        f"{len(report.changes.updated):,}",
                        f"{len(report.changes.removed):,}",
                    ),
                    self.tr("Catalogue %s is now in use (took %.1f s).")
                    % (report.catalogue_version, report.seconds),
                    self.tr("To undo it, run 'fieldref pack rollback'."),
                ]
            )
        )
        self._show_changes(report.changes)
        self._set_state("done", self.tr("What changed"))
        self.sig_installed.emit(report)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        was_installing = self.state == "installing"
        prefix = self.tr("Import failed: %s") if was_installing else self.tr("Refused: %s")
        self._set_state("refused", prefix % message)
        if was_installing:
            self.details.setText(self.tr("Nothing was changed; the catalogue is as it was."))
        self.sig_failed.emit(message)

    def _show_changes(self, changes: Changes) -> None:
        self.changes_list.clear()
        for mark, pairs, word in (
            ("+", changes.added, self.tr("added")),
            ("~", changes.updated, self.tr("updated")),
            ("−", changes.removed, self.tr("removed")),
        ):
            for _slug, title in pairs[:SHOWN_PER_KIND]:
                self.changes_list.addItem(f"{mark} {title}")
            if len(pairs) > SHOWN_PER_KIND:
                more = len(pairs) - SHOWN_PER_KIND
                more_text = self.tr("%s … and %s more %s") % (mark, f"{more:,}", word)
                self.changes_list.addItem(more_text)
        if self.changes_list.count() == 0:
            self.changes_list.addItem(self.tr("No entries change."))

    # -- state ---------------------------------------------------------------------------------

    def _set_state(self, state: str, message: str) -> None:
        if self.busy and state not in ("verifying", "installing"):
            self._stop_thread()  # the job has returned; its thread has nothing left to do
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
        self._stop_thread()
        super().done(result)

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
