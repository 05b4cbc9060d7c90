"""Properties of format 2, over questionnaires that hypothesis writes.

Each generated questionnaire goes through the loader, so it is one an author could
ship: impact and control questions, "not applicable", exclusive and "don't know"
options, conditions on questions and sections, rules, and every scoring setting.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from raiassess.core.conditions import asked
from raiassess.core.loader import questionnaire_from_text
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.scoring import ScoreResult, score

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
points = st.sampled_from([0, 0, 1, 2, 3, 5])


@st.composite
def _question(draw: st.DrawFn, qid: str, earlier: list[dict[str, Any]]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["impact", "control", "none"]))
    qtype = draw(st.sampled_from(["single_choice", "multi_choice", "yes_no", "scale"]))
    question: dict[str, Any] = {"id": qid, "type": qtype, "text": "Q", "guidance": "G",
                                "required": draw(st.booleans())}
    key = kind if kind != "none" else None
    if qtype == "scale":
        if key:
            question["scale"] = {"min": 0, "max": 4, f"{key}_at_min": draw(points),
                                 f"{key}_at_max": draw(points)}
    else:
        ids = ["yes", "no"] if qtype == "yes_no" else \
            [f"o{i}" for i in range(draw(st.integers(2, 4)))]
        options: list[dict[str, Any]] = [{"id": i, **({key: draw(points)} if key else {})}
                                         for i in ids]
        if qtype == "multi_choice" and draw(st.booleans()):
            options.append({"id": "none", "exclusive": True})
        if qtype != "yes_no" and key and draw(st.booleans()):
            values = [o.get(key, 0) for o in options]
            worst = (sum(values) if qtype == "multi_choice" else max(values)) \
                if key == "impact" else 0
            options.append({"id": "unknown", "unknown": True,
                            "exclusive": qtype == "multi_choice", key: worst})
        if qtype != "yes_no" and draw(st.booleans()):
            options.append({"id": "na", "not_applicable": True})
        question["options"] = options
    gates = _gates(earlier)
    if gates and draw(st.booleans()):
        gate = draw(st.sampled_from(gates))
        question["show_if"] = {"question": gate["id"],
                               "equals": draw(st.sampled_from(
                                   [o["id"] for o in gate["options"]]))}
    return question


def _gates(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The questions a condition can test with 'equals'."""
    return [q for q in questions if q["type"] in ("single_choice", "yes_no")]


@st.composite
def questionnaires(draw: st.DrawFn) -> Questionnaire:
    sections: list[dict[str, Any]] = []
    earlier: list[dict[str, Any]] = []
    for s in range(draw(st.integers(1, 3))):
        section: dict[str, Any] = {"id": f"s{s}", "title": "S", "questions": []}
        if earlier and draw(st.integers(0, 3)) == 0:
            gate = draw(st.sampled_from(_gates(earlier) or [None]))
            if gate is not None:
                section["show_if"] = {"question": gate["id"], "equals":
                                      gate["options"][0]["id"]}
        for k in range(draw(st.integers(1, 4))):
            section["questions"].append(draw(_question(f"q{s}_{k}", earlier)))
        earlier += section["questions"]
        sections.append(section)
    impact_gates = [q for q in _gates(earlier) if "show_if" not in q]
    rules = []
    bounded = draw(st.booleans())
    levels: list[dict[str, Any]] = [
        {"id": "low", "label": "L", **({"up_to": 30} if bounded else {"from": 0})},
        {"id": "mid", "label": "M", **({"up_to": 60} if bounded else {"from": 30})},
        {"id": "high", "label": "H", **({} if bounded else {"from": 60})}]
    if draw(st.booleans()):
        levels.append({"id": "stop", "label": "Stop", "by_rule_only": True})
    for r in range(draw(st.integers(0, 2)) if impact_gates else 0):
        gate = draw(st.sampled_from(impact_gates))
        effect = draw(st.sampled_from([{"level": draw(st.sampled_from(
            [lv["id"] for lv in levels]))}, {"blocking": "Stop."}, {"contradiction": "No."}]))
        rules.append({"id": f"r{r}", "when": {"question": gate["id"], "equals":
                                              gate["options"][-1]["id"]}, **effect})
    controls: dict[str, Any] = {"applies_to": draw(st.sampled_from(["overall", "section"])),
                                "max_steps_down": draw(st.sampled_from([None, 0, 1, 2]))}
    if draw(st.booleans()):
        controls["reduce_by"] = draw(st.sampled_from([0, 30, 60, 100]))
    else:
        controls["steps"] = [{"when_at_least": 50, "reduce_by": 10},
                             {"when_at_least": 80, "reduce_by": 25}]
    data = {"format_version": 2, "id": "g", "version": "1", "title": "G", "description": "D",
            "sections": sections,
            "scoring": {"aggregation": draw(st.sampled_from(["sum", "weighted_mean"])),
                        "maximum": draw(st.sampled_from(["answered", "applicable"])),
                        "rounding": draw(st.sampled_from(["none", "whole_points"])),
                        "controls": controls, "levels": levels, "rules": rules}}
    return questionnaire_from_text(json.dumps(data), "generated.json")


