"""The end of the report: review and sign-off, then the appendix (questionnaire, method,
fingerprint)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from raiassess import __version__
from raiassess.core.answers import ReviewComment
from raiassess.core.fingerprint import FINGERPRINT_VERSION, format_fingerprint
from raiassess.core.scoring import level_colour
from raiassess.report.context import NBSP, ReportContext, date_text, grid_table
from raiassess.report.markup import escape, text_blocks
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import INK, RULE, TINT
from raiassess.report.template import Heading, format_generated

DECISIONS = ("Approved", "Approved with conditions", "Not approved",
             "Resubmit after changes")
SIGNATURE_ROWS = 4


def review(ctx: ReportContext) -> list[Flowable]:
    """Review comments, the team's notes, and the block for the board's decision."""
    styles, answers = ctx.styles, ctx.answers
    story: list[Flowable] = [Heading("Review and sign-off", styles.chapter,
                                     plain="Review and sign-off", key="review", level=0)]
    if answers.notes.strip():
        story.append(Paragraph("Notes from the assessment team", styles.subheading))
        story += text_blocks(answers.notes, styles.body)
    story.append(Paragraph("Review comments", styles.subheading))
    if not answers.comments:
        story.append(Paragraph("No review comments have been recorded.", styles.body))
    for comment in answers.comments:
        story.append(Paragraph(_comment_heading(ctx, comment), styles.comment_head))
        story += text_blocks(comment.text, styles.body)
    story += decision_block(ctx)
    story.append(PageBreak())
    return story


def _comment_heading(ctx: ReportContext, comment: ReviewComment) -> str:
    who = escape(comment.author) if comment.author.strip() else "Unnamed reviewer"
    parts = [who + (f" ({escape(comment.role)})" if comment.role.strip() else "")]
    if comment.created_at:
        parts.append(date_text(comment.created_at))
    if comment.question:
        parts.append(f"on question {ctx.question_link(comment.question)}")
    else:
        parts.append("on the whole assessment")
    return " · ".join(parts)


def decision_block(ctx: ReportContext) -> list[Flowable]:
    """A form for the board: the decision, its conditions, and who signed when."""
    styles = ctx.styles
    box = "\u2610"
    choices = "<br/>".join(f"{box}{NBSP}{NBSP}{d}" for d in DECISIONS)
    decision = Table(
        [[Paragraph("Decision", styles.cell_head),
          Paragraph(choices, styles.cell.clone("choices", fontSize=9.5, leading=16))],
         [Paragraph("Conditions and remarks", styles.cell_head), ""],
         [Paragraph("Date of decision", styles.cell_head), ""]],
        colWidths=[38 * mm, ctx.width - 38 * mm], rowHeights=[None, 36 * mm, 12 * mm])
    decision.setStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    head = ["Name", "Role", "Signature", "Date"]
    rows: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    rows += [["", "", "", ""] for _ in range(SIGNATURE_ROWS)]
    widths = [ctx.width * 0.3, ctx.width * 0.25, ctx.width * 0.27, ctx.width * 0.18]
    signatures = Table(rows, colWidths=widths,
                       rowHeights=[None] + [11 * mm] * SIGNATURE_ROWS)
    signatures.setStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE),
                         ("BACKGROUND", (0, 0), (-1, 0), TINT)])
    return [CondPageBreak(110 * mm), KeepTogether([
        Paragraph("Decision of the ethics board", styles.subheading),
        Paragraph("To be completed by the board. Record the decision, any conditions "
                  "attached to it, and the members who took it.", styles.body),
        decision,
        Paragraph("Board members", styles.subheading),
        signatures,
    ])]


def appendix(ctx: ReportContext) -> list[Flowable]:
    """The questionnaire's metadata, the scoring method in plain words, the fingerprint."""
    styles = ctx.styles
    story: list[Flowable] = [Heading("Appendix", styles.chapter, plain="Appendix",
                                     key="appendix", level=0)]
    story += _questionnaire(ctx)
    story += _method(ctx)
    story += _fingerprint(ctx)
    return story


def _questionnaire(ctx: ReportContext) -> list[Flowable]:
    styles, questionnaire = ctx.styles, ctx.questionnaire
    story: list[Flowable] = [Heading("A. The questionnaire", styles.section,
                                     plain="A. The questionnaire", key="appendix-questionnaire",
                                     level=1)]
    questions = questionnaire.all_questions()
    required = sum(1 for q in questions if q.required)
    conditional = sum(1 for q in questions if q.show_if is not None)
    facts = [
        ("Title", escape(ctx.text(questionnaire.title))),
        ("Identifier", escape(questionnaire.id)),
        ("Version", escape(questionnaire.version)),
        ("Language of this report", escape(ctx.language)),
        ("Sections", str(len(questionnaire.sections))),
        ("Questions", f"{len(questions)} ({required} required; {conditional} asked only "
                      "when earlier answers call for them)"),
        ("Content hash (SHA-256)", f'<font name="Courier">'
                                   f"{format_fingerprint(questionnaire.fingerprint())}</font>"),
    ]
    story += [_facts_table(ctx, facts), Spacer(1, 8)]
    story += text_blocks(ctx.text(questionnaire.description), styles.body)
    return story


