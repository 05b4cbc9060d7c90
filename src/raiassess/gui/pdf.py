"""The PDF impact assessment from the app: built in the background, previewed, then saved.

The report module (ReportLab) loads only when a report is first asked for. The preview
uses QtPdf where the installed PySide6 has it; where it does not (some PySide6 wheels
leave it out), the dialog says how many pages the report has and offers to open it in
the system's PDF viewer before saving.
"""

from __future__ import annotations

import importlib
import re
import tempfile
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raiassess.gui.look import dim, heading

_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def page_count(data: bytes) -> int:
    """The number of pages of a PDF (its page objects, counted)."""
    return len(_PAGE.findall(data))


def build_report(service: Any, assessment_id: int, language: str, paper: str,
                 progress: Any) -> bytes:
    """The PDF of an assessment as bytes; ``progress(done, total)`` as the report goes."""
    from raiassess.core.scoring import score
    from raiassess.report import render_report_bytes

    detail = service.get_assessment(assessment_id)
    answers = service.export_answers(assessment_id)
    result = score(detail.questionnaire, answers.values(), language)
    return render_report_bytes(detail.questionnaire, answers, result, paper=paper,
                               language=language, progress=progress)


def suggested_name(system_name: str) -> str:
    """A file name for the report of a system."""
    safe = re.sub(r"[^\w\- ]+", "", system_name).strip() or "assessment"
    return f"{safe} - impact assessment.pdf"


class PdfPreview(QDialog):
    """Shows the report before it is saved; ``exec()`` is true when the user chose Save."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Report preview"))
        self.data = data
        self._temporary: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(QLabel(title, self), 2))
        pages = page_count(data)
        self.viewer = self._viewer()
        if self.viewer is not None:
            layout.addWidget(self.viewer, 1)
            self.resize(820, 900)
        else:
            summary = QLabel(self.tr("The report is ready: {pages} pages. This copy of Qt "
                                     "cannot show PDF files; open it in your PDF viewer to "
                                     "read it before saving.").format(pages=pages), self)
            summary.setObjectName("previewSummary")
            summary.setWordWrap(True)
            layout.addWidget(summary)
            layout.addWidget(dim(QLabel(self.tr("Nothing is written until you choose "
                                                 "Save."), self)))
            self.resize(520, 200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"), self)
        self.open_button.setObjectName("openInViewer")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_externally)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

    def _viewer(self) -> QWidget | None:
        try:  # not in every PySide6 wheel: looked up by name, so type checks pass without it
            qt_pdf = importlib.import_module("PySide6.QtPdf")
            qt_pdf_widgets = importlib.import_module("PySide6.QtPdfWidgets")
        except ImportError:
            return None
        QPdfDocument, QPdfView = qt_pdf.QPdfDocument, qt_pdf_widgets.QPdfView
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document = QPdfDocument(self)
        self._document.load(self._buffer)
        view = QPdfView(self)
        view.setDocument(self._document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("Report preview"))
        return cast(QWidget, view)

    def open_externally(self) -> None:
        """Write a temporary copy and open it with the system's viewer."""
        if self._temporary is None:
            folder = Path(tempfile.mkdtemp(prefix="raiassess-preview-"))
            self._temporary = folder / "preview.pdf"
            self._temporary.write_bytes(self.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._temporary)))

