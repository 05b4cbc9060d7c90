"""Answers by section: every question asked, with its answer, note, evidence, the points
it contributes and its framework references; unanswered questions say so."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from raiassess.core.answers import Answer
from raiassess.core.questionnaire import Question, Section
from raiassess.core.scoring import (
    SectionScore,
    answer_label,
    answer_points,
    is_answered,
    scored_points,
)
from raiassess.report.context import NBSP, ReportContext, date_text, level_cell, percent, points
from raiassess.report.markup import escape, link, text_blocks
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import ACCENT_HEX, INDENT, RULE, UNSCORED_HEX, tint
from raiassess.report.template import Heading

Progress = Callable[[int], None]
"""Called with the number of questions laid out so far."""

def section_key(number: int) -> str:
    """The destination name of a section's heading."""
    return f"section-{number}"


def answers_by_section(ctx: ReportContext, progress: Progress | None = None) -> list[Flowable]:
    """The chapter with every section and its questions."""
    styles = ctx.styles
    story: list[Flowable] = [Heading("Answers by section", styles.chapter,
                                     plain="Answers by section", key="answers", level=0)]
    done = 0
    for index, (section, score) in enumerate(
            zip(ctx.questionnaire.sections, ctx.result.sections, strict=True), start=1):
        if index > 1:
            story.append(PageBreak())
        story += _section(ctx, section, score)
        done += len(section.questions)
        if progress is not None:
            progress(done)
    story.append(PageBreak())
    return story


def _section(ctx: ReportContext, section: Section, score: SectionScore) -> list[Flowable]:
    styles = ctx.styles
    title = escape(score.title)
    story: list[Flowable] = [
        Heading(f"{score.number}{NBSP}{NBSP}{title}", styles.section,
                plain=f"{score.number}  {score.title}", key=section_key(score.number),
                level=1),
        _score_strip(ctx, score),
        Spacer(1, 4),
    ]
    if section.description:
        story.append(Paragraph(escape(ctx.text(section.description)), styles.muted))
    not_asked = {n.question_id: n for n in ctx.result.not_asked}
    hidden = []
    for question in section.questions:
        if not ctx.is_visible(question):
            hidden.append(not_asked.get(question.id))
            continue
        story += _question(ctx, question)
    if hidden:
        reasons = "; ".join(f"{escape(n.number)}: {escape(n.reason[0].lower() + n.reason[1:])}"
                            for n in hidden if n is not None)
        story.append(Paragraph(
            f"{len(hidden)} question{'s' if len(hidden) != 1 else ''} of this section "
            f"{'were' if len(hidden) != 1 else 'was'} not asked"
            + (f" ({reasons})." if reasons else "."), styles.muted))
    return story


def _score_strip(ctx: ReportContext, score: SectionScore) -> Table:
    styles = ctx.styles
    answered = f"{score.answered} of {score.visible} questions asked answered"
    if score.applicable:
        cells: list[object] = [
            Paragraph(f"Inherent <b>{percent(score.inherent)}</b>", styles.cell),
            Paragraph(f"Mitigation <b>{percent(score.mitigation)}</b>", styles.cell),
            Paragraph(f"Residual <b>{percent(score.residual)}</b>", styles.cell),
            level_cell(score.level.label, score.level.color, styles),
            Paragraph(answered, styles.cell),
        ]
        colour = score.level.color
    else:
        cells = [Paragraph("Not scored: no answered question here can carry risk.",
                           styles.cell), "", "", "", Paragraph(answered, styles.cell)]
        colour = UNSCORED_HEX
    widths = [32 * mm, 34 * mm, 32 * mm, 24 * mm, 0.0]
    widths[4] = ctx.width - sum(widths)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.10)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if score.applicable:
        commands.append(("BACKGROUND", (3, 0), (3, 0), colors.HexColor(colour)))
    else:
        commands.append(("SPAN", (0, 0), (3, 0)))
    table.setStyle(commands)
    return table


