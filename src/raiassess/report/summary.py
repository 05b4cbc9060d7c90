"""The executive summary: the overall level and what it means, the sections at a glance,
the charts, completeness, and the key risks with their recommendations."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from raiassess.core.scoring import Contribution, SectionScore
from raiassess.report import why
from raiassess.report.charts import RADAR_MAX_TITLED, ChartSection, radar_chart, risk_bars
from raiassess.report.context import (
    NBSP,
    ReportContext,
    grid_table,
    level_cell,
    overall_badge,
    percent,
    points,
)
from raiassess.report.markup import coloured, escape, muted, text_blocks
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import MUTED, MUTED_HEX, tint
from raiassess.report.template import Heading

KEY_RISKS = 10
"""How many of the riskiest answers the summary lists."""
BARS_PER_CHART = 25


def summary(ctx: ReportContext) -> list[Flowable]:
    """The executive summary chapter."""
    styles, result = ctx.styles, ctx.result
    story: list[Flowable] = [
        Heading("Executive summary", styles.chapter, plain="Executive summary",
                key="summary", level=0),
    ]
    for box in why.findings(ctx):  # what blocks the system comes before everything else
        story += [box, Spacer(1, 4)]
    story += [overall_badge(ctx), Spacer(1, 6)]
    if result.level_range is not None:
        story.append(Paragraph(why.draft_sentence(ctx), styles.body))
    meaning = result.level.description or "The questionnaire gives no description of this level."
    story.append(Paragraph(f"<b>What this level means.</b> {escape(meaning)}", styles.body))
    story += _about_system(ctx)
    story += _completeness(ctx)
    # The table may fill a page of its own: start it here if a few rows fit, rather than
    # keeping it with its heading and leaving this page half empty.
    story += [CondPageBreak(45 * mm), Paragraph("Risk by section", styles.subheading_free),
              _section_table(ctx), Spacer(1, 4)]
    if result.format_version == 2:
        legend = ("<i>Inherent</i> is the impact of the system (the share of the impact "
                  "points its answers could carry that they do carry); <i>mitigation</i> is "
                  "the coverage of the controls in place; <i>residual</i> is the impact once "
                  "the controls are taken into account.")
    else:
        legend = ("<i>Inherent risk</i> is the share of the risk points the answers could "
                  "carry that they do carry; <i>mitigation</i> is the same for the controls "
                  "in place; <i>residual risk</i> is the inherent risk once mitigation is "
                  "taken into account.")
    story.append(Paragraph(legend + " The appendix explains the method.", styles.muted))
    story += why.explanation(ctx)
    story += _charts(ctx)
    if result.format_version == 1:
        story += _key_risks(ctx)
    story += why.ranked_recommendations(ctx)
    story.append(PageBreak())
    return story


def _about_system(ctx: ReportContext) -> list[Flowable]:
    system = ctx.answers.system
    if not (system.description.strip() or system.deployment_context.strip()):
        return []
    styles = ctx.styles
    story: list[Flowable] = [Paragraph("The system", styles.subheading)]
    if system.description.strip():
        story += text_blocks(system.description, styles.body, lead="<b>Description.</b>")
    if system.deployment_context.strip():
        story += text_blocks(system.deployment_context, styles.body,
                             lead="<b>Deployment context.</b>")
    return story


def _completeness(ctx: ReportContext) -> list[Flowable]:
    styles, result = ctx.styles, ctx.result
    story: list[Flowable] = [Paragraph("Completeness", styles.subheading)]
    text = (f"{result.answered_questions} of the {result.visible_questions} questions asked "
            f"are answered, and {percent(result.completeness)} of the required ones.")
    if result.hidden_questions:
        count = len(result.hidden_questions)
        text += (f" {count} question{'s were' if count != 1 else ' was'} not asked because "
                 "earlier answers made them irrelevant; the answers by section say which.")
    charged = [n for n in result.not_asked if n.counted_as]
    if charged:
        text += (" Not examined, and so counted at their riskiest: " + "; ".join(
            f"{escape(n.number)} as '{escape(n.counted_as)}'" for n in charged) + ".")
    if result.not_applicable:
        text += (" Answered \"not applicable\", and left out of the score: "
                 + ", ".join(escape(q.number) for q in result.not_applicable) + ".")
    story.append(Paragraph(text, styles.body))
    if result.missing_required:
        numbers = ", ".join(ref.number for ref in result.missing_required)
        story.append(Paragraph(
            f"<b>Required questions not answered:</b> {numbers}. The scores leave them out "
            "rather than treating them as risk-free, so the residual risk may be higher "
            "than shown.", styles.body))
    else:
        story.append(Paragraph("Every required question that was asked is answered.",
                               styles.body))
    return story


def _section_table(ctx: ReportContext) -> Table:
    styles, result = ctx.styles, ctx.result
    head = ["No.", "Section", "Answered", "Inherent", "Mitigation", "Residual", "Level"]
    rows: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    extra: list[tuple[object, ...]] = []
    for row_index, section in enumerate(result.sections, start=1):
        rows.append(_section_row(ctx, section))
        if section.applicable:
            extra.append(("BACKGROUND", (6, row_index), (6, row_index),
                          colors.HexColor(section.level.color)))
    total = len(rows)
    rows.append([
        Paragraph("", styles.cell), Paragraph("<b>Overall</b>", styles.cell),
        Paragraph(f"<b>{result.answered_questions}/{result.visible_questions}</b>",
                  styles.cell_right),
        Paragraph(f"<b>{percent(result.inherent)}</b>", styles.cell_right),
        Paragraph(f"<b>{percent(result.mitigation)}</b>", styles.cell_right),
        Paragraph(f"<b>{percent(result.residual)}</b>", styles.cell_right),
        level_cell(result.level.label, result.level.color, styles),
    ])
    extra += [("BACKGROUND", (6, total), (6, total), colors.HexColor(result.level.color)),
              ("BACKGROUND", (0, total), (5, total), tint(result.level.color, 0.08)),
              ("LINEABOVE", (0, total), (-1, total), 0.8, MUTED)]
    fixed = [9 * mm, 0.0, 23 * mm, 19 * mm, 21 * mm, 19 * mm, 23 * mm]
    fixed[1] = ctx.width - sum(fixed)
    return grid_table(rows, fixed, extra=extra)


def _section_row(ctx: ReportContext, section: SectionScore) -> list[object]:
    styles = ctx.styles
    cells: list[object] = [
        Paragraph(str(section.number), styles.cell),
        Paragraph(f'<a href="#section-{section.number}">{escape(section.title)}</a>',
                  styles.cell),
        Paragraph(f"{section.answered}/{section.visible}", styles.cell_right),
    ]
    if not section.applicable:
        # Nothing answered here can carry risk: percentages would read as "no risk".
        cells += [Paragraph("–", styles.cell_right)] * 3
        cells.append(Paragraph(muted("not scored"),
                               styles.cell))
        return cells
    cells += [Paragraph(percent(section.inherent), styles.cell_right),
              Paragraph(percent(section.mitigation), styles.cell_right),
              Paragraph(f"<b>{percent(section.residual)}</b>", styles.cell_right),
              level_cell(section.level.label, section.level.color, styles)]
    return cells


def chart_sections(ctx: ReportContext) -> list[ChartSection]:
    """The scored sections as the charts take them."""
    return [ChartSection(s.number, s.title, s.inherent, s.residual, s.level.color)
            for s in ctx.result.sections if s.applicable]


def _charts(ctx: ReportContext) -> list[Flowable]:
    sections = chart_sections(ctx)
    if not sections:
        return []
    styles = ctx.styles
    bands = ctx.level_bands()
    story: list[Flowable] = [CondPageBreak(90 * mm),
                             Paragraph("Inherent and residual risk", styles.subheading)]
    if len(sections) >= 3:
        height = 250 if len(sections) <= RADAR_MAX_TITLED else 330
        story.append(radar_chart(sections, bands, width=ctx.width, height=height))
        story.append(Spacer(1, 8))
    for start in range(0, len(sections), BARS_PER_CHART):
        story.append(risk_bars(sections[start:start + BARS_PER_CHART], bands,
                               width=ctx.width))
        story.append(Spacer(1, 6))
    story.append(Paragraph(
        "Each spoke of the radar, and each row of the bars, is a section numbered as in the "
        "table above; the further out or the longer, the higher the risk. Grey shows the "
        "<b>inherent</b> risk before the controls in place; the blue shape and the coloured "
        "bars show the <b>residual</b> risk that remains. The tinted zones are the "
        "questionnaire's levels: "
        + ", ".join(f"{escape(b.label)} from {b.start:g}{NBSP}%" for b in bands)
        + ". Sections with no answered question that can carry risk are left out.",
        styles.muted))
    return story


def key_risks(ctx: ReportContext) -> list[Contribution]:
    """The riskiest answers, most points first, that the summary lists."""
    return [c for c in ctx.result.contributions if c.risk > 0][:KEY_RISKS]


def _key_risks(ctx: ReportContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [CondPageBreak(50 * mm),
                             Paragraph("Key risks and recommendations", styles.subheading)]
    risks = key_risks(ctx)
    if not risks:
        story.append(Paragraph("No answer carries risk points.", styles.body))
        return story
    carrying = sum(1 for c in ctx.result.contributions if c.risk > 0)
    story.append(Paragraph(
        f"The {len(risks)} answers that carry the most risk points"
        + (f", of {carrying} that carry any" if carrying > len(risks) else "")
        + ". Every recommendation also appears beside its question in the answers by "
        "section.", styles.body))
    head = ["No.", "Question and answer", "Risk", "Recommendation"]
    rows: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    for risk in risks:
        actions = ctx.actions_for.get(risk.question_id, [])
        recommendation = "<br/>".join(
            escape(r) for r in dict.fromkeys(risk.recommendations)) or \
            muted("The questionnaire gives no recommendation.")
        if actions:
            recommendation += "<br/>" + coloured(
                f"Action{'s' if len(actions) > 1 else ''}: "
                + ", ".join(ctx.action_label(n) for n in actions), MUTED_HEX)
        rows.append([
            Paragraph(ctx.question_link(risk.question_id), styles.cell),
            Paragraph(f"{escape(risk.question)}<br/>{coloured('Answer:', MUTED_HEX)} "
                      f"<b>{escape(risk.answer)}</b>", styles.cell),
            Paragraph(f"{points(risk.risk)} of {points(risk.risk_max)}", styles.cell_right),
            Paragraph(recommendation, styles.cell),
        ])
    widths = [12 * mm, 0.0, 15 * mm, ctx.width * 0.42]
    widths[1] = ctx.width - sum(widths)
    story.append(grid_table(rows, widths))
    return story
