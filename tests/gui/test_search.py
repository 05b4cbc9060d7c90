"""The search of the assessment screen: its results stand in for the sections while words are
typed, Down moves into them, Escape goes back to the question being answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.types import SystemData


def _page(open_window: Any, service: Any, mini: Questionnaire) -> Any:
    assessment = service.create_assessment(mini, SystemData("Chatbot"), "")
    return open_window(service, assessment).view.questions


def test_the_results_stand_in_for_the_sections_while_searching(
        qtbot: QtBot, open_window: Any, service: Any, mini: Questionnaire) -> None:
    page = _page(open_window, service, mini)
    assert page.left.currentWidget() is page.navigator
    page.search_field.setText("dpia")
    assert page.left.currentWidget() is page.search_results
    found = page.search_results.item(0)
    # The DPIA question is asked only with personal data: found, but not to be chosen.
    assert not found.flags() & Qt.ItemFlag.ItemIsEnabled
    assert found.toolTip() == "Not asked with the current answers"
    page.search_field.setText("no such words at all")
    assert [page.search_results.item(0).text()] == ["No question matches."]
    page.search_field.clear()
    assert page.left.currentWidget() is page.navigator


def test_down_moves_into_the_results_and_escape_goes_back(
        qtbot: QtBot, open_window: Any, service: Any, mini: Questionnaire) -> None:
    page = _page(open_window, service, mini)
    page.go_to_question("purpose")
    page.focus_search()
    qtbot.keyClicks(page.search_field, "people")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.window().focusWidget() is page.search_results
    assert page.search_results.currentRow() == 0
    page.search_field.setFocus()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert page.search_field.text() == ""
    assert page.left.currentWidget() is page.navigator
    assert page.current_question == "purpose"
    assert page.card("purpose").isAncestorOf(page.window().focusWidget())
