"""The results: overall level, charts of the sections' risk, what contributes, the action plan.

This module imports QtCharts, which is slow to load; the main window imports it only
when the results are first shown.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.scoring import Contribution, ScoreResult
from raiassess.gui.actions import ActionDialog
from raiassess.gui.errors import confirm
from raiassess.gui.icons import icon
from raiassess.gui.look import Callout, Panel, accent, badge_text_colour, dim, heading, scroll_body
from raiassess.gui.models import ITEM_ROLE, ActionTableModel
from raiassess.gui.session import AssessmentSession
from raiassess.gui.theme import is_dark

TOP_CONTRIBUTIONS = 10
QUESTION_ID = Qt.ItemDataRole.UserRole
INHERENT_COLOUR = "#e0913a"
RESIDUAL_COLOUR = "#3d7cc9"


def _style_chart(chart: QChart) -> None:
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark()
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)


def _short(title: str, limit: int = 22) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class RadarChart(QChartView):
    """The residual risk of each section as a filled polygon (0–100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 340)
        self.setAccessibleName(self.tr("Residual risk by section"))

    def show_score(self, score: ScoreResult) -> None:
        """Draw the sections of a result."""
        chart = QPolarChart()
        _style_chart(chart)
        chart.setTitle(self.tr("Residual risk by section"))
        sections = score.sections
        count = max(1, len(sections))
        angular = QCategoryAxis()
        angular.setRange(0, count)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # Spokes carry the sections' numbers; the legend under the charts names them (whole
        # titles do not fit around a circle without being cut).
        for index, section in enumerate(sections):
            angular.append(str(section.number), index)
        radial = QValueAxis()
        radial.setRange(0, 100)
        radial.setTickCount(5)
        radial.setLabelFormat("%d%%")
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        outline = QLineSeries()
        points = [QPointF(i, s.residual) for i, s in enumerate(sections)]
        outline.append([*points, QPointF(count, sections[0].residual if sections else 0)])
        area = QAreaSeries(outline)
        # The area series does not own its outline: keep it alive as long as the chart.
        outline.setParent(chart)
        area.setName(self.tr("Residual risk"))
        colour = QColor(RESIDUAL_COLOUR)
        area.setPen(QPen(colour, 2))
        fill = QColor(colour)
        fill.setAlpha(90)
        area.setBrush(fill)
        chart.addSeries(area)
        area.attachAxis(angular)
        area.attachAxis(radial)
        chart.legend().hide()
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class SectionBars(QChartView):
    """Inherent against residual risk, side by side for each section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionBars")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 340)
        self.setAccessibleName(self.tr("Inherent and residual risk by section"))

    def show_score(self, score: ScoreResult) -> None:
        """Draw the sections of a result."""
        chart = QChart()
        _style_chart(chart)
        chart.setTitle(self.tr("Inherent and residual risk"))
        inherent = QBarSet(self.tr("Inherent"))
        residual = QBarSet(self.tr("Residual"))
        inherent.setColor(QColor(INHERENT_COLOUR))
        residual.setColor(QColor(RESIDUAL_COLOUR))
        for section in score.sections:
            inherent.append(section.inherent)
            residual.append(section.residual)
        series = QBarSeries()
        series.append(inherent)
        series.append(residual)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(section.number) for section in score.sections])
        categories.setTitleText(self.tr("Section"))
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(5)
        values.setLabelFormat("%d%%")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class SectionLegend(QWidget):
    """The sections by number, as both charts label them: title and residual risk."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionLegend")
        self.setAccessibleName(self.tr("Sections of the charts"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 2, 8, 10)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.entries: list[tuple[QLabel, QLabel, QLabel]] = []

    def show_score(self, score: ScoreResult) -> None:
        """Name the sections of a result."""
        for labels in self.entries:
            for label in labels:
                label.deleteLater()
        self.entries = []
        sections = score.sections
        rows = -(-len(sections) // self.COLUMNS)
        for index, section in enumerate(sections):
            row, column = index % rows, index // rows
            number = accent(heading(QLabel(str(section.number), self)))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            title = QLabel(section.title, self)
            title.setObjectName("legendTitle")
            title.setWordWrap(True)
            residual = dim(QLabel(f"{section.residual:.0f} %" if section.applicable
                                  else "–", self))
            residual.setToolTip(self.tr("Residual risk of the section"))
            residual.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(number, row, column * 3)
            self.grid.addWidget(title, row, column * 3 + 1)
            self.grid.addWidget(residual, row, column * 3 + 2)
            self.entries.append((number, title, residual))
        for column in range(self.COLUMNS):
            self.grid.setColumnStretch(column * 3 + 1, 1)
            if column:
                self.grid.setColumnMinimumWidth(column * 3, 28)


class ContributionRow(Panel):
    """One answer that adds to the risk: the question, the answer, what to do about it."""

    goRequested = Signal(str)  # question id
    actionRequested = Signal(object)  # Contribution

    def __init__(self, contribution: Contribution, parent: QWidget | None = None) -> None:
        super().__init__(parent, radius=6)
        self.contribution = contribution
        self.setObjectName("contributionRow")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        number = accent(heading(QLabel(contribution.number, self)))
        number.setObjectName("questionNumber")
        question = heading(QLabel(contribution.question, self))
        question.setObjectName("questionText")
        question.setWordWrap(True)
        answer = QLabel(self.tr("Answer: {answer} — {risk} of {most} risk points").format(
            answer=contribution.answer, risk=f"{contribution.risk:g}",
            most=f"{contribution.risk_max:g}"), self)
        answer.setObjectName("contributionAnswer")
        dim(answer)
        answer.setWordWrap(True)
        advice = Callout("\n".join(contribution.recommendations), self)
        advice.setObjectName("recommendation")
        advice.setVisible(bool(contribution.recommendations))
        self.go_button = QPushButton(self.tr("Go to question"), self)
        self.go_button.setAccessibleName(self.tr("Go to question {number}").format(
            number=contribution.number))
        self.go_button.clicked.connect(lambda: self.goRequested.emit(contribution.question_id))
        self.action_button = QPushButton(icon("action"), self.tr("Turn into an action…"), self)
        self.action_button.setAccessibleName(self.tr("Turn {number} into an action").format(
            number=contribution.number))
        self.action_button.clicked.connect(lambda: self.actionRequested.emit(contribution))
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(question, 0, 1)
        grid.addWidget(answer, 1, 1)
        grid.addWidget(advice, 2, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 0, 2, 3, 1)
        grid.setColumnStretch(1, 1)


class ResultsPage(QScrollArea):
    """Everything the score says, and the plan to lower it."""

    questionRequested = Signal(str)  # go answer this question

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.session = session
        body = QWidget(self)
        layout = scroll_body(self, body, "resultsBody", (20, 16, 20, 20), 14)

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
        banner_layout.addWidget(self.level_badge, 0, 0, 3, 1)
        banner_layout.addWidget(self.figures, 0, 1)
        banner_layout.addWidget(self.level_description, 1, 1)
        banner_layout.addWidget(self.completeness_bar, 2, 1)
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

        # What contributes most, with what to do.
        layout.addWidget(self._heading(self.tr("What contributes most to the risk"), body))
        self.contributions = QWidget(body)
        self.contributions.setObjectName("contributions")
        self.contributions.setAccessibleName(self.tr("Answers that contribute most"))
        self.contributions_layout = QVBoxLayout(self.contributions)
        self.contributions_layout.setContentsMargins(0, 0, 0, 0)
        self.contributions_layout.setSpacing(6)
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
        self.unanswered_heading = self._heading("", body)
        unanswered_box.addWidget(self.unanswered_heading)
        self.unanswered = QListWidget(body)
        self.unanswered.setObjectName("unansweredList")
        self.unanswered.setAccessibleName(self.tr("Required questions not yet answered"))
        self.unanswered.setWordWrap(True)
        self.unanswered.itemActivated.connect(
            self._unanswered_activated)
        unanswered_box.addWidget(self.unanswered)
        lower.addLayout(unanswered_box, 2)

        # The action plan.
        plan_box = QVBoxLayout()
        plan_box.addWidget(self._heading(self.tr("Action plan"), body))
        self.action_model = ActionTableModel(self)
        self.actions_view = QTableView(body)
        self.actions_view.setObjectName("actionsTable")
        self.actions_view.setAccessibleName(self.tr("Action plan"))
        self.actions_view.setModel(self.action_model)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_view.verticalHeader().hide()
        self.actions_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.doubleClicked.connect(lambda _index: self.edit_action())
        self.actions_view.setMinimumHeight(180)
        plan_box.addWidget(self.actions_view)
        buttons = QHBoxLayout()
        self.add_action_button = QPushButton(icon("add"), self.tr("Add action…"), body)
        self.add_action_button.setObjectName("addActionButton")
        self.add_action_button.clicked.connect(lambda _checked=False: self.new_action())
        self.edit_action_button = QPushButton(icon("edit"), self.tr("Edit…"), body)
        self.edit_action_button.setObjectName("editActionButton")
        self.edit_action_button.clicked.connect(self.edit_action)
        self.delete_action_button = QPushButton(icon("delete"), self.tr("Delete"), body)
        self.delete_action_button.setObjectName("deleteActionButton")
        self.delete_action_button.clicked.connect(self.delete_action)
        for button in (self.add_action_button, self.edit_action_button,
                       self.delete_action_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        plan_box.addLayout(buttons)
        lower.addLayout(plan_box, 3)
        layout.addLayout(lower)
        self.setWidget(body)

        session.scoreChanged.connect(self.show_score)
        session.actionsChanged.connect(self._show_actions)
        self.show_score(session.score)
        self._show_actions()

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        label = heading(QLabel(text, parent), 1)
        label.setObjectName("subHeading")
        return label

    def show_score(self, score: ScoreResult) -> None:
        """Show a result."""
        level = score.level
        scored = any(section.applicable for section in score.sections)
        colour = level.color if scored else "#7a828e"
        label = self.tr("{level}\nrisk").format(level=level.label) if scored \
            else self.tr("Not scored\nyet")
        self.level_badge.setText(label)
        self.level_badge.setStyleSheet(
            f"background:{colour}; color:{badge_text_colour(colour).name()};"
            "border-radius:8px; padding:12px; font-size:15pt; font-weight:600;")
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
        self.completeness_bar.setValue(round(score.completeness))
        self.radar.show_score(score)
        self.bars.show_score(score)
        self.legend.show_score(score)

        for row in self.contribution_rows:
            row.deleteLater()
        self.contribution_rows = []
        for contribution in score.contributions[:TOP_CONTRIBUTIONS]:
            row = ContributionRow(contribution, self.contributions)
            row.goRequested.connect(self.questionRequested)
            row.actionRequested.connect(self.action_from_contribution)
            self.contributions_layout.addWidget(row)
            self.contribution_rows.append(row)
        self.no_contribution.setVisible(not self.contribution_rows)

        self.unanswered.clear()
        missing = score.missing_required
        self.unanswered_heading.setText(
            self.tr("Required questions not yet answered ({count})").format(count=len(missing))
            if missing else self.tr("Every required question is answered"))
        for ref in missing:
            item = QListWidgetItem(f"{ref.number}  {ref.text}")
            item.setData(QUESTION_ID, ref.question_id)
            self.unanswered.addItem(item)

    def _show_actions(self) -> None:
        self.action_model.set_items(self.session.actions)
        has = bool(self.session.actions)
        self.edit_action_button.setEnabled(has)
        self.delete_action_button.setEnabled(has)

    def _unanswered_activated(self, item: QListWidgetItem) -> None:
        self.questionRequested.emit(item.data(QUESTION_ID))

    # -- the action plan -------------------------------------------------------------

    def action_from_contribution(self, contribution: Contribution) -> None:
        """Open the action editor on a contribution's recommendation."""
        recommendation = " ".join(contribution.recommendations)
        title = recommendation or self.tr("Lower the risk of {number}").format(
            number=contribution.number)
        self.new_action(title=_short(title, 120), description=recommendation,
                        questions=(contribution.question_id,))

    def new_action(self, title: str = "", description: str = "",
                   questions: tuple[str, ...] = ()) -> None:
        """Create an action through the editor."""
        dialog = ActionDialog(self, title=title, description=description, questions=questions)
        if dialog.exec():
            fields = dialog.fields()
            self.session.add_action(fields.pop("title"), **fields)

    def _selected_action(self) -> object | None:
        index = self.actions_view.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def edit_action(self) -> None:
        """Edit the selected action."""
        action = self._selected_action()
        if action is None:
            return
        dialog = ActionDialog(self, action=action)  # type: ignore[arg-type]
        if dialog.exec():
            self.session.update_action(action.id, **dialog.fields())  # type: ignore[attr-defined]

    def delete_action(self) -> None:
        """Delete the selected action, once the user confirms."""
        action = self._selected_action()
        if action is None:
            return
        if confirm(self, self.tr("Delete action"),
                   self.tr("Delete the action “{title}”? This cannot be undone.").format(
                       title=action.title)):  # type: ignore[attr-defined]
            self.session.delete_action(action.id)  # type: ignore[attr-defined]
