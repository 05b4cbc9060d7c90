"""A whole assessment through the real window, then the app closed and opened again."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWizard
from pytestqt.qtbot import QtBot

from raiassess.core.paths import user_questionnaires_dir
from raiassess.gui.actions import ActionDialog
from tests.helpers.dialogs import activate, active_modal, handle_dialog
from tests.helpers.paths import DATA


def _card(window: Any, question_id: str) -> Any:
    return window.view.questions.card(question_id)


def _key(qtbot: QtBot, window: Any, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a user would."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def _create_with_wizard(qtbot: QtBot, window: Any) -> None:
    def fill(wizard: QWizard) -> None:
        page = wizard.questionnaire_page
        row = next(i for i in range(page.list.count())
                   if page.list.item(i).text().startswith("Mini questionnaire"))
        page.list.setCurrentRow(row)
        assert "7 questions in 2 sections" in page.about.toPlainText()
        wizard.next()
        system = wizard.system_page
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # name needed
        qtbot.keyClicks(system.name, "Loan pre-screening")
        system.owner.setText("Ana")
        qtbot.keyClicks(system.title_edit, "Pre-launch review")
        assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.accept()

    outcome = handle_dialog(active_modal(QWizard), fill)
    window.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=10_000)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    activate(qtbot, window)
    window.view.questions.go_to_question(window.view.questions.current_question)


def _answer_everything(qtbot: QtBot, window: Any) -> None:
    page = window.view.questions
    session = window.session
    # The first question has the focus when the assessment opens.
    assert page.current_question == "personal_data"
    assert "GDPR" in page.guidance.guidance_text()
    assert not _card(window, "dpia").isVisibleTo(page)  # show_if: asked only with personal data
    qtbot.mouseClick(_card(window, "personal_data").editor.buttons["yes"],
                     Qt.MouseButton.LeftButton)
    assert session.values["personal_data"] == "yes"
    assert _card(window, "dpia").isVisibleTo(page.page(1))
    assert "Saved" in window.saved_label.text() or "saved" in window.saved_label.text()

    # Alt+Down goes to the next question: the number, typed with the keyboard.
    _key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_question == "people"
    spin = _card(window, "people").editor.spin
    assert QApplication.focusWidget() in (spin, spin.lineEdit())
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "5000")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert session.values["people"] == 5000

    _key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_question == "purpose"
    qtbot.keyClicks(QApplication.focusWidget(), "Pre-screen loan applications")
    # Moving on commits the text (focus leaves the text area).
    _key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert session.values["purpose"] == "Pre-screen loan applications"
    # ...and at the end of a section, the next question is the next section's first.
    assert page.current_section == 1 and page.current_question == "dpia"

    qtbot.mouseClick(_card(window, "dpia").editor.buttons["none"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_card(window, "data_kinds").editor.boxes["contact"],
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_card(window, "data_kinds").editor.boxes["health"],
                     Qt.MouseButton.LeftButton)
    assert session.values["data_kinds"] == ["contact", "health"]
    qtbot.mouseClick(_card(window, "encryption").editor.buttons[2], Qt.MouseButton.LeftButton)
    assert session.values["encryption"] == 2
    # The review date is asked because health data is processed.
    review = _card(window, "review_date")
    assert review.isVisibleTo(page.page(1))
    review.editor.edit.setDate(QDate(2027, 3, 1))
    assert session.values["review_date"] == "2027-03-01"

    # A note on the DPIA question, typed in the card.
    dpia = _card(window, "dpia")
    qtbot.mouseClick(dpia.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dpia.note_edit, "Legal is scheduling it")
    dpia.note_edit.flush()
    assert session.notes["dpia"] == "Legal is scheduling it"

    # Evidence: a link added through the card.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QInputDialog, "getText",
                      staticmethod(lambda *args, **kwargs: ("https://wiki/dpia", True)))
        qtbot.mouseClick(dpia.evidence_button, Qt.MouseButton.LeftButton)
        add_link = next(b for b in dpia.evidence_panel.findChildren(type(dpia.note_button))
                        if b.text() == "Add link…")
        qtbot.mouseClick(add_link, Qt.MouseButton.LeftButton)
    assert [e.target for e in session.evidence["dpia"]] == ["https://wiki/dpia"]
    assert dpia.evidence_list.count() == 1


def _undo_and_show_if(qtbot: QtBot, window: Any) -> None:
    page = window.view.questions
    session = window.session
    # Unticking health data hides the review date (the people count still asks for it).
    qtbot.mouseClick(_card(window, "data_kinds").editor.boxes["health"],
                     Qt.MouseButton.LeftButton)
    assert session.values["data_kinds"] == ["contact"]
    assert _card(window, "review_date").isVisibleTo(page.page(1))  # 5000 people > 100
    # Undo (Ctrl+Z) puts health data back, in the widget and in the database.
    window.undo_action.trigger()
    assert session.values["data_kinds"] == ["contact", "health"]
    assert _card(window, "data_kinds").editor.boxes["health"].isChecked()
    assert window.service.get_assessment(session.id).answers["data_kinds"].value == \
        ["contact", "health"]
    # Redo and undo again: the stack walks both ways.
    window.redo_action.trigger()
    assert session.values["data_kinds"] == ["contact"]
    window.undo_action.trigger()
    assert session.values["data_kinds"] == ["contact", "health"]

    # Answering "no" to personal data hides the privacy questions that depend on it...
    qtbot.mouseClick(_card(window, "personal_data").editor.buttons["no"],
                     Qt.MouseButton.LeftButton)
    assert not _card(window, "dpia").isVisibleTo(page.page(1))
    assert not _card(window, "data_kinds").isVisibleTo(page.page(1))
    # ...and undoing it asks them again.
    window.undo_action.trigger()
    assert _card(window, "dpia").isVisibleTo(page.page(1))
    assert session.values["personal_data"] == "yes"


def _keyboard_and_search(qtbot: QtBot, window: Any) -> None:
    page = window.view.questions
    # Ctrl+PgUp / Ctrl+PgDown switch sections.
    page.go_to_question("encryption")
    _key(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_section == 0 and page.current_question == "personal_data"
    _key(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_section == 1 and page.current_question == "dpia"
    _key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.current_question == "purpose"
    # Ctrl+F: search across sections, Enter goes to the first match.
    _key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_field
    qtbot.keyClicks(page.search_field, "encrypted")
    assert page.search_results.count() == 1
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert page.current_question == "encryption" and page.current_section == 1
    page.search_field.clear()
    # The unanswered filter shows only what is left: here the text just cleared.
    qtbot.mouseClick(_card(window, "purpose").clear_button, Qt.MouseButton.LeftButton)
    assert "purpose" not in window.session.values
    page.set_only_unanswered(True)
    assert window.unanswered_action.isChecked()
    assert _card(window, "purpose").isVisibleTo(page.page(0))
    assert not _card(window, "people").isVisibleTo(page.page(0))
    page.go_to_question("purpose")
    _key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_question == "purpose"  # nothing else is left to answer
    page.set_only_unanswered(False)


def _results_and_action(qtbot: QtBot, window: Any) -> None:
    _key(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    results = window.view.results
    assert results is not None and window.view.tabs.currentWidget() is results
    score = window.session.score
    assert score.level.label in results.level_badge.text()
    rows = results.contribution_rows
    assert [row.contribution for row in rows] == list(score.contributions[:10])
    assert rows and rows[0].contribution.number == score.contributions[0].number
    assert results.unanswered_heading.text() == "Every required question is answered"
    assert results.radar.chart().series()[0].upperSeries().count() == len(score.sections) + 1
    top = rows[0].contribution

    def fill(dialog: ActionDialog) -> None:
        assert dialog.title_edit.text()  # the recommendation becomes the title
        dialog.owner_edit.setText("Legal team")
        dialog.has_due.setChecked(True)
        dialog.due_edit.setDate(QDate(2027, 1, 15))
        dialog.accept()

    outcome = handle_dialog(active_modal(ActionDialog), fill)
    qtbot.mouseClick(rows[0].action_button, Qt.MouseButton.LeftButton)
    assert outcome == ["done"]
    assert results.plan.action_model.rowCount() == 1
    action = window.session.actions[0]
    assert action.owner == "Legal team" and action.questions == (top.question_id,)


def test_a_whole_assessment_survives_closing_the_app(qtbot: QtBot, make_window: Any,
                                                     db_url: str) -> None:
    from raiassess.storage.service import AssessmentService

    shutil.copy(DATA / "mini.yaml", user_questionnaires_dir() / "mini.yaml")
    service = AssessmentService.open(db_url, user="tester")
    window = make_window(service)
    _create_with_wizard(qtbot, window)
    _answer_everything(qtbot, window)
    _undo_and_show_if(qtbot, window)
    _keyboard_and_search(qtbot, window)
    _results_and_action(qtbot, window)
    expected_values = dict(window.session.values)
    assessment_id = window.session.id
    window.close()
    service.close()

    # The app again, on the same database.
    service = AssessmentService.open(db_url, user="tester")
    window = make_window(service)
    rows = window.home.model.items
    assert [(r.system_name, r.title) for r in rows] == [("Loan pre-screening",
                                                         "Pre-launch review")]
    window.home.table.setFocus()
    window.open_action.trigger()  # Ctrl+O opens the selected assessment
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    session = window.session
    assert session.id == assessment_id
    assert session.values == expected_values
    assert session.notes == {"dpia": "Legal is scheduling it"}
    assert [e.target for e in session.evidence["dpia"]] == ["https://wiki/dpia"]
    assert [(a.owner, str(a.due)) for a in session.actions] == [("Legal team", "2027-01-15")]
    card = _card(window, "data_kinds")
    assert card.editor.value() == ["contact", "health"]
    assert _card(window, "people").editor.spin.value() == 5000
    assert _card(window, "dpia").note_edit.toPlainText() == "Legal is scheduling it"
    window.close()
    service.close()
