"""Arabic renders on a system with no font for it: the bundled Noto Sans Arabic is registered
only when nothing installed covers the script; the .deb depends on a font with Cyrillic."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop_app.boot.fonts import FALLBACKS, ensure_scripts
from tests.helpers import REPO

FONTS = REPO / "resources" / "fonts"


def test_nothing_is_loaded_where_the_system_has_fonts_for_both_scripts(qapp):
    assert ensure_scripts(FONTS, installed=lambda _system: ["Some Font"]) == []


def test_a_minimal_system_gets_the_bundled_fonts(qapp):
    added = ensure_scripts(FONTS, installed=lambda _system: [])
    assert added == ["Noto Sans Arabic"]
    metrics = QFontMetrics(QFont("Noto Sans Arabic"))
    assert all(metrics.inFontUcs4(ord(c)) for c in "العربية")


def test_the_deb_depends_on_a_font_with_cyrillic(qapp):
    import sys

    sys.path.insert(0, str(REPO / "packaging"))
    from linux_deps import FONTS

    assert "fonts-dejavu-core" in FONTS  # Latin, Cyrillic and Arabic in 3 MB


def test_the_bundled_fonts_are_small_and_licensed(qapp):
    size = sum((FONTS / name).stat().st_size for name in FALLBACKS.values())
    assert size < 300_000, "against the 120 MB installed-size budget, keep the fallback small"
    assert "SIL Open Font License" in (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert QFontDatabase.WritingSystem.Arabic in FALLBACKS