def _method(ctx: ReportContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [CondPageBreak(60 * mm),
                             Heading("B. How the score is computed", styles.section,
                                     plain="B. How the score is computed",
                                     key="appendix-method", level=1)]
    paragraphs = _method_v2(ctx) if ctx.questionnaire.format_version == 2 \
        else _method_v1(ctx)
    story += [Paragraph(text, styles.body) for text in paragraphs]
    story.append(KeepTogether([
        Paragraph("The overall <b>level</b>, and each section's, is the level whose "
                  "threshold the residual risk reaches:", styles.body),
        _levels_table(ctx)]))
    return story


def _method_v1(ctx: ReportContext) -> list[str]:
    """The format-1 method: risk and mitigation points on the same answers."""
    scoring = ctx.questionnaire.scoring
    paragraphs = [
        "Each possible answer to a question carries <b>risk points</b> (how much it adds "
        "to the risk) and <b>mitigation points</b> (how much it shows that controls are "
        "in place), as set by the questionnaire's authors. Scales and numbers carry "
        "points that depend on the value given.",
        "For each section, the <b>inherent risk</b> is the risk points of the answers "
        "given, as a percentage of the most risk points those questions could carry. "
        "The <b>mitigation</b> is worked out the same way from the mitigation points.",
        "Questions left unanswered count neither in the points nor in the maxima: they do "
        "not lower the risk, and the report lists them as unanswered. Questions not asked "
        "because earlier answers made them irrelevant never count.",
    ]
    if scoring.mitigation:
        rules = "; ".join(
            f"from {rule.when_at_least:g}{NBSP}% mitigation, the inherent risk is reduced "
            f"by {rule.reduce_by:g}{NBSP}%" for rule in sorted(
                scoring.mitigation, key=lambda r: r.when_at_least))
        paragraphs.append(
            f"The <b>residual risk</b> is the inherent risk reduced according to the "
            f"mitigation: {rules}. When several rules apply, the largest reduction counts.")
    else:
        paragraphs.append("This questionnaire sets no mitigation rules, so the "
                          "<b>residual risk</b> equals the inherent risk.")
    if scoring.aggregation == "maximum":
        paragraphs.append("The <b>overall</b> inherent and residual risks are those of the "
                          "riskiest section; the overall mitigation is the mean of the "
                          "sections' mitigation.")
    else:
        weights = [(ctx.result.section(s.id).title, scoring.section_weights[s.id])
                   for s in ctx.questionnaire.sections if s.id in scoring.section_weights]
        text = ("The <b>overall</b> figures are the mean of the sections' figures, "
                "weighted by section")
        if weights:
            text += (": " + ", ".join(f"{escape(title)} counts {weight:g} times"
                                      for title, weight in weights)
                     + ", every other section once")
        else:
            text += " (every section counts the same)"
        paragraphs.append(text + ". Sections with nothing to score are left out.")
    return paragraphs


def _method_v2(ctx: ReportContext) -> list[str]:
    """The format-2 method, in the words of docs/scoring.md."""
    scoring = ctx.questionnaire.scoring
    controls = scoring.controls
    pooled = scoring.aggregation == "sum"
    paragraphs = [
        "Questions about <b>what the system is</b> (its purpose, whether it decides alone, "
        "whom it affects, its data, how severe and reversible a harm would be) carry "
        "<b>impact points</b>; questions about <b>practices in place</b> carry "
        "<b>control points</b>, the best answer the most. An answer of \"not applicable\" "
        "takes its question out of the score, and a \"don't know\" never scores better "
        "than a real answer.",
        "The <b>inherent impact</b> is the impact points of the answers as a percentage of "
        "the most the questions asked could carry" + (
            ", added up over every section" if pooled
            else ", section by section, then averaged with the sections' weights")
        + "; the <b>control coverage</b> is worked out the same way from the control "
        "points.",
    ]
    if scoring.maximum == "applicable":
        paragraphs.append("Every question asked counts in the maxima; one left unanswered "
                          "counts with no points.")
    else:
        paragraphs.append("Questions left unanswered count neither in the points nor in the "
                          "maxima, and the report shows the range of levels they still "
                          "allow.")
    if controls is not None:
        if controls.reduce_by is not None:
            how = (f"in proportion to the coverage: full coverage takes "
                   f"{controls.reduce_by:g}{NBSP}% off the impact, and no more")
        else:
            how = "; ".join(f"from {step.when_at_least:g}{NBSP}% coverage, "
                            f"{step.reduce_by:g}{NBSP}% off" for step in controls.steps)
        where = ("overall" if controls.applies_to == "overall" else
                 "section by section, each section's controls on its own impact")
        text = f"The <b>residual risk</b> is the impact reduced by the controls, {where}: {how}"
        if scoring.rounding == "whole_points":
            text += ", the reduced score rounded to whole points, halves up"
        paragraphs.append(text + ".")
        if controls.max_steps_down is not None:
            paragraphs.append(f"Controls never take the level more than "
                              f"{controls.max_steps_down} level"
                              f"{'s' if controls.max_steps_down != 1 else ''} below the "
                              "level of the impact itself.")
    if scoring.rules:
        paragraphs.append(f"{len(scoring.rules)} rule{'s' if len(scoring.rules) != 1 else ''}"
                          " of the questionnaire apply last, whatever the figures: a floor "
                          "under the level, a blocking finding, or a contradiction between "
                          "answers. Those that fired are shown with the result.")
    return paragraphs


def _levels_table(ctx: ReportContext) -> Flowable:
    styles = ctx.styles
    bands = ctx.level_bands()
    scoring = ctx.questionnaire.scoring
    levels = scoring.scored_levels()
    rows: list[list[object]] = [[Paragraph(h, styles.cell_head)
                                 for h in ("Level", "Residual risk", "What it means")]]
    extra: list[tuple[object, ...]] = []
    for index, (band, level) in enumerate(zip(bands, levels, strict=True), start=1):
        upper = bands[index].start if index < len(bands) else None
        if level.up_to is not None:
            span = (f"above {band.start:g} up to {level.up_to:g}{NBSP}%" if index > 1
                    else f"up to {level.up_to:g}{NBSP}%")
        elif scoring.scored_levels()[0].up_to is not None:
            span = f"above {band.start:g}{NBSP}%"
        else:
            span = (f"{band.start:g} to {upper:g}{NBSP}%" if upper is not None
                    else f"{band.start:g}{NBSP}% and above")
        rows.append([Paragraph(f"<b>{escape(band.label)}</b>", styles.cell),
                     Paragraph(span, styles.cell),
                     Paragraph(escape(ctx.text(level.description)) or "–", styles.cell)])
        extra.append(("LINEBEFORE", (0, index), (0, index), 4, colors.HexColor(band.colour)))
    for level in scoring.levels:
        if level.by_rule_only:
            rows.append([Paragraph(f"<b>{escape(ctx.text(level.label))}</b>", styles.cell),
                         Paragraph("only by a rule", styles.cell),
                         Paragraph(escape(ctx.text(level.description)) or "–", styles.cell)])
            extra.append(("LINEBEFORE", (0, len(rows) - 1), (0, len(rows) - 1), 4,
                          colors.HexColor(level_colour(ctx.questionnaire, level))))
    return grid_table(rows, [32 * mm, 30 * mm, ctx.width - 62 * mm], extra=extra)


def _fingerprint(ctx: ReportContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        Heading("C. Fingerprint and verification", styles.section,
                plain="C. Fingerprint and verification", key="appendix-fingerprint",
                level=1),
        Paragraph("The fingerprint of the assessment record this report was made from "
                  "(SHA-256):", styles.body),
        Paragraph(f"<b>{format_fingerprint(ctx.fingerprint)}</b>",
                  styles.mono.clone("fingerprint", fontSize=11, leading=16, spaceBefore=2,
                                    spaceAfter=8, textColor=INK)),
        Paragraph(
            "It is computed from everything the assessment records: the questionnaire "
            "(its identifier, version and a hash of its content), the system, every answer "
            "with its note, evidence and author, the action plan, the review comments, the "
            "notes and the status. Changing any of them, even by one character, gives a "
            f"different fingerprint. (Scheme: {escape(FINGERPRINT_VERSION)}.)", styles.body),
        Paragraph(
            "To check that this report still matches the record, run <b>raiassess verify</b> "
            "on this PDF file, against the assessment in the raiassess database or against "
            "an exported answers file. It reads the fingerprint stored in this file, "
            "computes the fingerprint of the record, and says whether they are the same. "
            "The short form in every page footer is the first 16 digits of the "
            "fingerprint.", styles.body),
        Paragraph(
            f"Report generated {escape(format_generated(ctx.generated_at))} by raiassess "
            f"{escape(__version__)}.", styles.muted),
    ]
    return story


def _facts_table(ctx: ReportContext, facts: list[tuple[str, str]]) -> Table:
    styles = ctx.styles
    rows = [[Paragraph(label, styles.cell_head), Paragraph(value, styles.cell)]
            for label, value in facts]
    table = Table(rows, colWidths=[45 * mm, ctx.width - 45 * mm], hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    return table
