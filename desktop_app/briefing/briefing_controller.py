"""Print, Compose a Briefing (PDF) and Copy Citation.

The document and PDF modules load when first used, not with the window (~8 ms of start-up).

What they say comes from the library (`stamp()`, `briefing_item()`, bookmarks, history), read on
the "store" lane of the window's Operations; the search results are taken from the window as
they are on screen. The composer, the print preview and the clipboard are filled here on the
GUI thread when the answer arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from desktop_app.briefing.saving import SaveFolder
from desktop_app.briefing.sources import Candidate, Sources, read_sources
from desktop_app.i18n.errors import said
from desktop_app.library.records import BriefingItem, Stamp
from desktop_app.plain_text import show_message

if TYPE_CHECKING:
    from desktop_app.briefing.composer import BriefingComposer
    from desktop_app.library import Library
    from desktop_app.operations import Operations
    from desktop_app.settings_store import SettingsStore

LANE = "store"
SAVED_MS = 10_000


def briefing_items(library: Library, slugs: list[str], with_notes: bool) -> list[BriefingItem]:
    return [library.briefing_item(slug, with_notes) for slug in slugs]


def results_on_screen(window: QMainWindow) -> tuple[Candidate, ...]:
    """The entries of the search the window shows now (region pages are not entries)."""
    model = getattr(window, "results_model", None)
    if model is None:
        return ()
    hits = (model.hit(row) for row in range(model.rowCount()))
    return tuple(Candidate(h.slug, h.title, h.kind) for h in hits if h and h.kind != "region")


class BriefingController(QObject):
    """Signals:
    sig_copied(str): a citation is on the clipboard.
    sig_dialog_shown(object): the briefing composer is open (tests drive it from here).
    sig_preview_shown(object): a print preview dialog is open.
    """

    sig_copied = Signal(str)
    """The citation text now on the clipboard."""
    sig_dialog_shown = Signal(object)
    """The BriefingComposer just opened."""
    sig_preview_shown = Signal(object)
    """The QPrintPreviewDialog just opened."""

    def __init__(self, window: QMainWindow, ops: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops
        self._library: Library | None = None
        self._current: str | None = None
        self._folder = SaveFolder(None)
        self._dialog: BriefingComposer | None = None
        self._kept: list[Candidate] = []  # the composer's unsaved list when it last closed

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "print": self.print_entry,
            "export_pdf": self.export_briefing,
            "copy_citation": self.copy_citation,
        }

    def set_library(self, library: Library) -> None:
        self._library = library

    def set_settings(self, settings: SettingsStore) -> None:
        """Where briefings were last saved is remembered there."""
        self._folder = SaveFolder(settings)

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
            from desktop_app.briefing.briefing import citation  # the PDF machinery: on first use

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
            self._print_one,
        )

    def _print_one(self, answer: object) -> None:
        from desktop_app.briefing.document import BriefingSpec

        stamp, item = answer  # type: ignore[misc]
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.print_preview(BriefingSpec(item.title, (item,), stamp, rtl))

    def print_preview(self, spec: object) -> None:
        from desktop_app.briefing.document import BriefingSpec
        from desktop_app.briefing.print_preview import open_print_preview

        assert isinstance(spec, BriefingSpec)
        parent = self._dialog if self._dialog is not None and self._dialog.isVisible() else None
        self.sig_preview_shown.emit(open_print_preview(parent or self._window, spec))

    def export_briefing(self) -> None:
        current, results = self._current, results_on_screen(self._window)
        self._run(
            lambda library: (read_sources(library, current, results), library.stamp()),
            self._open_composer,
        )

    def _open_composer(self, answer: object) -> None:
        from desktop_app.briefing.composer import BriefingComposer

        sources, stamp = answer  # type: ignore[misc]
        library = self._library
        assert library is not None and isinstance(sources, Sources) and isinstance(stamp, Stamp)
        if self._dialog is not None and not self._dialog.busy():
            self._dialog.deleteLater()  # kept until now: a save reports to it (a busy one
            # stays, a child of the window, until its save has landed)
        dialog = BriefingComposer(
            sources,
            stamp,
            self._ops,
            lambda slugs, with_notes: briefing_items(library, slugs, with_notes),
            self._folder,
            self._window,
            self._kept,
        )
        dialog.finished.connect(lambda _result: self._keep(dialog))
        dialog.sig_saved.connect(self._saved)
        dialog.sig_print.connect(self.print_preview)
        self._dialog = dialog
        dialog.open()  # window-modal, no nested event loop to wait in
        self.sig_dialog_shown.emit(dialog)

    def _keep(self, dialog: BriefingComposer) -> None:
        """Closing never throws unsaved entries away: the next composer shows them again (for
        this session), rather than asking "discard?" each time; a saved list starts afresh."""
        self._kept = dialog.unsaved()

    def _saved(self, path: str, pages: int) -> None:
        self._window.statusBar().showMessage(
            (
                self.tr("Briefing saved: %1 (%Ln page)", "", pages)
                if pages == 1
                else self.tr("Briefing saved: %1 (%Ln pages)", "", pages)
            ).replace("%1", path),
            SAVED_MS,
        )
