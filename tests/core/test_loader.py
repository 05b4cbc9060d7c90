"""Loading questionnaires: the model, numbering, and every kind of error with its place."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import jsonschema
import pytest

from raiassess.core.catalog import bundled_dir, load_catalog
from raiassess.core.loader import load_questionnaire, questionnaire_from_text
from raiassess.core.problems import DocumentError
from raiassess.core.schema import questionnaire_schema_text
from raiassess.core.source import read_document
from tests.helpers.paths import REPO

HEADER = """\
id: t
version: "1"
title: T
description: D
"""
SCORING = """\
scoring:
  levels:
    - {id: low, label: Low, from: 0}
    - {id: high, label: High, from: 50}
"""


def problems(body: str, *, header: str = HEADER, scoring: str = SCORING) -> list[str]:
    text = header + textwrap.dedent(body) + scoring
    with pytest.raises(DocumentError) as caught:
        questionnaire_from_text(text, "q.yaml")
    return [str(p) for p in caught.value.problems]


def test_mini_questionnaire_loads_with_numbers_and_order(mini_path: Path) -> None:
    q = load_questionnaire(mini_path)
    assert q.id == "mini"
    assert [q.number_of(x.id) for x in q.all_questions()] == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4"]
    assert q.question("dpia") is not None
    assert q.question("nope") is None
    assert q.title["fr"] == "Mini questionnaire"
    # yes_no options get their default labels.
    personal = q.question("personal_data")
    assert personal is not None and personal.option_label("yes") == "Yes"
    assert personal.option_label("no", "fr") == "Non"
    # Conditions come after the questions they depend on.
    order = [x.id for x in q.evaluation_order()]
    assert order.index("personal_data") < order.index("dpia")
    assert order.index("data_kinds") < order.index("review_date")


def test_condition_order_follows_dependencies_not_reading_order() -> None:
    q = questionnaire_from_text(HEADER + textwrap.dedent("""\
        sections:
          - id: s
            title: S
            questions:
              - {id: late, type: text, text: T, guidance: G, show_if: {question: early, answered: true}}
              - {id: early, type: text, text: T, guidance: G}
        """) + SCORING, "q.yaml")
    assert [x.id for x in q.evaluation_order()] == ["early", "late"]


def test_unknown_key_suggests_the_right_one() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - id: a
                type: text
                text: A?
                guidance: G
                requird: true
        """)
    assert found == ["q.yaml:13:9: unknown key 'requird' (did you mean 'required'?) "
                     "(sections[0].questions[0].requird)"]


def test_wrong_types_and_missing_keys_are_all_reported() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - id: a
                type: single_choice
                text: A?
                guidance: G
                options:
                  - {id: x, label: X, risk: lots}
                  - {id: y, label: Y}
              - id: b
                type: yes_no
                guidance: G
              - id: c
                type: single_choise
                text: C
                guidance: G
        """)
    assert found == [
        "q.yaml:14:37: expected a number, found 'lots' (sections[0].questions[0].options[0].risk)",
        "q.yaml:16:9: missing required key 'text' (sections[0].questions[1])",
        "q.yaml:20:15: 'single_choise' is not allowed here; expected 'single_choice', "
        "'multi_choice', 'yes_no', 'scale', 'text', 'number' or 'date' (did you mean "
        "'single_choice'?) (sections[0].questions[2].type)",
    ]


def test_duplicate_ids_name_both_places() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - {id: a, type: text, text: A, guidance: G}
              - id: b
                type: single_choice
                text: B
                guidance: G
                options: [{id: x, label: X}, {id: x, label: Y}]
          - id: s
            title: S2
            questions:
              - {id: a, type: text, text: A, guidance: G}
        """)
    assert found == [
        "q.yaml:14:43: duplicate option id 'x' in question 'b' "
        "(sections[0].questions[1].options[1].id)",
        "q.yaml:15:9: duplicate section id 's' (first used at line 6) (sections[1].id)",
        "q.yaml:18:14: duplicate question id 'a' (first used at line 9) "
        "(sections[1].questions[0].id)",
    ]


