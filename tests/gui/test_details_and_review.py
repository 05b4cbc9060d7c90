"""After creation: the system's details and the title edited in a dialog, review comments added
and read on their own tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.details import DetailsDialog
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def _open(open_window: Any, service: Any, mini: Questionnaire) -> Any:
    assessment = service.create_assessment(mini, SystemData(
        "Chatbot", "Answers customers", "Li", "Digital", "Web shop"), "First review")
    return open_window(service, assessment)


def test_the_details_are_edited_undone_and_an_empty_name_refused(
        qtbot: QtBot, open_window: Any, service: Any, mini: Questionnaire) -> None:
    window = _open(open_window, service, mini)
    view = window.view
    assessment = window.session.id
    assert view.title.text() == "Chatbot · First review"
    refusals: list[str] = []

    def read_refusal(box: QMessageBox) -> None:
        refusals.append(box.text())
        box.accept()

    def edit(dialog: DetailsDialog) -> None:
        form = dialog.form
        assert (form.name.text(), form.owner.text(), form.title_edit.text()) == \
            ("Chatbot", "Li", "First review")
        form.name.clear()
        refused = handle_dialog(active_modal(QMessageBox), read_refusal)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert refused == ["done"] and dialog.isVisible()  # still open, nothing stored
        qtbot.keyClicks(form.name, "Support chatbot")
        form.owner.setText("Ana")
        form.team.setText("Customer care")
        form.context.setPlainText("EU web shop")
        form.title_edit.setText("Pre-launch review")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    outcome = handle_dialog(active_modal(DetailsDialog), edit)
    window.details_action.trigger()
    assert outcome == ["done"]
    assert refusals and "needs a name" in refusals[0]
    stored = service.get_assessment(assessment)
    assert stored.system == SystemData("Support chatbot", "Answers customers", "Ana",
                                       "Customer care", "EU web shop")
    assert stored.summary.title == "Pre-launch review"
    assert view.title.text() == "Support chatbot · Pre-launch review"
    assert "Ana, Customer care" in view.subtitle.text()
    assert window.windowTitle().startswith("Support chatbot · Pre-launch review")

    # One undo step brings the old details back, in the database too.
    window.undo_action.trigger()
    assert service.get_assessment(assessment).system.name == "Chatbot"
    assert view.title.text() == "Chatbot · First review"
    window.show_home()
    assert [item.system_name for item in window.home.model.items] == ["Chatbot"]


def test_review_comments_are_added_and_listed(qtbot: QtBot, open_window: Any, service: Any,
                                              mini: Questionnaire) -> None:
    window = _open(open_window, service, mini)
    assessment = window.session.id
    service.add_comment(assessment, "Looks thorough.", author="Board", role="Chair")
    window.close()
    window = open_window(service, assessment)
    window.view.questions.go_to_question("people")
    window.review_action.trigger()  # Ctrl+3
    review = window.view.review
    assert window.view.tabs.currentWidget() is review
    assert [row.comment.text for row in review.rows] == ["Looks thorough."]
    assert "Chair" in review.rows[0].facts.text()
    assert "on the whole assessment" in review.rows[0].facts.text()

    # The current question is offered; the comment is stored on it.
    assert review.about_box.currentData() == "people"
    assert not review.add_button.isEnabled()  # nothing written yet
    qtbot.keyClicks(review.author_field, "Dana")
    qtbot.keyClicks(review.role_field, "Data protection officer")
    qtbot.keyClicks(review.text_field, "<b>Why</b> 5,000 people?")
    qtbot.mouseClick(review.add_button, Qt.MouseButton.LeftButton)
    stored = service.get_assessment(assessment).comments
    assert [(c.author, c.role, c.question_id, c.text) for c in stored] == [
        ("Board", "Chair", None, "Looks thorough."),
        ("Dana", "Data protection officer", "people", "<b>Why</b> 5,000 people?")]
    newest = review.rows[0]
    assert newest.text.text() == "<b>Why</b> 5,000 people?"  # shown as typed, not as markup
    assert newest.text.textFormat() == Qt.TextFormat.PlainText
    assert "on question 1.2: How many people are affected?" in newest.facts.text()
    assert review.text_field.toPlainText() == ""
    assert review.count_label.text() == "2 comments"

    # A comment on a question leads back to it; the whole assessment can be chosen too.
    qtbot.mouseClick(newest.go_button, Qt.MouseButton.LeftButton)
    assert window.view.tabs.currentIndex() == 0
    assert window.view.questions.current_question == "people"
    window.review_action.trigger()
    review.about_box.setCurrentIndex(0)
    qtbot.keyClicks(review.text_field, "Approved with conditions.")
    review.add_button.click()
    assert service.get_assessment(assessment).comments[-1].question_id is None


def test_a_new_score_reaches_the_screens_in_the_interface_language(qtbot: QtBot,
                                                                   service: Any) -> None:
    from raiassess.gui.session import AssessmentSession

    impact = next(q for q in service.questionnaires() if q.id == "responsible-ai-impact")
    assessment = service.create_assessment(impact, SystemData("Chatbot"), "")
    detail, score = AssessmentSession.load(service, assessment)
    session = AssessmentSession(service, detail, score, "fr")
    assert session.score.sections[0].title == "Le système et son impact"
    question = impact.all_questions()[0]
    with qtbot.waitSignal(session.scoreChanged) as changed:
        session.edit_answer(question.id, question.options[0].id)
    # The service scores in English; the screens get the score in French.
    assert changed.args[0].sections[0].title == "Le système et son impact"
    assert changed.args[0] is session.score


def test_a_change_the_storage_refuses_is_told_and_leaves_nothing_behind(
        qtbot: QtBot, open_window: Any, service: Any, mini: Questionnaire) -> None:
    window = _open(open_window, service, mini)
    session = window.session
    told: list[str] = []
    session.failed.disconnect()  # the window would show a dialog; read the sentence instead
    session.failed.connect(told.append)
    assert session.store_answer("purpose", "x" * 100_001) is False
    assert session.add_action("") is None
    assert session.delete_action(10_000) is False
    assert len(told) == 3 and "100,000" in told[0]
    assert "purpose" not in session.values and session.actions == ()
    stored = service.get_assessment(session.id)
    assert "purpose" not in stored.answers and stored.actions == ()
    assert session.store_answer("purpose", "Triage support tickets") is True
    assert service.get_assessment(session.id).answers["purpose"].value == \
        "Triage support tickets"
