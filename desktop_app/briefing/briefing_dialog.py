"""Ctrl+Shift+E: choose entries (the current one, bookmarks) and export them as a PDF briefing.

The entries (with the officer's notes, if asked for) are read on the "store" lane; the PDF is
painted here when they arrive (QTextDocument and QPdfWriter belong to the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.briefing.briefing import briefing_html, write_pdf
from desktop_app.i18n.errors import said
from desktop_app.library.records import BriefingItem, Stamp

if TYPE_CHECKING:
    from desktop_app.operations import Operations

MakeItems = Callable[[list[str], bool], list[BriefingItem]]

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1


class BriefingDialog(QDialog):
    """Signals:
    sig_exported(int): the PDF was written with this many pages (0: nothing was written).
    """

    sig_exported = Signal(int)
    """An export ended: the page count, 0 when nothing was written (the status line says why)."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str, bool]],
        make_items: MakeItems,
        stamp: Stamp,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        """choices: (slug, title, checked) — the current entry first, then bookmarks.
        make_items(slugs, with_notes) runs on the store lane of ops."""
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Export briefing to PDF"))
        self.setObjectName("briefingDialog")
        self._make_items = make_items
        self._stamp = stamp
        self.title = QLineEdit(self.tr("Briefing"), self)
        self.title.setAccessibleName(self.tr("Briefing title"))
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Entries in the briefing"))
        for slug, title, checked in choices:
            item = QListWidgetItem(title, self.entries)
            item.setData(SLUG_ROLE, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.entries.count():
            self.entries.setCurrentRow(0)
        self.with_notes = QCheckBox(self.tr("Include my notes"), self)
        self.with_notes.setAccessibleName(self.tr("Include my notes"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # quotes paths and error text
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Title"), self))
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Entries (Space ticks or unticks)"), self))
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.with_notes)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._choose_file)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> list[str]:
        return [
            self.entries.item(i).data(SLUG_ROLE)
            for i in range(self.entries.count())
            if self.entries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save briefing"),
            f"{self.title.text() or 'briefing'}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Read the chosen entries on the store lane, then write the PDF; sig_exported follows
        with the page count (0 and a message when nothing was written)."""
        slugs = self.chosen()
        if not slugs:
            self.status.setText(self.tr("Tick at least one entry."))
            self.sig_exported.emit(0)
            return
        title = self.title.text().strip() or self.tr("Briefing")
        with_notes = self.with_notes.isChecked()
        self.buttons.setEnabled(False)
        self._ops.run(
            lambda: self._make_items(slugs, with_notes),
            lambda items: self._write(path, title, items),
            on_failure=self._not_written,
            lane="store",
        )

    def _write(self, path: str, title: str, items: list[BriefingItem]) -> None:
        self.buttons.setEnabled(True)
        try:
            pages = write_pdf(path, briefing_html(title, items, self._stamp), self._stamp, title)
        except OSError as exc:
            self._not_written(exc)
            return
        self.status.setText(self.tr("Saved %d pages to %s") % (pages, path))
        self.accept()
        self.sig_exported.emit(pages)

    def _not_written(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        reason = str(exc) if isinstance(exc, OSError) else said(exc)  # as painting says it
        self.status.setText(self.tr("Could not write the PDF: %s") % reason)
        self.sig_exported.emit(0)
        return True
