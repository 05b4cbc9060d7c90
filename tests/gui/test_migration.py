"""Opening an assessment whose questionnaire has a newer version installed offers to move it,
says what would be carried and dropped, and keeps it as it is unless the user moves it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from raiassess.core.loader import load_questionnaire
from raiassess.core.paths import user_questionnaires_dir
from raiassess.gui.migration import MigrationDialog
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog
from tests.helpers.paths import DATA


@pytest.fixture
def two_versions() -> tuple[Path, Path]:
    """Version 1.0 of the mini questionnaire and a 1.1 that rewords one question and drops
    another, both in the user's questionnaire folder."""
    folder = user_questionnaires_dir()
    old = folder / "mini-1.0.yaml"
    shutil.copy(DATA / "mini.yaml", old)
    text = old.read_text(encoding="utf-8")
    newer = text.replace('version: "1.0"', 'version: "1.1"').replace(
        "How many people are affected?", "How many people use or are affected by it?")
    start = newer.index("      - id: purpose")
    end = newer.index("  - id: privacy")
    (folder / "mini-1.1.yaml").write_text(newer[:start] + newer[end:], encoding="utf-8")
    return old, folder / "mini-1.1.yaml"


def _answered(service: Any, path: Path) -> int:
    assessment = service.create_assessment(load_questionnaire(path), SystemData("Chatbot"), "")
    service.set_answer(assessment, "personal_data", "yes")
    service.set_answer(assessment, "people", 5000)
    service.set_answer(assessment, "purpose", "Answer customers")
    return int(assessment)


def _open(qtbot: QtBot, window: Any, assessment: int) -> None:
    window.show_home()
    window.open_assessment(assessment)
    qtbot.waitUntil(lambda: window.session is not None and window.session.id == assessment,
                    timeout=10_000)


def test_keeping_the_version_changes_nothing_and_is_not_asked_again(
        qtbot: QtBot, make_window: Any, service: Any, two_versions: tuple[Path, Path]) -> None:
    assessment = _answered(service, two_versions[0])
    window = make_window(service)
    seen: dict[str, Any] = {}

    def read_and_keep(dialog: MigrationDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["versions"] = dialog.versions.text()
        seen["carried"] = dialog.carried.text()
        seen["dropped"] = dialog.dropped.text()
        seen["list"] = [dialog.dropped_list.item(i).text()
                        for i in range(dialog.dropped_list.count())]
        seen["move"] = dialog.move_button.text()
        assert dialog.keep_button.isDefault()
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)

    outcome = handle_dialog(active_modal(MigrationDialog), read_and_keep)
    _open(qtbot, window, assessment)
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=10_000)
    assert seen["title"] == "A newer questionnaire is installed"
    assert "answers version 1.0" in seen["versions"]
    assert "the one question whose wording" in seen["carried"]
    assert "The answers to 2 questions" in seen["dropped"]
    assert seen["list"] == ["1.2  How many people are affected?", "1.3  Describe the purpose."]
    assert seen["move"] == "&Move to version 1.1"
    detail = service.get_assessment(assessment)
    assert detail.questionnaire.version == "1.0"
    assert detail.answers["people"].value == 5000
    assert window.session.questionnaire.version == "1.0"

    # Another assessment on version 1.0 is asked about for itself...
    other = _answered(service, two_versions[0])
    asked_other = handle_dialog(active_modal(MigrationDialog), lambda dialog: dialog.reject())
    _open(qtbot, window, other)
    qtbot.waitUntil(lambda: asked_other == ["done"], timeout=10_000)
    # ...but the first one, opened again in this session, is not.
    asked_again = handle_dialog(active_modal(MigrationDialog), lambda dialog: dialog.reject(),
                                timeout_ms=1500)
    _open(qtbot, window, assessment)
    qtbot.waitUntil(lambda: asked_again == ["timeout"], timeout=5_000)
    assert window.session.id == assessment


def test_moving_carries_the_unchanged_answers_and_keeps_a_snapshot(
        qtbot: QtBot, make_window: Any, service: Any, two_versions: tuple[Path, Path]) -> None:
    assessment = _answered(service, two_versions[0])
    window = make_window(service)
    outcome = handle_dialog(active_modal(MigrationDialog),
                            lambda dialog: qtbot.mouseClick(dialog.move_button,
                                                            Qt.MouseButton.LeftButton))
    _open(qtbot, window, assessment)
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=10_000)
    qtbot.waitUntil(lambda: window.session is not None
                    and window.session.questionnaire.version == "1.1", timeout=10_000)
    detail = service.get_assessment(assessment)
    assert detail.questionnaire.version == "1.1"
    assert {qid: a.value for qid, a in detail.answers.items()} == {"personal_data": "yes"}
    assert window.session.values == {"personal_data": "yes"}
    assert "1.1" in window.view.subtitle.text()
    assert [s.label for s in service.list_snapshots(assessment)] == \
        ["Before moving to version 1.1"]
    assert "version 1.1" in window.statusBar().currentMessage()
