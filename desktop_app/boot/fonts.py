"""Arabic and Cyrillic glyphs on any system: bundled Noto fonts, used only where none is installed.

Every window shows "العربية" and "Русский" in View › Language, whatever its language, so both
scripts must render even on a minimal Linux whose fontconfig found only a Latin font (the portable
archive runs anywhere; the .deb adds no font dependency). resources/fonts/ holds Noto Sans
(Latin, Cyrillic) and Noto Sans Arabic, Regular only (bold is synthesised): 0.76 MB, against the
bundle's 120 MB installed-size budget (packaging/README.md). Windows and macOS, and desktop Linux,
have fonts for both scripts, so nothing is loaded there: registering a font costs start-up time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase

WritingSystem = QFontDatabase.WritingSystem
FALLBACKS: dict[WritingSystem, str] = {
    WritingSystem.Arabic: "NotoSansArabic-Regular.ttf",
    WritingSystem.Cyrillic: "NotoSans-Regular.ttf",
}


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
