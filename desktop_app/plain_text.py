"""Data is shown as text, never as markup: the one helper for tooltips, labels and message boxes.

Qt guesses per string whether a QLabel, QMessageBox or tooltip is rich text (`Qt.mightBeRichText`:
roughly, "is there a tag before the first line break"). A bookmark folder, pack title, region name
or handover slug such as `<a href="file:///etc/passwd">x</a><img src="file:///dev/zero">` would
then be rendered: the link is clickable, and the image is *loaded* — reading /dev/zero aborts the
app with std::bad_alloc, on every hover. Labels and message boxes are therefore fixed to
`Qt.PlainText`; tooltips cannot be (QToolTip has no format setting), so their text is converted
by Qt's own `convertFromPlainText`: always rich text for Qt's guess, and every `<` in it escaped.
"""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QMessageBox, QWidget


@overload
def plain_tooltip(text: str) -> str: ...
@overload
def plain_tooltip(text: None) -> None: ...
def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows `text` literally, whatever it contains.

    Text that Qt would take as plain is returned unchanged (Qt shows it character for character).
    Text Qt would take as rich is converted by Qt's own `convertFromPlainText`: escaped, wrapped
    in a paragraph, so it stays rich for Qt's guess but holds no tag of its own. (Escaping alone
    is not enough: "a &amp; b" without a tag is plain for Qt and would show the entity.)
    """
    if not text or not QtGui.mightBeRichText(text):
        return text
    return QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    object_name: str = "",
) -> QMessageBox:
    """A non-blocking message box (call `.open()`) whose text is plain, deleted when closed.

    Error messages quote file names, slugs and titles from the file being refused; with the
    default AutoText a hostile one would render as a live link or load an image.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if object_name:
        box.setObjectName(object_name)
    return box


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    object_name: str = "",
) -> QMessageBox:
    """`message_box(...)` opened at once (window-modal, without a nested event loop)."""
    box = message_box(parent, title, text, icon, object_name)
    box.open()
    return box
