"""Making a summary for therapy: choose, preview inside the app, then save or print.

The summary is built and rendered off the UI thread. The PDF lives in memory for the
preview; it reaches disk only when the partner saves it (atomically, optionally protected).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.i18n import translate
from toward.export.history import note_summary_export
from toward.export.save import SavedSummary, save_summary
from toward.export.summary import Summary, build_summary
from toward.session import Session
from toward.ui.kit import dialogs, theme
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import fit_to_screen, let_tab_through
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import button, text_label
from toward.ui.platform.background import run_in_background
from toward.ui.therapy.printing import choose_printer, print_document
from toward.ui.therapy.summary_choices import SummaryChoices


class SummaryDialog(QDialog):
    """Choices on the left, the live preview on the right.

    `sessions[0]` is the partner who exports and whose export history notes the summary;
    with two, both choose their own words (`SummaryChoices`).
    """

    def __init__(self, sessions: Sequence[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = list(sessions)
        self.session = self.sessions[0]
        self.setWindowTitle(dialogs.TITLE)
        self._pdf: bytes | None = None
        self._previewed: Summary | None = None  # what the shown preview was built from
        self._buffer: QBuffer | None = None
        self._generation = 0
        self.document = QPdfDocument(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh_preview)

        row = QHBoxLayout(self)
        row.setContentsMargins(20, 20, 20, 20)
        row.setSpacing(20)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        let_tab_through(scroll)
        # The choices scroll; the buttons under them stay in view on a laptop's screen.
        left = QWidget()
        left.setMinimumWidth(theme.scaled(400))
        left.setMaximumWidth(theme.scaled(500))
        self.left = QVBoxLayout(left)
        self.left.setContentsMargins(0, 0, 0, 0)
        self.left.addWidget(scroll, 1)
        row.addWidget(left)
        right = QVBoxLayout()
        self.preview = QPdfView()
        self.preview.setAccessibleName(
            translate("ui.therapy.summary_dialog", "Preview of the summary")
        )
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        right.addWidget(self.preview, 1)
        self.status = text_label("", "Muted")
        self.status.setAccessibleName(translate("ui.therapy.summary_dialog", "Status"))
        right.addWidget(self.status)
        row.addLayout(right, 1)
        self.choices = SummaryChoices(self.sessions)
        scroll.setWidget(self.choices)

        actions = FlowLayout()
        self.save_pdf_button = button(
            translate("ui.therapy.summary_dialog", "Save PDF…"), primary=True
        )
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_md_button = button(translate("ui.therapy.summary_dialog", "Save Markdown…"))
        self.save_md_button.clicked.connect(self.save_markdown)
        self.print_button = button(translate("ui.therapy.summary_dialog", "Print…"))
        self.print_button.setToolTip(
            translate(
                "ui.therapy.summary_dialog", "Prints the preview, once it shows your latest choices"
            )
        )
        self.print_button.clicked.connect(self.print_summary)
        close = button(translate("ui.therapy.summary_dialog", "Close"), flat=True)
        close.clicked.connect(self.reject)
        for widget in (self.save_pdf_button, self.save_md_button, self.print_button):
            actions.addWidget(widget)
        actions.add_right(close)
        self.left.addLayout(actions)
        self.choices.changed.connect(self._changed)
        self._changed()
        fit_to_screen(self, QSize(1180, 780))

    def _changed(self, *_args: object) -> None:
        # The shown preview no longer matches the choices: Print waits for the next one,
        # so it never prints an entry that was just un-ticked.
        self._pdf = None
        self._previewed = None
        self.print_button.setEnabled(False)
        self._timer.start()

    # -- preview -----------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Build and render the summary in the background; show it when it arrives."""
        request = self.choices.request()
        if request is None:
            self.status.setText(
                translate("ui.therapy.summary_dialog", "Choose a period and at least one section.")
            )
            return
        contributions, size = self.choices.contributions(), self.choices.page_size
        self._generation += 1
        generation = self._generation
        self.status.setText(translate("ui.therapy.summary_dialog", "Preparing the preview…"))

        def work() -> tuple[Summary, bytes]:
            from toward.export.pdf import render_pdf  # reportlab: loaded when first needed

            summary = build_summary(request, contributions)
            return summary, render_pdf(summary, page_size=size)

        def done(result: tuple[Summary, bytes]) -> None:
            if generation != self._generation or self._timer.isActive():
                return  # the choices changed meanwhile; a newer preview is on its way
            self._previewed = result[0]
            self._show(result[1])
            self.print_button.setEnabled(True)
            count = self.document.pageCount()
            pages = translate("ui.therapy.summary_dialog", "%n pages · {period}", None, count)
            self.status.setText(pages.format(period=request.period.label))

        run_in_background(work, done, self._failed, owner=self)

    def _show(self, pdf: bytes) -> None:
        self._pdf = pdf
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe(exc))

    # -- saving and printing -----------------------------------------------------------

    def save_pdf(self) -> None:
        password = self.choices.pdf_password()
        if password is False:
            self.status.setText(
                translate(
                    "ui.therapy.summary_dialog", "Type the same password twice to protect the PDF."
                )
            )
            return
        self._save("pdf", "PDF (*.pdf)", password or None)

    def save_markdown(self) -> None:
        self._save("md", "Markdown (*.md)", None)

    def _save(self, file_format: str, pattern: str, password: str | None) -> None:
        request = self.choices.request()
        if request is None:
            self.status.setText(
                translate("ui.therapy.summary_dialog", "Choose a period and at least one section.")
            )
            return
        suggested = Path.home() / f"Toward summary {clock.now().astimezone():%Y-%m-%d}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, dialogs.TITLE, f"{suggested}.{file_format}", pattern
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{file_format}":
            path = path.with_name(path.name + f".{file_format}")
        contributions, size = self.choices.contributions(), self.choices.page_size
        self.status.setText(translate("ui.therapy.summary_dialog", "Saving…"))

        def work() -> SavedSummary:
            summary = build_summary(request, contributions)
            return save_summary(
                summary, path, file_format=file_format, page_size=size, password=password
            )

        def done(saved: SavedSummary) -> None:
            noted = saved.record(self.session.exports)  # here, on the thread that holds the session
            said = [
                translate("ui.therapy.summary_dialog", "Saved to {path}.").format(path=saved.path)
            ]
            if password:
                said.append(
                    translate("ui.therapy.summary_dialog", "It is protected with your password.")
                )
            if noted is None:
                said.append(
                    translate(
                        "ui.therapy.summary_dialog", "It is not noted in the shared export history."
                    )
                )
            self.status.setText(" ".join(said))

        run_in_background(work, done, self._failed, owner=self)

    def print_summary(self) -> None:
        """Print the previewed pages (rendered at the printer's resolution).

        Only a preview of the current choices is printed; `_changed` drops an older one.
        """
        if self._pdf is None or self.document.pageCount() == 0:
            self.status.setText(
                translate("ui.therapy.summary_dialog", "The preview is not ready yet.")
            )
            return
        printer = choose_printer(self)
        if printer is None:
            return
        if not print_document(self.document, printer):
            self.status.setText(
                translate("ui.therapy.summary_dialog", "The printer could not be started.")
            )
            return
        if self._previewed is not None:
            note_summary_export(self.session.exports, self._previewed, file_format="print")
        self.status.setText(translate("ui.therapy.summary_dialog", "Sent to the printer."))
