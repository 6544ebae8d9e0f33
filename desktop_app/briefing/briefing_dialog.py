"""Ctrl+Shift+E: choose entries (the current one, bookmarks) and export them as a PDF briefing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
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

from desktop_app.briefing.briefing import BriefingItem, Stamp, briefing_html, write_pdf

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1


class BriefingDialog(QDialog):
    def __init__(
        self,
        choices: Sequence[tuple[str, str, bool]],
        make_item: Callable[[str, bool], BriefingItem],
        stamp: Stamp,
        parent: QWidget | None = None,
    ) -> None:
        """choices: (slug, title, checked) — the current entry first, then bookmarks."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export briefing to PDF"))
        self.setObjectName("briefingDialog")
        self._make_item = make_item
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
        self.status.setTextFormat(Qt.TextFormat.PlainText)
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

    def export_to(self, path: str) -> int:
        """Write the PDF; returns the page count (0 and a message when nothing was written)."""
        slugs = self.chosen()
        if not slugs:
            self.status.setText(self.tr("Tick at least one entry."))
            return 0
        items = [self._make_item(slug, self.with_notes.isChecked()) for slug in slugs]
        title = self.title.text().strip() or self.tr("Briefing")
        try:
            pages = write_pdf(path, briefing_html(title, items, self._stamp), self._stamp, title)
        except OSError as exc:
            self.status.setText(self.tr("Could not write the PDF: %s") % exc)
            return 0
        self.status.setText(self.tr("Saved %d pages to %s") % (pages, path))
        self.accept()
        return pages
