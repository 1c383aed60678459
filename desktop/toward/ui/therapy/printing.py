"""Printing a PDF as it is previewed: each page drawn at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def choose_printer(parent: QWidget) -> QPrinter | None:
    """Ask which printer to use; None when the partner cancels (replaced in tests)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_document(document: QPdfDocument, printer: QPrinter) -> bool:
    """Print every page of `document`; False when the printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image: QImage = document.render(index, size)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True
