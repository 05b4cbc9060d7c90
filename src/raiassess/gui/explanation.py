"""What the results say beyond the figures: findings that block or contradict, why the
level is what it is, what to do (most effective first) and what was not asked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from raiassess.core.scoring import NotAsked, Recommendation, ScoreResult, answer_label, is_answered
from raiassess.gui.icons import icon
from raiassess.gui.look import Callout, Panel, accent, dim, heading, warning_text
from raiassess.gui.session import AssessmentSession

SHOWN = 5
"""How many impact answers, control effects and level movers the explanation names."""


class Findings(QWidget):
    """Blocking findings and contradictions, each on a panel of its own, shown first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setAccessibleName(self.tr("Findings"))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.panels: list[Panel] = []

    def show_score(self, score: ScoreResult) -> None:
        """Show the findings of a result (none: nothing shows)."""
        for panel in self.panels:
            panel.deleteLater()
        self.panels = []
        for finding in (*score.blocking, *score.contradictions):
            panel = Panel(self, radius=6)
            panel.setObjectName("blockingFinding" if finding.kind == "blocking"
                                else "contradiction")
            layout = QVBoxLayout(panel)
            layout.setContentsMargins(12, 8, 12, 8)
            kind = self.tr("Blocking finding") if finding.kind == "blocking" \
                else self.tr("Contradiction in the answers")
            layout.addWidget(warning_text(heading(QLabel(kind, panel))))
            text = QLabel(finding.text, panel)
            text.setObjectName("findingText")
            text.setWordWrap(True)
            layout.addWidget(text)
            if finding.questions:
                where = dim(QLabel(self.tr("From the answers to {numbers}").format(
                    numbers=", ".join(q.number for q in finding.questions)), panel))
                layout.addWidget(where)
            self.box.addWidget(panel)
            self.panels.append(panel)
        self.setVisible(bool(self.panels))


def not_asked_reason(item: NotAsked, session: AssessmentSession) -> str:
    """Why a question is not asked, in the interface language: the answers that hid it."""
    parts = []
    for qid in item.because:
        question = session.questionnaire.question(qid)
        if question is None:
            continue
        number = session.questionnaire.number_of(qid)
        value = session.values.get(qid)
        if not session.visible.get(qid, False):
            part = QCoreApplication.translate("Explanation", "{number} is not asked")
        elif not is_answered(value):
            part = QCoreApplication.translate("Explanation", "{number} is not answered yet")
        else:
            part = QCoreApplication.translate("Explanation", "{number} is answered '{answer}'")
        parts.append(part.format(number=number, answer=answer_label(question, value,
                                                                    session.language)))
    if parts:
        text = QCoreApplication.translate("Explanation", "Not asked because {reasons}").format(
            reasons=QCoreApplication.translate("Explanation", " and ").join(parts))
    else:
        text = QCoreApplication.translate("Explanation", "Not asked, given the other answers")
    if item.counted_as:
        text += QCoreApplication.translate(
            "Explanation", "; counted as '{answer}' because it was not examined").format(
            answer=item.counted_as)
    return text


def range_text(score: ScoreResult) -> str:
    """A draft's range in a sentence, in the interface language; empty when complete."""
    reach = score.level_range
    if reach is None:
        return ""
    if reach.settled:
        return QCoreApplication.translate(
            "Explanation", "This assessment is not finished; it stays {level} whatever the "
            "open questions say.").format(level=reach.lowest.label)
    return QCoreApplication.translate(
        "Explanation", "This assessment is not finished: the level is the level so far. Once "
        "complete it can land anywhere from {low} to {high} (residual risk {low_figure}% to "
        "{high_figure}%).").format(low=reach.lowest.label, high=reach.highest.label,
                                   low_figure=f"{reach.residual_low:.0f}",
                                   high_figure=f"{reach.residual_high:.0f}")


