"""Checking what callers hand the service, before anything is written.

Answers are checked by the core (``check_answer``, ``check_text``); this module adds
the checks of everything else (ids, names, statuses, dates) and turns every refusal
into ``InvalidInput`` with one sentence saying what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from raiassess.core.answers import (
    MAX_TEXT,
    AnswerValue,
    InvalidAnswer,
    check_answer,
    check_text,
    sane_day,
)
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.statuses import ACTION_STATUSES
from raiassess.core.statuses import ASSESSMENT_STATUSES as STATUSES
from raiassess.storage.errors import InvalidInput
from raiassess.storage.models import SHORT
from raiassess.storage.types import SystemData

NAME_LIMIT = 200
TARGET_LIMIT = 4000
EVIDENCE_KINDS = ("link", "file")


def record_id(value: Any, what: str = "assessment") -> int:
    """An id as an int; anything else (text, True, 1.5) is refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"an {what} id is a whole number, not {value!r}"[:200])
    return value


def text(value: Any, what: str, limit: int = MAX_TEXT, *, required: bool = False) -> str:
    """Text that fits the database on every backend, within ``limit`` characters."""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text, not {type(value).__name__}")
    try:
        check_text(value, what)
    except InvalidAnswer as error:
        raise InvalidInput(str(error)) from None
    if len(value) > limit:
        raise InvalidInput(f"{what} is {len(value):,} characters long; the limit is {limit:,}")
    if "\x00" in value:
        # PostgreSQL cannot store NUL in text; refuse it everywhere so both behave alike.
        raise InvalidInput(f"{what} contains a NUL character")
    if required and not value.strip():
        raise InvalidInput(f"{what} must not be empty")
    return value


def short(value: Any, what: str, *, required: bool = False) -> str:
    """A name, owner, title...: at most 500 characters."""
    return text(value, what, SHORT, required=required)


def system(value: Any) -> SystemData:
    """A complete, fitting description of the system under assessment."""
    if not isinstance(value, SystemData):
        raise InvalidInput("the system must be given as SystemData")
    return SystemData(
        name=text(value.name, "the system's name", NAME_LIMIT, required=True).strip(),
        description=text(value.description, "the system's description"),
        owner=short(value.owner, "the system's owner"),
        team=short(value.team, "the system's team"),
        deployment_context=text(value.deployment_context, "the deployment context"),
    )


def question(questionnaire: Questionnaire, question_id: Any) -> Question:
    """The question with this id in the assessment's questionnaire."""
    if not isinstance(question_id, str):
        raise InvalidInput(f"a question id is text, not {type(question_id).__name__}")
    found = questionnaire.question(question_id)
    if found is None:
        raise InvalidInput(f"questionnaire {questionnaire.id} {questionnaire.version} has no "
                           f"question {question_id[:80]!r}")
    return found


def answer(question: Question, value: Any) -> AnswerValue:
    """An answer checked against its question, in canonical form."""
    try:
        canonical = check_answer(question, value)
    except InvalidAnswer as error:
        raise InvalidInput(str(error)) from None
    if isinstance(canonical, str):
        text(canonical, f"the answer to question {question.id}")
    return canonical


def status(value: Any) -> str:
    """An assessment status."""
    if value not in STATUSES:
        raise InvalidInput(f"{value!r} is not a status; use one of {', '.join(STATUSES)}"
                           if isinstance(value, str) else "a status is text")
    return str(value)


def action_status(value: Any) -> str:
    """A mitigation action's status."""
    if value not in ACTION_STATUSES:
        raise InvalidInput(f"{value!r} is not an action status; use one of "
                           f"{', '.join(ACTION_STATUSES)}"
                           if isinstance(value, str) else "an action status is text")
    return str(value)


def due_date(value: Any) -> dt.date | None:
    """A due date: a date, an ISO ``YYYY-MM-DD`` text, or None, within the years every
    part of the app can show."""
    if value is None:
        return None
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            day = None
    if day is None:
        raise InvalidInput(f"a due date is a date of the form YYYY-MM-DD, not {value!r}"[:200])
    try:
        return sane_day(day)
    except ValueError as error:
        raise InvalidInput(f"the due date {error}") from None


def evidence_kind(value: Any) -> str:
    """``link`` or ``file``."""
    if value not in EVIDENCE_KINDS:
        raise InvalidInput(f"evidence is a 'link' or a 'file', not {value!r}"[:200])
    return str(value)


def questions(questionnaire: Questionnaire, values: Any) -> tuple[str, ...]:
    """Question ids an action addresses, each once, in the order given."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInput("an action's questions are a list of question ids")
    return tuple(dict.fromkeys(question(questionnaire, qid).id for qid in values))
