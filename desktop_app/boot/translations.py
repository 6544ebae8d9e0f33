"""Loads Qt translations (resources/translations/field_reference_<locale>.qm) for the UI locale.

All visible strings go through tr(), so adding a language is: run pyside6-lupdate over
desktop_app/, translate the .ts file in Qt Linguist, compile it with pyside6-lrelease into this
folder. No code change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


def install_translators(app: QApplication, folder: Path) -> list[QTranslator]:
    installed: list[QTranslator] = []
    locale = QLocale.system()
    ours = QTranslator(app)
    if folder.is_dir() and ours.load(locale, "field_reference", "_", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