class WhyPanel(QLabel):
    """Why the level is what it is, in a few lines of rich text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whyThisLevel")
        self.setAccessibleName(self.tr("Why this level"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_score(self, score: ScoreResult) -> None:
        """Explain a result."""
        why = score.explanation
        if why is None:
            self.setText("")
            return
        lines = []
        if why.level_from_score.id != score.level.id:
            lines.append(self.tr("The residual risk alone gives {scored}; the level is "
                                 "{level} because:").format(
                scored=escape(why.level_from_score.label),
                level=f"<b>{escape(score.level.label)}</b>"))
            reasons = [f.text for f in score.findings
                       if f.level is not None and f.level.rank > why.level_from_score.rank]
            if why.held_by_impact is not None:
                reasons.insert(0, self.tr("Controls take a system at most {steps} level(s) "
                                          "below the level of its impact ({level}).").format(
                    steps=why.steps_down, level=why.held_by_impact.label))
            lines += [f"&nbsp;&nbsp;• {escape(reason)}" for reason in reasons]
        else:
            lines.append(self.tr("The residual risk of {figure}% gives {level}.").format(
                figure=f"{score.residual:.0f}", level=f"<b>{escape(score.level.label)}</b>"))
        drivers = why.impact_drivers[:SHOWN]
        sets_it = self.tr("What sets it:")
        take_off = self.tr("What the controls take off:")
        would_lower = self.tr("What would lower the level:")
        if drivers:
            lines.append(f"<b>{sets_it}</b> " + "; ".join(
                f"{escape(c.number)} {escape(c.answer)}" for c in drivers))
        effects = [e for e in why.control_effects if e.lowers_by > 0][:SHOWN]
        if effects:
            lines.append(f"<b>{take_off}</b> " + "; ".join(
                self.tr("{number} {answer}: {points} points").format(
                    number=escape(e.question.number), answer=escape(e.answer),
                    points=f"{e.lowers_by:.1f}") for e in effects))
        if why.level_movers:
            lines.append(f"<b>{would_lower}</b> " + "; ".join(
                self.tr("{number} from {answer} to {instead} gives {level}").format(
                    number=escape(m.question.number), answer=escape(m.answer),
                    instead=f"<b>{escape(m.instead)}</b>", level=escape(m.level.label))
                for m in why.level_movers))
        elif score.level.rank > 0 and not score.blocking:
            lines.append(self.tr("No single answer changed to its best lowers the level on "
                                 "its own."))
        self.setText("<br/>".join(lines))


class QuestionRow(Panel):
    """A row about one or more answers, with "Go to question" and "Turn into an action…".

    The row puts its own content in ``grid`` and ``buttons`` in the last column.
    """

    goRequested = Signal(str)  # question id
    actionRequested = Signal(object)  # what the row shows

    def __init__(self, name: str, item: object, question_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, radius=6)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.grid.setHorizontalSpacing(12)
        self.go_button = QPushButton(self.tr("Go to question"), self)
        self.go_button.setAccessibleName(self.tr("Go to question {number}").format(
            number=number))
        self.go_button.clicked.connect(lambda: self.goRequested.emit(question_id))
        self.action_button = QPushButton(icon("action"), self.tr("Turn into an action…"), self)
        self.action_button.setAccessibleName(self.tr("Turn {number} into an action").format(
            number=number))
        self.action_button.clicked.connect(lambda: self.actionRequested.emit(item))
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(4)
        self.buttons.addWidget(self.action_button)
        self.buttons.addWidget(self.go_button)


class RecommendationRow(QuestionRow):
    """One thing to do, with what doing it takes off the residual risk."""

    def __init__(self, recommendation: Recommendation, parent: QWidget | None = None) -> None:
        first = recommendation.questions[0]
        super().__init__("recommendationRow", recommendation, first.question_id,
                         first.number, parent)
        self.recommendation = recommendation
        grid = self.grid
        gain = self.tr("{points} points off").format(points=f"{recommendation.lowers_by:.1f}") \
            if recommendation.lowers_by > 0 else self.tr("level unchanged")
        points = accent(heading(QLabel(gain, self)))
        points.setObjectName("recommendationGain")
        text = Callout(recommendation.text, self)
        text.setObjectName("recommendation")
        where = dim(QLabel(self.tr("Questions {numbers}").format(
            numbers=", ".join(q.number for q in recommendation.questions)), self))
        grid.addWidget(points, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 0, 1)
        grid.addWidget(where, 1, 1)
        grid.addLayout(self.buttons, 0, 2, 2, 1)
        grid.setColumnStretch(1, 1)
