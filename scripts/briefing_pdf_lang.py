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

from desktop_app.boot.fonts import ensure_scripts  # noqa: E402
from desktop_app.boot.translations import Translators  # noqa: E402
from desktop_app.briefing import briefing  # noqa: E402
from desktop_app.briefing.document import BriefingSpec  # noqa: E402
from desktop_app.i18n.languages import is_rtl  # noqa: E402
from desktop_app.library import OpenOptions, open_library  # noqa: E402
from desktop_app.library.records import Stamp  # noqa: E402
from desktop_app.paths import resolve_paths  # noqa: E402

RESOURCES = REPO / "resources"


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
    paths = resolve_paths(data_dir=REPO / "build" / "catalogue")
    with open_library(paths, OpenOptions(index=False, store=False)) as library:
        info = library.info
        title = app.translate("BriefingComposer", "Briefing")
        stamp = Stamp(info.version, info.data_as_of, "2026-11-30 09:00:00 UTC")
        items = tuple(library.briefing_item(s, with_note=False) for s in slugs)
    pages = briefing.write_pdf(out, BriefingSpec(title, items, stamp, rtl))
    print(f"{out}: {pages} pages ({code})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
