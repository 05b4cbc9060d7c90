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

from raiassess.core import conditions
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import engine
from raiassess.core.scoring.engine import Counted, Formula, Overall, Pass
from raiassess.core.scoring.levels import level_info
from raiassess.core.scoring.plan import (
    Share,
    Step,
    label_of,
    option_labels,
    plan_of,
    question_texts,
    share_of,
)
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


class _Rescorer:
    """Scores the assessment again with one answer changed, as cheaply as it can.

    A change is a set of per-section deltas (a, a_max, b, b_max): the answer's own, and
    for a question others depend on, those of every question whose asking flips. The
    whole is recomputed from the totals with those sections' summaries swapped.
    """

    def __init__(self, questionnaire: Questionnaire, values: Mapping[str, Any], run: Pass,
                 parts: list[tuple[float, ...]], rule_floors: list[int]) -> None:
        self.questionnaire = questionnaire
        self.values = values
        self.run = run
        self.parts = parts
        self.plan = plan_of(questionnaire)
        self.formula = Formula(questionnaire, self.plan)
        self.total = engine.zero(questionnaire)
        for part in parts:
            self.total = engine.add(self.total, part)
        self.rule_floors = rule_floors
        # the impact and its floor under the level, for changes that leave the impact be
        self.inherent = formula_inherent = self.formula.overall(self.total, parts).inherent
        steps = self.formula.steps_down
        self.impact_floor = 0 if steps is None else \
            self.formula.level_rank(formula_inherent) - steps
        self.floor = max([self.impact_floor, *rule_floors])
        """What a change of a control alone can never take the level below."""
        self.applicable_max = questionnaire.format_version == 2 and \
            questionnaire.scoring.maximum == "applicable"

    def evaluate(self, deltas: dict[int, Share]) -> Overall:
        """The whole assessment's figures with some sections' tallies changed."""
        if self.formula.pooled:
            a, a_max, b, b_max = self.total[:4]
            for da, da_max, db, db_max in deltas.values():
                a, a_max, b, b_max = a + da, a_max + da_max, b + db, b_max + db_max
            return self.formula.overall_pooled(a, a_max, b, b_max)
        total = self.total
        parts = [*self.parts] if self.formula.needs_parts else self.parts
        for section, delta in deltas.items():
            part = self.formula.summary(section, self.run.tallies[section].changed(*delta))
            total = engine.swap(total, self.parts[section], part)
            if parts is not self.parts:
                parts[section] = part
        return self.formula.overall(total, parts)

    def residual_with(self, item: Counted, a: float, b: float) -> float:
        """The residual risk with one answer's points changed, computed as directly as the
        scoring settings allow (a control's effect is asked for every control)."""
        formula = self.formula
        if not formula.pooled:
            return self.points(item, a, b).residual
        total = self.total
        coverage = engine.percent(total[2] + b - item.b, total[3])
        reduced = (total[0] + a - item.a) * (
            1 - (formula.controls.reduction_for(coverage) if formula.controls else 0.0) / 100)
        return engine.percent(engine.round_half_up(reduced) if formula.rounding else reduced,
                              total[1])

    def points(self, item: Counted, a: float, b: float) -> Overall:
        """The figures with one answer's points changed and nothing else."""
        if self.formula.pooled:  # the common case, asked thousands of times: no dicts
            total = self.total
            return self.formula.overall_pooled(total[0] + a - item.a, total[1],
                                               total[2] + b - item.b, total[3])
        return self.evaluate({item.step.section: (a - item.a, 0.0, b - item.b, 0.0)})

    def answer(self, item: Counted, value: Any, a: float, b: float) -> tuple[Overall, int]:
        """The figures and the level's rank with one answer changed to ``value``, which
        carries ``a`` and ``b`` points (never "not applicable")."""
        step = item.step
        if not step.gate and not step.in_rules:  # only its own points move
            if self.formula.pooled and a == item.a:  # a control: the impact stays
                residual = self.residual_with(item, a, b)
                rank = max(self.formula.level_rank(residual), self.floor)
                return Overall(self.inherent, 0.0, residual), rank
            overall = self.points(item, a, b)
            return overall, max([self.formula.rank(overall.residual, overall.inherent),
                                 *self.rule_floors])
        qid = step.question.id
        new, _ = share_of(self.questionnaire, step, value, shown=True, charged=False,
                                 applicable_max=self.applicable_max)
        deltas: dict[int, list[float]] = {}
        self._add(deltas, step.section, new, (item.a, step.a_max, item.b, step.b_max))
        values: Mapping[str, Any] = self.values
        asked: Mapping[str, bool | None] = self.run.asked
        moved_rules = step.in_rules
        if step.gate:
            values = {**self.values, qid: value}
            asked, visible = self._asking(values, self.plan.dependents[qid])
            for dependent in self.plan.dependents[qid]:
                other = self.plan.steps[dependent]
                moved_rules |= other.in_rules
                before = self._share(other, self.values, self.run.asked, self.run.visible)
                after = self._share(other, values, asked, visible)
                if before != after:
                    self._add(deltas, other.section, after, before)
        overall = self.evaluate({s: (d[0], d[1], d[2], d[3]) for s, d in deltas.items()})
        floors = self.rule_floors
        if moved_rules:
            changed = {**values, qid: value}
            floors = [r for r in (engine.rule_rank(self.questionnaire, rule) for rule in
                                  engine.rules_fired(self.questionnaire, changed, asked))
                      if r is not None]
        return overall, max([self.formula.rank(overall.residual, overall.inherent), *floors])

    @staticmethod
    def _add(deltas: dict[int, list[float]], section: int, after: Share,
             before: Share) -> None:
        delta = deltas.setdefault(section, [0.0, 0.0, 0.0, 0.0])
        for index in range(4):
            delta[index] += after[index] - before[index]

    def _asking(self, values: Mapping[str, Any], dependents: tuple[str, ...]
                ) -> tuple[dict[str, bool | None], dict[str, bool]]:
        """Whether each question is asked, after a change that may move ``dependents``."""
        asked = dict(self.run.asked)
        visible = dict(self.run.visible)
        v2 = self.questionnaire.format_version == 2
        for qid in dependents:
            condition = self.questionnaire.asked_if(qid)
            if condition is None:
                continue
            asked[qid] = conditions.truth(condition, values, asked)
            visible[qid] = asked[qid] is not False if v2 else \
                conditions.condition_holds(condition, values, visible)
        return asked, visible

    def _share(self, step: Step, values: Mapping[str, Any], asked: Mapping[str, bool | None],
               visible: Mapping[str, bool]) -> Share:
        question = step.question
        shown = visible[question.id]
        charged = not shown and engine.examined_elsewhere(question, values, asked)
        value = question.unexamined.counts_as if charged and question.unexamined \
            else values.get(question.id)
        share, _ = share_of(self.questionnaire, step, value, shown=shown,
                                   charged=charged, applicable_max=self.applicable_max)
        return share


