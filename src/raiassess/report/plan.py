"""The action plan: every action with its owner, due date, status and questions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from raiassess.core.answers import Action
from raiassess.core.statuses import ACTION_STATUSES, OPEN_ACTION_STATUSES, action_status_label
from raiassess.report.context import ReportContext, date_text, grid_table
from raiassess.report.markup import coloured, escape, muted, text_blocks
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import ACTION_STATUS_HEX, WARN_HEX
from raiassess.report.template import Heading


def is_overdue(ctx: ReportContext, action: Action) -> bool:
    """Whether an unfinished action's due date is before the day the report was made."""
    return (action.due is not None and action.status in OPEN_ACTION_STATUSES
            and action.due < ctx.generated_at.date())


def action_plan(ctx: ReportContext) -> list[Flowable]:
    """The action plan chapter."""
    styles = ctx.styles
    actions = ctx.answers.actions
    story: list[Flowable] = [Heading("Action plan", styles.chapter, plain="Action plan",
                                     key="actions", level=0)]
    if not actions:
        story.append(Paragraph("No actions have been recorded for this assessment.",
                               styles.body))
    else:
        story.append(Paragraph(_overview(ctx), styles.body))
        story.append(_table(ctx))
        story += _details(ctx)
    story += _uncovered(ctx)
    story.append(PageBreak())
    return story


def _overview(ctx: ReportContext) -> str:
    actions = ctx.answers.actions
    counts = {status: sum(1 for a in actions if a.status == status)
              for status in ACTION_STATUSES}
    parts = [f"{count} {action_status_label(status).lower()}" for status, count in counts.items()
             if count]
    overdue = sum(1 for a in actions if is_overdue(ctx, a))
    text = (f"{len(actions)} action{'s' if len(actions) != 1 else ''}: "
            + ", ".join(parts) + ".")
    if overdue:
        text += (f" {coloured(f'{overdue} overdue', WARN_HEX, bold=True)} (due before "
                 f"{ctx.generated_at.date().isoformat()} and not done).")
    return text


def _table(ctx: ReportContext) -> Flowable:
    styles = ctx.styles
    head = ["No.", "Action", "Owner", "Due", "Status", "Questions"]
    rows: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    for number, action in enumerate(ctx.answers.actions, start=1):
        due = escape(date_text(action.due)) or muted("none")
        if is_overdue(ctx, action):
            due = coloured(f"<b>{due}</b><br/>overdue", WARN_HEX)
        status = coloured(action_status_label(action.status),
                          ACTION_STATUS_HEX[action.status], bold=True)
        questions = ", ".join(ctx.question_link(qid) for qid in dict.fromkeys(action.questions))
        rows.append([
            Paragraph(f'<a name="action-{number}"/>{ctx.action_label(number)}', styles.cell),
            Paragraph(f"<b>{escape(action.title)}</b>", styles.cell),
            Paragraph(escape(action.owner) or muted("none"),
                      styles.cell),
            Paragraph(due, styles.cell),
            Paragraph(status, styles.cell),
            Paragraph(questions or "–", styles.cell),
        ])
    widths = [11 * mm, 0.0, 30 * mm, 24 * mm, 21 * mm, 22 * mm]
    widths[1] = ctx.width - sum(widths)
    return grid_table(rows, widths)


def _details(ctx: ReportContext) -> list[Flowable]:
    described = [(n, a) for n, a in enumerate(ctx.answers.actions, start=1)
                 if a.description.strip()]
    if not described:
        return []
    styles = ctx.styles
    story: list[Flowable] = [Paragraph("What each action involves", styles.subheading)]
    for number, action in described:
        story.append(Paragraph(escape(action.title), styles.question,
                               bulletText=ctx.action_label(number)))
        story += text_blocks(action.description, styles.body_indent)
    return story


def _uncovered(ctx: ReportContext) -> list[Flowable]:
    """Recommendations no action answers yet: what the board may ask about."""
    missing = sorted((c for c in ctx.result.recommendations
                      if c.question_id not in ctx.actions_for),
                     key=lambda c: tuple(int(part) for part in c.number.split(".")))
    if not missing:
        return []
    styles = ctx.styles
    numbers = ", ".join(ctx.question_link(c.question_id) for c in missing)
    return [Paragraph("Recommendations without an action", styles.subheading),
            Paragraph(f"{len(missing)} answer{'s carry' if len(missing) != 1 else ' carries'} "
                      "a recommendation that no action in the plan refers to: questions "
                      f"{numbers}.", styles.body)]
