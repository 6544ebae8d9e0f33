"""What the pack import dialog says about a pack: who signed it, what it changes, what changed.

Kept apart from the dialog's steps (pack_import_dialog.py): this is the reading part, filled
from a VerifyReport before the import and an InstallReport after it. Pack text is data, never
markup: every label is plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from db.packs import Changes, InstallReport, VerifyReport

SHOWN_PER_KIND = 8


def plain_label(parent: QWidget, accessible_name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is data, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    return label


class PackSummary(QWidget):
    """The pack's details (a few lines) above the list of entries it adds, updates, removes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = plain_label(self, self.tr("Pack details"))
        self.changes_list = QListWidget(self)
        self.changes_list.setAccessibleName(self.tr("What changes"))
        self.changes_list.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.changes_list, 1)

    def clear(self) -> None:
        self.changes_list.clear()
        self.details.clear()

    def show_verified(self, report: VerifyReport) -> None:
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

    def counts(self, report: VerifyReport | InstallReport) -> str:
        c = report.changes
        return self.tr("add %s, update %s and remove %s entries") % (
            f"{len(c.added):,}",
            f"{len(c.updated):,}",
            f"{len(c.removed):,}",
        )

    def show_installed(self, report: InstallReport) -> None:
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

    def show_unchanged(self) -> None:
        self.details.setText(self.tr("Nothing was changed; the catalogue is as it was."))

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
