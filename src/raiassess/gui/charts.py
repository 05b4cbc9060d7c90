"""The charts of the results: the sections' residual risk as a radar, inherent against
residual risk as bars, and the legend that names the sections both number.

This is the one module that imports QtCharts, which is slow to load: the results page
imports it, and the window imports the results only when they are first shown.
"""

from __future__ import annotations

from typing import TypeVar

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
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from raiassess.core.scoring import ScoreResult, SectionScore
from raiassess.gui.look import accent, dim, heading
from raiassess.gui.theme import is_dark

INHERENT_COLOUR = "#e0913a"
RESIDUAL_COLOUR = "#3d7cc9"

AnyChart = TypeVar("AnyChart", bound=QChart)


def _style_chart(chart: QChart) -> None:
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark()
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)


def _percent_axis() -> QValueAxis:
    """0 to 100 %, in quarters."""
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(5)
    axis.setLabelFormat("%d%%")
    return axis


class _ChartView(QChartView):
    """A chart redrawn whole for each result, in the colours of the current theme."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 340)

    @staticmethod
    def _new_chart(chart: AnyChart, title: str) -> AnyChart:
        """A new chart, styled for the theme (before its series: the theme colours them)."""
        _style_chart(chart)
        chart.setTitle(title)
        return chart

    def _replace_chart(self, chart: QChart) -> None:
        """Show a new chart in place of the last one, which goes."""
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class RadarChart(_ChartView):
    """The residual risk of each section as a filled polygon (0–100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("radarChart", parent)
        self.setAccessibleName(self.tr("Residual risk by section"))

    def show_score(self, score: ScoreResult) -> None:
        """Draw the sections of a result."""
        chart = self._new_chart(QPolarChart(), self.tr("Residual risk by section"))
        sections = score.sections
        count = max(1, len(sections))
        angular = QCategoryAxis()
        angular.setRange(0, count)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # Spokes carry the sections' numbers; the legend under the charts names them (whole
        # titles do not fit around a circle without being cut).
        for index, section in enumerate(sections):
            angular.append(str(section.number), index)
        radial = _percent_axis()
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        outline = QLineSeries()
        points = [QPointF(i, _plotted(s.residual, s)) for i, s in enumerate(sections)]
        outline.append([*points, QPointF(count, points[0].y() if points else 0)])
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
        self._replace_chart(chart)


def _plotted(value: float, section: SectionScore) -> float:
    """A section's figure as the charts draw it: nothing for a section with nothing to
    score (not asked, or no answer that scores), whose figures would read as risk."""
    return value if section.applicable else 0.0


class SectionBars(_ChartView):
    """Inherent against residual risk, side by side for each section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sectionBars", parent)
        self.setAccessibleName(self.tr("Inherent and residual risk by section"))

    def show_score(self, score: ScoreResult) -> None:
        """Draw the sections of a result."""
        chart = self._new_chart(QChart(), self.tr("Inherent and residual risk"))
        inherent = QBarSet(self.tr("Inherent"))
        residual = QBarSet(self.tr("Residual"))
        inherent.setColor(QColor(INHERENT_COLOUR))
        residual.setColor(QColor(RESIDUAL_COLOUR))
        for section in score.sections:
            inherent.append(_plotted(section.inherent, section))
            residual.append(_plotted(section.residual, section))
        series = QBarSeries()
        series.append(inherent)
        series.append(residual)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(section.number) for section in score.sections])
        categories.setTitleText(self.tr("Section"))
        values = _percent_axis()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self._replace_chart(chart)


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
