"""Score an answer set: one pass over the answers into per-section tallies, then the
figures, the level and the rules.

The figures of the whole assessment are computed from small per-section summaries
that add up (points and maxima, or weighted percentages), so that changing one
answer is re-scored by swapping one section's summary: the explanation asks that
question a few thousand times for a large questionnaire.

``docs/scoring.md`` explains the arithmetic for a board member; the comments here say
how the code follows it.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from raiassess.core import conditions
from raiassess.core.questionnaire import Question, Questionnaire, Rule
from raiassess.core.scheme import rank_in
from raiassess.core.scoring.plan import Plan, Step, label_of, option_labels, plan_of, points_of
from raiassess.core.scoring.results import Contribution


def percent(points: float, maximum: float) -> float:
    """Points as a percentage of a maximum, within 0 to 100 (0 when nothing can score)."""
    if maximum <= 0:
        return 0.0
    share = 100.0 * points / maximum  # asked thousands of times: comparisons, no calls
    return 100.0 if share > 100.0 else share if share > 0.0 else 0.0


def round_half_up(value: float) -> float:
    """Whole points, halves up (2.5 is 3), as public schemes round."""
    return float(math.floor(value + 0.5 + 1e-9))


@dataclass
class Tally:
    """One section's points: ``a`` risk or impact, ``b`` mitigation or control."""

    a: float = 0.0
    a_max: float = 0.0
    b: float = 0.0
    b_max: float = 0.0

    def changed(self, da: float, da_max: float, db: float, db_max: float) -> Tally:
        """A copy with one answer's points swapped for another's."""
        return Tally(self.a + da, self.a_max + da_max, self.b + db, self.b_max + db_max)


@dataclass(frozen=True)
class SectionFigures:
    """One section's figures (percentages) and whether it has anything to score."""

    inherent: float
    mitigation: float
    reduction: float
    residual: float
    scored: bool
    level_residual: float
    """The residual figure the section's level is read from (format 1: unrounded)."""


@dataclass(frozen=True)
class Overall:
    """The figures of the whole assessment."""

    inherent: float
    mitigation: float
    residual: float