def _ref(questionnaire: Questionnaire, step: Step, texts: dict[str, str]) -> QuestionRef:
    return QuestionRef(step.question.id, step.number, questionnaire.sections[step.section].id,
                       texts[step.question.id])


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
            changed = rescorer.residual_with(item, item.a,
                                             min(step.b_max, item.b + option.control))
            gains[localized(option.recommendation, language)] = max(0.0, residual - changed)
    return gains


def explain(questionnaire: Questionnaire, values: Mapping[str, Any], language: str,
            result: ScoreResult, *, run: Pass, parts: list[tuple[float, ...]],
            overall: Overall, rank: int, base_rank: int) -> ScoreResult:
    """The result with its explanation and its recommendations ranked."""
    formula = Formula(questionnaire, plan_of(questionnaire))
    from_score = formula.level_rank(overall.residual)
    raised: list[str] = []
    impact_level = None
    if base_rank > from_score:
        impact_level = level_info(questionnaire, formula.level_rank(overall.inherent), language)
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
    texts = question_texts(questionnaire, language)
    labels = option_labels(questionnaire, language)
    refs: dict[str, QuestionRef] = {}

    def ref_of(step: Step) -> QuestionRef:
        found = refs.get(step.question.id)
        if found is None:
            found = refs[step.question.id] = _ref(questionnaire, step, texts)
        return found

    for order, item in enumerate(run.counted):
        step = item.step
        if item.unexamined:  # not an answer the team gave: what moves it is the gate
            continue
        if step.kind == "control" and item.b > step.b_min:
            worst = rescorer.residual_with(item, item.a, step.b_min)
            effects.append(ControlEffect(ref_of(step), item.label,
                                         round(max(0.0, worst - overall.residual), 2)))
        elif step.kind == "impact" and not item.recommendations:
            continue  # what the system is does not "move": nothing more to work out
        best = step.best
        lowers_by = 0.0
        if best is not None and (best[1] < item.a or best[2] > item.b):
            better, new_rank = rescorer.answer(item, *best)
            lowers_by = max(0.0, overall.residual - better.residual)
            # In format 2 the level moves through controls, which a team can change;
            # what the system is shows among the impact drivers instead.
            if new_rank < rank and step.kind != "impact":
                movers.append((new_rank, better.residual, WhatIf(
                    ref_of(step), item.label,
                    label_of(labels, step, best[0], language),
                    level_info(questionnaire, new_rank, language),
                    round(better.residual, 2))))
        if not item.recommendations:
            continue
        gains = _practice_gains(step, item, rescorer, overall.residual, language) \
            if step.multi and step.kind == "control" else {}
        if step.kind == "impact":
            # Acting on what an impact answer implies does not change what the system
            # is: such a recommendation lowers nothing, and ranks after the practices.
            lowers_by = 0.0
        for text in item.recommendations:
            so_far = wanted.get(text)
            named = [*(so_far[1] if so_far else []), ref_of(step)]
            wanted[text] = (max(gains.get(text, lowers_by), so_far[0] if so_far else 0.0),
                            named, so_far[2] if so_far else order)
    effects.sort(key=lambda e: -e.lowers_by)
    movers.sort(key=lambda m: (m[0], m[1]))
    impact_kind = "impact" if formula.v2 else "risk"
    drivers = tuple(c for c in result.contributions if c.kind == impact_kind and c.risk > 0)
    ranked = sorted(wanted.items(), key=lambda entry: (-round(entry[1][0], 6), entry[1][2]))
    recommendations = tuple(Recommendation(text, tuple(named), round(lowers, 2))
                            for text, (lowers, named, _) in ranked)
    explanation = Explanation(
        level_info(questionnaire, from_score, language), tuple(raised),
        tuple(sorted(drivers, key=lambda c: -c.risk)), tuple(effects),
        tuple(m[2] for m in movers[:LEVEL_MOVERS]), impact_level, formula.steps_down)
    return dataclasses.replace(result, explanation=explanation,
                               ranked_recommendations=recommendations)
