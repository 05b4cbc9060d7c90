"""A format-2 assessment on screen: the header and the results say a draft is a draft,
blocking findings come first, the level is explained, a "None" unticks the rest, and a
section that does not concern the system says why it is not asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from raiassess.core.loader import load_questionnaire
from raiassess.storage.types import SystemData
from tests.helpers.paths import SCREENING


def _open(open_window: Any, service: Any, answers: dict[str, Any]) -> Any:
    questionnaire = load_questionnaire(SCREENING)
    assessment = service.create_assessment(questionnaire, SystemData("Loan pre-screening"), "")
    for qid, value in answers.items():
        service.set_answer(assessment, qid, value)
    return open_window(service, assessment)


def test_a_draft_is_headed_so_far_with_its_range(qtbot: QtBot, open_window: Any,
                                                  service: Any) -> None:
    window = _open(open_window, service, {"purpose": "credit", "about_people": "yes"})
    assert window.view.badge.text() == "Very high so far (Low to Unacceptable once complete)"
    window.results_action.trigger()
    results = window.view.results
    assert results.level_badge.text() == "Very high\nso far"
    assert results.range_note.isVisibleTo(results)
    assert "from Low to Unacceptable" in results.range_note.text()


def test_a_blocking_finding_comes_first_and_the_level_is_explained(
        qtbot: QtBot, open_window: Any, service: Any) -> None:
    window = _open(open_window, service, {
        "purpose": "credit", "prohibited": "possibly", "about_people": "no",
        "autonomy": "advice", "ai_act_class": "minimal", "oversight": "always",
        "logging": "yes"})
    assert window.view.badge.text() == "Unacceptable: blocked"
    window.results_action.trigger()
    results = window.view.results
    panels = results.findings.panels
    assert [p.objectName() for p in panels] == ["blockingFinding", "contradiction"]
    texts = [p.findChild(type(results.level_badge), "findingText").text() for p in panels]
    assert texts[0] == "Possibly a prohibited practice under Art. 5: do not deploy."
    layout = results.widget().layout()
    assert layout.indexOf(results.findings) == 0  # before the level and everything else
    assert "Possibly a prohibited practice" in results.why.text()
    not_asked = [results.not_asked.item(i).text() for i in range(results.not_asked.count())]
    assert "2.1  Not asked because 1.3 is answered 'No'" in not_asked


def test_the_recommendations_are_ranked_and_become_actions(qtbot: QtBot, open_window: Any,
                                                           service: Any) -> None:
    window = _open(open_window, service, {
        "purpose": "credit", "prohibited": "no", "about_people": "yes", "autonomy": "advice",
        "ai_act_class": "high", "fairness_tests": ["error_rates"], "oversight": "sometimes",
        "logging": "yes"})
    window.results_action.trigger()
    results = window.view.results
    rows = results.recommendation_rows
    gains = [row.recommendation.lowers_by for row in rows]
    assert gains == sorted(gains, reverse=True) and rows
    assert rows[0].recommendation.text == "Measure disparate impact."
    assert not results.contributions_heading.isVisibleTo(results)  # format 2 ranks instead
    assert "What the controls take off:" in results.why.text()


def test_none_unticks_the_others_and_the_others_untick_none(qtbot: QtBot, open_window: Any,
                                                            service: Any) -> None:
    window = _open(open_window, service, {"about_people": "yes",
                                          "fairness_tests": ["error_rates"]})
    window.view.questions.go_to_question("fairness_tests")
    editor = window.view.questions.card("fairness_tests").editor
    qtbot.waitUntil(editor.boxes["none"].isVisible)
    qtbot.mouseClick(editor.boxes["none"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.values.get("fairness_tests") == ["none"])
    assert not editor.boxes["error_rates"].isChecked()
    qtbot.mouseClick(editor.boxes["disparate_impact"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.values.get("fairness_tests") == ["disparate_impact"])
    assert not editor.boxes["none"].isChecked()


def test_a_section_not_asked_says_why(qtbot: QtBot, open_window: Any, service: Any) -> None:
    window = _open(open_window, service, {"about_people": "no"})
    questions = window.view.questions
    page = questions.page(1)
    assert page.empty_label.text() == "Not asked because 1.3 is answered 'No'."
    assert page.empty_label.isVisibleTo(page)
