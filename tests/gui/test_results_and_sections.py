"""The results name every section in full; switching sections shows one page at a time and
moves the keyboard focus along."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.types import SystemData


def _open(open_window: Any, service: Any, questionnaire: Questionnaire) -> Any:
    assessment = service.create_assessment(questionnaire, SystemData("Chatbot"), "")
    service.set_answer(assessment, questionnaire.all_questions()[0].id,
                       questionnaire.all_questions()[0].options[0].id)
    return open_window(service, assessment)


def test_the_radar_numbers_its_spokes_and_the_legend_names_the_sections(
        qtbot: QtBot, open_window: Any, service: Any) -> None:
    impact = next(q for q in service.questionnaires() if q.id == "responsible-ai-impact")
    window = _open(open_window, service, impact)
    window.results_action.trigger()
    results = window.view.results
    score = window.session.score
    axis = next(a for a in results.radar.chart().axes() if hasattr(a, "categoriesLabels"))
    assert axis.categoriesLabels() == [str(s.number) for s in score.sections]
    legend = results.legend
    titles = [title.text() for _number, title, _residual in legend.entries]
    assert titles == [s.title for s in score.sections]  # whole, never cut
    assert all("…" not in title for title in titles)
    first_number, _title, first_residual = legend.entries[0]
    assert first_number.text() == "1"
    assert first_residual.text() == f"{score.sections[0].residual:.0f} %"
    assert legend.isVisibleTo(results)


def test_one_section_page_at_a_time_and_the_focus_follows(
        qtbot: QtBot, open_window: Any, service: Any) -> None:
    impact = next(q for q in service.questionnaires() if q.id == "responsible-ai-impact")
    window = _open(open_window, service, impact)
    page = window.view.questions
    first = page.sections[0].questions[0].id
    page.go_to_question(first)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown,
                       Qt.KeyboardModifier.ControlModifier)
    assert page.current_section == 3
    shown = [p for p in page.pages.values() if p.isVisibleTo(page)]
    assert shown == [page.pages[page.sections[3].id]] == [page.stack.currentWidget()]
    # The keyboard is on the section's first question, not left behind on a hidden page.
    focus = QApplication.focusWidget()
    card = page.card(page.sections[3].questions[0].id)
    assert focus is not None and card.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.pages[page.sections[2].id]
    assert page.pages[page.sections[2].id].isAncestorOf(QApplication.focusWidget())