def test_show_if_unknown_question_option_and_mismatched_test() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - {id: kind, type: yes_no, text: K, guidance: G}
              - {id: many, type: multi_choice, text: M, guidance: G, options: [{id: a, label: A}]}
              - {id: q1, type: text, text: T, guidance: G, show_if: {question: knd, equals: "yes"}}
              - {id: q2, type: text, text: T, guidance: G, show_if: {question: kind, equals: maybe}}
              - {id: q3, type: text, text: T, guidance: G, show_if: {question: many, equals: a}}
              - {id: q4, type: text, text: T, guidance: G, show_if: {question: many, includes: b}}
        """)
    assert found == [
        "q.yaml:11:72: show_if names unknown question 'knd' (did you mean 'kind'?) "
        "(sections[0].questions[2].show_if.question)",
        "q.yaml:12:86: question 'kind' has no option 'maybe' (its options: yes, no) "
        "(sections[0].questions[3].show_if.equals)",
        "q.yaml:13:78: 'equals' does not fit multi_choice question 'many'; it is for "
        "single_choice and yes_no questions (sections[0].questions[4].show_if.equals)",
        "q.yaml:14:88: question 'many' has no option 'b' (its options: a) "
        "(sections[0].questions[5].show_if.includes)",
    ]


def test_show_if_cycles_are_found_at_any_length() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - {id: a, type: yes_no, text: A, guidance: G, show_if: {question: c, equals: "yes"}}
              - {id: b, type: yes_no, text: B, guidance: G, show_if: {question: a, equals: "yes"}}
              - id: c
                type: yes_no
                text: C
                guidance: G
                show_if: {all: [{question: b, equals: "yes"}, {not: {question: d, answered: true}}]}
              - {id: d, type: text, text: D, guidance: G}
        """)
    assert found == ["q.yaml:9:62: show_if conditions form a cycle: a -> c -> b -> a "
                     "(sections[0].questions[0].show_if)"]


def test_malformed_conditions() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - {id: n, type: number, text: N, guidance: G}
              - {id: a, type: text, text: A, guidance: G, show_if: {question: n}}
              - {id: b, type: text, text: B, guidance: G, show_if: {question: n, at_least: 1, answered: true}}
              - {id: c, type: text, text: C, guidance: G, show_if: {equals: x}}
        """)
    assert found == [
        "q.yaml:10:60: a condition on a question needs a test: 'equals', 'in', 'includes', "
        "'answered', 'at_least' or 'at_most' (sections[0].questions[1].show_if)",
        "q.yaml:11:60: use one test per condition, not answered and at_least; combine several "
        "with 'all' or 'any' (sections[0].questions[2].show_if)",
        "q.yaml:12:60: 'equals' needs a 'question' beside it (sections[0].questions[3].show_if)",
    ]


def test_scoring_thresholds_out_of_order_and_unknown_weights() -> None:
    found = problems("""\
        sections:
          - id: privacy
            title: S
            questions:
              - {id: a, type: text, text: A, guidance: G}
        """, scoring="""\
scoring:
  section_weights: {privacy: 2, privcy: 1}
  levels:
    - {id: low, label: Low, from: 5}
    - {id: mid, label: Mid, from: 50}
    - {id: high, label: High, from: 40}
  mitigation:
    - {when_at_least: 80, reduce_by: 10}
    - {when_at_least: 50, reduce_by: 20}
""")
    assert found == [
        "q.yaml:11:33: section_weights names unknown section 'privcy' (did you mean "
        "'privacy'?) (scoring.section_weights.privcy)",
        "q.yaml:13:35: the first level must start at 0, not 5 (scoring.levels[0].from)",
        "q.yaml:15:37: level thresholds must rise: 'high' starts at 40, which is not above "
        "'mid' (50) (scoring.levels[2].from)",
        "q.yaml:18:23: mitigation rules must be listed with rising 'when_at_least' "
        "(scoring.mitigation[1].when_at_least)",
    ]


def test_empty_sections_and_questionnaires() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions: []
        """)
    assert found == ["q.yaml:8:16: must not be empty (sections[0].questions)"]
    assert problems("sections: []\n") == ["q.yaml:5:11: must not be empty (sections)"]


