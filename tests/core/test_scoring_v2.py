"""Format 2 on a small questionnaire a board would recognise: impact apart from
controls, rules, "not applicable", exclusive and "don't know" options, a section that
drops out, a follow-up that charges the unexamined case, drafts and explanations."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from raiassess.core.answers import InvalidAnswer, check_answer
from raiassess.core.loader import load_questionnaire, questionnaire_from_text
from raiassess.core.problems import DocumentError
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import score

DATA = Path(__file__).parent / "data" / "v2"

#: A credit system run carefully: advice to a person, every control at its best.
CAREFUL = {"purpose": "credit", "prohibited": "no", "about_people": "yes",
           "autonomy": "advice", "ai_act_class": "high",
           "fairness_tests": ["disparate_impact", "error_rates"], "di_result": "fine",
           "oversight": "always", "logging": "yes"}
#: An internal spell-checker answered honestly, with modest controls.
SPELLING = {"purpose": "spelling", "prohibited": "no", "about_people": "no",
            "autonomy": "advice", "oversight": "sometimes", "logging": "na"}


@pytest.fixture(scope="module")
def screening() -> Questionnaire:
    return load_questionnaire(DATA / "screening.yaml")


def test_a_possibly_prohibited_practice_blocks_whatever_else_is_answered(
        screening: Questionnaire) -> None:
    result = score(screening, {**CAREFUL, "prohibited": "possibly"})
    assert result.level.id == "unacceptable"
    [blocking] = result.blocking
    assert blocking.text.startswith("Possibly a prohibited practice under Art. 5")
    assert [q.number for q in blocking.questions] == ["1.2"]
    assert result.findings[0] == blocking  # shown before everything else
    assert blocking.text in result.explanation.raised_by


def test_annex_iii_decided_without_review_is_high_with_the_best_controls(
        screening: Questionnaire) -> None:
    result = score(screening, {**CAREFUL, "autonomy": "automated"})
    assert result.level.id == "high"
    assert result.explanation.level_from_score.id == "medium"
    assert [f.rule_id for f in result.findings] == ["annex_iii_automated"]
    assert result.findings[0].kind == "floor"


def test_controls_never_take_a_system_more_than_one_level_below_its_impact(
        screening: Questionnaire) -> None:
    result = score(screening, CAREFUL)
    assert result.inherent == pytest.approx(100 * 12 / 28, abs=0.01)  # Medium impact
    assert result.residual == pytest.approx(result.inherent * 0.4, abs=0.01)
    assert result.level.id == "low"  # one level down, the most controls may take it


def test_claimed_controls_never_bring_a_high_impact_system_to_the_lowest_level() -> None:
    questionnaire = questionnaire_from_text(HEADER + textwrap.indent(textwrap.dedent("""\
        - id: reach
          type: scale
          text: How many people does it reach?
          guidance: Reach multiplies harm.
          scale: {min: 0, max: 10, impact_at_min: 0, impact_at_max: 10}
        - id: testing
          type: scale
          text: How thoroughly is it tested?
          guidance: Tests find harm before users do.
          scale: {min: 0, max: 10, control_at_min: 0, control_at_max: 10}
        """), "      ") + """\
scoring:
  aggregation: sum
  controls: {reduce_by: 100}
  levels:
    - {id: low, label: Low, up_to: 30}
    - {id: medium, label: Medium, up_to: 60}
    - {id: high, label: High}
