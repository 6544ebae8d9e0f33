"""Print, Export Briefing to PDF and Copy Citation for the entry on screen.

What they say comes from the library (`stamp()`, `briefing_item()`, the bookmarks), read on the
"store" lane of the window's Operations; the preview, the dialog and the clipboard are filled
here on the GUI thread when the answer arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from desktop_app.briefing.briefing import briefing_html, citation, paint_document
from desktop_app.i18n.errors import said
from desktop_app.library.records import BriefingItem, Stamp
from desktop_app.plain_text import show_message

if TYPE_CHECKING:
    from desktop_app.briefing.briefing_dialog import BriefingDialog
    from desktop_app.library import Library
    from desktop_app.operations import Operations

LANE = "store"
Choice = tuple[str, str, bool]  # slug, title, ticked


def briefing_choices(library: Library, current: str | None) -> list[Choice]:
    """The entries a briefing offers: the one on screen (ticked), then the bookmarks (ticked
    only when no entry is on screen). Reads the store: call it on the store lane."""
    choices = [(current, library.title(current), True)] if current else []
    seen = {current}
    for row in library.bookmark_rows():
        if row.slug not in seen and library.catalogue.has_entry(row.slug):
            choices.append((row.slug, row.title, current is None))
            seen.add(row.slug)
    return choices


def briefing_items(library: Library, slugs: list[str], with_notes: bool) -> list[BriefingItem]:
    return [library.briefing_item(slug, with_notes) for slug in slugs]


class BriefingController(QObject):
    """Signals:
    sig_copied(str): a citation is on the clipboard.
    sig_dialog_shown(object): the briefing dialog is open (tests drive it from here).
    """

    sig_copied = Signal(str)
    """The citation text now on the clipboard."""
    sig_dialog_shown = Signal(object)
    """The BriefingDialog just opened."""

    def __init__(self, window: QMainWindow, ops: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._library: Library | None = None
        self._current: str | None = None
        self._dialog: BriefingDialog | None = None

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "print": self.print_entry,
            "export_pdf": self.export_briefing,
            "copy_citation": self.copy_citation,
        }

    def set_library(self, library: Library) -> None:
        self._library = library

    def on_entry(self, slug: str | None) -> None:
        self._current = slug

    def _run(self, work: Callable[[Library], object], done: Callable[[object], None]) -> None:
        library = self._library
        if library is None:
            return

        def failed(exc: BaseException) -> bool:
            show_message(self._window, self.tr("Field Reference"), said(exc))
            return True

        self._ops.run(lambda: work(library), done, on_failure=failed, lane=LANE)

    def copy_citation(self) -> None:
        slug = self._current
        if slug is None:
            return

        def read(library: Library) -> str:
            title = library.catalogue.entry(slug).title
            return citation(title, library.stamp(), library.info.title)

        self._run(read, lambda text: self._copied(str(text)))

    def _copied(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(self.tr("Copied: %s") % text, 4000)
        self.sig_copied.emit(text)

    def print_entry(self) -> None:
        slug = self._current
        if slug is None:
            return
        self._run(
            lambda library: (library.stamp(), library.briefing_item(slug, with_note=False)),
            self._preview,
        )

    def _preview(self, answer: object) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        stamp, item = answer  # type: ignore[misc]
        document = briefing_html(item.title, [item], stamp, with_title_page=False)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(self.tr("Print “%s”") % item.title)
        preview.paintRequested.connect(lambda device: paint_document(device, document, stamp))
        preview.exec()

    def export_briefing(self) -> None:
        current = self._current
        self._run(
            lambda library: (briefing_choices(library, current), library.stamp()),
            self._open_dialog,
        )

    def _open_dialog(self, answer: object) -> None:
        from desktop_app.briefing.briefing_dialog import BriefingDialog

        choices, stamp = answer  # type: ignore[misc]
        library = self._library
        assert library is not None and isinstance(stamp, Stamp)
        dialog = BriefingDialog(
            choices,
            lambda slugs, with_notes: briefing_items(library, slugs, with_notes),
            stamp,
            self._ops,
            self._window,
        )
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()  # window-modal, as before; no nested event loop to wait in
        self.sig_dialog_shown.emit(dialog)
