"""Printed and PDF briefings: the chosen entries with their regions, links and (optionally)
the officer's notes, a title page, and a footer stamping catalogue version, data date and page.

The HTML is built from escaped catalogue values (same rules as the entry view); pages are painted
one by one so every page gets the footer — QTextDocument.print_() cannot add one.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtGui import QPagedPaintDevice as PagedDevice

from desktop_app.library.records import BriefingItem, Stamp
from desktop_app.reading.entry_html import kind_name

BRIEFING_CSS = """
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 18px; }
p { line-height: 140%; } .kind { color: #555; font-size: 9pt; }
.meta { color: #333; font-size: 9.5pt; } .note { background-color: #fff8d6; padding: 6px; }
.title-page { font-size: 12pt; color: #333; }
"""


def citation(title: str, stamp: Stamp, catalogue_title: str = "ICMPD Fields of Expertise") -> str:
    return (
        f"“{title}”. {catalogue_title}, Field Reference catalogue {stamp.catalogue_version} "
        f"(data as of {stamp.data_as_of})."
    )


def briefing_html(
    title: str, items: Sequence[BriefingItem], stamp: Stamp, with_title_page: bool = True
) -> str:
    parts = []
    if with_title_page:
        listing = "".join(f"<li>{html.escape(i.title)}</li>" for i in items)
        parts.append(
            f"<h1>{html.escape(title)}</h1>"
            f'<p class="title-page">{len(items)} entr{"y" if len(items) == 1 else "ies"} · '
            f"catalogue {html.escape(stamp.catalogue_version)} · data as of "
            f"{html.escape(stamp.data_as_of)} · prepared {html.escape(stamp.created)}</p>"
            f"<ul>{listing}</ul>"
            '<p style="page-break-after: always;"></p>'
        )
    for number, item in enumerate(items):
        parts.append(
            f"<h2>{html.escape(item.title)}</h2>"
            f'<p class="kind">{html.escape(kind_name(item.kind).upper())}</p>'
        )
        if item.regions:
            parts.append(
                f'<p class="meta"><b>Regions:</b> {html.escape(", ".join(item.regions))}</p>'
            )
        if item.links:
            parts.append(
                f'<p class="meta"><b>Related:</b> {html.escape("; ".join(item.links))}</p>'
            )
        parts.append(f"<p><i>{html.escape(item.summary)}</i></p>")
        for paragraph in item.body.split("\n\n"):
            parts.append(f"<p>{html.escape(paragraph)}</p>")
        if item.note:
            note = html.escape(item.note).replace("\n", "<br>")
            parts.append(f'<p class="note"><b>My note:</b><br>{note}</p>')
        if number < len(items) - 1:
            parts.append('<p style="page-break-after: always;"></p>')
    return "".join(parts)


def paint_document(device: PagedDevice, document_html: str, stamp: Stamp) -> int:
    """Lay out the HTML on the device's pages with a footer on each; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting (is the file writable?)")
    try:
        layout = device.pageLayout()
        resolution = device.logicalDpiX()
        page_rect = layout.paintRectPixels(resolution)
        footer_height = resolution * 0.35
        doc = QTextDocument()
        doc.setDefaultStyleSheet(BRIEFING_CSS)
        font = QFont()
        font.setPointSizeF(10.5)
        doc.setDefaultFont(font)
        doc.documentLayout().setPaintDevice(device)
        doc.setHtml(document_html)
        body = QSizeF(page_rect.width(), page_rect.height() - footer_height)
        doc.setPageSize(body)
        pages = doc.pageCount()
        footer_font = QFont(font)
        footer_font.setPointSizeF(8)
        for page in range(pages):
            if page > 0:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            clip = QRectF(QPointF(0, page * body.height()), body)
            painter.setClipRect(clip)
            doc.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer_font)
            footer = QRectF(
                0, body.height() + footer_height * 0.2, page_rect.width(), footer_height * 0.8
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"Field Reference · catalogue {stamp.catalogue_version} · "
                f"data as of {stamp.data_as_of}",
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"Page {page + 1} of {pages}",
            )
        return pages
    finally:
        painter.end()


def write_pdf(path: str, document_html: str, stamp: Stamp, title: str) -> int:
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Field Reference")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    return paint_document(writer, document_html, stamp)