""", "q.yaml")
    result = score(questionnaire, {"reach": 10, "testing": 10})
    assert (result.inherent, result.residual) == (100.0, 0.0)
    assert result.explanation is not None
    assert result.explanation.level_from_score.id == "low"
    assert result.level.id == "medium"  # one level below the impact's, no further
    assert result.explanation.raised_by == (
        "Controls take a system at most 1 level below the level of its impact (High).",)


def test_contradicting_answers_are_flagged_without_moving_the_level(
        screening: Questionnaire) -> None:
    honest = score(screening, CAREFUL)
    claimed = score(screening, {**CAREFUL, "ai_act_class": "minimal"})
    [contradiction] = claimed.contradictions
    assert contradiction.text == ("Credit decisions are listed in Annex III, so they are not "
                                  "minimal risk.")
    assert claimed.level == honest.level
    assert not honest.contradictions


def test_a_section_that_does_not_concern_the_system_drops_out_with_its_reason(
        screening: Questionnaire) -> None:
    result = score(screening, SPELLING)
    fairness = result.section("fairness")
    assert not fairness.asked and not fairness.applicable
    reasons = {n.number: n.reason for n in result.not_asked}
    assert reasons == {"2.1": "Not asked because 1.3 is answered 'No'",
                       "2.2": "Not asked because 1.3 is answered 'No'"}
    assert all(not n.counted_as for n in result.not_asked)  # nothing charged
    assert result.level.id == "low" and result.residual == 0.0


def test_not_applicable_leaves_the_maxima(screening: Questionnaire) -> None:
    result = score(screening, SPELLING)
    assert [q.number for q in result.not_applicable] == ["3.2"]
    operations = result.section("operations")
    assert (operations.mitigation_points, operations.mitigation_max) == (1.0, 3.0)
    logged = score(screening, {**SPELLING, "logging": "no"})
    assert logged.section("operations").mitigation_max == 5.0


def test_the_spell_checker_is_low_and_no_area_is_flagged(screening: Questionnaire) -> None:
    result = score(screening, SPELLING)
    assert result.level.id == "low"
    assert {s.level.id for s in result.sections if s.applicable} == {"low"}


def test_not_examining_costs_at_least_as_much_as_finding_a_gap(
        screening: Questionnaire) -> None:
    tested = {**CAREFUL, "fairness_tests": ["disparate_impact", "error_rates"],
              "di_result": "gap"}
    untested = {**CAREFUL, "fairness_tests": ["error_rates"]}
    del untested["di_result"]
    found_a_gap, did_not_look = score(screening, tested), score(screening, untested)
    assert did_not_look.residual >= found_a_gap.residual
    assert did_not_look.section("fairness").residual >= \
        found_a_gap.section("fairness").residual
    [charged] = [n for n in did_not_look.not_asked if n.question_id == "di_result"]
    assert charged.counted_as == "A gap was found"
    assert "counted as 'A gap was found' because it was not examined" in charged.reason


def test_an_exclusive_option_is_chosen_alone(screening: Questionnaire) -> None:
    question = screening.question("fairness_tests")
    assert question is not None
    assert check_answer(question, ["none"]) == ["none"]
    with pytest.raises(InvalidAnswer) as refused:
        check_answer(question, ["none", "disparate_impact"])
    assert str(refused.value) == ("option 'none' of question fairness_tests is chosen alone, "
                                  "not together with 'disparate_impact'")


def test_dont_know_scores_as_the_worst_answer(screening: Questionnaire) -> None:
    unknown = score(screening, {**CAREFUL, "oversight": "dont_know"})
    never = score(screening, {**CAREFUL, "oversight": "never"})
    assert unknown.residual >= never.residual
    assert score(screening, {**CAREFUL, "purpose": "unsure"}).inherent >= \
        score(screening, CAREFUL).inherent


def test_a_draft_shows_the_levels_it_can_still_reach(screening: Questionnaire) -> None:
    draft = {"purpose": "credit", "about_people": "yes"}
    result = score(screening, draft)
    assert not result.complete
    assert result.level_range is not None
    assert (result.level_range.lowest.id, result.level_range.highest.id) == \
        ("low", "unacceptable")  # "prohibited" is still open
    assert "so far" in result.headline() and "Low to Unacceptable" in result.headline()
    settled = score(screening, {**CAREFUL, "prohibited": "possibly", "logging": None})
    assert settled.level_range is not None and settled.level_range.settled
    assert score(screening, CAREFUL).level_range is None


def test_an_answer_given_behind_an_open_question_still_counts(
        screening: Questionnaire) -> None:
    answers = {**CAREFUL}
    del answers["about_people"]  # the fairness section depends on it
    result = score(screening, answers)
    assert result.section("fairness").asked
    assert result.section("fairness").mitigation_points == 7.0
    assert "fairness_tests" not in result.hidden_questions


def test_the_explanation_names_the_answers_that_would_lower_the_level(
        screening: Questionnaire) -> None:
    answers = {**CAREFUL, "fairness_tests": ["none"], "oversight": "never",
               "logging": "no", "purpose": "support"}
    del answers["di_result"]
    result = score(screening, answers)
    explanation = result.explanation
    assert explanation is not None
    assert [c.question_id for c in explanation.impact_drivers] == ["about_people", "purpose"]
    for mover in explanation.level_movers:
        assert mover.level.rank < result.level.rank
        changed = {**answers, mover.question.question_id:
                   _value_for(screening, mover.question.question_id, mover.instead)}
        again = score(screening, changed)
        assert again.level.id == mover.level.id  # computed, not guessed
        assert again.residual == pytest.approx(mover.residual, abs=0.01)
    texts = [r.text for r in result.ranked_recommendations]
    assert len(texts) == len(set(texts))
    gains = [r.lowers_by for r in result.ranked_recommendations]
    assert gains == sorted(gains, reverse=True)


def _value_for(questionnaire: Questionnaire, question_id: str, label: str) -> Any:
    question = questionnaire.question(question_id)
    assert question is not None and question.options
    labels = {question.option_label(o.id): o.id for o in question.options}
    if question.type == "multi_choice":
        return [labels[part] for part in label.split("; ")]
    return labels[label]


HEADER = """\
format_version: 2
id: t
version: "1"
title: T
description: D
sections:
  - id: s
    title: S
    questions:
