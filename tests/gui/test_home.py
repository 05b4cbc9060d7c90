"""The home screen and its models: list, sort, filter, duplicate, archive, delete, import, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from raiassess.core.answers import read_answers_file
from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.models import (
    ITEM_ROLE,
    ActionTableModel,
    AssessmentFilterModel,
    AssessmentTableModel,
    SectionListModel,
)
from raiassess.storage.types import ActionData, AssessmentSummary, SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def _summary(n: int, name: str, level: str, residual: float, completeness: float,  # noqa: PLR0917
             days: int, archived: bool = False) -> AssessmentSummary:
    edited = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=days)
    return AssessmentSummary(n, "", name, "q", "1.0", "Impact", "draft", level.lower(), level,
                             "#c62828", residual, completeness, archived, edited, edited)


SUMMARIES = [_summary(1, "Chatbot", "Low", 10, 100, 3), _summary(2, "Scoring", "High", 70, 40, 1),
             _summary(3, "Vision", "Medium", 30, 75, 2, archived=True)]


def test_assessment_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AssessmentTableModel()
    model.set_items(SUMMARIES)
    qtmodeltester.check(model)
    proxy = AssessmentFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_a_draft_says_its_level_is_the_level_so_far() -> None:
    model = AssessmentTableModel()
    model.set_items(SUMMARIES)
    levels = [model.index(row, AssessmentTableModel.LEVEL).data() for row in range(3)]
    assert levels == ["Low", "High so far", "Medium so far"]


def test_columns_sort_by_value_not_by_text(qtbot: QtBot) -> None:
    model = AssessmentTableModel()
    model.set_items(SUMMARIES)
    proxy = AssessmentFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(AssessmentTableModel.LEVEL, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ITEM_ROLE).id for r in range(3)] == [2, 3, 1]
    proxy.sort(AssessmentTableModel.EDITED, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(ITEM_ROLE).id for r in range(3)] == [2, 3, 1]
    proxy.setFilterFixedString("medium")
    assert proxy.rowCount() == 1
    assert proxy.index(0, AssessmentTableModel.SYSTEM).data() == "Vision (archived)"


def test_section_and_action_models_pass_the_model_tester(qtmodeltester: ModelTester,
                                                         mini: Questionnaire) -> None:
    from raiassess.core.scoring import score

    sections = SectionListModel()
    sections.set_items(score(mini, {"personal_data": "yes"}).sections)
    qtmodeltester.check(sections)
    assert sections.index(0).data() == "1. Context"
    actions = ActionTableModel()
    actions.set_items([ActionData(1, "Run a DPIA", owner="Ana", due=dt.date(2027, 1, 2))])
    qtmodeltester.check(actions)
    assert actions.index(0, ActionTableModel.DUE).data() == "2027-01-02"
    assert actions.index(0, ActionTableModel.STATUS).data() == "Open"


def _two_assessments(service: Any, mini: Questionnaire) -> tuple[int, int]:
    first = service.create_assessment(mini, SystemData("Chatbot"), "")
    second = service.create_assessment(mini, SystemData("Scoring"), "")
    service.set_answer(second, "personal_data", "yes")
    return first, second


def test_home_lists_the_assessments_and_filters_them(qtbot: QtBot, make_window: Any,
                                                     service: Any, mini: Questionnaire) -> None:
    _two_assessments(service, mini)
    window = make_window(service)
    home = window.home
    assert home.proxy.rowCount() == 2
    assert not home.welcome.isVisibleTo(home) and home.table.isVisibleTo(home)
    qtbot.keyClicks(home.filter_field, "scor")
    assert home.proxy.rowCount() == 1
    assert home.proxy.index(0, 0).data() == "Scoring"


def test_duplicate_archive_and_delete(qtbot: QtBot, make_window: Any, service: Any,
                                      mini: Questionnaire) -> None:
    _first, second = _two_assessments(service, mini)
    window = make_window(service)
    window.home.select(second)
    window.duplicate_action.trigger()
    assert len(service.list_assessments()) == 3
    copy = window.home.selected()
    assert copy is not None and copy.id not in (_first, second)
    assert service.get_assessment(copy.id).answers["personal_data"].value == "yes"

    window.home.select(copy.id)
    window.archive_action.trigger()
    assert copy.id not in [a.id for a in window.home.model.items]
    window.home.archived_box.setChecked(True)
    assert copy.id in [a.id for a in window.home.model.items]

    # Delete asks first; "No" keeps the assessment.
    window.home.select(second)
    refused = handle_dialog(active_modal(QMessageBox),
                            lambda box: box.button(QMessageBox.StandardButton.No).click())
    window.delete_action.trigger()
    assert refused == ["done"]
    assert second in [a.id for a in service.list_assessments()]
    confirmed = handle_dialog(active_modal(QMessageBox),
                              lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.delete_action.trigger()
    assert confirmed == ["done"]
    assert second not in [a.id for a in service.list_assessments(include_archived=True)]


def test_export_then_import_in_the_background(qtbot: QtBot, make_window: Any, service: Any,
                                              mini: Questionnaire, tmp_path: Path) -> None:
    _first, second = _two_assessments(service, mini)
    window = make_window(service)
    window.home.select(second)
    path = tmp_path / "scoring.yaml"
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.export_answers(str(path))
    answers, _ = read_answers_file(path)
    assert answers.system.name == "Scoring"
    assert answers.values() == {"personal_data": "yes"}
    assert window.settings["last_folder"] == str(tmp_path)

    with qtbot.waitSignal(window.runner.finished, timeout=10_000) as done:
        window.import_answers(str(path))
    new_id = done.args[0].opened
    assert new_id is not None and window.home.selected().id == new_id
    assert service.get_assessment(new_id).answers["personal_data"].value == "yes"
    assert "Imported scoring.yaml" in window.statusBar().currentMessage()


def test_a_bad_answers_file_is_a_clear_error_and_changes_nothing(
        qtbot: QtBot, make_window: Any, service: Any, tmp_path: Path) -> None:
    window = make_window(service)
    bad = tmp_path / "bad.yaml"
    bad.write_text("questionnaire: {id: mini, version: '1.0'}\nanswers: 3\n", encoding="utf-8")
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    outcome = handle_dialog(active_modal(QMessageBox), read)
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.import_answers(str(bad))
    qtbot.waitUntil(lambda: outcome == ["done"])
    assert "nothing was imported" in seen[0]
    assert service.list_assessments() == []


def test_the_status_moves_along_and_shows_in_the_list(qtbot: QtBot, open_window: Any,
                                                      service: Any,
                                                      mini: Questionnaire) -> None:
    from raiassess.core.statuses import ASSESSMENT_STATUSES as STATUSES

    first, _second = _two_assessments(service, mini)
    window = open_window(service, first)
    box = window.view.status_box
    assert [box.itemData(i) for i in range(box.count())] == list(STATUSES)
    box.setCurrentIndex(STATUSES.index("in_review"))
    box.activated.emit(STATUSES.index("in_review"))
    assert service.get_assessment(first).summary.status == "in_review"
    window.show_home()
    row = next(r for r in range(window.home.proxy.rowCount())
               if window.home.proxy.index(r, 0).data(ITEM_ROLE).id == first)
    assert window.home.proxy.index(row, AssessmentTableModel.STATUS).data() == "In review"


def test_a_refusal_of_the_service_is_a_one_sentence_dialog(qtbot: QtBot, make_window: Any,
                                                           service: Any,
                                                           mini: Questionnaire) -> None:
    first, _second = _two_assessments(service, mini)
    window = make_window(service)
    window.home.select(first)
    service.delete(first)  # behind the window's back, as another user might
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    outcome = handle_dialog(active_modal(QMessageBox), read)
    window.duplicate_action.trigger()
    assert outcome == ["done"]
    assert seen == [f"There is no assessment {first}."]
    assert len(service.list_assessments()) == 1


def test_an_empty_database_welcomes_with_the_two_ways_to_begin(
        qtbot: QtBot, make_window: Any, service: Any, mini: Questionnaire,
        monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QWizard

    window = make_window(service)
    home = window.home
    assert home.welcome.isVisibleTo(home) and not home.table.isVisibleTo(home)
    # "Import an answers file…" asks for the file the way File › Import does.
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (asked.append("file") or "", ""))
    qtbot.mouseClick(home.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["file"]
    # "New assessment…" opens the wizard; finishing it creates the first assessment.
    def finish(wizard: QWizard) -> None:
        wizard.next()
        wizard.system_page.name.setText("Chatbot")
        wizard.accept()

    outcome = handle_dialog(active_modal(QWizard), finish)
    qtbot.mouseClick(home.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=10_000)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert [s.system_name for s in service.list_assessments()] == ["Chatbot"]
    window.show_home()
    assert home.table.isVisibleTo(home) and not home.welcome.isVisibleTo(home)
