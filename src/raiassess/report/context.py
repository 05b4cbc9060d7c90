"""What every part of the report reads: the assessment, its score, and shared helpers."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from raiassess.core.answers import Action, AnswersFile, ReviewComment
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.scoring import Contribution, ScoreResult, level_colour
from raiassess.core.text import localized
from raiassess.report.charts import LevelBand
from raiassess.report.markup import escape
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import FAINT, RULE, TINT, Styles, hex_of, text_on, tint

NBSP = "\u00a0"


@dataclass(frozen=True)
class ReportContext:
    """The assessment being reported on, with indexes the chapters look things up in."""

    questionnaire: Questionnaire
    answers: AnswersFile
    result: ScoreResult
    styles: Styles
    language: str
    generated_at: dt.datetime
    fingerprint: str
    width: float
    """The width of the text frame, in points."""
    contributions: dict[str, Contribution] = field(default_factory=dict)
    actions_for: dict[str, list[int]] = field(default_factory=dict)
    """Question id → numbers (1-based) of the actions that answer it."""
    comments_for: dict[str, list[ReviewComment]] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()
    """Questions not asked because of earlier answers."""

    @classmethod
    def build(cls, questionnaire: Questionnaire, answers: AnswersFile, result: ScoreResult,
              *, styles: Styles, language: str, generated_at: dt.datetime,
              fingerprint: str, width: float) -> ReportContext:
        """Index contributions, actions and comments by question."""
        actions_for: dict[str, list[int]] = defaultdict(list)
        for number, action in enumerate(answers.actions, start=1):
            for qid in dict.fromkeys(action.questions):
                actions_for[qid].append(number)
        comments_for: dict[str, list[ReviewComment]] = defaultdict(list)
        for comment in answers.comments:
            if comment.question:
                comments_for[comment.question].append(comment)
        return cls(questionnaire, answers, result, styles, language, generated_at,
                   fingerprint, width,
                   {c.question_id: c for c in result.contributions},
                   dict(actions_for), dict(comments_for),
                   frozenset(result.hidden_questions))

    def text(self, value: dict[str, str] | None) -> str:
        """Questionnaire text in the report's language."""
        return localized(value, self.language)

    def number(self, question_id: str) -> str:
        """A question's number, or its id if the questionnaire does not have it."""
        if self.questionnaire.question(question_id) is None:
            return question_id
        return self.questionnaire.number_of(question_id)

    def is_visible(self, question: Question) -> bool:
        """Whether the question was asked, given the answers."""
        return question.id not in self.hidden

    def question_link(self, question_id: str) -> str:
        """A question's number, linked to it where the answers by section show it."""
        number = escape(self.number(question_id))
        if self.questionnaire.question(question_id) is None or question_id in self.hidden:
            return number
        return f'<a href="#q-{question_id}">{number}</a>'

    def level_bands(self) -> list[LevelBand]:
        """Every level of the questionnaire with its colour, lowest first."""
        scoring = self.questionnaire.scoring
        return [LevelBand(scoring.band_start(level), self.text(level.label),
                          level_colour(self.questionnaire, level))
                for level in scoring.scored_levels()]

    def action_label(self, number: int) -> str:
        """How actions are referred to: A1, A2..."""
        return f"A{number}"

    def action(self, number: int) -> Action:
        """An action by its 1-based number."""
        return self.answers.actions[number - 1]


def percent(value: float) -> str:
    """A percentage as printed in the report: one decimal, unbreakable from its sign."""
    return f"{value:.1f}{NBSP}%"


def points(value: float) -> str:
    """Points without a needless decimal."""
    return f"{value:g}"


def date_text(value: dt.date | dt.datetime | None) -> str:
    """A date as printed in the report (ISO, readable everywhere)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def level_cell(label: str, colour: str, styles: Styles) -> Paragraph:
    """A level's name, in the colour that contrasts with its background."""
    text_colour = hex_of(text_on(colour))
    return Paragraph(f'<font color="{text_colour}"><b>{escape(label)}</b></font>',
                     styles.cell)


def overall_badge(ctx: ReportContext) -> Table:
    """The overall residual level as a coloured block with the three headline figures."""
    styles, result = ctx.styles, ctx.result
    level = result.level
    fg = hex_of(text_on(level.color))
    reach = result.level_range
    kicker = "OVERALL RESIDUAL RISK, SO FAR" if reach is not None else "OVERALL RESIDUAL RISK"
    label = Paragraph(
        f'<font color="{fg}" size="8">{kicker}</font><br/>'
        f'<font color="{fg}" size="20">{escape(level.label)}</font>',
        styles.cell.clone("badge_label", leading=24))
    lines = [f"Residual risk <b>{percent(result.residual)}</b>",
             f"{'Inherent impact' if result.format_version == 2 else 'Inherent risk'} "
             f"{percent(result.inherent)}",
             f"{'Control coverage' if result.format_version == 2 else 'Mitigation'} "
             f"{percent(result.mitigation)}"]
    if reach is not None and not reach.settled:
        lines.append(f"Once complete: <b>{escape(reach.lowest.label)}</b> to "
                     f"<b>{escape(reach.highest.label)}</b>")
    figures = Paragraph("<br/>".join(lines), styles.cell.clone("fig", leading=14))
    table = Table([[label, figures]], colWidths=[ctx.width * 0.55, ctx.width * 0.45],
                  hAlign="LEFT")
    table.setStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor(level.color)),
                    ("BACKGROUND", (1, 0), (1, 0), tint(level.color, 0.12)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 9),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    return table


def grid_table(rows: list[list[object]], widths: list[float], *, header: bool = True,
               extra: list[tuple[object, ...]] | None = None) -> Table:
    """A table in the report's house style: light rules, a tinted header row."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), TINT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, FAINT)]
    table.setStyle(TableStyle(commands + (extra or [])))
    return table