"""
SCORING = """\
scoring:
  aggregation: sum
  controls: {reduce_by: 50}
  levels:
    - {id: low, label: Low, up_to: 50}
    - {id: high, label: High}
"""


def problems(questions: str, scoring: str = SCORING) -> list[str]:
    text = HEADER + textwrap.indent(textwrap.dedent(questions), "      ") + scoring
    with pytest.raises(DocumentError) as caught:
        questionnaire_from_text(text, "q.yaml")
    return [str(p) for p in caught.value.problems]


def test_dont_know_cheaper_than_knowing_is_refused_where_it_is_written() -> None:
    assert problems("""\
        - id: purpose
          type: single_choice
          text: Purpose?
          guidance: Why it matters.
          options:
            - {id: credit, impact: 8}
            - {id: unsure, unknown: true, impact: 2}
        """) == ["q.yaml:16:13: option 'unsure' means 'not assessed' but carries fewer "
                 "impact points (2) than the answer 'credit' (8): not knowing must never "
                 "score better than knowing (sections[0].questions[0].options[1])"]
    assert problems("""\
        - id: tests
          type: multi_choice
          text: Tests?
          guidance: Why it matters.
          options:
            - {id: a, control: 2}
            - {id: none, exclusive: true}
            - {id: dont_know, unknown: true, exclusive: true, control: 1}
        """)[0].startswith("q.yaml:17:13: option 'dont_know' means 'not assessed' but "
                           "carries more control points (1) than the answer 'none' (0)")


def test_format_2_refusals_name_their_place() -> None:
    found = problems("""\
        - id: both
          type: single_choice
          text: Both?
          guidance: Why it matters.
          options:
            - {id: a, impact: 1, risk: 2}
            - {id: b, control: 1, exclusive: true}
            - {id: c, not_applicable: true, impact: 3}
        """)
    assert found == [
        "q.yaml:10:9: a question either describes the system (impact points) or a practice "
        "in place (control points), not both: split it in two (sections[0].questions[0])",
        "q.yaml:15:38: format 2 scores 'impact' points (what the system is: 'impact'; a "
        "practice in place: 'control'), not 'risk' (sections[0].questions[0].options[0].risk)",
        "q.yaml:16:44: only a multiple choice has exclusive options "
        "(sections[0].questions[0].options[1].exclusive)",
        "q.yaml:17:13: a 'not applicable' option takes the question out of the score, so it "
        "carries no points (sections[0].questions[0].options[2])",
    ]


def test_rules_and_levels_are_checked() -> None:
    scoring = """\
scoring:
  aggregation: sum
  levels:
    - {id: low, label: Low, up_to: 50}
    - {id: top, label: Top, by_rule_only: true}
    - {id: high, label: High}
  rules:
    - {id: r, when: {question: nope, equals: x}, level: extreme}
"""
    found = problems("""\
        - id: a
          type: yes_no
          text: A?
          guidance: Why it matters.
        """, scoring)
    assert found == [
        "q.yaml:19:7: levels reached only by rules come after the levels a score reaches "
        "(scoring.levels[2])",
        "q.yaml:21:32: show_if names unknown question 'nope' (scoring.rules[0].when.question)",
        "q.yaml:21:57: rule names unknown level 'extreme' (the levels: low, top, high) "
        "(scoring.rules[0].level)",
    ]


def test_format_1_files_may_not_use_format_2_keys() -> None:
    text = """\
id: t
version: "1"
title: T
description: D
sections:
  - id: s
    title: S
    questions:
      - id: a
        type: single_choice
        text: A?
        guidance: Why it matters.
        options:
          - {id: x, impact: 2}
          - {id: y, risk: 1}
scoring:
  levels:
    - {id: low, label: Low, from: 0}
"""
    with pytest.raises(DocumentError) as caught:
        questionnaire_from_text(text, "q.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "q.yaml:14:29: 'impact' is a format 2 key; add 'format_version: 2' at the top of "
        "the file to use it (sections[0].questions[0].options[0].impact)"]


@pytest.mark.parametrize("name", ["screening.yaml", "aia-like.yaml"])
def test_the_json_schema_covers_every_format_2_key(name: str) -> None:
    import jsonschema
    import yaml

    from raiassess.core.schema import questionnaire_schema

    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    jsonschema.validate(data, questionnaire_schema())
    data["sections"][0]["questions"][0]["options"][0]["exclusive"] = "sometimes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, questionnaire_schema())
