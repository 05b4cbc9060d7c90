"""The points one answer carries, and how an answer reads.

Format 1: risk and mitigation points, on the same answers. Format 2: impact points
on questions about the system, control points on questions about practices; an
answer may also be "not applicable", which takes its question out of the score.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from raiassess.core.conditions import is_answered
from raiassess.core.questionnaire import Option, Question
from raiassess.core.text import localized

#: Points of one answer: the first kind, the second kind, its recommendations, and
#: whether it says "not applicable".
Points = tuple[float, float, tuple[str, ...], bool]


def chosen_options(question: Question, value: Any,
                   by_id: Mapping[str, Option]) -> list[Option]:
    """The options an answer chooses, in the questionnaire's order for a multiple choice."""
    if isinstance(value, list):
        chosen = set(value)
        return [o for o in question.options or () if o.id in chosen]
    found = by_id.get(value) if isinstance(value, str) else None
    return [found] if found is not None else []


def answer_points(question: Question, value: Any) -> tuple[float, float, tuple[str, ...]]:
    """Risk points, mitigation points and the recommendations an answer brings (English,
    format 1)."""
    risk, mitigation, recs, _ = points_v1(question, value, "en",
                                          {o.id: o for o in question.options or ()})
    return risk, mitigation, recs


def scored_points(question: Question, value: Any) -> tuple[str, float, float] | None:
    """How an answer to a format-2 question scores, as a report prints it: ``impact`` or
    ``control`` with the points it carries and the most its question can carry, or
    ``not_applicable``; None for a question that carries no points of either kind."""
    kind = question.kind
    if kind is None:
        return None
    most = question.points_range(kind)[1]
    impact, control, _, not_applicable = points_v2(
        question, value, "en", {o.id: o for o in question.options or ()})
    if not_applicable:
        return "not_applicable", 0.0, most
    return kind, impact if kind == "impact" else control, most


def points_v1(question: Question, value: Any, language: str,
              by_id: Mapping[str, Option]) -> Points:
    """Risk and mitigation points of an answer (format 1)."""
    if question.options:
        options = chosen_options(question, value, by_id)
        recs = tuple(localized(o.recommendation, language) for o in options
                     if o.recommendation and o.risk > 0)
        return sum(o.risk for o in options), sum(o.mitigation for o in options), recs, False
    if question.scale is not None and isinstance(value, int | float):
        risk, mitigation = question.scale.points(value)
        rec = question.scale.recommendation
        return risk, mitigation, (localized(rec, language),) if rec and risk > 0 else (), False
    if question.number is not None and isinstance(value, int | float):
        band = question.number.band_for(value)
        if band is None:
            return 0.0, 0.0, (), False
        rec = band.recommendation
        recs = (localized(rec, language),) if rec and band.risk > 0 else ()
        return band.risk, band.mitigation, recs, False
    return 0.0, 0.0, (), False


def points_v2(question: Question, value: Any, language: str,
              by_id: Mapping[str, Option], *, kind: str | None = None,
              best: float | None = None) -> Points:
    """Impact and control points of an answer (format 2).

    A recommendation comes with an answer that carries impact, or with a control
    answer short of the best: for a multiple choice of practices, the practices not
    ticked bring theirs, and so does a ticked "None of these" or "don't know".
    """
    if kind is None:
        kind = question.kind or "none"
    if best is None:
        best = question.points_range("control")[1]
    if question.options:
        options = chosen_options(question, value, by_id)
        if any(o.not_applicable for o in options):
            return 0.0, 0.0, (), True
        impact = sum(o.impact for o in options)
        control = sum(o.control for o in options)
        if kind == "control" and question.type == "multi_choice":
            picked = {o.id for o in options}
            # A practice not ticked brings its recommendation, whether or not it is one
            # of the scored ones; a ticked "None of these" or "don't know" brings its own.
            wanting = [o for o in question.options or () if o.recommendation and (
                (o.id in picked and (o.exclusive or o.unknown)) or (
                    o.id not in picked and not (o.exclusive or o.unknown or o.not_applicable)))]
        elif kind == "control":
            wanting = [o for o in options if o.recommendation and control < best]
        else:
            wanting = [o for o in options if o.recommendation and o.impact > 0]
        recs = tuple(localized(o.recommendation, language) for o in wanting)
        return impact, control, recs, False
    rec = None
    if question.scale is not None and isinstance(value, int | float):
        impact, control = question.scale.impact_control(value)
        rec = question.scale.recommendation
    elif question.number is not None and isinstance(value, int | float):
        band = question.number.band_for(value)
        if band is None:
            return 0.0, 0.0, (), False
        impact, control, rec = band.impact, band.control, band.recommendation
    else:
        return 0.0, 0.0, (), False
    wants = impact > 0 or (kind == "control" and control < best)
    return impact, control, (localized(rec, language),) if rec and wants else (), False


def number_text(value: float, language: str = "en") -> str:
    """A number as a person reads it: 3,000,000 (3 000 000 in French), never 3e+06."""
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def answer_label(question: Question, value: Any, language: str = "en",
                 by_id: Mapping[str, Option] | None = None) -> str:
    """An answer as a person reads it: option labels, numbers with their unit, text."""
    if not is_answered(value):
        return ""
    if question.options:
        chosen = value if isinstance(value, list) else [value]
        if by_id is None:
            return "; ".join(question.option_label(str(v), language) for v in chosen)
        labels = []
        for option_id in chosen:
            option = by_id.get(option_id)
            labels.append(localized(option.label, language) if option and option.label
                          else question.option_label(str(option_id), language))
        return "; ".join(labels)
    if question.number is not None:
        unit = localized(question.number.unit, language) if question.number.unit else ""
        if not isinstance(value, int | float):
            return str(value)
        return f"{number_text(value, language)} {unit}".strip()
    if question.scale is not None:
        return f"{value} of {question.scale.min}–{question.scale.max}"
    return str(value)
