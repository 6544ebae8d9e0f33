"""The briefing as a QTextDocument, the one source of the composer's preview, the PDF and the
printout.

Built block by block with QTextCursor rather than from HTML, so each block can carry what HTML
cannot say to Qt: its own direction (interface words follow the application's layout direction,
English catalogue text stays left-to-right per paragraph, the officer's note follows its own
text) and whether it must stay on the page of the text after it (a heading never ends a page).
Entries flow one after another; a cover page comes only with two entries or more.

Catalogue and note text is inserted as plain text, never parsed as markup. Nothing here touches a
widget: the PDF is built on a worker thread (QTextDocument is reentrant; fonts render in threads
on every platform Qt supports for PDF output).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSizeF, Qt, QTimeZone
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)

from desktop_app.library.records import BriefingItem, Stamp
from desktop_app.reading.entry_html import kind_name

KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
"""Block property: this block stays on the page of the first lines of the block after it."""
KEEP_LINES = 2  # a heading keeps at least this many lines of its text on its page
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
AUTO = Qt.LayoutDirection.LayoutDirectionAuto
FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate: English names inside Arabic lines
BASE_POINTS = 10.5


@dataclass(frozen=True, slots=True)
class BriefingSpec:
    """Everything a briefing document is made of; plain data, safe to hand to a worker."""

    title: str
    items: tuple[BriefingItem, ...]
    stamp: Stamp
    rtl: bool = False  # the interface reads right to left (Arabic)
    contents_pages: tuple[int, ...] = ()  # each entry's first page, once laid out on pages

    @property
    def has_cover(self) -> bool:
        return len(self.items) > 1


@dataclass(frozen=True, slots=True)
class _Style:
    points: float = BASE_POINTS
    bold: bool = False
    italic: bool = False
    color: str | None = None
    above: float = 0.0  # points
    below: float = 4.0
    heading: int = 0


STYLES = {
    "cover_title": _Style(22, bold=True, below=10, heading=1),
    "cover_line": _Style(11, color="#333333", below=3),
    "cover_heading": _Style(12, bold=True, above=14, below=4),
    "cover_list": _Style(11),
    "heading": _Style(15, bold=True, above=16, below=2, heading=2),
    "kind": _Style(8.5, color="#555555", below=3),
    "meta": _Style(9.5, color="#333333", below=2),
    "summary": _Style(italic=True, above=4, below=6),
    "body": _Style(below=6),
    "note_label": _Style(9.5, bold=True, above=4, below=1),
    "note": _Style(below=6),
}
NOTE_BACKGROUND = "#fff8d6"


def isolate(text: str) -> str:
    """Text from the catalogue inside an interface sentence: its direction does not leak."""
    return f"{FSI}{text}{PDI}"


def _long_date(date: QDate) -> str:
    """The locale's long date without the weekday ("27 November 2026", "27 novembre 2026")."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"^\s*dddd[\s,،]*|[\s,،]*dddd\s*$", "", pattern)
    return locale.toString(date, pattern)


def local_date(iso_date: str) -> str:
    """ "2026-11-27" as a long date in the interface locale (the text itself if not a date)."""
    date = QDate.fromString(iso_date, Qt.DateFormat.ISODate)
    return _long_date(date) if date.isValid() else iso_date


def local_moment(stamp_text: str) -> str:
    """The stamp's UTC time ("YYYY-MM-DD HH:MM:SS UTC") as local time in the locale's format."""
    moment = QDateTime.fromString(stamp_text.removesuffix(" UTC"), "yyyy-MM-dd HH:mm:ss")
    if not moment.isValid():
        return stamp_text
    moment.setTimeZone(QTimeZone.utc())
    local = moment.toLocalTime()
    time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{_long_date(local.date())} {time}"


