"""Every control of the main screens can be named by a screen reader."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.types import SystemData

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QAbstractSlider)
#: Parts Qt builds inside its own composite controls, which name them itself.
COMPOSITES = (QAbstractSpinBox, QComboBox, QCalendarWidget, QScrollBar, QTabBar, QLineEdit,
              QAbstractItemView)


def unnamed_controls(root: QWidget) -> list[str]:
    """The interactive widgets under a root with no accessible name, text or buddy label."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not root:
            if isinstance(parent, COMPOSITES):
                inside = True
                break
            parent = parent.parentWidget()
        if inside:
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text.replace("&", "").strip() \
                or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_a_name(qtbot: QtBot, make_window: Any, service: Any,
                                  mini: Questionnaire) -> None:
    assessment = service.create_assessment(mini, SystemData("Chatbot"), "")
    service.set_answer(assessment, "personal_data", "yes")
    window = make_window(service)
    assert unnamed_controls(window.home) == []
    window.open_assessment(assessment)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    page = window.view.questions
    for index in range(len(page.sections)):
        page.show_section(index)
    card = page.card("dpia")
    card.note_button.click()
    card.evidence_button.click()
    assert unnamed_controls(window.view) == []
    window.view.show_results()
    assert unnamed_controls(window.view.results) == []
    window.view.show_review()
    assert unnamed_controls(window.view.review) == []
    assert unnamed_controls(window.toolbar) == []


def test_dialogs_name_their_controls(qtbot: QtBot, mini: Questionnaire, service: Any,
                                     prepared_app: Any) -> None:
    from raiassess.gui.actions import ActionDialog
    from raiassess.gui.details import DetailsDialog
    from raiassess.gui.migration import MigrationDialog
    from raiassess.gui.pdf import PdfPreview
    from raiassess.gui.settings import Settings
    from raiassess.gui.settings_dialog import SettingsDialog
    from raiassess.gui.wizard import NewAssessmentWizard
    from raiassess.storage.types import QuestionnaireMigration

    service.create_assessment(mini, SystemData("Chatbot"), "")
    service.backup_now()
    plan = QuestionnaireMigration("1.0", "1.1", ("personal_data",), ("people",))
    for dialog in (ActionDialog(None, title="Do it"), SettingsDialog(Settings(), "here"),
                   SettingsDialog(Settings(), service.location, service=service),
                   DetailsDialog(SystemData("Chatbot"), ""),
                   MigrationDialog(mini, mini, plan, "en"),
                   PdfPreview(b"%PDF-1.4", "Impact assessment"),
                   NewAssessmentWizard([mini], "en")):
        qtbot.addWidget(dialog)
        if isinstance(dialog, NewAssessmentWizard):
            dialog.show()
            assert unnamed_controls(dialog.questionnaire_page) == []
            dialog.next()
            assert unnamed_controls(dialog.system_page) == []
            dialog.hide()
        else:
            assert unnamed_controls(dialog) == []


def test_the_check_finds_an_unnamed_control(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Name")
    labelled = QLineEdit(root)
    QLabel("Owner", root).setBuddy(labelled)
    assert unnamed_controls(root) == ["QLineEdit ''"]
