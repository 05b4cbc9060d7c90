"""The window's commands, built from one table: each reaches what it names, and applies only
where it makes sense."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.commands import COMMANDS, MENUS, attribute_name
from raiassess.gui.details import DetailsDialog
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def _open(open_window: Any, service: Any, mini: Questionnaire) -> Any:
    assessment = service.create_assessment(mini, SystemData("Chatbot"), "")
    return open_window(service, assessment)


def test_every_command_is_an_action_of_the_window_in_its_menu(
        qtbot: QtBot, make_window: Any, service: Any) -> None:
    window = make_window(service)
    menus = {key: window.menuBar().actions()[index].menu()
             for index, (key, _title) in enumerate(MENUS)}
    for command in COMMANDS:
        action = getattr(window, attribute_name(command.name))
        assert action.objectName() == command.name
        assert action in window.actions()  # its shortcut works wherever the focus is
        assert action in menus[command.menu].actions()
    assert [a.objectName() for a in window.toolbar.actions() if not a.isSeparator()] == \
        [c.name for c in COMMANDS if c.bar]


def test_the_view_and_page_commands_reach_the_open_assessment(
        qtbot: QtBot, open_window: Any, service: Any, mini: Questionnaire) -> None:
    window = _open(open_window, service, mini)
    view, page = window.view, window.view.questions
    window.results_action.trigger()
    assert view.tabs.currentWidget() is view.results
    window.review_action.trigger()
    assert view.tabs.currentWidget() is view.review
    window.questions_action.trigger()
    assert view.tabs.currentIndex() == 0
    # A page command first brings the questions back.
    window.results_action.trigger()
    window.unanswered_action.trigger()
    assert view.tabs.currentIndex() == 0
    assert page.only_unanswered and page.unanswered_box.isChecked()
    window.unanswered_action.trigger()
    assert not page.only_unanswered and not window.unanswered_action.isChecked()
    first = page.current_question
    window.next_question_action.trigger()
    assert page.current_question not in (None, first)
    window.find_action.trigger()
    assert window.focusWidget() is page.search_field  # the window's, active or not
    outcome = handle_dialog(active_modal(DetailsDialog), lambda dialog: dialog.reject())
    window.details_action.trigger()
    assert outcome == ["done"]


def test_the_commands_apply_where_they_make_sense(
        qtbot: QtBot, open_window: Any, service: Any, mini: Questionnaire) -> None:
    from raiassess.gui.settings import Settings
    from raiassess.gui.window import MainWindow

    starting = MainWindow(None, Settings())  # the database is not open yet
    qtbot.addWidget(starting)
    assert not starting.new_action.isEnabled() and not starting.import_action.isEnabled()
    assert starting.settings_action.isEnabled() and starting.about_action.isEnabled()

    window = _open(open_window, service, mini)
    assert window.new_action.isEnabled() and window.next_section_action.isEnabled()
    assert window.open_action.text() == "&Open another assessment…"
    assert not window.archive_action.isEnabled()  # only on the list's selection
    window.show_home()
    assert not window.next_section_action.isEnabled() and not window.results_action.isEnabled()
    window.home.select(window.session.id)
    assert window.archive_action.isEnabled() and window.delete_action.isEnabled()
    assert window.open_action.text() == "&Open assessment"
