"""The PDF impact assessment from the app: built in the background, previewed, then saved.

The report module (ReportLab) loads only when a report is first asked for, and QtPdf
only when a preview opens: neither has a place in start-up.
The preview shows every page, fitted to the width of the dialog. Should QtPdf be
missing, the dialog says how many pages the report has and offers to open it in the
system's PDF viewer before saving.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raiassess.gui.look import dim, heading

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def page_count(data: bytes) -> int:
    """The number of pages of a PDF (its page objects, counted)."""
    return len(_PAGE.findall(data))


def build_report(service: Any, assessment_id: int, language: str, paper: str,
                 progress: Any) -> bytes:
    """The PDF of an assessment as bytes; ``progress(done, total)`` as the report goes."""
    from raiassess.core.scoring import score
    from raiassess.report import render_report_bytes

    questionnaire, answers = service.export_record(assessment_id)
    result = score(questionnaire, answers.values(), language)
    return render_report_bytes(questionnaire, answers, result, paper=paper,
                               language=language, progress=progress)


def suggested_name(system_name: str) -> str:
    """A file name for the report of a system."""
    safe = re.sub(r"[^\w\- ]+", "", system_name).strip() or "assessment"
    return f"{safe} - impact assessment.pdf"


PREVIEW_PREFIX = "raiassess-preview-"

#: The copies handed to the system's PDF viewer: the viewer may read them until the
#: app ends, so they are removed then (and any an earlier run could not remove, a day on).
_previews: list[Path] = []


def _register_preview(folder: Path) -> None:
    if not _previews:
        atexit.register(remove_previews)
    _remove_stale_previews()
    _previews.append(folder)


def remove_previews() -> None:
    """Remove the preview copies this run made for the system's viewer."""
    while _previews:
        shutil.rmtree(_previews.pop(), ignore_errors=True)


def _remove_stale_previews(older_than: float = 86_400) -> None:
    """Remove preview copies an earlier run left behind (it ended without cleaning up)."""
    cutoff = time.time() - older_than
    me = os.getuid() if hasattr(os, "getuid") else None  # Windows: the temp folder is ours
    for folder in Path(tempfile.gettempdir()).glob(PREVIEW_PREFIX + "*"):
        with contextlib.suppress(OSError):
            info = folder.stat()
            if folder.is_dir() and me in (None, info.st_uid) and info.st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)


class PdfPreview(QDialog):
    """Shows the report before it is saved; ``exec()`` is true when the user chose Save."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Report preview"))
        self.data = data
        self._temporary: Path | None = None
        self.document: QPdfDocument | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(QLabel(title, self), 2), 1)
        self.pages_label = dim(QLabel(self))
        self.pages_label.setObjectName("previewPages")
        top.addWidget(self.pages_label)
        layout.addLayout(top)
        self.viewer = self._viewer()
        if self.viewer is not None:
            layout.addWidget(self.viewer, 1)
            self._fit_to_screen(820, 940)
        else:
            summary = QLabel(self.tr("The report is ready: {pages} pages. This copy of Qt "
                                     "cannot show PDF files; open it in your PDF viewer to "
                                     "read it before saving.").format(pages=page_count(data)),
                             self)
            summary.setObjectName("previewSummary")
            summary.setWordWrap(True)
            layout.addWidget(summary)
            self.resize(520, 200)
        self._show_pages(page_count(data))
        layout.addWidget(dim(QLabel(self.tr("Nothing is written until you choose Save."),
                                    self)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"), self)
        self.open_button.setObjectName("openInViewer")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_externally)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save…"))
        layout.addWidget(buttons)

    def _viewer(self) -> QWidget | None:
        try:  # from PySide6 6.12 QtPdf is a wheel of its own: an install may lack it
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            return None
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.pageCountChanged.connect(self._show_pages)
        document.load(self._buffer)
        self.document = document
        view = QPdfView(self)
        view.setObjectName("pdfView")
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("Report preview"))
        return view

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() * 9 // 10)
            height = min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def _show_pages(self, pages: int) -> None:
        self.pages_label.setText(self.tr("{pages} pages").format(pages=pages))

    def open_externally(self) -> None:
        """Write a temporary copy and open it with the system's viewer."""
        from raiassess.core.paths import write_private_file

        if self._temporary is None:
            folder = Path(tempfile.mkdtemp(prefix=PREVIEW_PREFIX))
            _register_preview(folder)
            self._temporary = folder / "preview.pdf"
            write_private_file(self._temporary, self.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._temporary)))
