"""The answer editor of every question type: what the user does becomes a canonical value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from raiassess.core.answers import check_answer
from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.editors import (
    ChoiceEditor,
    DateEditor,
    MultiChoiceEditor,
    NumberEditor,
    OptionLabel,
    ScaleEditor,
    TextEditor,
    editor_for,
)


def _editor(qtbot: QtBot, questionnaire: Questionnaire, question_id: str) -> Any:
    question = questionnaire.question(question_id)
    assert question is not None
    editor = editor_for(question, "en")
    qtbot.addWidget(editor)
    edits: list[Any] = []
    editor.answerEdited.connect(edits.append)
    editor.edits = edits
    editor.show()
    return editor


def test_yes_no_is_two_radio_buttons(qtbot: QtBot, mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "personal_data")
    assert isinstance(editor, ChoiceEditor)
    assert [b.text() for b in editor.buttons.values()] == ["Yes", "No"]
    qtbot.mouseClick(editor.buttons["yes"], Qt.MouseButton.LeftButton)
    assert editor.edits == ["yes"]
    editor.set_value(None)
    assert editor.value() is None and editor.edits == ["yes"]


def test_single_choice_shows_labels_and_emits_the_option_id(qtbot: QtBot,
                                                            mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "dpia")
    assert list(editor.labels.values()) == ["Done", "Planned", "Not planned"]
    assert editor.buttons["planned"].accessibleName() == "Planned"
    qtbot.mouseClick(editor.buttons["planned"], Qt.MouseButton.LeftButton)
    label = next(w for w in editor.findChildren(OptionLabel) if w.text() == "Not planned")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # the text answers as the button
    assert editor.edits == ["planned", "none"]
    editor.set_value("done")
    assert editor.buttons["done"].isChecked() and len(editor.edits) == 2


def test_multi_choice_emits_ids_in_questionnaire_order(qtbot: QtBot, mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "data_kinds")
    assert isinstance(editor, MultiChoiceEditor)
    qtbot.mouseClick(editor.boxes["biometric"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.boxes["contact"], Qt.MouseButton.LeftButton)
    assert editor.edits == [["biometric"], ["contact", "biometric"]]
    qtbot.mouseClick(editor.boxes["contact"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.boxes["biometric"], Qt.MouseButton.LeftButton)
    assert editor.edits[-1] is None  # nothing checked is no answer, not an empty list
    question = mini.question("data_kinds")
    assert question is not None
    assert check_answer(question, editor.edits[1]) == ["contact", "biometric"]


def test_scale_is_a_row_of_steps_between_the_end_labels(qtbot: QtBot,
                                                        mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "encryption")
    assert isinstance(editor, ScaleEditor)
    assert sorted(editor.buttons) == [1, 2, 3, 4, 5]
    qtbot.mouseClick(editor.buttons[4], Qt.MouseButton.LeftButton)
    assert editor.edits == [4]
    editor.set_value(None)
    assert editor.value() is None
    editor.set_value(2)
    assert editor.value() == 2 and editor.edits == [4]


def test_number_has_its_unit_and_a_no_answer_state(qtbot: QtBot, mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "people")
    assert isinstance(editor, NumberEditor)
    assert editor.spin.suffix() == " people"
    assert editor.value() is None
    assert editor.spin.text() == "Not answered"
    editor.spin.lineEdit().selectAll()
    qtbot.keyClicks(editor.spin, "5000")
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)
    assert editor.edits == [5000]
    assert isinstance(editor.edits[0], int)
    editor.set_value(None)
    assert editor.value() is None and editor.spin.text() == "Not answered"


def test_date_has_a_no_date_state_and_emits_iso_dates(qtbot: QtBot, mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "review_date")
    assert isinstance(editor, DateEditor)
    assert editor.value() is None and editor.edit.text() == "No date"
    editor.edit.setDate(QDate(2027, 3, 14))
    assert editor.edits == ["2027-03-14"]
    editor.set_value("2026-01-02")
    assert editor.value() == "2026-01-02" and len(editor.edits) == 1
    editor.set_value(None)
    assert editor.value() is None


def test_text_commits_when_the_focus_leaves_not_on_every_key(qtbot: QtBot,
                                                             mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "purpose")
    assert isinstance(editor, TextEditor)
    qtbot.keyClicks(editor.edit, "Score loans")
    assert editor.edits == []
    editor.edit.flush()
    assert editor.edits == ["Score loans"]
    editor.edit.flush()  # nothing new typed: nothing new stored
    assert editor.edits == ["Score loans"]


def test_text_commits_after_a_pause(qtbot: QtBot, mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "purpose")
    qtbot.keyClicks(editor.edit, "Triage")
    qtbot.waitUntil(lambda: editor.edits == ["Triage"], timeout=3000)


def test_a_card_gives_out_the_typing_still_waiting_when_flushed(qtbot: QtBot,
                                                                mini: Questionnaire) -> None:
    from raiassess.gui.card import QuestionCard

    cards = {}
    edits: list[tuple[str, Any]] = []
    for question_id in ("purpose", "people"):
        question = mini.question(question_id)
        assert question is not None
        card = QuestionCard(question, "1.1", "en")
        qtbot.addWidget(card)
        card.answerEdited.connect(lambda qid, value: edits.append((qid, value)))
        card.noteEdited.connect(lambda qid, note: edits.append((qid, note)))
        cards[question_id] = card
    qtbot.keyClicks(cards["purpose"].editor.edit, "Score loans")
    cards["purpose"].note_button.click()
    qtbot.keyClicks(cards["purpose"].note_edit, "Ask Legal")
    assert edits == []  # both wait for a pause in the typing
    for card in cards.values():  # a number is given out as it changes: nothing waits
        card.flush()
    assert sorted(edits) == [("purpose", "Ask Legal"), ("purpose", "Score loans")]


def test_the_calendar_of_an_empty_date_opens_on_this_month(qtbot: QtBot,
                                                           mini: Questionnaire) -> None:
    editor = _editor(qtbot, mini, "review_date")
    calendar = editor.edit.calendarWidget()
    editor.edit.setFocus()
    rect = editor.edit.rect()  # a click on the arrow opens the calendar pop-up
    qtbot.mouseClick(editor.edit, Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 6, rect.center().y()))
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert editor.value() is None and editor.edits == []
    calendar.window().hide()


def test_long_options_wrap_only_when_the_window_is_narrow(qtbot: QtBot, prepared_app: Any) -> None:
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

    from raiassess.core.catalog import load_catalog
    from raiassess.gui.card import QuestionCard

    impact = load_catalog().find("responsible-ai-impact")
    assert impact is not None
    question = impact.sections[0].questions[0]
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    body = QWidget()
    layout = QVBoxLayout(body)
    card = QuestionCard(question, "1.1", "en", body)
    layout.addWidget(card)
    layout.addStretch(1)
    area.setWidget(body)
    area.resize(1400, 700)
    area.show()
    qtbot.waitExposed(area)
    labels = card.findChildren(OptionLabel)
    line = labels[0].fontMetrics().lineSpacing()
    short = [label for label in labels if labels[0].fontMetrics().horizontalAdvance(
        label.text()) < label.width()]
    assert short and all(label.height() < 2 * line for label in short)
    area.resize(420, 700)
    qtbot.waitUntil(lambda: max(label.height() for label in labels) >= 2 * line)
