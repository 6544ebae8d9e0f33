"""Tree rows draw their ★/✎ marks in a column at the row's end, so a narrow tree cuts the name
("Border Manag… ★"), never the mark ("Border Management ★…").

The mark comes from `TreeRole.MARK`; the row's text is elided to the room left before it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.tree.tree_model import NavigationTreeModel, TreeRole

GAP = 6  # px between the (cut) name and the mark, and after the mark

AnyIndex = QModelIndex | QPersistentModelIndex


def _mark(index: AnyIndex) -> str:
    """The row's mark, read from the model in Python: `index.data` would go out to C++ and back
    into Python, one more wait for the interpreter per painted row."""
    model = index.model()
    if isinstance(model, NavigationTreeModel):
        return model.mark_at(index)
    return index.data(TreeRole.MARK) or ""


class MarkDelegate(QStyledItemDelegate):
    """Paints the row as usual with its text elided before a reserved mark column."""

    def mark_rect(self, option: QStyleOptionViewItem, index: AnyIndex) -> QRect:
        """Where the mark is drawn: the end of the row's visible text area (empty: no mark)."""
        mark = _mark(index)
        if not mark:
            return QRect()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = self._text_rect(opt)
        width = opt.fontMetrics.horizontalAdvance(mark) + GAP
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            return QRect(text.left(), text.top(), width, text.height())
        return QRect(text.right() + 1 - width, text.top(), width, text.height())

    def _text_rect(self, opt: QStyleOptionViewItem) -> QRect:
        """The row's text area inside the style's text margins, cut to the visible viewport
        (the style would elide a name again if it were given the margins too)."""
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return QRect(opt.rect)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        text = text.adjusted(margin, 0, -margin, 0)
        viewport = opt.widget.viewport().rect() if hasattr(opt.widget, "viewport") else text
        return text.intersected(QRect(viewport.left(), text.top(), viewport.width(), text.height()))

    def text_width(self, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        """Room for the row's text, the mark's column included."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return self._text_rect(opt).width()

    def shown_name(self, option: QStyleOptionViewItem, index: AnyIndex) -> str:
        """The row's name as drawn: cut ("…") to the room the mark leaves."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        mark = self.mark_rect(option, index).width()
        room = self._text_rect(opt).width() - (mark + GAP if mark else 0)
        return opt.fontMetrics.elidedText(opt.text, opt.textElideMode, max(0, room))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        mark = _mark(index)
        if not mark:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        where = self.mark_rect(option, index)
        opt.text = self.shown_name(option, index)
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        painter.drawText(where, Qt.AlignmentFlag.AlignCenter, mark)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        mark = _mark(index)
        if mark:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(mark) + 2 * GAP)
        return size