def footer_texts(stamp: Stamp, page: int, pages: int) -> tuple[str, str]:
    """(the stamp, "Page 2 of 5"), numbers and dates in the interface locale."""
    locale = QLocale()
    where = QCoreApplication.translate("Briefing", "Field Reference · catalogue %1 · data as of %2")
    where = where.replace("%1", isolate(stamp.catalogue_version)).replace(
        "%2", isolate(local_date(stamp.data_as_of))
    )
    number = QCoreApplication.translate("Briefing", "Page %1 of %2")
    number = number.replace("%1", locale.toString(page)).replace("%2", locale.toString(pages))
    return where, number


class _Writer:
    """Appends styled blocks to a document; the first call fills the document's empty block."""

    def __init__(self, document: QTextDocument, rtl: bool) -> None:
        self.cursor = QTextCursor(document)
        self.ui = RTL if rtl else LTR
        self._first = True

    def block(
        self,
        text: str,
        style: str,
        direction: Qt.LayoutDirection | None = None,
        *,
        keep: bool = False,
        break_before: bool = False,
        background: str | None = None,
    ) -> None:
        block_format, char_format = self.formats(style, direction)
        block_format.setProperty(KEEP_WITH_NEXT, keep)
        if break_before:
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if background:
            block_format.setBackground(QColor(background))
        if self._first:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self._first = False
        else:
            self.cursor.insertBlock(block_format, char_format)
        self.cursor.insertText(text, char_format)

    def formats(
        self, style: str, direction: Qt.LayoutDirection | None = None
    ) -> tuple[QTextBlockFormat, QTextCharFormat]:
        look = STYLES[style]
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(self.ui if direction is None else direction)
        block_format.setTopMargin(look.above * 1.33)
        block_format.setBottomMargin(look.below * 1.33)
        block_format.setHeadingLevel(look.heading)
        char_format = QTextCharFormat()
        char_format.setFontPointSize(look.points)
        char_format.setFontWeight(QFont.Weight.Bold if look.bold else QFont.Weight.Normal)
        char_format.setFontItalic(look.italic)
        if look.color:
            char_format.setForeground(QColor(look.color))
        return block_format, char_format

    def contents(self, titles: Sequence[str], pages: Sequence[int]) -> None:
        """The cover's table of contents: number and title, then the page when it is known."""
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setCellPadding(1)
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Qt lays tables out left to right only: a right-to-left contents is mirrored by hand
        # (page column first), each cell keeping the interface's direction.
        rtl = self.ui == RTL
        widths = (12, 88) if rtl else (88, 12)
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        table = self.cursor.insertTable(len(titles), 2, table_format)
        locale = QLocale()
        page_column = 0 if rtl else 1
        edge = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        for row, title in enumerate(titles):
            number = f"{locale.toString(row + 1)}.  {isolate(title)}"
            page = locale.toString(pages[row]) if row < len(pages) else ""
            for column in (0, 1):
                text = page if column == page_column else number
                block_format, char_format = self.formats("cover_list")
                if column == page_column:
                    block_format.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
                cell = table.cellAt(row, column).firstCursorPosition()
                cell.setBlockFormat(block_format)
                cell.insertText(text, char_format)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._first = True  # the empty block Qt leaves after a table takes the next text


def _cover(writer: _Writer, spec: BriefingSpec) -> None:
    stamp, count = spec.stamp, len(spec.items)
    writer.block(spec.title, "cover_title")
    lines = (
        # never 1 (no cover). Looked up WITHOUT n: pyside6-lupdate extracts a translate() whose n
        # is a variable as a plain message, which a lookup with n misses (English on the page)
        QCoreApplication.translate("Briefing", "%Ln entries").replace(
            "%Ln", QLocale().toString(count)
        ),
        QCoreApplication.translate("Briefing", "Catalogue %1").replace(
            "%1", isolate(stamp.catalogue_version)
        ),
        QCoreApplication.translate("Briefing", "Data as of %1").replace(
            "%1", isolate(local_date(stamp.data_as_of))
        ),
        QCoreApplication.translate("Briefing", "Prepared %1").replace(
            "%1", isolate(local_moment(stamp.created))
        ),
    )
    for line in lines:
        writer.block(line, "cover_line")
    writer.block(QCoreApplication.translate("Briefing", "Contents"), "cover_heading")
    writer.contents([item.title for item in spec.items], spec.contents_pages)


