"""``score()``: an answer set becomes a result, with its range, findings and explanation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from raiassess.core import conditions
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import engine
from raiassess.core.scoring.engine import Formula, Pass
from raiassess.core.scoring.explain import explain
from raiassess.core.scoring.levels import level_info
from raiassess.core.scoring.plan import Step, plan_of, question_texts
from raiassess.core.scoring.points import answer_label
from raiassess.core.scoring.ranges import level_range
from raiassess.core.scoring.results import (
    Finding,
    LevelInfo,
    LevelRange,
    NotAsked,
    QuestionRef,
    ScoreResult,
    SectionScore,
)
from raiassess.core.text import localized


def ref(questionnaire: Questionnaire, step: Step, language: str) -> QuestionRef:
    """A question as results name it."""
    return QuestionRef(step.question.id, step.number, questionnaire.sections[step.section].id,
                       localized(step.question.text, language))


def score(questionnaire: Questionnaire, values: Mapping[str, Any],
          language: str = "en") -> ScoreResult:
    """Score answer values (by question id) against a questionnaire."""
    plan = plan_of(questionnaire)
    formula = Formula(questionnaire, plan)
    scoring = questionnaire.scoring
    run = engine.tally_answers(questionnaire, values, language)
    parts, overall = engine.figures(questionnaire, formula, run)

    sections = []
    for index, ((section, _), tally) in enumerate(zip(plan.sections, run.tallies,
                                                      strict=True)):
        if formula.v2:
            shown = formula.section_v2(tally, overall)
            rank = formula.level_rank(shown.level_residual)
            if formula.steps_down is not None and shown.scored:
                rank = max(rank, formula.level_rank(shown.inherent) - formula.steps_down)
        else:
            shown = formula.section_v1(tally)
            rank = formula.level_rank(shown.level_residual)
        asked = run.section_asked[index]
        sections.append(SectionScore(
            section.id, index + 1, localized(section.title, language), plan.weights[index],
            run.shown[index], run.answered[index], tally.a, tally.a_max, tally.b, tally.b_max,
            _rounded(shown.inherent), _rounded(shown.mitigation), shown.reduction,
            _rounded(shown.residual), level_info(questionnaire, rank, language),
            shown.scored and asked, asked))

    base_rank = formula.rank(overall.residual, overall.inherent)
    fired = engine.rules_fired(questionnaire, values, run.asked)
    findings = _findings(questionnaire, fired, language)
    floors = [r for r in (engine.rule_rank(questionnaire, rule) for rule in fired)
              if r is not None]
    rank = max([base_rank, *floors])
    level = level_info(questionnaire, rank, language)

    texts = question_texts(questionnaire, language)
    contributions = [engine.contribution(questionnaire, item, texts) for item in run.counted
                     if item.contributes]
    if formula.v2:
        contributions.sort(key=lambda c: -(c.risk if c.kind == "impact"
                                           else c.mitigation_max - c.mitigation))
    else:
        contributions.sort(key=lambda c: -c.risk)  # stable: ties stay in reading order
    completeness = 100.0 * run.required_answered / run.required if run.required else 100.0
    missing = tuple(ref(questionnaire, step, language) for step in run.missing)
    visible_count = sum(run.shown)
    answered_count = sum(run.answered)
    hidden = tuple(qid for qid, shown in run.visible.items() if not shown)
    result = ScoreResult(
        questionnaire.id, questionnaire.version, scoring.aggregation, tuple(sections),
        _rounded(overall.inherent), _rounded(overall.mitigation), _rounded(overall.residual),
        level, not missing, round(completeness, 2), visible_count, answered_count, missing,
        tuple(contributions), hidden, questionnaire.format_version,
        _range(questionnaire, values, run, language, complete=not missing, level=level),
        findings, tuple(_not_asked(questionnaire, values, run, language)),
        tuple(ref(questionnaire, step, language) for step in run.not_applicable))
    return explain(questionnaire, values, language, result, run=run, parts=parts,
                   overall=overall, rank=rank, base_rank=base_rank)


def _range(questionnaire: Questionnaire, values: Mapping[str, Any], run: Pass,
           language: str, *, complete: bool, level: LevelInfo) -> LevelRange | None:
    """A draft's range; none for a complete assessment whose level nothing can move."""
    found = level_range(questionnaire, values, run, language)
    if found is not None and complete and found.settled and found.lowest == level:
        return None
    return found


def _rounded(value: float) -> float:
    return round(value, 2)


def _findings(questionnaire: Questionnaire, fired: Sequence[Any],
              language: str) -> tuple[Finding, ...]:
    found: list[Finding] = []
    for rule in fired:
        refs = tuple(QuestionRef(qid, questionnaire.number_of(qid),
                                 questionnaire.section_of(qid).id,
                                 localized(question.text, language))
                     for qid in dict.fromkeys(rule.when.questions())
                     if (question := questionnaire.question(qid)) is not None)
        rank = engine.rule_rank(questionnaire, rule)
        info: LevelInfo | None = level_info(questionnaire, rank, language) \
            if rank is not None else None
        if rule.blocking is not None:
            found.append(Finding(rule.id, "blocking", localized(rule.blocking, language),
                                 info, refs))
        elif info is not None:
            text = localized(rule.explanation, language) or \
                f"The answers to {', '.join(r.number for r in refs)} put this assessment " \
                f"at {info.label} at least."
            found.append(Finding(rule.id, "floor", text, info, refs))
        if rule.contradiction is not None:
            found.append(Finding(rule.id, "contradiction",
                                 localized(rule.contradiction, language), None, refs))
    order = {"blocking": 0, "contradiction": 1, "floor": 2}
    return tuple(sorted(found, key=lambda f: order[f.kind]))


def _not_asked(questionnaire: Questionnaire, values: Mapping[str, Any], run: Pass,
               language: str) -> list[NotAsked]:
    """Every question not asked, with the answers that hid it."""
    plan = plan_of(questionnaire)
    unexamined = {step.question.id for step in run.unexamined}
    found = []
    for qid, shown in run.visible.items():
        if shown:
            continue
        step = plan.steps[qid]
        cond = questionnaire.asked_if(qid)
        because = conditions.hidden_by(cond, values, run.visible) if cond else []
        reason = _reason(questionnaire, values, run.visible, because, language)
        counted = ""
        if qid in unexamined and step.question.unexamined is not None:
            counted = step.question.option_label(step.question.unexamined.counts_as, language)
            reason += f"; counted as '{counted}' because it was not examined"
        found.append(NotAsked(qid, step.number, questionnaire.sections[step.section].id,
                              localized(step.question.text, language), reason,
                              tuple(because), counted))
    return found


def _reason(questionnaire: Questionnaire, values: Mapping[str, Any],
            visible: Mapping[str, bool], because: list[str], language: str) -> str:
    parts = []
    for qid in because:
        question = questionnaire.question(qid)
        if question is None:
            continue
        number = questionnaire.number_of(qid)
        value = values.get(qid)
        if not visible.get(qid, False):
            parts.append(f"{number} is not asked")
        elif not conditions.is_answered(value):
            parts.append(f"{number} is not answered yet")
        else:
            label = answer_label(question, value, language)
            parts.append(f"{number} is answered '{label}'")
    if not parts:
        return "Not asked, given the other answers"
    return "Not asked because " + " and ".join(parts)
