"""The results: overall level, charts of the sections' risk, what contributes, the action plan.

This module imports QtCharts (through ``charts``), which is slow to load; the main window
imports it only when the results are first shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.scoring import Contribution, ScoreResult
from raiassess.gui.action_plan import ActionPlanPanel
from raiassess.gui.charts import RadarChart, SectionBars, SectionLegend
from raiassess.gui.explanation import (
    Findings,
    QuestionRow,
    RecommendationRow,
    WhyPanel,
    not_asked_reason,
    range_text,
)
from raiassess.gui.look import (
    ITEM_ID,
    Callout,
    Panel,
    accent,
    dim,
    heading,
    level_badge,
    scroll_body,
    sub_heading,
    warning_text,
)
from raiassess.gui.session import AssessmentSession

TOP_CONTRIBUTIONS = 10


class ContributionRow(QuestionRow):
    """One answer that adds to the risk: the question, the answer, what to do about it."""

    def __init__(self, contribution: Contribution, parent: QWidget | None = None) -> None:
        super().__init__("contributionRow", contribution, contribution.question_id,
                         contribution.number, parent)
        self.contribution = contribution
        grid = self.grid
        grid.setVerticalSpacing(2)
        number = accent(heading(QLabel(contribution.number, self)))
        number.setObjectName("questionNumber")
        question = heading(QLabel(contribution.question, self))
        question.setObjectName("questionText")
        question.setWordWrap(True)
        if contribution.kind == "control":
            points = self.tr("Answer: {answer} — {points} of {most} control points").format(
                answer=contribution.answer, points=f"{contribution.mitigation:g}",
                most=f"{contribution.mitigation_max:g}")
        elif contribution.kind == "impact":
            points = self.tr("Answer: {answer} — {points} of {most} impact points").format(
                answer=contribution.answer, points=f"{contribution.risk:g}",
                most=f"{contribution.risk_max:g}")
        else:
            points = self.tr("Answer: {answer} — {risk} of {most} risk points").format(
                answer=contribution.answer, risk=f"{contribution.risk:g}",
                most=f"{contribution.risk_max:g}")
        answer = QLabel(points, self)
        answer.setObjectName("contributionAnswer")
        dim(answer)
        answer.setWordWrap(True)
        advice = Callout("\n".join(contribution.recommendations), self)
        advice.setObjectName("recommendation")
        advice.setVisible(bool(contribution.recommendations))
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(question, 0, 1)
        grid.addWidget(answer, 1, 1)
        grid.addWidget(advice, 2, 1)
        self.buttons.addStretch(1)
        grid.addLayout(self.buttons, 0, 2, 3, 1)
        grid.setColumnStretch(1, 1)


def _rows(parent: QWidget, name: str) -> tuple[QWidget, QVBoxLayout]:
    """A column of result rows, a little apart from each other."""
    column = QWidget(parent)
    column.setObjectName(name)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    return column, layout


class ResultsPage(QScrollArea):
    """Everything the score says, and the plan to lower it."""

    questionRequested = Signal(str)  # go answer this question

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.session = session
        body = QWidget(self)
        layout = scroll_body(self, body, "resultsBody", (20, 16, 20, 20), 14)

        # What blocks the system, or contradicts itself, comes before everything else.
        self.findings = Findings(body)
        layout.addWidget(self.findings)

        # The overall level and completeness.
        banner = Panel(body)
        banner.setObjectName("levelBanner")
        banner_layout = QGridLayout(banner)
        banner_layout.setContentsMargins(16, 12, 16, 12)
        self.level_badge = QLabel(banner)
        self.level_badge.setObjectName("levelBadge")
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_badge.setMinimumWidth(150)
        self.figures = QLabel(banner)
        self.figures.setObjectName("resultFigures")
        self.figures.setWordWrap(True)
        self.level_description = QLabel(banner)
        self.level_description.setObjectName("levelDescription")
        self.level_description.setWordWrap(True)
        self.completeness_bar = QProgressBar(banner)
        self.completeness_bar.setObjectName("completenessBar")
        self.completeness_bar.setRange(0, 100)
        self.completeness_bar.setAccessibleName(self.tr("Completeness"))
        self.completeness_bar.setFormat(self.tr("%p% complete"))
        self.range_note = warning_text(QLabel(banner))
        self.range_note.setObjectName("rangeNote")
        self.range_note.setWordWrap(True)
        banner_layout.addWidget(self.level_badge, 0, 0, 4, 1)
        banner_layout.addWidget(self.figures, 0, 1)
        banner_layout.addWidget(self.range_note, 1, 1)
        banner_layout.addWidget(self.level_description, 2, 1)
        banner_layout.addWidget(self.completeness_bar, 3, 1)
        banner_layout.setColumnStretch(1, 1)
        banner_layout.setHorizontalSpacing(16)
        layout.addWidget(banner)

        charts = QHBoxLayout()
        self.radar = RadarChart(body)
        self.bars = SectionBars(body)
        charts.addWidget(self.radar, 1)
        charts.addWidget(self.bars, 1)
        layout.addLayout(charts)
        self.legend = SectionLegend(body)
        layout.addWidget(self.legend)

        layout.addWidget(sub_heading(self.tr("Why this level"), body))
        self.why = WhyPanel(body)
        layout.addWidget(self.why)

        # What to do, the recommendations ranked by what acting on them takes off.
        self.recommendations_heading = sub_heading(
            self.tr("What to do, most effective first"), body)
        layout.addWidget(self.recommendations_heading)
        self.recommendations, self.recommendations_layout = _rows(body, "recommendations")
        self.recommendation_rows: list[RecommendationRow] = []
        layout.addWidget(self.recommendations)

        # What contributes most, with what to do (format 1: its risk points).
        self.contributions_heading = sub_heading(
            self.tr("What contributes most to the risk"), body)
        layout.addWidget(self.contributions_heading)
        self.contributions, self.contributions_layout = _rows(body, "contributions")
        self.contributions.setAccessibleName(self.tr("Answers that contribute most"))
        self.contribution_rows: list[ContributionRow] = []
        self.no_contribution = QLabel(self.tr("No answer adds to the risk so far."), body)
        self.no_contribution.setObjectName("emptyHint")
        dim(self.no_contribution)
        layout.addWidget(self.contributions)
        layout.addWidget(self.no_contribution)

        lower = QHBoxLayout()
        lower.setSpacing(16)
        # Unanswered questions.
        unanswered_box = QVBoxLayout()
        self.unanswered_heading = sub_heading("", body)
        unanswered_box.addWidget(self.unanswered_heading)
        self.unanswered = QListWidget(body)
        self.unanswered.setObjectName("unansweredList")
        self.unanswered.setAccessibleName(self.tr("Required questions not yet answered"))
        self.unanswered.setWordWrap(True)
        self.unanswered.itemActivated.connect(
            self._unanswered_activated)
        unanswered_box.addWidget(self.unanswered)
        self.not_asked_heading = sub_heading("", body)
        unanswered_box.addWidget(self.not_asked_heading)
        self.not_asked = QListWidget(body)
        self.not_asked.setObjectName("notAskedList")
        self.not_asked.setAccessibleName(self.tr("Questions not asked, and why"))
        self.not_asked.setWordWrap(True)
        self.not_asked.itemActivated.connect(self._unanswered_activated)
        unanswered_box.addWidget(self.not_asked)
        lower.addLayout(unanswered_box, 2)

        # The action plan.
        self.plan = ActionPlanPanel(session, body)
        lower.addWidget(self.plan, 3)
        layout.addLayout(lower)
        self.setWidget(body)

        session.scoreChanged.connect(self.show_score)
        self.show_score(session.score)

    def show_score(self, score: ScoreResult) -> None:
        """Show a result."""
        level = score.level
        self.findings.show_score(score)
        scored = level_badge(self.level_badge, score,
                             "border-radius:8px; padding:12px; font-size:15pt;")
        if score.blocking:
            label = self.tr("{level}\nblocked").format(level=level.label)
        elif not scored:
            label = self.tr("Not scored\nyet")
        elif score.level_range is not None:
            label = self.tr("{level}\nso far").format(level=level.label)
        else:
            label = self.tr("{level}\nrisk").format(level=level.label)
        self.level_badge.setText(label)
        self.level_badge.setAccessibleName(self.tr("Overall risk level: {level}").format(
            level=label.replace("\n", " ")))
        self.figures.setText(self.tr(
            "Residual risk {residual}% · inherent {inherent}% · mitigation {mitigation}% · "
            "{answered} of {visible} questions answered").format(
            residual=f"{score.residual:.0f}", inherent=f"{score.inherent:.0f}",
            mitigation=f"{score.mitigation:.0f}", answered=score.answered_questions,
            visible=score.visible_questions))
        self.level_description.setText(level.description if scored else self.tr(
            "Answer the questions to see where the risk lies. Each answer is scored as soon "
            "as you give it."))
        self.level_description.setVisible(bool(self.level_description.text()))
        self.range_note.setText(range_text(score))
        self.range_note.setVisible(bool(self.range_note.text()))
        self.why.show_score(score)
        self.completeness_bar.setValue(round(score.completeness))
        self.radar.show_score(score)
        self.bars.show_score(score)
        self.legend.show_score(score)

        for advice in self.recommendation_rows:
            advice.deleteLater()
        self.recommendation_rows = []
        for recommendation in score.ranked_recommendations[:TOP_CONTRIBUTIONS]:
            advice = RecommendationRow(recommendation, self.recommendations)
            advice.goRequested.connect(self.questionRequested)
            advice.actionRequested.connect(self.plan.action_from_recommendation)
            self.recommendations_layout.addWidget(advice)
            self.recommendation_rows.append(advice)
        self.recommendations_heading.setVisible(bool(self.recommendation_rows))
        self.recommendations.setVisible(bool(self.recommendation_rows))

        for row in self.contribution_rows:
            row.deleteLater()
        self.contribution_rows = []
        # Format 2 ranks what to do above; format 1 lists the answers by risk points.
        shown = score.contributions[:TOP_CONTRIBUTIONS] if score.format_version == 1 else ()
        self.contributions_heading.setVisible(score.format_version == 1)
        for contribution in shown:
            row = ContributionRow(contribution, self.contributions)
            row.goRequested.connect(self.questionRequested)
            row.actionRequested.connect(self.plan.action_from_contribution)
            self.contributions_layout.addWidget(row)
            self.contribution_rows.append(row)
        self.no_contribution.setVisible(not self.contribution_rows and
                                        score.format_version == 1)

        self.unanswered.clear()
        missing = score.missing_required
        self.unanswered_heading.setText(
            self.tr("Required questions not yet answered ({count})").format(count=len(missing))
            if missing else self.tr("Every required question is answered"))
        for ref in missing:
            item = QListWidgetItem(f"{ref.number}  {ref.text}")
            item.setData(ITEM_ID, ref.question_id)
            self.unanswered.addItem(item)
        self.not_asked.clear()
        self.not_asked_heading.setText(self.tr("Not asked ({count})").format(
            count=len(score.not_asked)))
        session = self.session
        for item_data in score.not_asked:
            reason = not_asked_reason(item_data, session)
            item = QListWidgetItem(f"{item_data.number}  {reason}")
            item.setData(ITEM_ID, item_data.question_id)
            self.not_asked.addItem(item)
        self.not_asked_heading.setVisible(bool(score.not_asked))
        self.not_asked.setVisible(bool(score.not_asked))

    def _unanswered_activated(self, item: QListWidgetItem) -> None:
        self.questionRequested.emit(item.data(ITEM_ID))