def _value(draw: st.DrawFn, question: Question) -> Any:
    if question.scale is not None:
        return draw(st.integers(question.scale.min, question.scale.max))
    options = question.options or []
    choice = draw(st.sampled_from(options))
    if question.type != "multi_choice":
        return choice.id
    if choice.exclusive or choice.not_applicable:
        return [choice.id]
    together = [o.id for o in options if not (o.exclusive or o.not_applicable)]
    return draw(st.lists(st.sampled_from(together), min_size=1, unique=True))


@st.composite
def finished(draw: st.DrawFn) -> tuple[Questionnaire, dict[str, Any]]:
    """A questionnaire and a finished answer set: every question asked is answered."""
    questionnaire = draw(questionnaires())
    answers: dict[str, Any] = {}
    for question in questionnaire.evaluation_order():
        if asked(questionnaire, answers)[question.id] is not False:
            answers[question.id] = _value(draw, question)
    for qid, shown in asked(questionnaire, answers).items():  # answers that got hidden
        if shown is False:
            answers.pop(qid, None)
    return questionnaire, answers


def _figures(result: ScoreResult) -> list[float]:
    return [result.inherent, result.mitigation, result.residual,
            *(x for s in result.sections for x in (s.inherent, s.mitigation, s.residual))]


@SETTINGS
@given(finished(), st.data())
def test_a_drafts_range_holds_the_level_it_reaches_once_finished(
        case: tuple[Questionnaire, dict[str, Any]], data: st.DataObject) -> None:
    questionnaire, answers = case
    kept = data.draw(st.lists(st.sampled_from(sorted(answers)), unique=True)
                     if answers else st.just([]))
    draft = score(questionnaire, {qid: answers[qid] for qid in kept})
    final = score(questionnaire, answers)
    if draft.level_range is None:
        assert draft.level.id == final.level.id
    else:
        assert draft.level_range.lowest.rank <= final.level.rank <= \
            draft.level_range.highest.rank
        assert draft.level_range.residual_low - 0.01 <= final.residual <= \
            draft.level_range.residual_high + 0.01


@SETTINGS
@given(finished(), st.data())
def test_controls_never_raise_risk(case: tuple[Questionnaire, dict[str, Any]],
                                   data: st.DataObject) -> None:
    questionnaire, answers = case
    candidates = [q for q in questionnaire.all_questions() if q.kind == "control"
                  and q.id in answers and q.options and not _looked_at(questionnaire, q.id)]
    assume(candidates)
    question = data.draw(st.sampled_from(candidates))
    current = answers[question.id]
    chosen = current if isinstance(current, list) else [current]
    options = {o.id: o for o in question.options or ()}
    assume(not any(options[c].not_applicable or options[c].unknown for c in chosen))
    held = sum(options[c].control for c in chosen)
    better = [o.id for o in options.values() if not (o.not_applicable or o.unknown)
              and o.control >= held]
    assume(better)
    replacement = data.draw(st.sampled_from(better))
    new = [replacement] if question.type == "multi_choice" else replacement
    before, after = score(questionnaire, answers), score(questionnaire,
                                                        {**answers, question.id: new})
    assert after.residual <= before.residual + 1e-6
    assert after.level.rank <= before.level.rank


@SETTINGS
@given(finished(), st.data())
def test_dont_know_never_scores_below_an_assessed_answer(
        case: tuple[Questionnaire, dict[str, Any]], data: st.DataObject) -> None:
    questionnaire, answers = case
    candidates = [q for q in questionnaire.all_questions() if q.id in answers and
                  any(o.unknown for o in q.options or ()) and
                  not _looked_at(questionnaire, q.id)]
    assume(candidates)
    question = data.draw(st.sampled_from(candidates))
    wrap = (lambda v: [v]) if question.type == "multi_choice" else (lambda v: v)
    unknown = score(questionnaire, {**answers, question.id: wrap("unknown")})
    for option in question.options or ():
        if option.unknown or option.not_applicable:
            continue
        known = score(questionnaire, {**answers, question.id: wrap(option.id)})
        assert unknown.residual >= known.residual - 1e-6
        assert unknown.level.rank >= known.level.rank


@SETTINGS
@given(finished(), st.data())
def test_hidden_questions_never_count_and_figures_stay_percentages(
        case: tuple[Questionnaire, dict[str, Any]], data: st.DataObject) -> None:
    questionnaire, answers = case
    result = score(questionnaire, answers)
    assert all(0.0 <= x <= 100.0 for x in _figures(result))
    hidden = [q for q in questionnaire.all_questions() if q.id in result.hidden_questions]
    assume(hidden)
    question = data.draw(st.sampled_from(hidden))
    with_stray = score(questionnaire, {**answers, question.id: _value(data.draw, question)})
    assert _figures(with_stray) == _figures(result)
    assert with_stray.level == result.level


def _looked_at(questionnaire: Questionnaire, question_id: str) -> bool:
    """Whether another question's asking, a rule or an unexamined case reads it."""
    for question in questionnaire.all_questions():
        condition = questionnaire.asked_if(question.id)
        if condition is not None and question_id in condition.questions():
            return True
    return any(question_id in rule.when.questions() for rule in questionnaire.scoring.rules)
