"""Arabic glyphs on any system: a bundled Noto Sans Arabic, used only where no font has them.

Every window shows "العربية" and "Русский" in View › Language, whatever its language, so both
scripts must render even on a minimal Linux. Cyrillic comes with the fonts every fontconfig
installs (DejaVu, Liberation, FreeFont, URW; the .deb also depends on one of them, see
packaging/linux_deps.py); Arabic often does not, and the portable archive can declare nothing, so
resources/fonts/ holds Noto Sans Arabic Regular (244 KB, OFL; bold is synthesised), measured
against the bundle's 120 MB installed-size budget (packaging/README.md). Windows, macOS and
desktop Linux have Arabic fonts, so nothing is loaded there: registering a font costs start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase

WritingSystem = QFontDatabase.WritingSystem
FALLBACKS: dict[WritingSystem, str] = {WritingSystem.Arabic: "NotoSansArabic-Regular.ttf"}


def ensure_scripts(
    folder: Path, installed: Callable[[WritingSystem], list[str]] = QFontDatabase.families
) -> list[str]:
    """Register the bundled font for each script no installed font covers; returns the
    families added (none on a desktop with its usual fonts)."""
    added: list[str] = []
    for system, name in FALLBACKS.items():
        if installed(system):
            continue
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:
            added += QFontDatabase.applicationFontFamilies(font_id)
    return added
