"""The briefing document and its PDF: one entry has no cover, short entries share pages, a
heading never ends a page, dates and page numbers follow the locale, and a right-to-left
interface lays out headings, cover and footer right to left while catalogue text stays LTR."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, QSizeF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument

from desktop_app.briefing.briefing import render_pdf
from desktop_app.briefing.document import (
    BriefingSpec,
    block_directions,
    build_document,
    footer_texts,
    heading_pages,
    paginate,
)
from desktop_app.library.records import BriefingItem, Stamp

STAMP = Stamp("2026.11.0", "2026-11-27", "2026-11-30 07:50:00 UTC")
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
PAGE = QSizeF(600, 800)


def item(title: str, body_lines: int = 2, note: str | None = None) -> BriefingItem:
    body = "\n\n".join(f"Paragraph {n} of {title}." for n in range(body_lines))
    return BriefingItem(title, "field", f"What {title} is about.", body, ("Europe",), (), note)


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


@pytest.fixture(autouse=True)
def _english(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


def test_one_entry_has_no_cover(qapp):
    spec = BriefingSpec("My briefing", (item("Research"),), STAMP)
    texts = [text for text, _ in block_directions(build_document(spec))]
    assert texts[0] == "Research" and "My briefing" not in texts
    data, pages = render_pdf(spec)
    assert pages == 1 and pdf_pages(data) == 1


def test_two_short_entries_share_a_page_after_the_cover(qapp):
    spec = BriefingSpec("My briefing", (item("Research"), item("Integration")), STAMP)
    texts = [text for text, _ in block_directions(build_document(spec))]
    assert texts[:2] == ["My briefing", "2 entries"]
    data, pages = render_pdf(spec)
    assert pages == 2 and pdf_pages(data) == 2  # the cover, then both entries on one page


def test_three_entries_flow_without_a_page_each(qapp):
    items = tuple(item(t) for t in ("Research", "Integration", "Return"))
    data, pages = render_pdf(BriefingSpec("B", items, STAMP))
    assert pages == 2 and pdf_pages(data) == 2


def _page(document: QTextDocument, block: QTextBlock, line: int) -> int:
    document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    return int((layout.position().y() + layout.lineAt(line).y()) // document.pageSize().height())


def test_a_heading_never_ends_a_page(qapp):
    """Whatever the length of the entry before it, the second entry's heading is on the page of
    its summary's first two lines."""
    moved = 0
    for lines in range(1, 40):
        spec = BriefingSpec("B", (item("First", lines), item("Second", note="n")), STAMP)
        document = build_document(spec)
        paginate(document, PAGE)
        block = document.begin()
        while not (block.text() == "Second" and block.blockFormat().headingLevel() == 2):
            block = block.next()
        heading_page = _page(document, block, 0)
        summary = block.next().next().next()
        assert summary.text() == "What Second is about."
        last_line = min(2, summary.layout().lineCount()) - 1
        assert _page(document, summary, last_line) == heading_page, lines
        moved += heading_page > _page(document, block.previous(), 0)
    assert moved  # some lengths did put the heading at a page bottom, and it moved


def test_dates_and_page_numbers_follow_the_locale(qapp):
    where, number = footer_texts(STAMP, 2, 5)
    assert number == "Page 2 of 5" and "27 November 2026" in where
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    where, number = footer_texts(STAMP, 2, 5)
    assert "٢" in number and "٥" in number and "2" not in number
    assert "نوفمبر" in where


def test_right_to_left_interface(qapp):
    spec = BriefingSpec("B", (item("Research", note="ملاحظتي"), item("Integration")), STAMP, True)
    directions = block_directions(build_document(spec))
    by_text = dict(directions)
    assert by_text["B"] == RTL and by_text["2 entries"] == RTL  # the cover
    assert by_text["Research"] == RTL and by_text["FIELD OF EXPERTISE"] == RTL  # headings
    assert by_text["What Research is about."] == LTR  # English catalogue text, per paragraph
    assert by_text["Paragraph 0 of Research."] == LTR
    assert by_text["ملاحظتي"] == Qt.LayoutDirection.LayoutDirectionAuto  # the note's own
    assert by_text["Regions: \u2068Europe\u2069"] == RTL  # names isolated inside the line
    ltr = dict(block_directions(build_document(BriefingSpec("B", spec.items, STAMP))))
    assert ltr["Research"] == LTR


def test_the_cover_lists_the_page_each_entry_starts_on(qapp):
    spec = BriefingSpec("B", (item("Long", 60), item("Short")), STAMP)
    document = build_document(spec)
    paginate(document, PAGE)
    pages = heading_pages(document)
    assert pages[0] == 2 and pages[1] > 2  # the cover is page 1; the long entry runs on
    numbered = build_document(replace(spec, contents_pages=pages))
    texts = [text for text, _ in block_directions(numbered)]
    assert texts[texts.index("Contents") + 1 :][:4] == [
        "1.  \u2068Long\u2069",
        "2",
        "2.  \u2068Short\u2069",
        str(pages[1]),
    ]


def test_a_long_briefing_is_laid_out_to_its_end_with_every_heading_kept(qapp):
    """Qt lays long documents out lazily; a page break set on one heading must not leave the
    blocks after it without lines (the page count would be short and headings unchecked)."""
    items = tuple(
        item(f"Entry {n}", 3 + (n * 7) % 11, note="n" if n % 3 else None) for n in range(40)
    )
    document = build_document(BriefingSpec("B", items, STAMP))
    pages = paginate(document, PAGE)
    block, headings = document.begin(), 0
    while block.isValid():
        document.documentLayout().blockBoundingRect(block)
        assert block.layout().lineCount() > 0, block.text()
        if block.blockFormat().headingLevel() == 2:
            headings += 1
            summary = block.next().next().next()
            assert _page(document, summary, 0) == _page(document, block, 0), block.text()
        block = block.next()
    assert headings == 40
    assert pages == document.pageCount() >= _page(document, document.lastBlock(), 0) + 1
