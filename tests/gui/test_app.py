"""``run``: the window paints first, the database opens behind it; a bad database is a dialog."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from raiassess.core.questionnaire import Questionnaire
from raiassess.gui import app as app_module
from raiassess.gui.window import MainWindow
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def _main_window() -> Any:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                 and w.isVisible()), None)


def test_run_shows_the_window_then_lists_the_database(qapp: QApplication, db_url: str,
                                                      mini: Questionnaire,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from raiassess.storage.service import AssessmentService

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with AssessmentService.open(db_url, user="t") as service:
        service.create_assessment(mini, SystemData("Chatbot"), "")
    seen: dict[str, Any] = {}

    class FirstPaint(QObject):
        """Notes what the main window holds when it first paints."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
                seen.setdefault("service_at_first_paint", watched.service)
                seen.setdefault("rows_at_first_paint", watched.home.model.rowCount())
            return False

    def check() -> None:
        window = _main_window()
        if window is None:
            return
        if window.service is not None and window.home.model.rowCount():
            seen["rows"] = [item.system_name for item in window.home.model.items]
            poll.stop()
            window.close()

    first_paint = FirstPaint()
    qapp.installEventFilter(first_paint)
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(5)
    try:
        assert app_module.run(db_url) == 0
    finally:
        qapp.removeEventFilter(first_paint)
    # The window painted before the database was opened, so before anything was listed.
    assert seen["service_at_first_paint"] is None
    assert seen["rows_at_first_paint"] == 0
    assert seen["rows"] == ["Chatbot"]


def test_an_unusable_database_is_a_dialog_not_a_crash(qapp: QApplication, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    outcome = handle_dialog(active_modal(QMessageBox), read)
    assert app_module.run(f"sqlite:///{broken}") == 1  # no database: a failed start
    assert outcome == ["done"]
    assert "is not a raiassess database" in texts[0]
