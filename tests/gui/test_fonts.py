"""Arabic and Cyrillic render on a system with no font for them: the bundled Noto fonts are
registered for exactly the scripts nothing installed covers."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop_app.boot.fonts import FALLBACKS, WritingSystem, ensure_scripts
from tests.helpers import REPO

FONTS = REPO / "resources" / "fonts"


def test_nothing_is_loaded_where_the_system_has_fonts_for_both_scripts(qapp):
    assert ensure_scripts(FONTS, installed=lambda _system: ["Some Font"]) == []


def test_a_minimal_system_gets_the_bundled_fonts(qapp):
    added = ensure_scripts(FONTS, installed=lambda _system: [])
    assert set(added) == {"Noto Sans Arabic", "Noto Sans"}
    for text, family in (("العربية", "Noto Sans Arabic"), ("Русский", "Noto Sans")):
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(c)) for c in text), f"{family} lacks {text}"


def test_only_the_missing_script_is_loaded(qapp):
    added = ensure_scripts(FONTS, installed=lambda s: [] if s == WritingSystem.Arabic else ["X"])
    assert added == ["Noto Sans Arabic"]


def test_the_bundled_fonts_are_small_and_licensed(qapp):
    size = sum((FONTS / name).stat().st_size for name in FALLBACKS.values())
    assert size < 1_000_000, "against the 120 MB installed-size budget, keep the fallback small"
    assert "SIL Open Font License" in (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert QFontDatabase.WritingSystem.Arabic in FALLBACKS