def test_type_specific_rules() -> None:
    found = problems("""\
        sections:
          - id: s
            title: S
            questions:
              - {id: a, type: single_choice, text: A, guidance: G}
              - {id: b, type: text, text: B, guidance: G, options: [{id: x, label: X}]}
              - {id: c, type: yes_no, text: C, guidance: G, options: [{id: "yes"}, {id: maybe}]}
              - {id: d, type: scale, text: D, guidance: G, scale: {min: 5, max: 1}}
              - id: e
                type: number
                text: E
                guidance: G
                number: {bands: [{at_least: 10, risk: 1}, {at_least: 5, risk: 2}]}
        """)
    assert found == [
        "q.yaml:9:9: a single_choice question needs 'options' (sections[0].questions[0])",
        "q.yaml:10:9: a text question has no 'options' (sections[0].questions[1])",
        "q.yaml:11:62: a yes_no question has exactly the options 'yes' and 'no', not maybe, "
        "yes (sections[0].questions[2].options)",
        "q.yaml:12:59: the scale's min (5) must be below its max (1) "
        "(sections[0].questions[3].scale)",
        "q.yaml:17:17: number bands must be listed with rising 'at_least' values "
        "(sections[0].questions[4].number)",
    ]


def test_text_needs_english_and_valid_language_codes() -> None:
    found = problems("""\
        sections:
          - id: s
            title: {fr: Titre}
            questions:
              - {id: a, type: text, text: {en: A, French: B}, guidance: G}
        """)
    assert found == [
        "q.yaml:7:12: English text ('en') is required (sections[0].title)",
        "q.yaml:9:35: 'French' is not a language code such as 'en' or 'fr' "
        "(sections[0].questions[0].text)",
    ]


def test_a_document_that_is_not_a_mapping() -> None:
    with pytest.raises(DocumentError) as caught:
        questionnaire_from_text("- just\n- a list\n", "q.yaml")
    assert str(caught.value).startswith("q.yaml:1:1: a questionnaire file must be a mapping")


def test_bundled_questionnaires_are_valid_and_substantial() -> None:
    catalog = load_catalog()
    assert catalog.problems == []
    ids = {entry.questionnaire.id for entry in catalog.entries}
    assert {"responsible-ai-impact", "third-party-ai-quick-check"} <= ids
    main = catalog.find("responsible-ai-impact")
    assert main is not None
    assert len(main.all_questions()) >= 70
    for section in main.sections:
        if section.id != "context":
            assert len(section.questions) >= 6, section.id
    titles = {s.title["en"] for s in main.sections}
    assert {"Bias and fairness", "Transparency and explainability",
            "Accountability and governance", "Privacy and data protection", "Security",
            "Social impact", "Human oversight and redress"} <= titles
    for question in main.all_questions():
        assert len(question.guidance["en"]) > 80, question.id
        for option in question.options or ():
            if option.risk > 0:
                assert option.recommendation, (question.id, option.id)
    short = catalog.find("third-party-ai-quick-check")
    assert short is not None and 12 <= len(short.all_questions()) <= 20
    assert short.scoring != main.scoring


def test_shipped_schema_matches_the_models() -> None:
    shipped = (bundled_dir() / "schema.json").read_text(encoding="utf-8")
    assert shipped == questionnaire_schema_text(), \
        "questionnaires/schema.json is stale: run `raiassess schema > questionnaires/schema.json`"
    schema = json.loads(shipped)
    assert "sections" in schema["required"]
    assert bundled_dir() == REPO / "questionnaires"


def test_the_schema_accepts_the_bundled_questionnaires_and_rejects_mistakes() -> None:
    schema = json.loads((bundled_dir() / "schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for entry in load_catalog().entries:
        data = read_document(entry.path).data
        assert list(validator.iter_errors(data)) == [], entry.path
    broken = read_document(bundled_dir() / "third-party-ai-quick-check.yaml").data
    broken["sections"][0]["questions"][0]["type"] = "single_choise"
    broken["sections"][0]["questions"][1]["guidence"] = "typo"
    assert len(list(validator.iter_errors(broken))) >= 2
