"""The list of search results under the search box: model, painting and the list widget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.i18n.languages import isolate_ltr
from desktop_app.plain_text import plain_tooltip
from desktop_app.reading.entry_html import kind_name
from desktop_app.userdata.marks import Marks

if TYPE_CHECKING:
    from search_index import Hit

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_CHIPS = 4


class ResultRole(IntEnum):
    SLUG = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    SNIPPET = Qt.ItemDataRole.UserRole + 3
    REGIONS = Qt.ItemDataRole.UserRole + 4
    TITLE = Qt.ItemDataRole.UserRole + 5  # the English title alone
    MARK = Qt.ItemDataRole.UserRole + 6  # ★ / ✎ when bookmarked / noted, else ""


class ResultsModel(QAbstractListModel):
    """Hits of the latest search, with region names resolved for the chips."""

    def __init__(
        self, region_name: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._marks = Marks()
        self._region_name = region_name or (lambda slug: slug)

    def set_marked(self, marks: Marks) -> None:
        """A bookmarked entry gets ★ before its title, one with a note ✎."""
        self._marks = marks
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 0))

    def set_region_names(self, region_name: Callable[[str], str]) -> None:
        self._region_name = region_name

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = self._marks.symbols(hit.slug)
            return f"{mark} {hit.title}" if mark else hit.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            mine = self._mine(hit.slug)
            text = f"{hit.title} — {kind_name(hit.kind)}{mine}"
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == ResultRole.SLUG:
            return hit.slug
        if role == ResultRole.KIND:
            return hit.kind
        if role == ResultRole.SNIPPET:
            return hit.snippet
        if role == ResultRole.REGIONS:
            return [self._region_name(r) for r in hit.regions]
        if role == ResultRole.TITLE:
            return hit.title
        if role == ResultRole.MARK:
            return self._marks.symbols(hit.slug)
        return None

    def _mine(self, slug: str) -> str:
        """What the marks mean, in words, for the tooltip and screen readers."""
        bookmarked, noted = slug in self._marks.bookmarked, slug in self._marks.noted
        if bookmarked and noted:
            return self.tr(" (bookmarked; has your note)")
        if bookmarked:
            return self.tr(" (bookmarked)")
        return self.tr(" (has your note)") if noted else ""


def _snippet_html(snippet: str, mark_color: str, mark_text: str) -> str:
    # Qt rich text knows no <mark>; the snippet is already escaped text plus <mark> tags only.
    style = f"background-color:{mark_color}; color:{mark_text}"
    return snippet.replace("<mark>", f'<span style="{style}">').replace("</mark>", "</span>")


class ResultDelegate(QStyledItemDelegate):
    """Paints one hit: title and kind badge, the snippet with marked words, region chips."""

    PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(0)

    def _mark_colors(self, palette: QPalette) -> tuple[str, str]:
        """Marked words keep their own contrast even on a selected (accent-coloured) row."""
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return ("#8a7300", "#ffffff") if dark else ("#ffe680", "#1a1a1a")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        chips = 1 if index.data(ResultRole.REGIONS) else 0
        return QSize(200, self.PADDING * 2 + line * (3 + chips) + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = option.fontMetrics.height()
        self._paint_title(painter, option, index, rect, text_color, selected)
        self._paint_snippet(painter, option, index, rect, text_color)
        chips = index.data(ResultRole.REGIONS) or []
        fill, ink = self.chip_colors(option.palette, selected)
        self._paint_chips(painter, option, chips, rect, rect.y() + line * 3 + 6, ink, fill)
        painter.restore()

    def _paint_title(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        rect: QRect,
        text_color: QColor,
        selected: bool,
    ) -> None:
        """The bold title, elided to leave room for the kind badge after it (on its left in a
        right-to-left row: the row begins at the right, as an Arabic reader expects)."""
        title, badge, badge_rect = self._title_layout(option, index, rect)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        align = _start(option.direction) | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            rect.x(), rect.y(), rect.width(), option.fontMetrics.height(), align, title
        )
        painter.setFont(option.font)
        fill, ink = self._badge_colors(option.palette, selected)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge_rect, 6, 6)
        painter.setPen(ink if ink is not None else text_color)
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

    def _title_layout(
        self, option: QStyleOptionViewItem, index: AnyIndex, rect: QRect
    ) -> tuple[str, str, QRectF]:
        """The elided bold title, the kind badge's text and where the badge goes (after it)."""
        metrics = option.fontMetrics
        badge = kind_name(str(index.data(ResultRole.KIND)))
        badge_width = metrics.horizontalAdvance(badge) + 14
        title_font = QFont(option.font)
        title_font.setBold(True)
        bold = QFontMetrics(title_font)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        title = bold.elidedText(
            _row_title(index) if rtl else str(index.data()),
            Qt.TextElideMode.ElideRight,
            rect.width() - badge_width - 8,
        )
        width = bold.horizontalAdvance(title)
        left = rect.right() + 1 - width - 8 - badge_width if rtl else rect.x() + width + 8
        return title, badge, QRectF(left, rect.y() + 1, badge_width, metrics.height() - 2)

    def badge_rect(self, option: QStyleOptionViewItem, index: AnyIndex) -> QRectF:
        """The kind badge of the row painted with `option` (tests sample its colour)."""
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        return self._title_layout(option, index, rect)[2]

    @staticmethod
    def _badge_colors(palette: QPalette, selected: bool) -> tuple[QColor, QColor | None]:
        """A tint of the accent on a plain row; on a selected (accent) row a tint of the accent
        would vanish, so the badge turns into a small plain-base label with plain text."""
        if selected:
            return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlphaF(0.18)
        return fill, None

    @staticmethod
    def chip_colors(palette: QPalette, selected: bool) -> tuple[QColor | None, QColor]:
        """The region chips' fill (None: a faint tint of their text) and text. Faint text on
        the selection colour would fall under 4.5:1, so on a selected row the chip is a deeper
        (or, under dark selected text, lighter) shade of the selection with the selection's own
        text colour."""
        if selected:
            ink = palette.color(QPalette.ColorRole.HighlightedText)
            accent = palette.color(QPalette.ColorRole.Highlight)
            return (accent.darker(140) if ink.lightness() >= 128 else accent.lighter(140)), ink
        muted = QColor(palette.color(QPalette.ColorRole.Text))
        muted.setAlphaF(0.7)
        return None, muted

    def _paint_snippet(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        rect: QRect,
        text_color: QColor,
    ) -> None:
        """Two lines of the snippet under the title, matched words marked."""
        line = option.fontMetrics.height()
        self._doc.setDefaultFont(option.font)
        self._doc.setTextWidth(rect.width())
        self._doc.setDefaultTextOption(_snippet_option(option.direction))
        self._doc.setHtml(
            _snippet_html(
                str(index.data(ResultRole.SNIPPET) or ""), *self._mark_colors(option.palette)
            )
        )
        painter.save()
        painter.translate(rect.x(), rect.y() + line + 2)
        painter.setClipRect(0, 0, rect.width(), line * 2 + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        self._doc.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def _paint_chips(
        painter: QPainter,
        option: QStyleOptionViewItem,
        chips: list[str],
        rect: QRect,
        y: int,
        muted: QColor,
        fill: QColor | None,
    ) -> None:
        """Region chips on the last line, from the row's start (the right in Arabic); '+N' when
        more than MAX_CHIPS. Names are English and "+N" is a number: each is drawn left to
        right in its own bidi island, so "(ECOWAS)" and "+4" keep their order."""
        metrics = option.fontMetrics
        line = metrics.height()
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        x = rect.x()
        chip_fill = QColor(muted)
        chip_fill.setAlphaF(0.12)
        more = len(chips) - MAX_CHIPS
        for name in chips[:MAX_CHIPS] + ([f"+{QLocale().toString(more)}"] if more > 0 else []):
            name = isolate_ltr(name)
            width = metrics.horizontalAdvance(name) + 12
            if x + width > rect.right():
                break
            left = rect.right() + 1 - (x - rect.x()) - width if rtl else x
            chip = QRectF(left, y, width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip_fill if fill is None else fill)
            painter.drawRoundedRect(chip, line / 2, line / 2)
            painter.setPen(muted)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += width + 6


def _start(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The row's start edge, whatever direction the painter guesses from the text."""
    rtl = direction == Qt.LayoutDirection.RightToLeft
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


def _row_title(index: AnyIndex) -> str:
    """The marks, then the English title as a left-to-right island: in a right-to-left row its
    own punctuation stays at its end ("Find in Entry…", not "…Find in Entry")."""
    mark = index.data(ResultRole.MARK) or ""
    title = isolate_ltr(index.data(ResultRole.TITLE) or "")
    return f"{mark} {title}" if mark else title


def _snippet_option(direction: Qt.LayoutDirection) -> QTextOption:
    """English text, left to right; aligned to the row's start (right in Arabic)."""
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if direction == Qt.LayoutDirection.RightToLeft:
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    return option


class ResultsList(QListView):
    """The list itself: never takes focus from the search box by keyboard, opens on click."""

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ResultDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setObjectName("results")
        self.setAccessibleName(self.tr("Search results"))
        self.setAccessibleDescription(
            self.tr("Entries matching the search; Up and Down move, Enter opens")
        )

    def move_selection(self, step: int) -> None:
        rows = self.model().rowCount()
        if rows == 0:
            return
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        row = max(0, min(rows - 1, current + step))
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab or F6 into the list: the row the cursor is on is shown chosen (Qt puts the
        cursor on the first row without selecting it), so the officer sees what Enter opens."""
        super().focusInEvent(event)
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().isSelected(current):
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.selectionModel().select(current, flag)

    def mark_opened(self, slug: str) -> None:
        """The result just opened becomes the current row (Enter without moving opens the
        first one): after Esc, Down goes on to the next result instead of back to it."""
        model = self.model()
        current = self.currentIndex()
        if current.isValid() and current.data(ResultRole.SLUG) == slug:
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ResultRole.SLUG) == slug:
                self.setCurrentIndex(index)
                return

    def selected_row(self) -> int:
        return self.currentIndex().row() if self.currentIndex().isValid() else -1
