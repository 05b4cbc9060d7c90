"""An open assessment: its header (system, title, progress, status, level), then tabs
with the questions, the results and the review comments.

The window imports this module only when an assessment is first opened, after the
database is open: what it loads (the questionnaire models, the storage types) has no
place before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.scoring import ScoreResult
from raiassess.core.statuses import ASSESSMENT_STATUSES as STATUSES
from raiassess.gui.assessment import AssessmentPage
from raiassess.gui.icons import icon
from raiassess.gui.look import dim, heading, level_badge, rule
from raiassess.gui.models import status_label
from raiassess.gui.session import AssessmentSession

if TYPE_CHECKING:  # loaded when their tab is first shown
    from raiassess.gui.results import ResultsPage
    from raiassess.gui.review import ReviewPage


class AssessmentView(QWidget):
    """An open assessment: a header, then the questions and the results as tabs."""

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentView")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame(self)
        header.setObjectName("assessmentHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(12, 8, 16, 8)
        self.back = QToolButton(header)
        self.back.setObjectName("backButton")
        self.back.setIcon(icon("home"))
        self.back.setText(self.tr("Assessments"))
        self.back.setAccessibleName(self.tr("Back to the assessments"))
        self.back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back.setAutoRaise(True)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = heading(QLabel(header), 3)
        self.title.setObjectName("assessmentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = dim(QLabel(header))
        self.subtitle.setObjectName("assessmentSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.details_button = QToolButton(header)
        self.details_button.setObjectName("detailsButton")
        self.details_button.setIcon(icon("edit"))
        self.details_button.setText(self.tr("Details…"))
        self.details_button.setAccessibleName(self.tr("Edit the system's details and the "
                                                      "title"))
        self.details_button.setToolTip(self.tr("Name, description, owner, team and "
                                               "deployment context of the system"))
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.clicked.connect(self.edit_details)
        self.progress = dim(QLabel(header))
        self.progress.setObjectName("headerProgress")
        self.status_box = QComboBox(header)
        self.status_box.setObjectName("statusBox")
        self.status_box.setAccessibleName(self.tr("Status of the assessment"))
        self.status_box.setToolTip(self.tr("Where the assessment stands in its review"))
        for status in STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.status_box.setCurrentIndex(max(0, STATUSES.index(session.status)
                                            if session.status in STATUSES else 0))
        self.status_box.activated.connect(
            lambda index: self._status_chosen(self.status_box.itemData(index)))
        self.badge = QLabel(header)
        self.badge.setObjectName("headerBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header_layout.addWidget(self.back)
        header_layout.addSpacing(8)
        header_layout.addLayout(titles)
        header_layout.addSpacing(4)
        header_layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header_layout.addStretch(1)
        header_layout.addWidget(self.progress)
        header_layout.addSpacing(12)
        status_label_ = dim(QLabel(self.tr("&Status:"), header))
        status_label_.setBuddy(self.status_box)
        header_layout.addWidget(status_label_)
        header_layout.addWidget(self.status_box)
        header_layout.addSpacing(8)
        header_layout.addWidget(self.badge)
        layout.addWidget(header)
        layout.addWidget(rule(self))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setDocumentMode(True)
        self.questions = AssessmentPage(session, self.tabs)
        self.tabs.addTab(self.questions, icon("questions"), self.tr("&Questions"))
        # The results (QtCharts) and the review are built when first shown.
        self.results: ResultsPage | None = None
        self.review: ReviewPage | None = None
        self.tabs.addTab(QWidget(self.tabs), icon("results"), self.tr("&Results"))
        self.tabs.addTab(QWidget(self.tabs), icon("review"), self.tr("Re&view"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        session.scoreChanged.connect(self._show_score)
        session.detailsChanged.connect(self._show_details)
        self._show_score(session.score)
        self._show_details()

    def _show_details(self) -> None:
        session = self.session
        system = session.system
        self.title.setText(session.title)
        questionnaire = session.questionnaire
        facts = [f"{questionnaire.title_in(session.language)} {questionnaire.version}"]
        people = ", ".join(part for part in (system.owner, system.team) if part)
        if people:
            facts.append(people)
        self.subtitle.setText(" · ".join(facts))

    def edit_details(self) -> None:
        """Edit the system's details and the title (one undo step)."""
        from raiassess.gui.details import DetailsDialog

        dialog = DetailsDialog(self.session.system, self.session.assessment_title, self)
        if dialog.exec():
            self.session.edit_details(dialog.form.system(), dialog.form.assessment_title())
        dialog.deleteLater()

    def _show_score(self, score: ScoreResult) -> None:
        scored = level_badge(self.badge, score, "border-radius:10px; padding:3px 12px;")
        reach = score.level_range
        if score.blocking:
            label = self.tr("{level}: blocked").format(level=score.level.label)
        elif not scored:
            label = self.tr("Not scored yet")
        elif reach is not None and not reach.settled:
            label = self.tr("{level} so far ({low} to {high} once complete)").format(
                level=score.level.label, low=reach.lowest.label, high=reach.highest.label)
        elif reach is not None:
            label = self.tr("{level} risk so far").format(level=score.level.label)
        else:
            label = self.tr("{level} risk").format(level=score.level.label)
        self.badge.setText(label)
        self.badge.setToolTip("\n".join(f.text for f in score.blocking))
        self.badge.setAccessibleName(self.tr("Overall risk level: {level}").format(
            level=label))
        self.progress.setText(self.tr("{answered} of {visible} answered · {percent}% of "
                                      "required").format(
            answered=score.answered_questions, visible=score.visible_questions,
            percent=f"{score.completeness:.0f}"))

    def _status_chosen(self, status: str) -> None:
        if status != self.session.status and not self.session.set_status(status):
            self.status_box.setCurrentIndex(STATUSES.index(self.session.status))

    def show_results(self) -> None:
        """Switch to the results tab (building it the first time)."""
        self.tabs.setCurrentIndex(1)

    def show_questions(self) -> None:
        """Switch to the questions tab."""
        self.tabs.setCurrentIndex(0)

    def show_review(self) -> None:
        """Switch to the review comments (building them the first time)."""
        self.tabs.setCurrentIndex(2)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.results is None:
            from raiassess.gui.results import ResultsPage  # QtCharts loads only now

            self.results = ResultsPage(self.session, self.tabs)
            self.results.questionRequested.connect(self.go_to_question)
            self._replace_tab(1, self.results, "results", self.tr("&Results"))
        elif index == 2 and self.review is None:
            from raiassess.gui.review import ReviewPage

            self.review = ReviewPage(self.session, lambda: self.questions.current_question,
                                     self.tabs)
            self.review.questionRequested.connect(self.go_to_question)
            self._replace_tab(2, self.review, "review", self.tr("Re&view"))
        elif index == 2 and self.review is not None:
            self.review.refresh_about()
        if index != 0:
            self.questions.flush()

    def _replace_tab(self, index: int, page: QWidget, icon_name: str, text: str) -> None:
        placeholder = self.tabs.widget(index)
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, icon(icon_name), text)
            self.tabs.setCurrentIndex(index)
        if placeholder is not None:
            placeholder.deleteLater()

    def go_to_question(self, question_id: str) -> None:
        """Show a question on the questions tab."""
        self.show_questions()
        self.questions.go_to_question(question_id)
