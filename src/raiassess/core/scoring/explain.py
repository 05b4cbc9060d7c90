"""Why the level is what it is, and what would move it: computed, not guessed.

Every "what if" re-scores the assessment with one answer changed to its best: the
section holding it gets a new summary and the whole is recomputed from the others'
summaries, unchanged. A question that decides whether others are asked is re-scored
in full, and the rules are read again whenever the answer is one they look at.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.scoring import engine
from raiassess.core.scoring.engine import Counted, Formula, Overall, Pass, Step, level_info
from raiassess.core.scoring.points import answer_label
from raiassess.core.scoring.results import (
    ControlEffect,
    Explanation,
    QuestionRef,
    Recommendation,
    ScoreResult,
    WhatIf,
)
from raiassess.core.text import localized

LEVEL_MOVERS = 5
"""How many answers that would lower the level an explanation names, at most."""


def best_answer(step: Step) -> tuple[Any, float, float] | None:
    """The answer to a question that carries the least risk: (value, a, b)."""
    question = step.question
    if question.options:
        usable = [o for o in question.options if not o.not_applicable and not o.unknown]
        if not usable:
            return None
        if step.kind == "control":
            if question.type == "multi_choice":
                ticked = [o.id for o in usable if not o.exclusive and o.control > 0]
                best = max(usable, key=lambda o: o.control)
                together = sum(o.control for o in usable if o.id in ticked)
                if ticked and together >= best.control:
                    return ticked, 0.0, together
                return [best.id], best.impact, best.control
            best = max(usable, key=lambda o: o.control)
            return best.id, best.impact, best.control
        key = (lambda o: (o.impact, -o.control)) if step.kind == "impact" else \
            (lambda o: (o.risk, -o.mitigation))
        best = min(usable, key=key)
        value: Any = [best.id] if question.type == "multi_choice" else best.id
        return (value, best.impact, best.control) if step.kind == "impact" else \
            (value, best.risk, best.mitigation)
    if question.scale is not None:
        ends = [question.scale.min, question.scale.max]
        if step.kind in ("impact", "control"):
            scored = [(v, *question.scale.impact_control(v)) for v in ends]
        else:
            scored = [(v, *question.scale.points(v)) for v in ends]
        return min(scored, key=lambda s: (s[1], -s[2]))
    return None


class _Rescorer:
    """Scores the assessment again with one answer changed, as cheaply as it can."""

    def __init__(self, questionnaire: Questionnaire, values: Mapping[str, Any], run: Pass,
                 parts: list[tuple[float, ...]], rule_floors: list[int]) -> None:
        self.questionnaire = questionnaire
        self.values = values
        self.run = run
        self.parts = parts
        self.formula = Formula(questionnaire, engine.plan_of(questionnaire))
        self.total = engine.zero(questionnaire)
        for part in parts:
            self.total = engine.add(self.total, part)
        self.rule_floors = rule_floors

    def figures(self, item: Counted, a: float, b: float) -> tuple[Overall, int]:
        """The whole assessment's figures and level rank with one answer's points changed."""
        step = item.step
        tally = self.run.tallies[step.section].changed(a - item.a, 0.0, b - item.b, 0.0)
        part = self.formula.summary(step.section, tally)
        total = engine.add(engine.add(self.total, self.parts[step.section], -1), part)
        parts = None
        if not self.formula.v2 and self.questionnaire.scoring.aggregation == "maximum":
            parts = [*self.parts]
            parts[step.section] = part
        overall = self.formula.overall(total, parts)
        return overall, self._rank(overall, step, None)

    def with_value(self, item: Counted, value: Any, a: float, b: float) -> tuple[Overall, int]:
        """As ``figures``, for a named new answer (the rules may look at it)."""
        step = item.step
        if step.gate:
            return self._in_full(step.question.id, value)
        overall, _ = self.figures(item, a, b)
        return overall, self._rank(overall, step, value)

    def _rank(self, overall: Overall, step: Step, value: Any) -> int:
        floors = self.rule_floors
        if step.in_rules and value is not None:
            changed = {**self.values, step.question.id: value}
            floors = [r for r in (engine.rule_rank(self.questionnaire, rule) for rule in
                                  engine.rules_fired(self.questionnaire, changed,
                                                     self.run.asked)) if r is not None]
        return max([self.formula.rank(overall.residual, overall.inherent), *floors])

    def _in_full(self, question_id: str, value: Any) -> tuple[Overall, int]:
        changed = {**self.values, question_id: value}
        run = engine.tally_answers(self.questionnaire, changed, "en", labels=False)
        _, overall = engine.figures(self.questionnaire, self.formula, run)
        floors = [r for r in (engine.rule_rank(self.questionnaire, rule) for rule in
                              engine.rules_fired(self.questionnaire, changed, run.asked))
                  if r is not None]
        return overall, max([self.formula.rank(overall.residual, overall.inherent), *floors])


def _ref(questionnaire: Questionnaire, step: Step, language: str) -> QuestionRef:
    return QuestionRef(step.question.id, step.number, questionnaire.sections[step.section].id,
                       localized(step.question.text, language))


def _label(question: Question, value: Any, language: str) -> str:
    return answer_label(question, value, language)


def _practice_gains(step: Step, item: Counted, rescorer: _Rescorer, residual: float,
                    language: str) -> dict[str, float]:
    """For a multiple choice of practices: what adding each practice not ticked takes
    off the residual risk, by the text of its recommendation."""
    question = step.question
    if step.kind != "control" or question.type != "multi_choice":
        return {}
    picked = set(item.value) if isinstance(item.value, list) else set()
    gains: dict[str, float] = {}
    for option in question.options or ():
        if option.recommendation and option.id not in picked and option.control > 0:
            changed, _ = rescorer.figures(item, item.a, min(step.b_max, item.b + option.control))
            gains[localized(option.recommendation, language)] = max(
                0.0, residual - changed.residual)
    return gains


def explain(questionnaire: Questionnaire, values: Mapping[str, Any], language: str,
            result: ScoreResult, *, run: Pass, parts: list[tuple[float, ...]],
            overall: Overall, rank: int, base_rank: int) -> ScoreResult:
    """The result with its explanation and its recommendations ranked."""
    scoring = questionnaire.scoring
    formula = Formula(questionnaire, engine.plan_of(questionnaire))
    levels = scoring.levels
    from_score = scoring.level_for(overall.residual)
    raised: list[str] = []
    if base_rank > levels.index(from_score):
        impact_level = level_info(questionnaire, scoring.level_for(overall.inherent), language)
        raised.append(f"Controls take a system at most {formula.steps_down} level"
                      f"{'s' if formula.steps_down != 1 else ''} below the level of its "
                      f"impact ({impact_level.label}).")
    for finding in result.findings:
        if finding.level is not None and finding.level.rank > base_rank:
            raised.append(finding.text)
    rule_floors = [r for r in (engine.rule_rank(questionnaire, rule) for rule in
                               engine.rules_fired(questionnaire, values, run.asked))
                   if r is not None]
    rescorer = _Rescorer(questionnaire, values, run, parts, rule_floors)

    effects: list[ControlEffect] = []
    movers: list[tuple[int, float, WhatIf]] = []
    wanted: dict[str, tuple[float, list[QuestionRef], int]] = {}
    for order, item in enumerate(run.counted):
        step = item.step
        if item.unexamined:  # not an answer the team gave: what moves it is the gate
            continue
        if step.kind == "control" and item.b > step.b_min:
            worst, _ = rescorer.figures(item, item.a, step.b_min)
            effects.append(ControlEffect(_ref(questionnaire, step, language), item.label,
                                         round(max(0.0, worst.residual - overall.residual), 2)))
        best = best_answer(step)
        lowers_by = 0.0
        if best is not None and (best[1] < item.a or best[2] > item.b):
            better, new_rank = rescorer.with_value(item, best[0], best[1], best[2])
            lowers_by = max(0.0, overall.residual - better.residual)
            # In format 2 the level moves through controls, which a team can change;
            # what the system is shows among the impact drivers instead.
            if new_rank < rank and step.kind != "impact":
                movers.append((new_rank, better.residual, WhatIf(
                    _ref(questionnaire, step, language), item.label,
                    _label(step.question, best[0], language),
                    level_info(questionnaire, levels[new_rank], language),
                    round(better.residual, 2))))
        gains = _practice_gains(step, item, rescorer, overall.residual, language)
        for text in item.recommendations:
            so_far = wanted.get(text)
            refs = [*(so_far[1] if so_far else []), _ref(questionnaire, step, language)]
            wanted[text] = (max(gains.get(text, lowers_by), so_far[0] if so_far else 0.0),
                            refs, so_far[2] if so_far else order)
    effects.sort(key=lambda e: -e.lowers_by)
    movers.sort(key=lambda m: (m[0], m[1]))
    impact_kind = "impact" if formula.v2 else "risk"
    drivers = tuple(c for c in result.contributions if c.kind == impact_kind and c.risk > 0)
    ranked = sorted(wanted.items(), key=lambda entry: (-round(entry[1][0], 6), entry[1][2]))
    recommendations = tuple(Recommendation(text, tuple(refs), round(lowers, 2))
                            for text, (lowers, refs, _) in ranked)
    explanation = Explanation(
        level_info(questionnaire, from_score, language), tuple(raised),
        tuple(sorted(drivers, key=lambda c: -c.risk)), tuple(effects),
        tuple(m[2] for m in movers[:LEVEL_MOVERS]))
    return dataclasses.replace(result, explanation=explanation,
                               ranked_recommendations=recommendations)
