"""What the command line prints: a score as a readable report, the list of assessments.

The order follows what a reader needs first: the level (with a draft's range), then
anything that blocks or contradicts, the sections, why the level is what it is, what
was not asked and why, and what to do, most effective first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from raiassess.core.questionnaire import Questionnaire
    from raiassess.core.scoring import ScoreResult
    from raiassess.storage.types import AssessmentSummary

SHOWN = 5
"""How many impact answers, control effects and level movers a score names."""

#: Control characters other than newline and tab: printed raw, text from a file or a
#: database could move the cursor, rewrite the line or retitle the terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class PrintableStream:
    """A text stream that shows every control character as a visible escape (``\\x1b``),
    so nothing printed can act on the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty...
        return getattr(self._stream, name)


def headline(result: ScoreResult) -> str:
    """The overall level as a board reads it first: a draft says "so far" and its range."""
    figures = (f"residual {result.residual:.1f}%, inherent {result.inherent:.1f}%, "
               f"mitigation {result.mitigation:.1f}%")
    level = result.level.label.upper()
    reach = result.level_range
    if reach is None:
        return f"Overall risk: {level} ({figures})"
    if reach.settled:
        return f"Overall risk: {level} so far ({figures}); stays {level} once complete"
    return (f"Overall risk: {level} so far ({figures}); once complete "
            f"{reach.lowest.label.upper()} to {reach.highest.label.upper()} "
            f"(residual {reach.residual_low:.1f}% to {reach.residual_high:.1f}%)")


def print_result(questionnaire: Questionnaire, system: str, result: ScoreResult,
                 out: TextIO) -> None:
    """A score result as a readable text report."""
    print(f"{questionnaire.title_in()} {questionnaire.version}: {system}", file=out)
    missing = len(result.missing_required)
    status = "complete" if result.complete else (
        f"incomplete: {missing} required question{'s' if missing != 1 else ''} unanswered")
    print(f"Status: {status} (completeness {result.completeness:.1f}%)", file=out)
    print(headline(result), file=out)
    for finding in result.blocking + result.contradictions:
        where = ", ".join(q.number for q in finding.questions)
        kind = "BLOCKING" if finding.kind == "blocking" else "CONTRADICTION"
        print(f"{kind}: {finding.text}" + (f" (from {where})" if where else ""), file=out)
    print(file=out)
    _sections(result, out)
    _why(result, out)
    if result.not_asked:
        print("\nNot asked:", file=out)
        for item in result.not_asked:
            print(f"  {item.number:<6} {item.reason}", file=out)
    if result.not_applicable:
        print("\nAnswered not applicable (left out of the score): "
              + ", ".join(q.number for q in result.not_applicable), file=out)
    if result.missing_required:
        print("\nUnanswered required questions:", file=out)
        for ref in result.missing_required:
            print(f"  {ref.number:<6} {ref.text}", file=out)
    if result.format_version == 1:
        _contributions(result, out)
    if result.ranked_recommendations:
        print("\nRecommendations, most effective first (points of residual risk off):",
              file=out)
        for advice in result.ranked_recommendations:
            where = ", ".join(q.number for q in advice.questions)
            print(f"  {advice.lowers_by:>6.2f}  {advice.text} ({where})", file=out)


def _sections(result: ScoreResult, out: TextIO) -> None:
    width = max([len(s.title) for s in result.sections] + [7]) + 4
    print(f"{'Section':<{width}}{'Inherent':>10}{'Mitigation':>12}{'Residual':>10}  Level",
          file=out)
    for s in result.sections:
        title = f"{s.number} {s.title}"
        if not s.asked:
            print(f"{title:<{width}}{'not asked':>32}", file=out)
        elif not s.applicable:
            print(f"{title:<{width}}{'not applicable (nothing answered that carries risk)':>32}",
                  file=out)
        else:
            print(f"{title:<{width}}{s.inherent:>9.1f}%{s.mitigation:>11.1f}%"
                  f"{s.residual:>9.1f}%  {s.level.label}", file=out)


def _why(result: ScoreResult, out: TextIO) -> None:
    why = result.explanation
    if why is None:
        return
    print("\nWhy this level:", file=out)
    if why.level_from_score.id != result.level.id:
        print(f"  The residual risk alone gives {why.level_from_score.label}; it is "
              f"{result.level.label} because:", file=out)
        for reason in why.raised_by:
            print(f"    - {reason}", file=out)
    else:
        print(f"  The residual risk of {result.residual:.1f}% gives {result.level.label}.",
              file=out)
    kind = "impact" if result.format_version == 2 else "risk"
    for c in why.impact_drivers[:SHOWN]:
        print(f"  sets the {kind}: {c.number} {c.answer} ({c.risk:g} of {c.risk_max:g} "
              "points)", file=out)
    for e in [e for e in why.control_effects if e.lowers_by > 0][:SHOWN]:
        print(f"  control: {e.question.number} {e.answer} takes {e.lowers_by:.2f} points off",
              file=out)
    for m in why.level_movers:
        print(f"  would lower the level: {m.question.number} from {m.answer} to {m.instead} "
              f"gives {m.level.label} ({m.residual:.1f}%)", file=out)
    if not why.level_movers and result.level.rank > 0 and not result.blocking:
        print("  No single answer changed to its best lowers the level on its own.", file=out)


def _contributions(result: ScoreResult, out: TextIO) -> None:
    risky = [c for c in result.contributions if c.risk > 0]
    if risky:
        print("\nWhat contributes to the risk, most first:", file=out)
        for c in risky:
            print(f"  {c.number:<6} {c.risk:g} of {c.risk_max:g} points  {c.question}", file=out)
            print(f"         answer: {c.answer}", file=out)
            for rec in c.recommendations:
                print(f"         recommendation: {rec}", file=out)


def print_assessments(summaries: Sequence[AssessmentSummary], out: TextIO) -> None:
    """The assessments as a table, numbers aligned on the right."""
    header = ("ID", "TITLE", "SYSTEM", "QUESTIONNAIRE", "STATUS", "LEVEL", "COMPLETE",
              "LAST EDITED")
    rows = [(str(s.id), _clip(s.title), _clip(s.system_name),
             f"{s.questionnaire_id} {s.questionnaire_version}",
             s.status + (" (archived)" if s.archived else ""),
             s.level_label if s.complete else f"{s.level_label} so far",
             f"{s.completeness:.0f}%", f"{s.updated_at.astimezone():%Y-%m-%d %H:%M}")
            for s in summaries]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    right = {0, 6}  # numbers line up on the right
    for row in [header, *rows]:
        cells = [cell.rjust(width) if index in right else cell.ljust(width)
                 for index, (cell, width) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells).rstrip(), file=out)


def _clip(text: str, width: int = 32) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
