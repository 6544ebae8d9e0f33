"""Printed and PDF briefings: the document (document.py) painted page by page with a footer
stamping catalogue version, data date and page number — QTextDocument.print_() cannot add one.

`write_pdf` runs on a worker thread (the composer sends it through Operations): it paints into
memory and hands the bytes to `write_file_atomically`, so a read-only folder or a full disk is one
clear line (UnsafeFileError) and a failed save never leaves half a PDF behind.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtGui import QPagedPaintDevice as PagedDevice

from desktop_app.briefing.document import (
    BriefingSpec,
    build_document,
    footer_texts,
    heading_pages,
    paginate,
)
from desktop_app.library.records import Stamp

FOOTER_INCHES = 0.35
MARGINS_MM = QMarginsF(18, 18, 18, 14)


def citation(title: str, stamp: Stamp, catalogue_title: str = "ICMPD Fields of Expertise") -> str:
    return (
        f"“{title}”. {catalogue_title}, Field Reference catalogue {stamp.catalogue_version} "
        f"(data as of {stamp.data_as_of})."
    )


def page_size_for_locale() -> QPageSize:
    """Letter where paper is Letter (the US system of measurement), A4 everywhere else."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def paint_document(device: PagedDevice, spec: BriefingSpec) -> int:
    """Lay the briefing out on the device's pages with a footer on each; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting")
    try:
        resolution = device.logicalDpiX()
        page_rect = device.pageLayout().paintRectPixels(resolution)
        footer_height = resolution * FOOTER_INCHES
        body = QSizeF(page_rect.width(), page_rect.height() - footer_height)
        document, pages = _laid_out(spec, device, body)
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(8)
        direction = Qt.LayoutDirection.RightToLeft if spec.rtl else Qt.LayoutDirection.LeftToRight
        painter.setLayoutDirection(direction)
        for page in range(pages):
            if page > 0:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            document.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer_font)
            footer = QRectF(
                0, body.height() + footer_height * 0.2, page_rect.width(), footer_height * 0.8
            )
            _paint_footer(painter, footer, spec, page + 1, pages)
        return pages
    finally:
        painter.end()


def _laid_out(spec: BriefingSpec, device: PagedDevice, body: QSizeF) -> tuple[QTextDocument, int]:
    """The document on pages; with a cover, laid out twice so its contents give each entry's
    page (the cover is a page of its own, so the numbers do not move the entries)."""
    document = build_document(spec)
    document.documentLayout().setPaintDevice(device)
    pages = paginate(document, body)
    if spec.has_cover:
        numbered = replace(spec, contents_pages=heading_pages(document))
        document = build_document(numbered)
        document.documentLayout().setPaintDevice(device)
        pages = paginate(document, body)
    return document, pages


def _paint_footer(
    painter: QPainter, rect: QRectF, spec: BriefingSpec, page: int, pages: int
) -> None:
    """The stamp at the start of the line, the page number at its end: left and right in a
    left-to-right interface, mirrored in a right-to-left one."""
    where, number = footer_texts(spec.stamp, page, pages)
    start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    if spec.rtl:
        start, end = end, start
    middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute  # no second flip
    painter.drawText(rect, start | middle, where)
    painter.drawText(rect, end | middle, number)


def render_pdf(spec: BriefingSpec) -> tuple[bytes, int]:
    """The briefing as PDF bytes and its page count (any thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(spec.title)
    writer.setCreator("Field Reference")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            page_size_for_locale(),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = paint_document(writer, spec)
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(path: str, spec: BriefingSpec) -> int:
    """Write the briefing to `path` atomically; returns its page count. Raises UnsafeFileError
    (one line: read-only folder, full disk, a device at the path) when it cannot be written."""
    from db.safe_files import write_file_atomically

    data, pages = render_pdf(spec)
    write_file_atomically(path, data)
    return pages
