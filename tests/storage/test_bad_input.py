"""Bad input to every call gives a clear error and leaves the database unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.errors import InvalidInput, NotFound, StorageError
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import database_state

MEGABYTE = "x" * 1_000_000


@dataclass
class World:
    """A database with one of everything, whose ids the bad calls refer to."""

    service: AssessmentService
    mini: Questionnaire
    assessment: int
    evidence: int
    action: int


Call = Callable[[World], Any]

BAD_CALLS: dict[str, tuple[Call, type[StorageError], str]] = {
    # answers
    "unknown question": (lambda w: w.service.set_answer(w.assessment, "nope", "yes"),
                         InvalidInput, "has no question 'nope'"),
    "question id not text": (lambda w: w.service.set_answer(w.assessment, 7, "yes"),
                             InvalidInput, "a question id is text"),
    "text for a number": (lambda w: w.service.set_answer(w.assessment, "people", "many"),
                          InvalidInput, "takes a number"),
    "true/false for a number": (lambda w: w.service.set_answer(w.assessment, "people", True),
                                InvalidInput, "takes a number"),
    "not a finite number": (lambda w: w.service.set_answer(w.assessment, "people",
                                                           float("nan")),
                            InvalidInput, "finite"),
    "below the minimum": (lambda w: w.service.set_answer(w.assessment, "people", -1),
                          InvalidInput, "below the smallest"),
    "option that does not exist": (lambda w: w.service.set_answer(w.assessment, "dpia",
                                                                  "maybe"),
                                   InvalidInput, "has no option 'maybe'"),
    "one of several options missing": (
        lambda w: w.service.set_answer(w.assessment, "data_kinds", ["health", "dna"]),
        InvalidInput, "has no option 'dna'"),
    "a single option for a multi choice": (
        lambda w: w.service.set_answer(w.assessment, "data_kinds", "health"),
        InvalidInput, "takes a list of option ids"),
    "scale out of range": (lambda w: w.service.set_answer(w.assessment, "encryption", 9),
                           InvalidInput, "outside the scale"),
    "not a date": (lambda w: w.service.set_answer(w.assessment, "review_date", "soon"),
                   InvalidInput, "is not a date"),
    "text of 1 MB": (lambda w: w.service.set_answer(w.assessment, "purpose", MEGABYTE),
                     InvalidInput, "1,000,000 characters long"),
    "NUL in text": (lambda w: w.service.set_answer(w.assessment, "purpose", "a\x00b"),
                    InvalidInput, "NUL character"),
    "answer to a missing assessment": (lambda w: w.service.set_answer(999, "people", 1),
                                       NotFound, "there is no assessment 999"),
    "assessment id as text": (lambda w: w.service.set_answer("1", "people", 1),
                              InvalidInput, "whole number"),
    # notes and evidence
    "note of 1 MB": (lambda w: w.service.set_note(w.assessment, "people", MEGABYTE),
                     InvalidInput, "1,000,000 characters long"),
    "note on an unknown question": (lambda w: w.service.set_note(w.assessment, "nope", "x"),
                                    InvalidInput, "has no question 'nope'"),
    "evidence of an unknown kind": (
        lambda w: w.service.add_evidence(w.assessment, "dpia", "video", "x"),
        InvalidInput, "a 'link' or a 'file'"),
    "evidence without a target": (
        lambda w: w.service.add_evidence(w.assessment, "dpia", "link", "  "),
        InvalidInput, "must not be empty"),
    "evidence description of 1 MB": (
        lambda w: w.service.add_evidence(w.assessment, "dpia", "link", "x", MEGABYTE),
        InvalidInput, "1,000,000 characters long"),
    "evidence on an unknown question": (
        lambda w: w.service.add_evidence(w.assessment, "nope", "link", "x"),
        InvalidInput, "has no question 'nope'"),
    "removing missing evidence": (lambda w: w.service.remove_evidence(999),
                                  NotFound, "there is no evidence 999"),
    # assessments and systems
    "system without a name": (lambda w: w.service.create_assessment(w.mini, SystemData(" ")),
                              InvalidInput, "must not be empty"),
    "system description of 1 MB": (
        lambda w: w.service.create_assessment(w.mini, SystemData("S", description=MEGABYTE)),
        InvalidInput, "1,000,000 characters long"),
    "system name too long": (
        lambda w: w.service.create_assessment(w.mini, SystemData("S" * 201)),
        InvalidInput, "the limit is 200"),
    "title too long": (lambda w: w.service.create_assessment(w.mini, SystemData("S"),
                                                             "t" * 501),
                       InvalidInput, "the limit is 500"),
    "not a questionnaire": (lambda w: w.service.create_assessment("mini", SystemData("S")),
                            InvalidInput, "needs a questionnaire"),
    "system not SystemData": (lambda w: w.service.create_assessment(w.mini, {"name": "S"}),
                              InvalidInput, "SystemData"),
    "renaming the system to nothing": (
        lambda w: w.service.update_system(w.assessment, SystemData("")),
        InvalidInput, "must not be empty"),
    "title of 1 MB": (lambda w: w.service.set_title(w.assessment, MEGABYTE),
                      InvalidInput, "1,000,000 characters long"),
    "notes of 1 MB": (lambda w: w.service.set_notes(w.assessment, MEGABYTE),
                      InvalidInput, "1,000,000 characters long"),
    "unknown status": (lambda w: w.service.set_status(w.assessment, "done"),
                       InvalidInput, "is not a status"),
    "archived not true or false": (lambda w: w.service.archive(w.assessment, "yes"),
                                   InvalidInput, "true or false"),
    "deleting a missing assessment": (lambda w: w.service.delete(999),
                                      NotFound, "there is no assessment 999"),
    "duplicating a missing assessment": (lambda w: w.service.duplicate(999),
                                         NotFound, "there is no assessment 999"),
    "snapshot label of 1 MB": (lambda w: w.service.take_snapshot(w.assessment, MEGABYTE),
                               InvalidInput, "1,000,000 characters long"),
    # actions and comments
    "action without a title": (lambda w: w.service.add_action(w.assessment, ""),
                               InvalidInput, "must not be empty"),
    "action with an unknown status": (
        lambda w: w.service.add_action(w.assessment, "A", status="later"),
        InvalidInput, "is not an action status"),
    "action due on no date": (lambda w: w.service.add_action(w.assessment, "A", due="soon"),
                              InvalidInput, "YYYY-MM-DD"),
    "action due in the year 9999": (
        lambda w: w.service.add_action(w.assessment, "A", due="9999-12-31"),
        InvalidInput, "the due date 9999-12-31 is not a date between 1900 and 2199"),
    "a date answer in the year 9999": (
        lambda w: w.service.set_answer(w.assessment, "review_date", "9999-12-31"),
        InvalidInput, "9999-12-31 is not a date between 1900 and 2199 (question review_date)"),
    "action on an unknown question": (
        lambda w: w.service.add_action(w.assessment, "A", questions=["dpia", "nope"]),
        InvalidInput, "has no question 'nope'"),
    "action questions as one text": (
        lambda w: w.service.add_action(w.assessment, "A", questions="dpia"),
        InvalidInput, "list of question ids"),
    "unknown action field": (lambda w: w.service.update_action(w.action, colour="red"),
                             InvalidInput, "has no field 'colour'"),
    "action update with a bad status": (lambda w: w.service.update_action(w.action,
                                                                          status="x"),
                                        InvalidInput, "is not an action status"),
    "updating a missing action": (lambda w: w.service.update_action(999, title="x"),
                                  NotFound, "there is no action 999"),
    "deleting a missing action": (lambda w: w.service.delete_action(999),
                                  NotFound, "there is no action 999"),
    "empty comment": (lambda w: w.service.add_comment(w.assessment, "  "),
                      InvalidInput, "must not be empty"),
    "comment of 1 MB": (lambda w: w.service.add_comment(w.assessment, MEGABYTE),
                        InvalidInput, "1,000,000 characters long"),
    "comment on an unknown question": (
        lambda w: w.service.add_comment(w.assessment, "x", question_id="nope"),
        InvalidInput, "has no question 'nope'"),
    # questionnaire versions and reading
    "moving to another questionnaire": (
        lambda w: w.service.migrate_questionnaire(
            w.assessment, w.mini.model_copy(update={"id": "other", "version": "2.0"}),
            apply=True),
        InvalidInput, "uses questionnaire mini, not other"),
    "moving to the same version": (
        lambda w: w.service.migrate_questionnaire(w.assessment, w.mini, apply=True),
        InvalidInput, "is not newer"),
    "search text of 1 MB": (lambda w: w.service.list_assessments(search=MEGABYTE),
                            InvalidInput, "1,000,000 characters long"),
    "audit trail of a text id": (lambda w: w.service.audit_trail("all"),
                                 InvalidInput, "whole number"),
    "snapshot that does not exist": (lambda w: w.service.snapshot_answers(999),
                                     NotFound, "there is no snapshot 999"),
}


@pytest.fixture
def world(service: AssessmentService, mini: Questionnaire, assessment: int) -> World:
    service.set_answer(assessment, "people", 50)
    service.set_note(assessment, "people", "survey")
    evidence = service.add_evidence(assessment, "dpia", "link", "https://wiki.example/dpia").id
    action = service.add_action(assessment, "Carry out a DPIA", due=dt.date(2026, 1, 31)).id
    return World(service, mini, assessment, evidence, action)


@pytest.mark.parametrize("case", list(BAD_CALLS))
def test_bad_input_is_refused_clearly_and_changes_nothing(db_url: str, world: World,
                                                          case: str) -> None:
    call, error, message = BAD_CALLS[case]
    before = database_state(db_url)
    with pytest.raises(error) as raised:
        call(world)
    text = str(raised.value)
    assert message in text
    assert "\n" not in text and len(text) < 400, "one sentence for the user"
    assert database_state(db_url) == before
    # The service is still usable after the refusal.
    world.service.set_answer(world.assessment, "people", 51)
