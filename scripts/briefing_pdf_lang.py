"""Write a PDF briefing of a few catalogue entries with the interface in one language, as the
composer (Ctrl+Shift+E) saves it: the same BriefingSpec, translators, fonts and direction.

The composer's Save dialog is a QFileDialog that xdotool cannot drive reliably without a window
manager, so scripts/screenshots_languages.sh calls this for the Arabic briefing evidence.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/briefing_pdf_lang.py ar out.pdf \
        asylum-and-protection khartoum-process border-management
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db import Catalogue  # noqa: E402
from desktop_app.boot.fonts import ensure_scripts  # noqa: E402
from desktop_app.boot.translations import Translators  # noqa: E402
from desktop_app.briefing import briefing  # noqa: E402
from desktop_app.briefing.document import BriefingSpec  # noqa: E402
from desktop_app.i18n.languages import is_rtl  # noqa: E402
from desktop_app.library.records import BriefingItem, Stamp  # noqa: E402

RESOURCES = REPO / "resources"


def item(catalogue: Catalogue, slug: str) -> BriefingItem:
    """As Library.briefing_item builds it (without a note)."""
    entry = catalogue.entry(slug)
    return BriefingItem(
        entry.title,
        entry.kind,
        entry.summary,
        entry.body,
        tuple(catalogue.region(r).name for r in entry.regions),
        tuple(catalogue.entry(s).title for s in entry.related if catalogue.has_entry(s)),
    )


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: briefing_pdf_lang.py LANGUAGE OUT.pdf SLUG...", file=sys.stderr)
        return 2
    language, out, slugs = argv[0], argv[1], argv[2:]
    app = QApplication([])
    code = Translators(app, RESOURCES / "translations").apply(language)
    rtl = is_rtl(code)
    if rtl:
        ensure_scripts(RESOURCES / "fonts")
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    catalogue = Catalogue.open(REPO / "build" / "catalogue" / "catalogue.sqlite")
    info = catalogue.info
    title = app.translate("BriefingComposer", "Briefing")
    stamp = Stamp(info.version, info.data_as_of, "2026-11-30 09:00:00 UTC")
    spec = BriefingSpec(title, tuple(item(catalogue, s) for s in slugs), stamp, rtl)
    pages = briefing.write_pdf(out, spec)
    print(f"{out}: {pages} pages ({code})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