class Formula:
    """The arithmetic of a questionnaire's format and scoring settings.

    ``summary`` turns a section's tally into numbers that add up over sections;
    ``overall`` turns their sum into the figures of the whole assessment.
    """

    def __init__(self, questionnaire: Questionnaire, plan: Plan) -> None:
        self.scoring = questionnaire.scoring
        self.v2 = questionnaire.format_version == 2
        self.weights = plan.weights
        controls = self.scoring.controls
        self.per_section = self.v2 and controls is not None and controls.applies_to == "section"
        self.steps_down = controls.max_steps_down if self.v2 and controls is not None else None
        self.rounding = self.v2 and self.scoring.rounding == "whole_points"
        self.tolerance = 1e-9 if self.v2 else 0.0
        self.pooled = self.v2 and self.scoring.aggregation == "sum" and not self.per_section
        self.controls = controls if self.v2 else None
        self._levels = self.scoring.level_bounds(self.tolerance)
        self.needs_parts = not self.v2 and self.scoring.aggregation == "maximum"
        """Whether ``overall`` reads the sections' summaries beside their sum."""

    def reduce(self, points: float, maximum: float, reduction: float) -> float:
        """Points reduced by a percentage, as a percentage of the maximum."""
        reduced = points * (1 - reduction / 100)
        return percent(round_half_up(reduced) if self.rounding else reduced, maximum)

    # --- format 1 -------------------------------------------------------------------

    def section_v1(self, tally: Tally) -> SectionFigures:
        inherent = percent(tally.a, tally.a_max)
        mitigation = percent(tally.b, tally.b_max)
        reduction = self.scoring.reduction_for(mitigation) if tally.a_max > 0 else 0.0
        residual = inherent * (1 - reduction / 100)
        # Format 1 aggregates the rounded figures, as it always has.
        return SectionFigures(round(inherent, 2), round(mitigation, 2), reduction,
                              round(residual, 2), tally.a_max > 0, residual)

    # --- format 2 -------------------------------------------------------------------

    def section_v2(self, tally: Tally, overall: Overall) -> SectionFigures:
        """A section's figures: its own impact, or the system's where it asks none;
        reduced by its own controls, or by all of them where it asks none."""
        own_impact, own_controls = tally.a_max > 0, tally.b_max > 0
        inherent = percent(tally.a, tally.a_max) if own_impact else overall.inherent
        coverage = percent(tally.b, tally.b_max) if own_controls else overall.mitigation
        reduction = self.scoring.reduction_for(coverage)
        if own_impact:
            residual = self.reduce(tally.a, tally.a_max, reduction)
        elif self.per_section:
            residual = inherent  # no own impact: the section's controls reduce nothing here
            reduction = 0.0
        else:
            residual = inherent * (1 - reduction / 100)
        return SectionFigures(inherent, coverage, reduction, residual,
                              own_impact or own_controls, residual)

    def summary(self, index: int, tally: Tally) -> tuple[float, ...]:
        """A section's share of the whole, as numbers that add up over sections."""
        weight = self.weights[index]
        if not self.v2:
            figures = self.section_v1(tally)
            if not figures.scored:
                return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
            return (weight * figures.inherent, weight * figures.residual,
                    weight * figures.mitigation, weight, figures.inherent, figures.residual)
        impact = percent(tally.a, tally.a_max) if tally.a_max > 0 else 0.0
        coverage = percent(tally.b, tally.b_max) if tally.b_max > 0 else 0.0
        reduction = self.scoring.reduction_for(coverage) if tally.b_max > 0 else 0.0
        reduced = tally.a * (1 - reduction / 100)
        if self.rounding:
            reduced = round_half_up(reduced)
        w_impact = weight if tally.a_max > 0 else 0.0
        w_controls = weight if tally.b_max > 0 else 0.0
        return (tally.a, tally.a_max, tally.b, tally.b_max,
                w_impact * impact, w_impact, w_controls * coverage, w_controls,
                reduced, w_impact * percent(reduced, tally.a_max) if tally.a_max else 0.0)

    def overall_pooled(self, a: float, a_max: float, b: float, b_max: float) -> Overall:
        """The figures of points added up over every section, controls applied to all."""
        inherent, coverage = percent(a, a_max), percent(b, b_max)
        reduced = a * (1 - self.controls.reduction_for(coverage) / 100) if self.controls \
            else a
        residual = percent(round_half_up(reduced) if self.rounding else reduced, a_max)
        return Overall(inherent, coverage, residual)

    def overall(self, total: tuple[float, ...],
                parts: list[tuple[float, ...]] | None = None) -> Overall:
        """The whole assessment's figures from the sum of the sections' summaries."""
        if not self.v2:
            inh_w, res_w, mit_w, weight = total[:4]
            if self.scoring.aggregation == "maximum" and parts is not None:
                counted = [p for p in parts if p[3] > 0]
                if not counted:
                    return Overall(0.0, 0.0, 0.0)
                mitigation = mit_w / weight if weight else 0.0
                return Overall(max(p[4] for p in counted), min(100.0, max(0.0, mitigation)),
                               max(p[5] for p in counted))
            if weight <= 0:
                return Overall(0.0, 0.0, 0.0)
            return Overall(*(min(100.0, max(0.0, x / weight)) for x in (inh_w, mit_w, res_w)))
        a, a_max, b, b_max, wi_sum, wi, wc_sum, wc, reduced, wr_sum = total
        if self.scoring.aggregation == "sum":
            inherent, coverage = percent(a, a_max), percent(b, b_max)
        else:
            inherent = wi_sum / wi if wi else 0.0
            coverage = wc_sum / wc if wc else 0.0
        if self.pooled:
            return self.overall_pooled(a, a_max, b, b_max)
        if self.per_section:
            residual = percent(reduced, a_max) if self.scoring.aggregation == "sum" \
                else (wr_sum / wi if wi else 0.0)
        else:
            residual = inherent * (1 - self.scoring.reduction_for(coverage) / 100)
        return Overall(inherent, coverage, min(100.0, max(0.0, residual)))

    def level_rank(self, residual: float) -> int:
        """The rank of the level a percentage reaches (as ``Scoring.rank_for`` says)."""
        return rank_in(self._levels, residual)

    def rank(self, residual: float, inherent: float) -> int:
        """The level's rank from the figures: the residual's level, but no more than
        ``max_steps_down`` levels below the impact's."""
        rank = self.level_rank(residual)
        if self.steps_down is not None:
            rank = max(rank, self.level_rank(inherent) - self.steps_down)
        return rank


def add(total: tuple[float, ...], part: tuple[float, ...]) -> tuple[float, ...]:
    """Summaries added."""
    return tuple(map(operator.add, total, part))


def swap(total: tuple[float, ...], old: tuple[float, ...],
         new: tuple[float, ...]) -> tuple[float, ...]:
    """A sum of summaries with one of them replaced (the what-if asks it thousands of
    times, hence no loop in Python)."""
    return tuple(map(operator.add, map(operator.sub, total, old), new))


@dataclass
class Counted:
    """An answer that counts in the score, with its points."""

    step: Step
    value: Any
    a: float
    b: float
    recommendations: tuple[str, ...]
    label: str
    unexamined: bool = False
    """Not asked, and counted as its ``unexamined`` answer."""
    contributes: bool = True
    """Whether it carries points or a recommendation (a contribution results show);
    otherwise it is kept because a better answer exists."""


@dataclass
class Pass:
    """Everything one pass over the answers found."""

    asked: dict[str, bool | None]
    visible: dict[str, bool]
    tallies: list[Tally]
    counted: list[Counted] = field(default_factory=list)
    section_asked: list[bool] = field(default_factory=list)
    shown: list[int] = field(default_factory=list)
    """Per section: the questions asked."""
    answered: list[int] = field(default_factory=list)
    """Per section: the questions asked and answered."""
    missing: list[Step] = field(default_factory=list)
    """Required questions asked and not answered."""
    open: list[Step] = field(default_factory=list)
    """Every question asked and not answered."""
    unexamined: list[Step] = field(default_factory=list)
    not_applicable: list[Step] = field(default_factory=list)
    required: int = 0
    required_answered: int = 0


