"""Where a briefing is saved and what the officer sees afterwards.

`SaveFolder`: the save dialog starts in the folder of the last briefing (remembered in the
settings), else in Documents. `SavedBar`: the line under the composer that says the PDF is
written, with Open and Show in Folder, or says in one line why it is not.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.plain_text import plain_tooltip

if TYPE_CHECKING:
    from desktop_app.settings_store import SettingsStore


def documents_folder() -> str:
    """The officer's Documents folder (their home when the platform has none)."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return os.path.expanduser("~")


def safe_file_name(title: str, fallback: str) -> str:
    """The title as a file name: no path separators or characters Windows refuses."""
    name = "".join("-" if c in '<>:"/\\|?*' or not c.isprintable() else c for c in title)
    return (name.strip(" .") or fallback)[:120] + ".pdf"


class SaveFolder:
    """The folder a save starts in, remembered across runs (`briefing_folder` setting)."""

    def __init__(self, settings: SettingsStore | None) -> None:
        self._settings = settings

    def folder(self) -> str:
        last = self._settings.values.briefing_folder if self._settings is not None else ""
        return last if last and os.path.isdir(last) else documents_folder()

    def remember(self, path: str) -> None:
        if self._settings is not None:
            self._settings.update(briefing_folder=os.path.dirname(os.path.abspath(path)))


def ask_save_path(parent: QWidget, caption: str, start: str, file_filter: str) -> str:
    """The save dialog (tests replace this function); "" when the officer cancels."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, start, file_filter)
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


class SavedBar(QFrame):
    """Signals:
    sig_opened(str): Open or Show in Folder handed this URL's path to the desktop.
    """

    sig_opened = Signal(str)
    """The file or folder given to QDesktopServices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingSavedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # stands out in either theme
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths and error text
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.folder_button = QPushButton(self.tr("Show in &Folder"), self)
        for button in (self.open_button, self.folder_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.path = ""
        self.open_button.clicked.connect(lambda: self._open(self.path))
        self.folder_button.clicked.connect(lambda: self._open(os.path.dirname(self.path)))
        self.hide()

    def show_saved(self, path: str, pages: int) -> None:
        self.path = path
        text = (
            self.tr("Saved “%1” · %Ln page", "", pages)
            if pages == 1
            else self.tr("Saved “%1” · %Ln pages", "", pages)
        )
        self.message.setText(text.replace("%1", os.path.basename(path)))
        self.setToolTip(plain_tooltip(path))
        self.open_button.show()
        self.folder_button.show()
        self.show()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, line: str) -> None:
        self.path = ""
        self.message.setText(line)
        self.setToolTip("")
        self.open_button.hide()
        self.folder_button.hide()
        self.show()

    def _open(self, path: str) -> None:
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
            self.sig_opened.emit(path)
