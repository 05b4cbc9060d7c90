"""The PDF report from the app: built in the background, previewed, saved where asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.pdf import PdfPreview, page_count, suggested_name
from raiassess.storage.types import SystemData
from tests.gui.conftest import active_modal, handle_dialog

pytest.importorskip("raiassess.report")


def _assessment(service: Any, mini: Questionnaire) -> int:
    assessment = service.create_assessment(mini, SystemData("Loan model"), "")
    service.set_answer(assessment, "personal_data", "yes")
    service.set_answer(assessment, "dpia", "none")
    return int(assessment)


def test_the_report_is_previewed_then_saved(qtbot: QtBot, make_window: Any, service: Any,
                                            mini: Questionnaire, tmp_path: Path) -> None:
    assessment = _assessment(service, mini)
    window = make_window(service)
    window.home.select(assessment)
    seen: list[int] = []

    def save(preview: PdfPreview) -> None:
        seen.append(page_count(preview.data))
        preview.save_button.click()

    outcome = handle_dialog(active_modal(PdfPreview), save, timeout_ms=60_000)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    window.export_pdf(str(target))
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=60_000)
    qtbot.waitUntil(target.exists, timeout=5_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and seen[0] >= 3
    assert window.settings["last_folder"] == str(target.parent)
    assert "report.pdf" in window.statusBar().currentMessage()


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


def test_file_names_and_page_counts() -> None:
    assert suggested_name("Loan / model: v2") == "Loan  model v2 - impact assessment.pdf"
    assert page_count(b"<< /Type /Pages /Kids [] >> << /Type /Page >> << /Type/Page >>") == 2
