"""Answers: checking values, and the answers file with its errors and round trip."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from raiassess.core.answers import (
    MAX_TEXT,
    AnswersFile,
    InvalidAnswer,
    check_answer,
    check_answers_file,
    read_answers_file,
    write_answers_file,
)
from raiassess.core.fingerprint import assessment_fingerprint, format_fingerprint
from raiassess.core.problems import DocumentError
from raiassess.core.questionnaire import Questionnaire


def question(q: Questionnaire, qid: str):  # type: ignore[no-untyped-def]
    found = q.question(qid)
    assert found is not None
    return found


@pytest.mark.parametrize(("qid", "value", "canonical"), [
    ("personal_data", "yes", "yes"),
    ("personal_data", True, "yes"),
    ("dpia", "none", "none"),
    ("data_kinds", ["biometric", "contact"], ["contact", "biometric"]),
    ("data_kinds", ["health", "health"], ["health"]),
    ("encryption", 3, 3),
    ("encryption", 3.0, 3),
    ("people", 12.0, 12),
    ("people", 2.5, 2.5),
    ("purpose", "To triage tickets", "To triage tickets"),
    ("review_date", "2027-03-01", "2027-03-01"),
    ("review_date", dt.date(2027, 3, 1), "2027-03-01"),
])
def test_valid_answers_become_canonical(mini: Questionnaire, qid: str, value: object,
                                        canonical: object) -> None:
    assert check_answer(question(mini, qid), value) == canonical


@pytest.mark.parametrize(("qid", "value", "message"), [
    ("dpia", "maybe", "question dpia has no option 'maybe' (its options: done, planned, none)"),
    ("dpia", ["done"], "question dpia takes one option id, not a list"),
    ("data_kinds", "health", "question data_kinds takes a list of option ids, not the text 'health'"),
    ("data_kinds", ["health", "dna"], "question data_kinds has no option 'dna'"),
    ("encryption", 6, "6 is outside the scale of question encryption (1 to 5)"),
    ("encryption", 2.5, "question encryption takes a whole number from 1 to 5, not the number 2.5"),
    ("encryption", True, "question encryption takes a whole number from 1 to 5, not true/false"),
    ("people", -1, "-1 is below the smallest answer to question people (0)"),
    ("people", "many", "question people takes a number, not the text 'many'"),
    ("people", float("inf"), "question people takes a finite number"),
    ("purpose", 12, "question purpose takes text, not the number 12"),
    ("purpose", "x" * (MAX_TEXT + 1), "the answer to question purpose is 100,001 characters long; the limit is 100,000"),
    ("review_date", "next week", "'next week' is not a date of the form YYYY-MM-DD (question review_date)"),
    ("review_date", "2027-02-30", "'2027-02-30' is not a date of the form YYYY-MM-DD"),
])
def test_invalid_answers_say_why(mini: Questionnaire, qid: str, value: object,
                                 message: str) -> None:
    with pytest.raises(InvalidAnswer) as caught:
        check_answer(question(mini, qid), value)
    assert str(caught.value).startswith(message)


ANSWERS = """\
format: raiassess-answers
format_version: 1
questionnaire: {id: mini, version: "1.0"}
system:
  name: Ticket triage
  owner: Sam
answers:
  personal_data: "yes"
  dpia:
    value: planned
    note: "Scheduled with the DPO <dpo@example.org> & legal"
    evidence:
      - {kind: link, target: "https://intranet.example/dpia", description: Draft}
  data_kinds: [health]
  people: 5000
actions:
  - {title: Finish the DPIA, owner: Sam, due: 2027-01-31, questions: [dpia]}
comments:
  - {author: Board, text: Please attach the draft., question: dpia}
"""


def test_answers_file_reads_checks_and_round_trips(tmp_path: Path, mini: Questionnaire) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(ANSWERS, encoding="utf-8")
    answers, doc = read_answers_file(source)
    answers = check_answers_file(answers, mini, doc)
    assert answers.values() == {"personal_data": "yes", "dpia": "planned",
                                "data_kinds": ["health"], "people": 5000}
    assert answers.answers["dpia"].evidence[0].target == "https://intranet.example/dpia"
    assert answers.actions[0].due == dt.date(2027, 1, 31)
    for suffix in (".yaml", ".json"):
        out = tmp_path / f"out{suffix}"
        write_answers_file(answers, out)
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
        again, again_doc = read_answers_file(out)
        assert check_answers_file(again, mini, again_doc) == answers
        assert assessment_fingerprint(mini, again) == assessment_fingerprint(mini, answers)


def test_answers_file_problems_are_all_listed_with_places(tmp_path: Path,
                                                          mini: Questionnaire) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(ANSWERS.replace("people: 5000", "people: lots\n  nonsense: 1")
                      .replace("value: planned", "value: sometime")
                      .replace("questions: [dpia]", "questions: [dpia, dpai]"),
                      encoding="utf-8")
    answers, doc = read_answers_file(source)
    with pytest.raises(DocumentError) as caught:
        check_answers_file(answers, mini, doc)
    assert [str(p) for p in caught.value.problems] == [
        f"{source}:10:12: question dpia has no option 'sometime' (its options: done, planned, "
        "none) (answers.dpia.value)",
        f"{source}:15:11: question people takes a number, not the text 'lots' (answers.people)",
        f"{source}:16:3: questionnaire 'mini' has no question 'nonsense' (answers.nonsense)",
        f"{source}:18:77: action 'Finish the DPIA' names unknown question 'dpai' "
        "(actions[0].questions[1])",
    ]


def test_answers_file_shape_errors(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("format: raiassess-answers\nformat_version: 2\nquestionnaire: {id: mini}\n"
                      "system: {nam: X}\n", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_answers_file(source)
    assert [str(p) for p in caught.value.problems] == [
        f"{source}:2:17: 2 is not allowed here; expected 1 (format_version)",
        f"{source}:3:16: missing required key 'version' (questionnaire)",
        f"{source}:4:9: missing required key 'name' (system)",
        f"{source}:4:10: unknown key 'nam' (did you mean 'name'?) (system.nam)",
    ]


def test_fingerprint_changes_with_any_answer_or_note(mini: Questionnaire) -> None:
    base = AnswersFile.model_validate({
        "questionnaire": {"id": "mini", "version": "1.0"}, "system": {"name": "S"},
        "answers": {"dpia": {"value": "done", "note": "ok"}}})
    first = assessment_fingerprint(mini, base)
    assert len(first) == 64 and first == assessment_fingerprint(mini, base)
    changed_value = base.model_copy(update={"answers": {"dpia": base.answers["dpia"].model_copy(
        update={"value": "none"})}})
    changed_note = base.model_copy(update={"answers": {"dpia": base.answers["dpia"].model_copy(
        update={"note": "ok."})}})
    assert assessment_fingerprint(mini, changed_value) != first
    assert assessment_fingerprint(mini, changed_note) != first
    assert format_fingerprint(first).count(" ") == 7
