"""The levels a draft can still reach: every open question at its least and its most
risky answer, and every question whose asking is not settled yet either in or out.

The bounds are sound rather than tight where the arithmetic would need a search: a
finished assessment's level always lies within them (a property test holds this).
Each bound follows the score's own steps, which all move one way: more impact points
raise a percentage, more control points lower the residual, a rule whose condition
may still hold can only raise the level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from raiassess.core import conditions
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import engine
from raiassess.core.scoring.engine import Formula, Pass
from raiassess.core.scoring.levels import level_info
from raiassess.core.scoring.plan import Step, plan_of, points_of
from raiassess.core.scoring.results import LevelRange

#: (fewest points, most points, the maximum it adds, whether it may not count at all)
Item = tuple[float, float, float, bool]
Bounds = tuple[float, float, bool, bool]
"""(lowest %, highest %, whether nothing may count, whether something may count)"""


def ratio_bounds(items: Iterable[Item]) -> Bounds:
    """Bounds of (sum of points) / (sum of maxima) as a percentage, over every choice of
    points within each item's range and of the optional items to count.

    For the least, the optional items whose own ratio is below the running ratio are
    counted, smallest first (that is the exact minimum of such a ratio); the most
    likewise from the top.
    """
    fixed_lo = fixed_hi = fixed_max = 0.0
    optional: list[Item] = []
    for item in items:
        if item[2] <= 0:
            continue
        if item[3]:
            optional.append(item)
        else:
            fixed_lo, fixed_hi, fixed_max = (fixed_lo + item[0], fixed_hi + item[1],
                                             fixed_max + item[2])
    may_be_empty = fixed_max <= 0
    low = _extreme(fixed_lo, fixed_max, sorted(optional, key=lambda i: i[0] / i[2]), 0, 1)
    high = _extreme(fixed_hi, fixed_max, sorted(optional, key=lambda i: -i[1] / i[2]), 1, -1)
    return low, high, may_be_empty, fixed_max > 0 or bool(optional)


def _extreme(points: float, maximum: float, ordered: list[Item], which: int,
             sign: int) -> float:
    for item in ordered:
        if maximum <= 0 or sign * (item[which] / item[2]) < sign * (points / maximum):
            points, maximum = points + item[which], maximum + item[2]
        else:
            break
    return engine.percent(points, maximum)


def _items(questionnaire: Questionnaire, values: Mapping[str, Any], run: Pass,
           steps: Iterable[Step]) -> tuple[list[Item], list[Item]]:
    """The impact (or risk) and control (or mitigation) items of some questions."""
    a_items: list[Item] = []
    b_items: list[Item] = []
    for step in steps:
        qid = step.question.id
        shown = run.asked[qid]
        choices: list[tuple[float, float]] = []  # the (a, b) points it may count with
        optional = shown is not True
        unexamined = step.question.unexamined
        if unexamined is not None and shown is not True:
            when = conditions.truth(unexamined.when, values, run.asked)
            gates = [run.asked.get(q) for q in unexamined.when.questions()]
            if False in gates:
                when = False
            elif None in gates and when is True:
                when = None
            if when is not False:
                a, b, _, _ = points_of(questionnaire, step, unexamined.counts_as, "en")
                choices.append((a, b))
                optional = optional and not (shown is False and when is True)
        if shown is False and not choices:
            continue
        if shown is not False:
            value = values.get(qid)
            if conditions.is_answered(value):
                a, b, _, not_applicable = points_of(questionnaire, step, value, "en")
                if not_applicable:
                    optional = True
                else:
                    choices.append((a, b))
            else:
                choices += [(step.a_min, step.b_min), (step.a_max, step.b_max)]
                optional = optional or step.has_not_applicable
        if not choices:
            continue
        a_items.append((min(c[0] for c in choices), max(c[0] for c in choices), step.a_max,
                        optional))
        b_items.append((min(c[1] for c in choices), max(c[1] for c in choices), step.b_max,
                        optional))
    return a_items, b_items


def level_range(questionnaire: Questionnaire, values: Mapping[str, Any], run: Pass,
                language: str) -> LevelRange | None:
    """The levels the draft can reach once finished, or None when nothing open can
    change the result."""
    if not run.open and None not in run.asked.values():
        return None  # nothing is open: the result is final
    open_steps = [*run.open, *(step for step in plan_of(questionnaire).steps.values()
                               if run.asked[step.question.id] is None)]
    if not any(s.a_max > 0 or s.b_max > 0 or s.gate or s.in_rules for s in open_steps):
        return None
    plan = plan_of(questionnaire)
    formula = Formula(questionnaire, plan)
    per_section = [_items(questionnaire, values, run, steps) for _, steps in plan.sections]
    if formula.v2:
        low, high, low_floor, high_floor = _v2_bounds(questionnaire, formula, per_section)
    else:
        low, high = _v1_bounds(questionnaire, formula, per_section)
        low_floor = high_floor = 0
    sure, possible = [], []
    for rule in questionnaire.scoring.rules:
        rank = engine.rule_rank(questionnaire, rule)
        holds = conditions.truth(rule.when, values, run.asked)
        if rank is not None and holds is not False:
            possible.append(rank)
            if holds is True:
                sure.append(rank)
    low_rank = max([formula.level_rank(low), low_floor, *sure])
    high_rank = max([formula.level_rank(high), high_floor,
                     *possible])
    return LevelRange(level_info(questionnaire, low_rank, language),
                      level_info(questionnaire, high_rank, language),
                      round(low, 2), round(high, 2))


def _weighted(bounds: list[tuple[float, float, float, bool, bool]]) -> tuple[float, float]:
    """Bounds of a weighted mean of (low, high, weight, may be out, may be in) parts,
    0 when no part counts."""
    # the parts are percentages already: weigh them as fractions
    items = [(w * lo / 100, w * hi / 100, w, may_out) for lo, hi, w, may_out, may_in in bounds
             if may_in]
    low, high, may_be_empty, _ = ratio_bounds(items)
    if may_be_empty or not items:
        low = 0.0
    return low, high


def _v1_bounds(questionnaire: Questionnaire, formula: Formula,
               per_section: list[tuple[list[Item], list[Item]]]) -> tuple[float, float]:
    scoring = questionnaire.scoring
    parts = []
    for index, (a_items, b_items) in enumerate(per_section):
        a_low, a_high, a_empty, a_some = ratio_bounds(a_items)
        b_low, b_high, b_empty, _ = ratio_bounds(b_items)
        if b_empty:
            b_low = 0.0
        low = round(a_low * (1 - scoring.reduction_for(b_high) / 100), 2)
        high = round(a_high * (1 - scoring.reduction_for(b_low) / 100), 2)
        parts.append((low, high, formula.weights[index], a_empty, a_some))
    if scoring.aggregation == "maximum":
        sure = [lo for lo, _, _, may_out, may_in in parts if may_in and not may_out]
        maybe = [hi for _, hi, _, _, may_in in parts if may_in]
        return max(sure, default=0.0), max(maybe, default=0.0)
    return _weighted(parts)


def _v2_bounds(questionnaire: Questionnaire, formula: Formula,
               per_section: list[tuple[list[Item], list[Item]]]) -> tuple[float, float,
                                                                          int, int]:
    scoring = questionnaire.scoring
    if scoring.aggregation == "sum":
        all_a = [item for a_items, _ in per_section for item in a_items]
        all_b = [item for _, b_items in per_section for item in b_items]
        i_low, i_high, i_empty, _ = ratio_bounds(all_a)
        c_low, c_high, c_empty, _ = ratio_bounds(all_b)
        i_low = 0.0 if i_empty else i_low
        c_low = 0.0 if c_empty else c_low
        least_max = sum(item[2] for item in all_a if not item[3])
    else:
        section_a = [ratio_bounds(a) for a, _ in per_section]
        section_b = [ratio_bounds(b) for _, b in per_section]
        i_low, i_high = _weighted([(lo, hi, w, out, some) for (lo, hi, out, some), w
                                   in zip(section_a, formula.weights, strict=True)])
        c_low, c_high = _weighted([(lo, hi, w, out, some) for (lo, hi, out, some), w
                                   in zip(section_b, formula.weights, strict=True)])
        least_max = 0.0
    slack = 0.0
    if formula.rounding:  # rounding to whole points moves a figure by up to half a point
        slack = 50.0 / least_max if least_max > 0 else 100.0
    if formula.per_section:
        lows, highs, may_be_empty = [], [], True
        for a_items, b_items in per_section:
            a_low, a_high, a_empty, a_some = ratio_bounds(a_items)
            b_low, b_high, b_empty, _ = ratio_bounds(b_items)
            if not a_some:
                continue
            may_be_empty &= a_empty
            # a section without controls is not reduced at all
            least = 0.0 if b_empty else scoring.reduction_for(b_low)
            lows.append(a_low * (1 - scoring.reduction_for(b_high) / 100))
            highs.append(a_high * (1 - least / 100))
        low = 0.0 if may_be_empty or not lows else min(lows)
        high = max(highs, default=0.0)
        slack = 50.0 / min((i[2] for a, _ in per_section for i in a if i[2] > 0),
                           default=1.0) if formula.rounding else 0.0
    else:
        low = i_low * (1 - scoring.reduction_for(c_high) / 100)
        high = i_high * (1 - scoring.reduction_for(c_low) / 100)
    low, high = max(0.0, low - slack), min(100.0, high + slack)
    low_floor = high_floor = 0
    if formula.steps_down is not None:
        low_floor = formula.level_rank(i_low) - formula.steps_down
        high_floor = formula.level_rank(i_high) - formula.steps_down
    return low, high, low_floor, high_floor
