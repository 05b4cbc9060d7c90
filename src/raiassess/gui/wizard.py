"""The new-assessment wizard: choose a questionnaire, then describe the system."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from raiassess.core.questionnaire import Questionnaire
from raiassess.core.text import localized
from raiassess.gui.details import SystemForm
from raiassess.gui.look import ITEM_ID
from raiassess.storage.types import SystemData


class QuestionnairePage(QWizardPage):
    """The questionnaires on offer, with what each covers."""

    def __init__(self, questionnaires: Sequence[Questionnaire], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaires = list(questionnaires)
        self.language = language
        self.setTitle(self.tr("Choose a questionnaire"))
        self.setSubTitle(self.tr("The questionnaire decides which questions are asked and how "
                                 "the answers are scored."))
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("questionnaireList")
        self.list.setAccessibleName(self.tr("Questionnaires"))
        self.list.setMinimumWidth(240)
        for index, questionnaire in enumerate(self.questionnaires):
            item = QListWidgetItem(f"{questionnaire.title_in(language)}\n"
                                   + self.tr("version {version}").format(
                                       version=questionnaire.version))
            item.setData(ITEM_ID, index)
            self.list.addItem(item)
        self.about = QTextBrowser(self)
        self.about.setObjectName("questionnaireAbout")
        self.about.setAccessibleName(self.tr("About the questionnaire"))
        layout.addWidget(self.list, 2)
        layout.addWidget(self.about, 3)
        self.list.currentRowChanged.connect(self._chosen)
        if self.questionnaires:
            self.list.setCurrentRow(0)

    def _chosen(self, row: int) -> None:
        self.completeChanged.emit()
        if not 0 <= row < len(self.questionnaires):
            self.about.clear()
            return
        q = self.questionnaires[row]
        count = len(q.all_questions())
        sections = "".join(f"<li>{_escape(localized(s.title, self.language))} "
                           f"({len(s.questions)})</li>" for s in q.sections)
        self.about.setHtml(
            f"<h3>{_escape(q.title_in(self.language))}</h3>"
            f"<p>{_escape(localized(q.description, self.language))}</p>"
            "<p><b>" + self.tr("{count} questions in {sections} sections").format(
                count=count, sections=len(q.sections)) + "</b></p>"
            f"<ul>{sections}</ul>")

    def isComplete(self) -> bool:
        """A questionnaire must be chosen."""
        return self.list.currentRow() >= 0

    def chosen(self) -> Questionnaire:
        """The chosen questionnaire."""
        return self.questionnaires[self.list.currentRow()]


class SystemPage(QWizardPage):
    """The AI system under assessment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Describe the system"))
        self.setSubTitle(self.tr("Only the name is required; the rest helps reviewers "
                                 "understand the answers."))
        layout = QVBoxLayout(self)
        self.form = SystemForm(self)
        layout.addWidget(self.form)
        self.name, self.title_edit, self.owner = (self.form.name, self.form.title_edit,
                                                  self.form.owner)
        self.registerField("systemName*", self.name)

    def system(self) -> SystemData:
        """The system as entered."""
        return self.form.system()


class NewAssessmentWizard(QWizard):
    """Two short pages; the caller creates the assessment from ``questionnaire`` and
    ``system`` when the wizard is accepted."""

    def __init__(self, questionnaires: Sequence[Questionnaire], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAssessmentWizard")
        self.setWindowTitle(self.tr("New assessment"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.questionnaire_page = QuestionnairePage(questionnaires, language, self)
        self.system_page = SystemPage(self)
        self.addPage(self.questionnaire_page)
        self.addPage(self.system_page)
        self.resize(780, 540)

    def questionnaire(self) -> Questionnaire:
        """The questionnaire chosen."""
        return self.questionnaire_page.chosen()

    def system(self) -> SystemData:
        """The system described."""
        return self.system_page.system()

    def assessment_title(self) -> str:
        """The title given, possibly empty."""
        return self.system_page.form.assessment_title()


class NewAssessment(NamedTuple):
    """What the wizard asked: the questionnaire, the system, the assessment's title."""

    questionnaire: Questionnaire
    system: SystemData
    title: str


def ask_new_assessment(questionnaires: Sequence[Questionnaire], language: str,
                       parent: QWidget) -> NewAssessment | None:
    """Run the wizard; what to create, or None if the user cancelled."""
    wizard = NewAssessmentWizard(questionnaires, language, parent)
    chosen = NewAssessment(wizard.questionnaire(), wizard.system(), wizard.assessment_title()) \
        if wizard.exec() else None
    wizard.deleteLater()
    return chosen


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