def tally_answers(questionnaire: Questionnaire, values: Mapping[str, Any], language: str,
                  *, labels: bool = True) -> Pass:
    """One pass over the answers: what is asked, and the points of what counts."""
    plan = plan_of(questionnaire)
    v2 = questionnaire.format_version == 2
    asked = conditions.asked(questionnaire, values)
    if v2:
        visible = {qid: shown is not False for qid, shown in asked.items()}
    else:
        visible = conditions.visibility(questionnaire, values)
    applicable_max = v2 and questionnaire.scoring.maximum == "applicable"
    option_texts = option_labels(questionnaire, language) if labels else {}
    result = Pass(asked, visible, [Tally() for _ in plan.sections])
    for (section, steps), tally in zip(plan.sections, result.tallies, strict=True):
        result.section_asked.append(
            section.show_if is None or conditions.truth(section.show_if, values, asked)
            is not False)
        shown = answered = 0
        for step in steps:
            qid = step.qid
            value = values.get(qid)
            if not visible[qid]:
                if not examined_elsewhere(step.question, values, asked):
                    continue
                unexamined = step.question.unexamined
                assert unexamined is not None
                value = unexamined.counts_as
                result.unexamined.append(step)
                charged = True
            else:
                charged = False
            if not charged:
                shown += 1
                is_answered = conditions.is_answered(value)
                if step.required:
                    result.required += 1
                    result.required_answered += is_answered
                if not is_answered:
                    result.open.append(step)
                    if step.required:
                        result.missing.append(step)
                    if applicable_max:  # counted as no points, of its maximum
                        tally.a_max += step.a_max
                        tally.b_max += step.b_max
                    continue
                answered += 1
            a, b, recs, not_applicable = points_of(questionnaire, step, value, language)
            if not_applicable:
                result.not_applicable.append(step)
                continue
            # as share_of() says, which the explanation uses for one answer at a time
            tally.a += a
            tally.a_max += step.a_max
            tally.b += b
            tally.b_max += step.b_max
            contributes = bool(a > 0 or b > 0 or recs)
            if contributes or a > step.a_min or b < step.b_max:
                label = label_of(option_texts, step, value, language) if labels else ""
                result.counted.append(Counted(step, value, a, b, recs, label, charged,
                                              contributes))
        result.shown.append(shown)
        result.answered.append(answered)
    return result


def examined_elsewhere(question: Question, values: Mapping[str, Any],
                       asked: Mapping[str, bool | None]) -> bool:
    """Whether a question not asked counts as its ``unexamined`` answer: its ``when``
    holds on questions that were asked (a follow-up in a section that does not concern
    the system is not charged)."""
    unexamined = question.unexamined
    if unexamined is None:
        return False
    if any(asked.get(qid) is not True for qid in unexamined.when.questions()):
        return False
    return conditions.truth(unexamined.when, values, asked) is True


def contribution(questionnaire: Questionnaire, item: Counted,
                 texts: dict[str, str]) -> Contribution:
    """What one counted answer adds, as results show it (``texts``: ``question_texts``)."""
    step = item.step
    section = questionnaire.sections[step.section]
    kind = step.kind if step.kind in ("impact", "control") else "risk"
    return Contribution(step.question.id, step.number, section.id, texts[step.question.id],
                        item.label, item.a, step.a_max, item.b, step.b_max,
                        item.recommendations, kind)  # type: ignore[arg-type]


def rules_fired(questionnaire: Questionnaire, values: Mapping[str, Any],
                asked: Mapping[str, bool | None]) -> list[Rule]:
    """The rules whose condition holds on the answers."""
    return [rule for rule in questionnaire.scoring.rules
            if conditions.truth(rule.when, values, asked) is True]


def rule_rank(questionnaire: Questionnaire, rule: Rule) -> int | None:
    """The level rank a rule puts under the result, if it sets one."""
    levels = questionnaire.scoring.levels
    if rule.level is not None:
        return next(i for i, level in enumerate(levels) if level.id == rule.level)
    if rule.blocking is not None:
        return len(levels) - 1
    return None


ZERO_V1 = (0.0,) * 6
ZERO_V2 = (0.0,) * 10


def zero(questionnaire: Questionnaire) -> tuple[float, ...]:
    """The summary of nothing, to add sections' summaries to."""
    return ZERO_V2 if questionnaire.format_version == 2 else ZERO_V1


def figures(questionnaire: Questionnaire, formula: Formula,
            run: Pass) -> tuple[list[tuple[float, ...]], Overall]:
    """Each section's summary and the whole assessment's figures."""
    parts = [formula.summary(index, tally) for index, tally in enumerate(run.tallies)]
    total = zero(questionnaire)
    for part in parts:
        total = add(total, part)
    return parts, formula.overall(total, parts)