def _question(ctx: ReportContext, question: Question) -> list[Flowable]:
    styles = ctx.styles
    number = ctx.questionnaire.number_of(question.id)
    answer = ctx.answers.answers.get(question.id) or Answer()
    value = answer.value
    answered = is_answered(value)
    story: list[Flowable] = [
        Paragraph(f'<a name="q-{question.id}"/>{escape(ctx.text(question.text))}',
                  styles.question, bulletText=number),
    ]
    if not answered:
        need = "required" if question.required else "optional"
        story.append(Paragraph(f"<i>Not answered</i> ({need} question)", styles.missing))
    elif question.type == "text":
        story += text_blocks(str(value), styles.answer, lead="<b>Answer:</b>",
                             continued_style=styles.answer_more)
    else:
        label = answer_label(question, value, ctx.language)
        story.append(Paragraph(f"<b>Answer:</b> {escape(label)}", styles.answer))

    contribution = ctx.contributions.get(question.id)
    # Options of a multiple choice may share a recommendation: say it once.
    for recommendation in dict.fromkeys(contribution.recommendations if contribution else ()):
        story.append(Paragraph(
            f'<font color="{ACCENT_HEX}"><b>Recommendation:</b></font> '
            f"{escape(recommendation)}", styles.detail))
    if answer.note.strip():
        story += text_blocks(answer.note, styles.detail, lead="<b>Note:</b>",
                             continued_style=styles.detail_more)
    for index, evidence in enumerate(answer.evidence, start=1):
        label = "Evidence" if len(answer.evidence) == 1 else f"Evidence {index}"
        kind = "file" if evidence.kind == "file" else "link"
        description = evidence.description.strip()
        if description and len(description) <= 300 and "\n" not in description:
            story.append(Paragraph(f"<b>{label}</b> ({kind}): {escape(description)} — "
                                   f"{link(evidence.target)}", styles.detail))
        else:
            story.append(Paragraph(f"<b>{label}</b> ({kind}): {link(evidence.target)}",
                                   styles.detail))
            if description:
                story += text_blocks(evidence.description, styles.detail_more)
    story.append(Paragraph(_facts(ctx, question, answer, answered), styles.facts))
    story.append(HRFlowable(width=ctx.width - INDENT, thickness=0.3, color=RULE, spaceBefore=3,
                            spaceAfter=6, hAlign="RIGHT"))
    if _typed_length(answer) <= KEEP_TOGETHER:
        # A short question moves to the next page whole rather than leave its
        # recommendation or note at the top of a page, cut off from its question.
        return [KeepTogether(story)]
    return story


KEEP_TOGETHER = 1500
"""Questions with less user text than this (in characters) are never split."""


def _typed_length(answer: Answer) -> int:
    value = answer.value if isinstance(answer.value, str) else ""
    return (len(value) + len(answer.note)
            + sum(len(e.target) + len(e.description) for e in answer.evidence))


def _scored(question: Question, answer: Answer, answered: bool) -> str:
    """The points an answer carries: impact or control (format 2), risk and mitigation
    (format 1), or why it carries none."""
    scored = scored_points(question, answer.value if answered else None)
    if scored is not None:  # format 2
        kind, got, most = scored
        if kind == "not_applicable":
            return "Not applicable: out of the score"
        if not answered:
            return f"Not scored (up to {points(most)} {kind} points)"
        return f"{kind.capitalize()} {points(got)} of {points(most)} points"
    risk_max, mitigation_max = question.max_points()
    if risk_max <= 0 and mitigation_max <= 0:
        return "Not scored"
    if not answered:
        return f"Not scored (up to {points(risk_max)} risk points)"
    risk, mitigation, _ = answer_points(question, answer.value)
    scored_parts = []
    if risk_max > 0:
        scored_parts.append(f"Risk {points(risk)} of {points(risk_max)} points")
    if mitigation_max > 0:
        scored_parts.append(f"mitigation {points(mitigation)} of {points(mitigation_max)}")
    return ", ".join(scored_parts)


def _facts(ctx: ReportContext, question: Question, answer: Answer, answered: bool) -> str:
    """Points, who answered when, references and cross-references, on one muted line."""
    parts: list[str] = [_scored(question, answer, answered)]
    if answer.answered_by.strip() or answer.answered_at:
        who = f"by {escape(answer.answered_by)}" if answer.answered_by.strip() else ""
        when = f"on {date_text(answer.answered_at)}" if answer.answered_at else ""
        parts.append(" ".join(p for p in ("Answered", who, when) if p))
    if question.references:
        parts.append("References: " + "; ".join(escape(str(r)) for r in question.references))
    actions = ctx.actions_for.get(question.id)
    if actions:
        parts.append("Action" + ("s " if len(actions) > 1 else " ") + ", ".join(
            f'<a href="#action-{n}">{ctx.action_label(n)}</a>' for n in actions))
    comments = ctx.comments_for.get(question.id)
    if comments:
        parts.append(f'<a href="#review">{len(comments)} review comment'
                     f"{'s' if len(comments) != 1 else ''}</a>")
    return " · ".join(parts)

