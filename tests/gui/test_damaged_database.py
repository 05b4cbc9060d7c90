"""A database holding a value raiassess never writes opens to one sentence, not a crash
(a time in the year 9999 used to crash the app at start for users east of UTC)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.database import resolve
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def test_a_time_in_the_year_9999_is_told_in_one_sentence_and_the_window_stays(
        db_url: str, service: Any, mini: Questionnaire, make_window: Any) -> None:
    service.create_assessment(mini, SystemData("Triage"))
    engine = sa.create_engine(resolve(db_url).url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE assessments SET updated_at = '9999-12-31 23:59:00'")
    engine.dispose()
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    outcome = handle_dialog(active_modal(QMessageBox), read)
    window = make_window(service)
    assert outcome == ["done"]
    assert seen[0].startswith("The database holds a time out of range (9999-12-31T23:59:00")
    assert "restore a backup (raiassess backup restore)" in seen[0]
    assert window.isVisible() and window.home.table.model().rowCount() == 0
