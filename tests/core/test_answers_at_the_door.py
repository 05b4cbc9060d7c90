"""What an answers file may hold is checked at the door, so that everything accepted is
something every part of the app can show. Times and dates lie within the years every
screen, time zone and report can show (a file dated 9999-12-31 used to pass, and
afterwards `raiassess list` ended in a traceback and the app would not start east of
UTC); a status is one raiassess knows (`status: hacked` used to pass validate)."""

from __future__ import annotations

import pytest

from raiassess.core.answers import InvalidAnswer, answers_from_document, check_answer
from raiassess.core.problems import DocumentError
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.source import parse_text

HEAD = """\
questionnaire: {id: mini, version: "1.0"}
system: {name: Triage}
"""


@pytest.mark.parametrize(("extra", "sentence"), [
    ("updated_at: 9999-12-31T23:59:00Z\n",
     "answers.yaml:3:13: 9999-12-31T23:59:00+00:00 is not a time between 1900 and 2199 "
     "(updated_at)"),
    ("created_at: 0001-01-01T00:00:00Z\n",
     "answers.yaml:3:13: 0001-01-01T00:00:00+00:00 is not a time between 1900 and 2199 "
     "(created_at)"),
    ("answers:\n  purpose: {value: x, answered_at: 2999-01-01T00:00:00Z}\n",
     "answers.yaml:4:36: 2999-01-01T00:00:00+00:00 is not a time between 1900 and 2199 "
     "(answers.purpose.answered_at)"),
    ("actions:\n  - {title: Plan, due: 9999-12-31}\n",
     "answers.yaml:4:24: 9999-12-31 is not a date between 1900 and 2199 (actions[0].due)"),
    ("comments:\n  - {text: Why?, created_at: 9999-12-31T00:00:00+14:00}\n",
     "answers.yaml:4:30: 9999-12-31T00:00:00+14:00 is not a time between 1900 and 2199 "
     "(comments[0].created_at)"),
])
def test_an_answers_file_with_a_time_out_of_range_is_refused_at_the_door(
        extra: str, sentence: str) -> None:
    with pytest.raises(DocumentError) as refused:
        answers_from_document(parse_text(HEAD + extra, "answers.yaml"))
    assert str(refused.value) == sentence


def test_a_time_within_range_is_kept() -> None:
    answers = answers_from_document(parse_text(
        HEAD + "updated_at: 2199-12-31T23:59:00Z\n", "answers.yaml"))
    assert answers.updated_at is not None and answers.updated_at.year == 2199


def test_a_date_answer_out_of_range_is_refused(mini: Questionnaire) -> None:
    question = mini.question("review_date")
    assert question is not None
    assert check_answer(question, "2027-03-01") == "2027-03-01"
    with pytest.raises(InvalidAnswer) as refused:
        check_answer(question, "9999-12-31")
    assert str(refused.value) == ("9999-12-31 is not a date between 1900 and 2199 "
                                  "(question review_date)")


def test_an_unknown_status_is_refused_at_the_door() -> None:
    with pytest.raises(DocumentError) as refused:
        answers_from_document(parse_text(HEAD + "status: hacked\n", "answers.yaml"))
    assert str(refused.value) == ("answers.yaml:3:9: 'hacked' is not a status; use one of "
                                  "draft, in_review, approved, rejected (status)")
