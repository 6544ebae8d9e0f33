"""Ctrl+Shift+E: the briefing composer. Pick entries from the search on screen, the bookmarks, the
history or the whole catalogue, put them in order, see the document as it will print, save it.

Flows (docs/architecture.md §8): the chosen entries (with the officer's notes if asked for) are
read on the "store" lane; the preview is built on the GUI thread from the same document the PDF
uses; Save writes the PDF on the "briefing" lane (briefing.write_pdf, off the GUI thread) and
then shows Open / Show in Folder. A failure is one line, here and on the window's error path.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPageLayout, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.briefing import briefing
from desktop_app.briefing.document import BriefingSpec, build_document, paginate
from desktop_app.briefing.picker import ChosenList, EntryPicker
from desktop_app.briefing.saving import SavedBar, SaveFolder, ask_save_path, safe_file_name
from desktop_app.briefing.sources import Candidate, Sources
from desktop_app.i18n.errors import said
from desktop_app.library.records import BriefingItem, Stamp
from desktop_app.mainwindow import room

if TYPE_CHECKING:
    from desktop_app.operations import Operations

ReadItems = Callable[[list[str], bool], list[BriefingItem]]
SCREEN_SHARE = (0.9, 0.88)  # of the available screen: the composer is a workspace
PREVIEW_DPI = 96


class BriefingComposer(QDialog):
    """Signals:
    sig_preview_ready(int): the preview shows the chosen entries; about this many pages.
    sig_saved(str, int): a PDF was written (path, pages).
    sig_print(object): print this BriefingSpec (the controller opens the print preview).
    """

    sig_preview_ready = Signal(int)
    """The preview is up to date: the estimated page count (0: nothing chosen)."""
    sig_saved = Signal(str, int)
    """The PDF at this path was written with this many pages."""
    sig_print = Signal(object)
    """The officer asked to print the briefing (a BriefingSpec)."""

    def __init__(
        self,
        sources: Sources,
        stamp: Stamp,
        ops: Operations,
        read_items: ReadItems,
        folder: SaveFolder,
        parent: QWidget | None = None,
        kept: Sequence[Candidate] = (),
    ) -> None:
        """read_items(slugs, with_notes) runs on the store lane of ops; `kept`: the entries
        chosen when the composer last closed (this session), shown again instead of the
        current entry."""
        super().__init__(parent)
        self.setObjectName("briefingComposer")
        self.setWindowTitle(self.tr("Compose a Briefing"))
        self._ops, self._read_items, self._stamp, self._folder = ops, read_items, stamp, folder
        self._items: dict[tuple[str, bool], BriefingItem] = {}
        self._generation = 0
        self._busy = False
        self._document: QTextDocument | None = None
        self._saved_slugs: list[str] | None = None  # the list as last saved (None: never)
        self._build(sources)
        self._connect_signals()
        if kept:
            self.chosen.add(kept)
        elif sources.current is not None:
            self.chosen.add([sources.current])
        self._size_to_screen()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _build(self, sources: Sources) -> None:
        self.picker = EntryPicker(sources, self)
        self.chosen = ChosenList(self)
        self.title = QLineEdit(self.tr("Briefing"), self)
        self.title.setAccessibleName(self.tr("Briefing title"))
        self.with_notes = QCheckBox(self.tr("Include my &notes"), self)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the briefing"))
        self.preview.setOpenLinks(False)
        self.pages = QLabel(self)
        self.saved = SavedBar(self)
        self.add_button = self._button(self.tr("&Add"), self.picker.add_selected)
        self.remove_button = self._button(self.tr("&Remove"), self.chosen.remove_current)
        self.up_button = self._button(self.tr("Move &Up"), lambda: self.chosen.move_current(-1))
        self.down_button = self._button(self.tr("Move &Down"), lambda: self.chosen.move_current(1))
        self.print_button = self._button(self.tr("&Print…"), self.print_briefing)
        self.save_button = self._button(self.tr("&Save PDF…"), self.save)
        self.close_button = self._button(self.tr("Close"), self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._column(self.tr("Entries"), self.picker, [self.add_button]))
        splitter.addWidget(
            self._column(
                self.tr("&In the briefing"),
                self.chosen,
                [self.up_button, self.down_button, self.remove_button],
            )
        )
        splitter.addWidget(self._column(self.tr("Previe&w"), self.preview, [self.pages]))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(self._options())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.saved)
        layout.addLayout(self._footer())
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab walks the dialog as it reads: options, where entries come from, the briefing,
        the preview, then the result and the dialog's buttons."""
        chain = [
            self.title,
            self.with_notes,
            self.picker.tabs,
            self.picker.filter,
            self.picker.list,
            self.add_button,
            self.chosen,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.preview,
            self.saved.open_button,
            self.saved.folder_button,
            self.print_button,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter belongs to the lists, never to a button
        button.clicked.connect(lambda: slot())
        return button

    def _column(self, heading: str, body: QWidget, below: list[QWidget]) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 0, 4, 0)
        label = QLabel(heading, column)
        label.setBuddy(body)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
        layout.addWidget(body, 1)
        row = QHBoxLayout()
        for widget in below:
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        return column

    def _options(self) -> QGridLayout:
        grid = QGridLayout()
        label = QLabel(self.tr("&Title"), self)
        label.setBuddy(self.title)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.with_notes, 0, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def _footer(self) -> QHBoxLayout:
        hint = QLabel(
            self.tr(
                "Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down "
                "reorders · Ctrl+S saves · An unsaved list is kept until you quit"
            ),
            self,
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)  # one long line would make the dialog wider than a netbook
        hint.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        return row

    def _size_to_screen(self) -> None:
        area = room.available_area(self.parentWidget() or self)
        self.resize(int(area.width() * SCREEN_SHARE[0]), int(area.height() * SCREEN_SHARE[1]))

    def _connect_signals(self) -> None:
        self.picker.sig_add.connect(self.chosen.add)
        self.chosen.sig_changed.connect(self.refresh)
        self.with_notes.toggled.connect(lambda _on: self.refresh())
        self.title.textChanged.connect(lambda _text: self.refresh())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # no default button: Enter adds, it never saves or closes
        else:
            super().keyPressEvent(event)

    # -- the document ------------------------------------------------------------------------

    def spec(self, items: list[BriefingItem]) -> BriefingSpec:
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        title = self.title.text().strip() or self.tr("Briefing")
        return BriefingSpec(title, tuple(items), self._stamp, rtl)

    def refresh(self) -> None:
        """Bring the preview up to date, reading the entries not read yet on the store lane."""
        self._generation += 1
        generation = self._generation
        notes = self.with_notes.isChecked()
        missing = [s for s in self.chosen.slugs() if (s, notes) not in self._items]
        if not missing:
            self._show_preview()
            return

        def landed(items: list[BriefingItem]) -> None:
            self._items.update({(s, notes): i for s, i in zip(missing, items, strict=True)})
            if generation == self._generation:
                self._show_preview()

        self._ops.run(lambda: self._read_items(missing, notes), landed, lane="store")

    def _chosen_items(self) -> list[BriefingItem]:
        notes = self.with_notes.isChecked()
        return [self._items[(s, notes)] for s in self.chosen.slugs()]

    def _show_preview(self) -> None:
        items = self._chosen_items()
        if not items:
            self.preview.setPlainText(
                self.tr("Add entries from the list on the left: they appear here as printed.")
            )
            self.pages.setText("")
            self.sig_preview_ready.emit(0)
            return
        spec = self.spec(items)
        document = build_document(spec)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        if self._document is not None:  # ours: the browser deletes only documents it made
            self._document.deleteLater()
        self._document = document
        pages = self._estimate_pages(spec)
        self.pages.setText(
            self.tr("About %Ln page", "", pages)
            if pages == 1
            else self.tr("About %Ln pages", "", pages)
        )
        self.sig_preview_ready.emit(pages)

    @staticmethod
    def _estimate_pages(spec: BriefingSpec) -> int:
        """Pages at screen resolution: the PDF's count, give or take rounding."""
        layout = QPageLayout(
            briefing.page_size_for_locale(),
            QPageLayout.Orientation.Portrait,
            briefing.MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
        body = layout.paintRectPixels(PREVIEW_DPI).size().toSizeF()
        body.setHeight(body.height() - PREVIEW_DPI * briefing.FOOTER_INCHES)
        return paginate(build_document(spec), body)

    # -- print and save ----------------------------------------------------------------------

    def print_briefing(self) -> None:
        if self.chosen.count() and self._ready():
            self.sig_print.emit(self.spec(self._chosen_items()))

    def _ready(self) -> bool:
        notes = self.with_notes.isChecked()
        return all((s, notes) in self._items for s in self.chosen.slugs())

    def save(self) -> None:
        """Ask where (the last folder, else Documents), then write the PDF off the GUI thread."""
        if not self.chosen.count():
            self.saved.show_problem(self.tr("Add at least one entry first."))
            return
        name = safe_file_name(self.title.text(), self.tr("Briefing"))
        start = f"{self._folder.folder()}/{name}"
        path = ask_save_path(self, self.tr("Save Briefing"), start, self.tr("PDF files (*.pdf)"))
        if path:
            self._folder.remember(path)
            self.save_to(path)

    def save_to(self, path: str) -> None:
        if self._busy or not self.chosen.count():
            return
        self._set_busy(True)
        slugs, notes = self.chosen.slugs(), self.with_notes.isChecked()

        def write(items: list[BriefingItem]) -> None:
            spec = self.spec(items)
            self._ops.run(
                lambda: briefing.write_pdf(path, spec),
                lambda pages: self._saved(path, pages),
                on_failure=self._failed,
                lane="briefing",
            )

        self._ops.run(
            lambda: self._read_items(slugs, notes), write, on_failure=self._failed, lane="store"
        )

    def busy(self) -> bool:
        """A save is running: its result will be delivered to this dialog."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        if busy:
            self.saved.show_problem(self.tr("Saving…"))

    def unsaved(self) -> list[Candidate]:
        """The chosen entries, unless they are exactly what was last saved (then none): what
        the next composer of this session shows again."""
        chosen = self.chosen.candidates()
        return [] if [c.slug for c in chosen] == self._saved_slugs else chosen

    def _saved(self, path: str, pages: int) -> None:
        self._saved_slugs = self.chosen.slugs()
        self._set_busy(False)
        self.saved.show_saved(path, pages)
        self.sig_saved.emit(path, pages)

    def _failed(self, exc: BaseException) -> bool:
        """Said here, then passed on (False) to the window's one error path, in the same words."""
        self._set_busy(False)
        self.saved.show_problem(said(exc))
        return False
