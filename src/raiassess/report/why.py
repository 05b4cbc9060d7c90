"""What a board reads before the figures: findings that block or contradict, and why
the level is what it is, with the recommendations ranked by what acting on them takes
off the residual risk."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from raiassess.core.scoring import Finding
from raiassess.report.context import ReportContext, grid_table, percent, points
from raiassess.report.markup import coloured, escape, muted
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import MUTED_HEX, WARN, WARN_HEX, tint

DRIVERS = 5
"""How many impact answers and control effects the explanation names."""
RECOMMENDATIONS = 12


def findings(ctx: ReportContext) -> list[Flowable]:
    """Blocking findings and contradictions, each in a box of its own, most serious first."""
    story: list[Flowable] = []
    for finding in ctx.result.findings:
        if finding.kind == "floor":
            continue
        story.append(_finding_box(ctx, finding))
    return story


def _finding_box(ctx: ReportContext, finding: Finding) -> Table:
    styles = ctx.styles
    title = "BLOCKING FINDING" if finding.kind == "blocking" else "CONTRADICTION IN THE ANSWERS"
    numbers = ", ".join(q.number for q in finding.questions)
    text = (coloured(f"<b>{title}</b>", WARN_HEX) + "<br/>" + f"<b>{escape(finding.text)}</b>"
            + (f"<br/>{coloured(f'From the answers to {escape(numbers)}.', MUTED_HEX)}"
               if numbers else ""))
    table = Table([[Paragraph(text, styles.body)]], colWidths=[ctx.width], hAlign="LEFT")
    table.setStyle([("BACKGROUND", (0, 0), (-1, -1), tint(WARN_HEX, 0.08)),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, WARN),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])
    return table


def draft_sentence(ctx: ReportContext) -> str:
    """For a draft: the levels it can still reach, as one sentence; else empty."""
    result = ctx.result
    reach = result.level_range
    if reach is None:
        return ""
    open_count = len(result.missing_required)
    lead = coloured("<b>This assessment is not finished.</b>", WARN_HEX)
    if reach.settled:
        tail = (f"whatever the open questions say, it stays <b>{escape(reach.lowest.label)}"
                "</b>")
    else:
        tail = (f"once complete it can land anywhere from <b>{escape(reach.lowest.label)}</b> "
                f"to <b>{escape(reach.highest.label)}</b> (residual risk "
                f"{percent(reach.residual_low)} to {percent(reach.residual_high)})")
    unanswered = (f"{open_count} required question{'s are' if open_count != 1 else ' is'} "
                  "unanswered; " if open_count else "Some questions are open; ")
    return f"{lead} {unanswered}the level shown is the level so far: {tail}."


def explanation(ctx: ReportContext) -> list[Flowable]:
    """Why the level is what it is: what sets the impact, what the controls take off,
    the rules that fired and what would lower the level."""
    result = ctx.result
    why = result.explanation
    if why is None:
        return []
    styles = ctx.styles
    story: list[Flowable] = [CondPageBreak(40 * mm),
                             Paragraph("Why this level", styles.subheading)]
    level = f"<b>{escape(result.level.label)}</b>"
    if why.level_from_score.id != result.level.id:
        story.append(Paragraph(
            f"The residual risk of {percent(result.residual)} alone gives "
            f"<b>{escape(why.level_from_score.label)}</b>; the level is {level} because:",
            styles.body))
        story += [Paragraph(f"• {escape(reason)}", styles.body_indent)
                  for reason in why.raised_by]
    else:
        story.append(Paragraph(f"The residual risk of {percent(result.residual)} gives "
                               f"{level}.", styles.body))
    drivers = why.impact_drivers[:DRIVERS]
    if drivers:
        kind = "impact" if result.format_version == 2 else "risk"
        story.append(Paragraph(
            f"<b>What sets the {kind}.</b> " + "; ".join(
                f"{escape(c.number)} {escape(c.answer)} ({points(c.risk)} of "
                f"{points(c.risk_max)} points)" for c in drivers) + ".", styles.body))
    effects = [e for e in why.control_effects if e.lowers_by > 0][:DRIVERS]
    if effects:
        story.append(Paragraph(
            "<b>What the controls take off.</b> " + "; ".join(
                f"{escape(e.question.number)} {escape(e.answer)}: "
                f"{points(e.lowers_by)} points of residual risk" for e in effects) + ".",
            styles.body))
    if why.level_movers:
        story.append(Paragraph(
            "<b>What would lower the level.</b> Each of these changes alone, computed by "
            "scoring the assessment again: " + "; ".join(
                f"{escape(m.question.number)} from {escape(m.answer)} to "
                f"<b>{escape(m.instead)}</b> gives {escape(m.level.label)} "
                f"({percent(m.residual)})" for m in why.level_movers) + ".", styles.body))
    elif result.level.rank > 0 and not result.blocking:
        story.append(Paragraph("<b>What would lower the level.</b> No single answer changed "
                               "to its best lowers the level on its own.", styles.body))
    return story


def ranked_recommendations(ctx: ReportContext) -> list[Flowable]:
    """Every recommendation, ranked by how much acting on it lowers the residual risk."""
    result = ctx.result
    recommendations = result.ranked_recommendations
    if not recommendations:
        return []
    styles = ctx.styles
    shown = recommendations[:RECOMMENDATIONS]
    story: list[Flowable] = [
        CondPageBreak(50 * mm), Paragraph("Recommendations, most effective first",
                                          styles.subheading),
        Paragraph(f"{len(shown)} of {len(recommendations)} recommendation"
                  f"{'s' if len(recommendations) != 1 else ''}, each listed once, ranked "
                  "by how many points of overall residual risk the best answer to its "
                  "question would take off.", styles.body)]
    head = ["Points off", "Recommendation", "Questions"]
    rows: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    for item in shown:
        gain = points(item.lowers_by) if item.lowers_by > 0 else muted("level unchanged")
        rows.append([
            Paragraph(gain, styles.cell_right),
            Paragraph(escape(item.text), styles.cell),
            Paragraph(", ".join(ctx.question_link(q.question_id) for q in item.questions),
                      styles.cell)])
    widths = [20 * mm, 0.0, 28 * mm]
    widths[1] = ctx.width - sum(widths)
    story.append(grid_table(rows, widths))
    return story
