"""The cover page and the table of contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from raiassess import __version__
from raiassess.core.fingerprint import format_fingerprint
from raiassess.core.statuses import status_label
from raiassess.report import why
from raiassess.report.context import ReportContext, date_text, overall_badge, percent
from raiassess.report.markup import escape, muted
from raiassess.report.rtl import Paragraph
from raiassess.report.styles import RULE, WARN_HEX
from raiassess.report.template import Heading, format_generated


def cover(ctx: ReportContext) -> list[Flowable]:
    """The cover: what was assessed, by whom, against what, and the overall level."""
    styles, answers, result = ctx.styles, ctx.answers, ctx.result
    system = answers.system
    name = escape(system.name)
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        Paragraph("AI IMPACT ASSESSMENT", styles.cover_kicker),
        Heading(name, styles.cover_title, plain=f"Cover: {system.name}", key="cover",
                level=0, in_contents=False),
    ]
    if answers.title:
        story.append(Paragraph(escape(answers.title), styles.cover_subtitle))
    else:
        story.append(Spacer(1, 12))

    questionnaire = ctx.questionnaire
    assessed = answers.updated_at or answers.created_at
    facts = [
        ("Owner", escape(system.owner) or _none()),
        ("Team", escape(system.team) or _none()),
        ("Questionnaire", f"{escape(ctx.text(questionnaire.title))}, version "
                          f"{escape(questionnaire.version)}"),
        ("Assessment date", escape(date_text(assessed.date() if assessed else None))
         or _none("not recorded")),
        ("Status", escape(status_label(answers.status)) or _none("not set")),
        ("Completeness", _completeness(ctx)),
        ("Report generated", escape(format_generated(ctx.generated_at))
         + f" by raiassess {escape(__version__)}"),
    ]
    rows = [[Paragraph(label, styles.cell_head), Paragraph(value, styles.cell)]
            for label, value in facts]
    table = Table(rows, colWidths=[38 * mm, ctx.width - 38 * mm], hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    story += [table, Spacer(1, 12 * mm), overall_badge(ctx), Spacer(1, 5 * mm)]
    for box in why.findings(ctx):
        story += [box, Spacer(1, 3 * mm)]
    if result.level.description:
        story.append(Paragraph(escape(result.level.description), styles.body))
    if result.level_range is not None:
        story.append(Paragraph(why.draft_sentence(ctx), styles.body))
    elif not result.complete:
        story.append(Paragraph(
            f'<font color="{WARN_HEX}"><b>Incomplete assessment.</b></font> '
            f"{len(result.missing_required)} required question"
            f"{'s are' if len(result.missing_required) != 1 else ' is'} unanswered; the "
            "scores cover the answered questions only.", styles.body))
    story += [
        Spacer(1, 10 * mm),
        Paragraph("Fingerprint of the assessment record (SHA-256)", styles.cell_head),
        Paragraph(format_fingerprint(ctx.fingerprint), styles.mono),
        Paragraph("The appendix explains how to check that this report matches the "
                  "assessment record.", styles.muted),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    return story


def contents(ctx: ReportContext, toc: TableOfContents) -> list[Flowable]:
    """The table of contents page(s)."""
    return [
        Heading("Contents", ctx.styles.chapter, plain="Contents", key="contents", level=0,
                in_contents=False),
        toc,
        PageBreak(),
    ]


def make_toc(ctx: ReportContext, expected: list[tuple[int, str, int, str]]) -> TableOfContents:
    """A contents table, primed with the headings it will list.

    Priming gives the first pass a contents of the right length, so the pages after
    it already fall where they will stay and two passes usually suffice.
    """
    toc = TableOfContents(levelStyles=[ctx.styles.toc_chapter, ctx.styles.toc_section],
                          dotsMinLevel=0, rightColumnWidth=36)
    toc.addEntries(expected)
    return toc


def _completeness(ctx: ReportContext) -> str:
    result = ctx.result
    text = (f"{result.answered_questions} of {result.visible_questions} questions asked "
            f"are answered; {percent(result.completeness)} of the required ones")
    if result.complete:
        return text
    return f'{text} <font color="{WARN_HEX}">(incomplete)</font>'


def _none(text: str = "not given") -> str:
    return muted(text)

