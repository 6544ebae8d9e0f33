"""Composition root: the one place that builds the app's objects and wires them together."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: Sequence[str]) -> int:
    if not _has_display():
        print(
            "field-reference: no display found; run it on a desktop, or headless with "
            "QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QMessageBox

    from db import Catalogue, CatalogueError
    from desktop_app.paths import resolve_paths

    app = QApplication(list(argv))
    app.setApplicationName("Field Reference")
    paths = resolve_paths()
    try:
        catalogue = Catalogue.open(paths.catalogue_file)
    except CatalogueError as exc:
        QMessageBox.critical(None, "Field Reference", str(exc))
        return 2
    window = QMainWindow()
    window.setWindowTitle("Field Reference")
    listing = QListWidget()
    listing.addItems([e.title for e in catalogue.entries()])
    window.setCentralWidget(listing)
    window.resize(900, 600)
    window.show()
    return app.exec()
