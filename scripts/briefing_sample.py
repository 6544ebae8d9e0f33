"""Render a sample PDF briefing (3 entries, one with a note) to docs/briefing-sample.pdf and
docs/briefing-sample-N.png, so reviewers can see the print layout without running the app.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/briefing_sample.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from db import Catalogue  # noqa: E402
from desktop_app.briefing.briefing import BriefingItem, Stamp, briefing_html, write_pdf  # noqa: E402


def main() -> int:
    app = QApplication([])
    catalogue = Catalogue.open(REPO / "build" / "catalogue" / "catalogue.sqlite")
    items = []
    for slug, note in (
        ("trafficking-human-beings", "Ask the ECOWAS desk about the 2027 plan."),
        ("border-management", None),
        ("rabat-process", None),
    ):
        entry = catalogue.entry(slug)
        items.append(
            BriefingItem(
                entry.title,
                entry.kind,
                entry.summary,
                entry.body,
                tuple(catalogue.region(r).name for r in entry.regions),
                tuple(catalogue.entry(s).title for s in entry.related),
                note,
            )
        )
    info = catalogue.info
    stamp = Stamp(info.version, info.data_as_of, "2026-11-27 09:00 UTC")
    out = REPO / "docs" / "briefing-sample.pdf"
    pages = write_pdf(
        str(out),
        briefing_html("West Africa mission briefing", items, stamp),
        stamp,
        "West Africa mission briefing",
    )
    print(f"{out}: {pages} pages")
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(out), str(REPO / "docs" / "briefing-sample")],
            check=True,
        )
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
