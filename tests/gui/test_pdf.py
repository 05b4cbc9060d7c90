"""The PDF report from the app: built in the background, previewed page by page, saved where
the user chooses, in the folder used last time."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.pdf import PdfPreview, page_count, suggested_name
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def _assessment(service: Any, mini: Questionnaire) -> int:
    assessment = service.create_assessment(mini, SystemData("Loan model"), "")
    service.set_answer(assessment, "personal_data", "yes")
    service.set_answer(assessment, "dpia", "none")
    return int(assessment)


def _pages_of(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def test_the_preview_shows_every_page_then_saves_where_chosen(  # noqa: PLR0917
        qtbot: QtBot, make_window: Any, service: Any, mini: Questionnaire, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assessment = _assessment(service, mini)
    window = make_window(service)
    window.home.select(assessment)
    chosen = tmp_path / "board" / "loan report"
    chosen.parent.mkdir()
    offered: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(chosen), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    seen: dict[str, Any] = {}

    def look_then_save(preview: PdfPreview) -> None:
        document = preview.document
        assert document is not None and document.status() == QPdfDocument.Status.Ready
        view = preview.viewer
        assert isinstance(view, QPdfView) and view.document() is document
        assert view.pageMode() == QPdfView.PageMode.MultiPage
        assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        seen.update(pages=document.pageCount(), label=preview.pages_label.text(),
                    data=preview.data)
        preview.save_button.click()

    outcome = handle_dialog(active_modal(PdfPreview), look_then_save, timeout_ms=60_000)
    window.pdf_action.trigger()
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=60_000)
    saved = chosen.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=5_000)
    assert seen["pages"] == _pages_of(seen["data"]) >= 3
    assert seen["label"] == f"{seen['pages']} pages"
    assert saved.read_bytes() == seen["data"]
    assert window.settings["last_folder"] == str(chosen.parent)
    assert "loan report.pdf" in window.statusBar().currentMessage()

    # The next report is offered in the folder used last time.
    again = handle_dialog(active_modal(PdfPreview), lambda preview: preview.save_button.click(),
                          timeout_ms=60_000)
    window.pdf_action.trigger()
    qtbot.waitUntil(lambda: again == ["done"], timeout=60_000)
    assert Path(offered[-1]).parent == chosen.parent
    assert Path(offered[-1]).name == "Loan model - impact assessment.pdf"


def test_cancelling_the_preview_writes_nothing(qtbot: QtBot, make_window: Any, service: Any,
                                               mini: Questionnaire, tmp_path: Path) -> None:
    assessment = _assessment(service, mini)
    window = make_window(service)
    window.home.select(assessment)
    outcome = handle_dialog(active_modal(PdfPreview), lambda preview: preview.reject(),
                            timeout_ms=60_000)
    window.export_pdf(str(tmp_path / "report.pdf"))
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=60_000)
    assert not (tmp_path / "report.pdf").exists()


def test_without_qtpdf_the_preview_says_how_many_pages(qtbot: QtBot, prepared_app: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_qtpdf(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("PySide6.QtPdf"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_qtpdf)
    data = b"%PDF-1.4 << /Type /Page >> << /Type /Page >> << /Type /Pages >>"
    preview = PdfPreview(data, "Impact assessment")
    qtbot.addWidget(preview)
    assert preview.viewer is None and preview.document is None
    assert "2 pages" in preview.findChild(type(preview.pages_label), "previewSummary").text()
    assert preview.open_button.isEnabled()


def test_file_names_and_page_counts() -> None:
    assert suggested_name("Loan / model: v2") == "Loan  model v2 - impact assessment.pdf"
    assert page_count(b"<< /Type /Pages /Kids [] >> << /Type /Page >> << /Type/Page >>") == 2


def test_the_copy_for_the_system_viewer_is_removed_when_the_app_ends(
        qtbot: QtBot, prepared_app: Any, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The preview's 'Open externally' copy used to stay in the temporary folder for ever."""
    import os
    import tempfile

    from PySide6.QtGui import QDesktopServices

    from raiassess.gui import pdf

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = tmp_path / f"{pdf.PREVIEW_PREFIX}old"
    stale.mkdir()
    os.utime(stale, (0, 0))  # left by a run that could not clean up, long ago
    recent = tmp_path / f"{pdf.PREVIEW_PREFIX}another-run"
    recent.mkdir()  # perhaps still open in a viewer
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    preview = PdfPreview(b"%PDF-1.4 << /Type /Page >>", "Impact assessment")
    qtbot.addWidget(preview)
    preview.open_externally()
    (copy,) = opened
    assert Path(copy).read_bytes() == b"%PDF-1.4 << /Type /Page >>"
    assert not stale.exists() and recent.exists()
    pdf.remove_previews()  # what the app's exit runs
    assert not Path(copy).exists() and not Path(copy).parent.exists()
    assert recent.exists()
