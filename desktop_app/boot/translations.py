"""Puts the app in one interface language: our translation, Qt's own, the locale and direction.

Qt's `qtbase` translation (its dialogs' buttons, shortcut names such as "Ctrl+Maj+E") is loaded
for the language our strings are shown in and for no other, so the window never mixes two
languages: with a desktop in a language we do not ship, everything is English. The locale used
for numbers and dates (`QLocale()`) and the layout direction follow the same choice. The
direction is set explicitly rather than left to Qt's guess from the translation or `LANG`, which
fails on Windows (kiwix-desktop #1277); `QT_LAYOUT_DIRECTION` is still marked for translators,
as Qt's convention asks.

Our .qm files are compiled from resources/translations/*.ts by `make qm` (pyside6-lrelease);
they are build products, never committed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.i18n.languages import ENGLISH, formats_locale, is_rtl, resolve

CATALOG = "field_reference"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for pyside6-lupdate."""
    return text


# Qt's convention: the translator of a right-to-left language translates this to "RTL"
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


def system_language() -> str:
    """The desktop's language as an ISO 639 code ("fr" for fr_CA; "C" when there is none)."""
    return QLocale.system().name().split("_")[0]


def qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translators:
    """The translators installed in the app; `apply` swaps them for another language."""

    def __init__(
        self,
        app: QApplication,
        folder: Path,
        qt_folder: Path | None = None,
        owner: QObject | None = None,
    ) -> None:
        self._app = app
        self._owner = owner or app  # the translators go (and leave the app) with it
        self._folder = Path(folder)
        self._qt_folder = qt_folder or qt_translations_folder()
        self._installed: list[QTranslator] = []
        self.language = ENGLISH
        """The language applied last (an ISO 639 code; "en" when nothing is translated)."""

    @property
    def installed(self) -> tuple[QTranslator, ...]:
        """Ours first (when there is one), then Qt's."""
        return tuple(self._installed)

    def apply(self, choice: str, system: str | None = None) -> str:
        """Show the interface in the language `choice` (a settings value) resolves to and
        return that code. Widgets built afterwards are in it; existing ones are rebuilt by the
        window host (boot/window_host.py)."""
        system = system_language() if system is None else system
        code = resolve(choice, system)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        own = QLocale.system()  # its country's formats, when it is the same language
        same = own.language() == QLocale(code).language() and own.zeroDigit() == "0"
        locale = own if same else QLocale(formats_locale(code))  # see i18n/languages.py
        if code != ENGLISH:
            self._install(self._folder, [f"{CATALOG}_{code}"])
            self._install(self._qt_folder, self._qt_names(code, locale))
        QLocale.setDefault(locale)
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
        )
        self.language = code
        return code

    def _qt_names(self, code: str, locale: QLocale) -> list[str]:
        """qtbase_pt_BR for Portuguese, qtbase_fr for French: the locale's own file first."""
        names = [f"qtbase_{locale.name()}", f"qtbase_{code}"]
        names += sorted(p.stem for p in self._qt_folder.glob(f"qtbase_{code}_*.qm"))
        return names

    def _install(self, folder: Path, names: list[str]) -> None:
        for name in names:
            translator = QTranslator(self._owner)
            if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                return
