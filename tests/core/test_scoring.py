"""Scoring: hand-checked figures, visibility, incompleteness, and properties."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score, visibility

FULL = {"personal_data": "yes", "people": 5000, "purpose": "Triage",
        "dpia": "planned", "data_kinds": ["health", "contact"], "encryption": 4}


def test_figures_match_a_hand_calculation(mini: Questionnaire) -> None:
    result = score(mini, FULL)
    context, privacy = result.sections
    # context: personal_data yes (2 of 2) + people 5000 (3 of 3) -> 100 %
    assert (context.risk_points, context.risk_max, context.inherent) == (5, 5, 100.0)
    # privacy: dpia planned 1/4, data_kinds contact+health 4/7, encryption 4 of 1..5 -> 1/4
    assert (privacy.risk_points, privacy.risk_max) == (6, 15)
    assert privacy.inherent == 40.0
    # mitigation: dpia 0/2, encryption 1.5/2 -> 37.5 %, below the first rule (50 %)
    assert privacy.mitigation == 37.5 and privacy.reduction == 0 and privacy.residual == 40.0
    # weighted mean, privacy weighs 2: (100 + 2 * 40) / 3
    assert result.residual == 60.0
    assert result.level.id == "high"
    assert result.complete and result.status == "complete"
    # review_date shows because health data is processed.
    assert result.visible_questions == 7
    first = result.contributions[0]
    assert (first.number, first.risk, first.answer) == ("2.2", 4, "Health data; Contact details")
    assert first.recommendations == ("Minimise contact data.", "Protect health data.")


def test_mitigation_rule_reduces_the_raw_score(mini: Questionnaire) -> None:
    answers = {**FULL, "dpia": "done", "encryption": 5}
    privacy = score(mini, answers).section("privacy")
    # risk: dpia 0 + data 4 + encryption 0 = 4/15; mitigation 2 + 2 of 4 = 100 %
    assert privacy.inherent == pytest.approx(26.67, abs=0.01)
    assert privacy.mitigation == 100.0
    assert privacy.reduction == 20
    assert privacy.residual == pytest.approx(26.67 * 0.8, abs=0.01)


def test_hidden_questions_count_neither_in_points_nor_maxima(mini: Questionnaire) -> None:
    answers = {**FULL, "personal_data": "no"}
    result = score(mini, answers)
    privacy = result.section("privacy")
    # dpia and data_kinds hide; their answers must not count. review_date: people 5000
    # is not at most 100, so it still shows.
    assert set(result.hidden_questions) == {"dpia", "data_kinds"}
    assert (privacy.risk_points, privacy.risk_max) == (1, 4)
    assert all(c.question_id not in ("dpia", "data_kinds") for c in result.contributions)
    visible = visibility(mini, {**answers, "people": 10})
    assert visible["review_date"] is False


def test_unanswered_required_questions_make_the_result_incomplete(mini: Questionnaire) -> None:
    result = score(mini, {"personal_data": "yes", "dpia": "none"})
    assert not result.complete and result.status == "incomplete"
    assert [m.number for m in result.missing_required] == ["1.2", "2.2", "2.3"]
    assert result.completeness == 40.0  # 2 of 5 visible required questions
    privacy = result.section("privacy")
    # Only the answered question counts: an unanswered one is not scored as "no risk".
    assert (privacy.risk_points, privacy.risk_max, privacy.inherent) == (4, 4, 100.0)


def test_sections_with_nothing_to_score_are_left_out_of_the_overall(mini: Questionnaire) -> None:
    result = score(mini, {"personal_data": "yes"})
    assert not result.section("privacy").applicable
    assert result.residual == 100.0


def test_maximum_aggregation(mini: Questionnaire) -> None:
    worst = mini.model_copy(update={"scoring": mini.scoring.model_copy(
        update={"aggregation": "maximum"})})
    result = score(worst, FULL)
    assert result.residual == 100.0 and result.inherent == 100.0


def test_empty_answers(mini: Questionnaire) -> None:
    result = score(mini, {})
    assert result.residual == 0 and result.level.id == "low" and not result.complete


def test_scoring_is_deterministic(mini: Questionnaire) -> None:
    assert score(mini, FULL) == score(mini, dict(reversed(list(FULL.items()))))


# --- Properties ---------------------------------------------------------------------------

RISKS = st.integers(min_value=0, max_value=5)


@st.composite
def questionnaires(draw: st.DrawFn, conditions: bool = True) -> Questionnaire:
    sections = []
    ids: list[tuple[str, str, list[str]]] = []
    for s in range(draw(st.integers(1, 4))):
        questions = []
        for n in range(draw(st.integers(1, 5))):
            qid = f"q{s}_{n}"
            kind = draw(st.sampled_from(["single_choice", "multi_choice", "yes_no", "scale"]))
            question: dict[str, Any] = {"id": qid, "type": kind, "text": "Q", "guidance": "G",
                                        "required": draw(st.booleans())}
            if kind == "scale":
                question["scale"] = {"min": 1, "max": 5, "risk_at_min": draw(RISKS),
                                     "risk_at_max": draw(RISKS), "mitigation_at_max": draw(RISKS)}
                options: list[str] = []
            else:
                options = ["yes", "no"] if kind == "yes_no" else \
                    [f"o{i}" for i in range(draw(st.integers(2, 4)))]
                question["options"] = [{"id": o, "label": o, "risk": draw(RISKS),
                                        "mitigation": draw(RISKS)} for o in options]
            if conditions and ids and draw(st.booleans()):
                target, target_kind, target_options = draw(st.sampled_from(ids))
                if target_kind == "multi_choice":
                    question["show_if"] = {"question": target,
                                           "includes": draw(st.sampled_from(target_options))}
                elif target_kind == "scale":
                    question["show_if"] = {"question": target, "at_least": 3}
                else:
                    question["show_if"] = {"question": target,
                                           "equals": draw(st.sampled_from(target_options))}
            ids.append((qid, kind, options))
            questions.append(question)
        sections.append({"id": f"s{s}", "title": "S", "questions": questions})
    data = {"id": "p", "version": "1", "title": "P", "description": "D", "sections": sections,
            "scoring": {"aggregation": draw(st.sampled_from(["weighted_mean", "maximum"])),
                        "levels": [{"id": "low", "label": "L", "from": 0},
                                   {"id": "high", "label": "H", "from": 50}],
                        "mitigation": [{"when_at_least": 50, "reduce_by": 25}]}}
    return Questionnaire.model_validate(data)


def answer_for(draw: st.DrawFn, q: Questionnaire, qid: str) -> Any:
    question = q.question(qid)
    assert question is not None
    if question.type == "scale":
        return draw(st.integers(1, 5))
    ids = [o.id for o in question.options or ()]
    if question.type == "multi_choice":
        return draw(st.lists(st.sampled_from(ids), unique=True))
    return draw(st.sampled_from(ids))


@st.composite
def answered(draw: st.DrawFn, conditions: bool = True) -> tuple[Questionnaire, dict[str, Any]]:
    q = draw(questionnaires(conditions))
    answers = {x.id: answer_for(draw, q, x.id) for x in q.all_questions()
               if draw(st.integers(0, 4)) > 0}
    return q, answers


@settings(max_examples=200, deadline=None)
@given(answered())
def test_percentages_stay_within_0_and_100(case: tuple[Questionnaire, dict[str, Any]]) -> None:
    q, answers = case
    result = score(q, answers)
    for value in [result.inherent, result.mitigation, result.residual, result.completeness]:
        assert 0 <= value <= 100
    for s in result.sections:
        assert 0 <= s.residual <= s.inherent <= 100
        assert 0 <= s.mitigation <= 100


@settings(max_examples=200, deadline=None)
@given(answered(conditions=False), st.data())
def test_a_riskier_answer_never_lowers_inherent_risk(
        case: tuple[Questionnaire, dict[str, Any]], data: st.DataObject) -> None:
    q, answers = case
    # Only answered questions: answering one for the first time adds to the maximum too.
    choice = [x for x in q.all_questions() if answers.get(x.id) and x.type != "scale"]
    if not choice:
        return
    question = data.draw(st.sampled_from(choice))
    options = question.options or []
    if question.type == "multi_choice":
        riskier: Any = sorted(set(answers[question.id]) | {data.draw(st.sampled_from(
            [o.id for o in options]))}, key=[o.id for o in options].index)
    else:
        current = question.option(answers[question.id])
        assert current is not None
        higher = [o.id for o in options if o.risk >= current.risk]
        riskier = data.draw(st.sampled_from(higher))
    before = score(q, answers)
    after = score(q, {**answers, question.id: riskier})
    section = q.section_of(question.id).id
    assert after.section(section).inherent >= before.section(section).inherent
    assert after.inherent >= before.inherent


@settings(max_examples=200, deadline=None)
@given(answered())
def test_answers_to_hidden_questions_never_count(
        case: tuple[Questionnaire, dict[str, Any]]) -> None:
    q, answers = case
    result = score(q, answers)
    visible_only = {k: v for k, v in answers.items() if k not in result.hidden_questions}
    # The "what if" and a draft's range may differ: changing (or giving) the answer
    # that hides a question brings its recorded answer back. The score itself may not.
    assert without_what_if(score(q, visible_only)) == without_what_if(result)


def without_what_if(result: ScoreResult) -> ScoreResult:
    return dataclasses.replace(result, explanation=None, ranked_recommendations=(),
                               level_range=None)


CONDITIONS = """\
id: c
version: "1"
title: C
description: D
sections:
  - id: s
    title: S
    questions:
      - {id: gate, type: yes_no, text: G, guidance: G}
      - {id: kind, type: single_choice, text: K, guidance: G, show_if: {question: gate, equals: "yes"},
         options: [{id: a, label: A}, {id: b, label: B}, {id: c, label: C}]}
      - {id: many, type: multi_choice, text: M, guidance: G, options: [{id: x, label: X}, {id: y, label: Y}]}
      - {id: size, type: number, text: N, guidance: G}
      - {id: on_in, type: text, text: T, guidance: G, show_if: {question: kind, in: [a, b]}}
      - {id: on_includes, type: text, text: T, guidance: G, show_if: {question: many, includes: y}}
      - {id: on_range, type: text, text: T, guidance: G, show_if: {question: size, at_least: 10, at_most: 20}}
      - {id: on_answered, type: text, text: T, guidance: G, show_if: {question: size, answered: false}}
      - id: on_all
        type: text
        text: T
        guidance: G
        show_if: {all: [{question: gate, equals: "yes"}, {not: {question: many, includes: x}}]}
      - id: on_any
        type: text
        text: T
        guidance: G
        show_if: {any: [{question: kind, equals: c}, {question: size, at_least: 100}]}
scoring:
  levels: [{id: low, label: L, from: 0}]
"""


@pytest.mark.parametrize(("answers", "shown"), [
    ({}, {"gate", "many", "size", "on_answered"}),
    ({"gate": "yes", "kind": "a"}, {"kind", "on_in", "on_all", "on_answered"}),
    ({"gate": "yes", "kind": "c", "many": ["x"]}, {"kind", "on_any", "on_answered"}),
    # A condition on a hidden question is false: kind is hidden once the gate is closed.
    ({"gate": "no", "kind": "c"}, {"on_answered"}),
    ({"many": ["x", "y"], "size": 15}, {"on_includes", "on_range"}),
    ({"size": 20.0}, {"on_range"}),
    ({"size": 9}, set()),
    ({"size": 100}, {"on_any"}),
    ({"size": ""}, {"on_answered"}),  # empty text is no answer
])
def test_every_condition_form(answers: dict[str, Any], shown: set[str]) -> None:
    from raiassess.core.loader import questionnaire_from_text

    q = questionnaire_from_text(CONDITIONS, "c.yaml")
    always = {"gate", "many", "size"}
    visible = {qid for qid, on in visibility(q, answers).items() if on}
    assert visible == always | shown
