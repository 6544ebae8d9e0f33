"""The print preview, sized for reading: most of the screen, the page fitted to the width.

Qt's QPrintPreviewDialog opens at its size hint (about 690×515) with the whole page fitted into
that, about 38 % on a laptop; nobody can read or check a briefing at that size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from desktop_app.briefing.briefing import MARGINS_MM, page_size_for_locale, paint_document
from desktop_app.briefing.document import BriefingSpec
from desktop_app.mainwindow import room

SCREEN_SHARE = 0.8
QT_FIT_WIDTH = ("QPrintPreviewDialog", "Fit width")  # Qt's own string, in qtbase's catalogue


def open_print_preview(parent: QWidget, spec: BriefingSpec) -> QPrintPreviewDialog:
    """Open (window-modal, no nested loop) a preview of `spec`; Print sends it to a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            page_size_for_locale(),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(spec.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # type: ignore[attr-defined]  # lives as long as the dialog
    dialog.setWindowTitle(
        QCoreApplication.translate("Briefing", "Print “%1”").replace("%1", spec.title)
    )
    area = room.available_area(parent)
    dialog.resize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    dialog.move(area.center() - dialog.rect().center())
    fit_width(dialog)
    dialog.paintRequested.connect(lambda device: paint_document(device, spec))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def fit_width(dialog: QPrintPreviewDialog) -> None:
    """Zoom to the page width and check the dialog's own "Fit width" button, found by Qt's own
    (translated) text: the dialog does not name its actions."""
    fit = QCoreApplication.translate(*QT_FIT_WIDTH)
    for action in dialog.findChildren(QAction):
        if action.isCheckable() and action.text() == fit:
            action.trigger()
    widget = dialog.findChild(QPrintPreviewWidget)
    if widget is not None:
        widget.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