def _entry(writer: _Writer, item: BriefingItem, first_after_cover: bool) -> None:
    writer.block(item.title, "heading", keep=True, break_before=first_after_cover)
    writer.block(kind_name(item.kind).upper(), "kind", keep=True)
    if item.regions:
        line = QCoreApplication.translate("Briefing", "Regions: %1")
        writer.block(line.replace("%1", isolate(", ".join(item.regions))), "meta", keep=True)
    if item.links:
        line = QCoreApplication.translate("Briefing", "Related: %1")
        writer.block(line.replace("%1", isolate("; ".join(item.links))), "meta", keep=True)
    writer.block(item.summary, "summary", LTR)
    for paragraph in item.body.split("\n\n"):
        if paragraph.strip():
            writer.block(paragraph.strip(), "body", LTR)
    if item.note:
        label = QCoreApplication.translate("Briefing", "My note")
        writer.block(label, "note_label", keep=True, background=NOTE_BACKGROUND)
        for paragraph in item.note.split("\n"):
            writer.block(paragraph, "note", AUTO, background=NOTE_BACKGROUND)


def build_document(spec: BriefingSpec) -> QTextDocument:
    """The briefing's text, not yet paginated (see `paginate`)."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    font = QFont()
    font.setPointSizeF(BASE_POINTS)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(RTL if spec.rtl else LTR)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, spec.title)
    writer = _Writer(document, spec.rtl)
    if spec.has_cover:
        _cover(writer, spec)
    for number, item in enumerate(spec.items):
        _entry(writer, item, first_after_cover=spec.has_cover and number == 0)
    return document


def paginate(document: QTextDocument, page: QSizeF) -> int:
    """Lay the document out on pages of `page` size, moving a heading (with its kind and region
    lines) to the next page when its first lines of text would not fit under it. Returns the
    page count."""
    document.setPageSize(page)
    height = page.height()
    block = document.begin()
    while block.isValid():
        if not _keeps(block):
            block = block.next()
            continue
        run_end = block
        while run_end.next().isValid() and _keeps(run_end.next()):
            run_end = run_end.next()
        target = run_end.next()
        top = _line_top(block, 0)
        bottom = _line_bottom(target) if target.isValid() else _line_bottom(run_end)
        at_page_top = top % height < height * 0.05
        if int(bottom // height) > int(top // height) and not at_page_top:
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
            # Qt relays out only the changed block and may leave later ones without lines
            document.markContentsDirty(block.position(), document.characterCount())
            document.pageCount()
        block = target
    return document.pageCount()


def heading_pages(document: QTextDocument) -> tuple[int, ...]:
    """The page (from 1) each entry starts on, in order, once `paginate` has run."""
    height = document.pageSize().height()
    pages = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == STYLES["heading"].heading:
            pages.append(int(_line_top(block, 0) // height) + 1)
        block = block.next()
    return tuple(pages)


def _keeps(block: QTextBlock) -> bool:
    return bool(block.blockFormat().property(KEEP_WITH_NEXT))


def _line_top(block: QTextBlock, line: int) -> float:
    """The top of the block's line `line`, in document coordinates."""
    rect = block.document().documentLayout().blockBoundingRect(block)  # lays the block out
    layout = block.layout()
    if layout.lineCount() <= line:  # not laid out: an invalid QTextLine would crash
        return rect.top()
    return layout.position().y() + layout.lineAt(line).y()


def _line_bottom(block: QTextBlock) -> float:
    """The bottom of the block's KEEP_LINES-th line (its last, if it has fewer)."""
    rect = block.document().documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout.lineCount() == 0:
        return rect.bottom()
    line = layout.lineAt(min(KEEP_LINES, layout.lineCount()) - 1)
    return layout.position().y() + line.y() + line.height()


def block_directions(document: QTextDocument) -> Sequence[tuple[str, Qt.LayoutDirection]]:
    """(text, direction) of every block: what tests and the RTL check read."""
    out = []
    block = document.begin()
    while block.isValid():
        out.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    return out
