"""Answers: checking a value against its question, and the portable answers file.

An answer value is plain JSON-ready data: an option id (single_choice, yes_no), a
list of option ids (multi_choice), an integer (scale), a number (number), text
(text) or an ISO date ``YYYY-MM-DD`` (date).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, Field, ValidationError, field_validator

from raiassess.core.modelbase import FrozenModel
from raiassess.core.paths import write_private_file
from raiassess.core.problems import DocumentError, Loc, Problem, sorted_problems
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.source import SourceDocument, read_document
from raiassess.core.statuses import ASSESSMENT_STATUSES, ActionStatus
from raiassess.core.validation import model_keys, problems_from_error

AnswerValue = str | int | float | list[str]

MAX_TEXT = 100_000
"""The longest answer, note or comment accepted, in characters."""


class InvalidAnswer(ValueError):
    """An answer that does not fit its question; the message says why in one sentence."""


def check_answer(question: Question, value: Any) -> AnswerValue:
    """Return the answer in its canonical form, or raise InvalidAnswer saying what is wrong."""
    kind = question.type
    if kind in ("single_choice", "yes_no"):
        if isinstance(value, bool) and kind == "yes_no":
            value = "yes" if value else "no"
        if not isinstance(value, str):
            raise InvalidAnswer(f"question {question.id} takes one option id, not "
                                f"{_kind_of(value)}")
        _check_option(question, value)
        return value
    if kind == "multi_choice":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise InvalidAnswer(f"question {question.id} takes a list of option ids, not "
                                f"{_kind_of(value)}")
        for option_id in value:
            _check_option(question, option_id)
        chosen = set(value)
        alone = [o for o in question.options or ()
                 if o.id in chosen and (o.exclusive or o.not_applicable)]
        if alone and len(chosen) > 1:
            others = ", ".join(repr(o) for o in sorted(chosen - {alone[0].id}))
            raise InvalidAnswer(f"option {alone[0].id!r} of question {question.id} is chosen "
                                f"alone, not together with {others}")
        return [o.id for o in question.options or () if o.id in chosen]
    if kind == "scale":
        assert question.scale is not None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidAnswer(f"question {question.id} takes a whole number from "
                                f"{question.scale.min} to {question.scale.max}, not "
                                f"{_kind_of(value)}")
        if not question.scale.min <= value <= question.scale.max:
            raise InvalidAnswer(f"{value} is outside the scale of question {question.id} "
                                f"({question.scale.min} to {question.scale.max})")
        return value
    if kind == "number":
        return _check_number(question, value)
    if kind == "text":
        if not isinstance(value, str):
            raise InvalidAnswer(f"question {question.id} takes text, not {_kind_of(value)}")
        check_text(value, f"the answer to question {question.id}")
        return value
    return _check_date(question, value)


def _check_option(question: Question, option_id: str) -> None:
    if question.option(option_id) is None:
        known = ", ".join(o.id for o in question.options or ())
        raise InvalidAnswer(f"question {question.id} has no option {option_id!r} "
                            f"(its options: {known})")


def _check_number(question: Question, value: Any) -> int | float:
    spec = question.number
    assert spec is not None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidAnswer(f"question {question.id} takes a number, not {_kind_of(value)}")
    if not math.isfinite(value):
        raise InvalidAnswer(f"question {question.id} takes a finite number")
    if spec.integer and not float(value).is_integer():
        raise InvalidAnswer(f"question {question.id} takes a whole number, not {value}")
    if spec.min is not None and value < spec.min:
        raise InvalidAnswer(f"{value:g} is below the smallest answer to question "
                            f"{question.id} ({spec.min:g})")
    if spec.max is not None and value > spec.max:
        raise InvalidAnswer(f"{value:g} is above the largest answer to question "
                            f"{question.id} ({spec.max:g})")
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _check_date(question: Question, value: Any) -> str:
    if isinstance(value, dt.date):
        day = value
    elif not isinstance(value, str):
        raise InvalidAnswer(f"question {question.id} takes a date (YYYY-MM-DD), not "
                            f"{_kind_of(value)}")
    else:
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidAnswer(f"{value[:40]!r} is not a date of the form YYYY-MM-DD "
                                f"(question {question.id})") from None
    try:
        return sane_day(day).isoformat()
    except ValueError as error:
        raise InvalidAnswer(f"{error} (question {question.id})") from None


def check_text(value: str, what: str) -> None:
    """Refuse text too long to keep, naming what it was."""
    if len(value) > MAX_TEXT:
        raise InvalidAnswer(f"{what} is {len(value):,} characters long; the limit is "
                            f"{MAX_TEXT:,}")


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "an empty value" if value is None else type(value).__name__


# --- The portable answers file -------------------------------------------------------

#: Times and dates we accept: every screen, every time zone and the report can show
#: them (9999-12-31 in a zone east of UTC overflowed, and the app could not start).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199


def sane_day(value: dt.date) -> dt.date:
    """Refuse a date outside the years every part of the app can show."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"{value.isoformat()} is not a date between {EARLIEST_YEAR} and "
                         f"{LATEST_YEAR}")
    return value


def sane_time(value: dt.datetime) -> dt.datetime:
    """Refuse a time outside the years every part of the app can show."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"{value.isoformat()} is not a time between {EARLIEST_YEAR} and "
                         f"{LATEST_YEAR}")
    return value


_Moment = Annotated[dt.datetime, AfterValidator(sane_time)]
_Day = Annotated[dt.date, AfterValidator(sane_day)]
_Text = Annotated[str, Field(max_length=MAX_TEXT)]
_Short = Annotated[str, Field(max_length=500)]


class QuestionnaireRef(FrozenModel):
    """Which questionnaire (and version) the answers belong to."""

    id: str = Field(min_length=1, max_length=80)
    version: str = Field(min_length=1, max_length=40)
    fingerprint: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")


class SystemInfo(FrozenModel):
    """The AI system under assessment."""

    name: str = Field(min_length=1, max_length=200)
    description: _Text = ""
    owner: _Short = ""
    team: _Short = ""
    deployment_context: _Text = ""


class Evidence(FrozenModel):
    """A link or file that supports an answer."""

    kind: Literal["link", "file"] = "link"
    target: str = Field(min_length=1, max_length=4000)
    description: _Text = ""


class Answer(FrozenModel):
    """An answer with its note, evidence and who gave it when."""

    value: Any = None
    note: _Text = ""
    evidence: list[Evidence] = Field(default_factory=list)
    answered_by: _Short = ""
    answered_at: _Moment | None = None


class Action(FrozenModel):
    """A mitigation action in the plan."""

    title: str = Field(min_length=1, max_length=500)
    description: _Text = ""
    owner: _Short = ""
    due: _Day | None = None
    status: ActionStatus = "open"
    questions: list[str] = Field(default_factory=list)


class ReviewComment(FrozenModel):
    """A reviewer's comment, on the whole assessment or on one question."""

    author: _Short = ""
    role: _Short = ""
    text: _Text = Field(min_length=1)
    question: str | None = None
    created_at: _Moment | None = None


class AnswersFile(FrozenModel):
    """The portable answers file: everything needed to rebuild an assessment."""

    format: Literal["raiassess-answers"] = "raiassess-answers"
    format_version: Literal[1] = 1
    questionnaire: QuestionnaireRef
    system: SystemInfo
    title: _Short = ""
    status: _Short = ""
    created_at: _Moment | None = None
    updated_at: _Moment | None = None
    answers: dict[str, Answer] = Field(default_factory=dict)
    notes: _Text = ""
    actions: list[Action] = Field(default_factory=list)
    comments: list[ReviewComment] = Field(default_factory=list)

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        """An assessment status raiassess knows, or none (an import starts as a draft)."""
        if value and value not in ASSESSMENT_STATUSES:
            raise ValueError(f"{value[:40]!r} is not a status; use one of "
                             f"{', '.join(ASSESSMENT_STATUSES)}")
        return value

    @field_validator("answers", mode="before")
    @classmethod
    def _short_form(cls, value: Any) -> Any:
        """Accept ``question_id: value`` as well as ``question_id: {value: ...}``."""
        if isinstance(value, dict):
            return {key: item if isinstance(item, dict) else {"value": item}
                    for key, item in value.items()}
        return value

    def values(self) -> dict[str, AnswerValue]:
        """Answer values by question id, leaving out questions without a value."""
        return {qid: a.value for qid, a in self.answers.items() if a.value is not None}

    def to_data(self) -> dict[str, Any]:
        """Plain data for writing, with empty fields left out."""
        return self.model_dump(mode="json", exclude_defaults=False, exclude_none=True)


ANSWERS_KEYS = model_keys(AnswersFile)


def read_answers_file(path: str | Path, name: str | None = None) -> tuple[AnswersFile,
                                                                            SourceDocument]:
    """Read and check the shape of an answers file. Raises DocumentError."""
    doc = read_document(path, name)
    return answers_from_document(doc), doc


def answers_from_document(doc: SourceDocument) -> AnswersFile:
    """Validate parsed data as an answers file. Raises DocumentError with every problem."""
    if not isinstance(doc.data, dict):
        raise DocumentError.single(doc.name, "an answers file must be a mapping with "
                                   "'questionnaire', 'system' and 'answers'", 1, 1)
    try:
        return AnswersFile.model_validate(doc.data)
    except ValidationError as error:
        raise DocumentError(sorted_problems(problems_from_error(doc, error, ANSWERS_KEYS))) \
            from None


def check_answers_file(answers: AnswersFile, questionnaire: Questionnaire,
                       doc: SourceDocument | None = None) -> AnswersFile:
    """Check every answer against the questionnaire; return the file with canonical values.

    Raises DocumentError listing every answer that does not fit.
    """
    name = doc.name if doc else "answers"
    problems: list[Problem] = []

    def add(message: str, loc: Loc, key: bool = False) -> None:
        position = doc.position_of(loc, key=key) if doc else None
        problems.append(Problem(name, message, position.line if position else None,
                                position.column if position else None, loc))

    ref = answers.questionnaire
    if ref.id != questionnaire.id:
        add(f"these answers are for questionnaire {ref.id!r}, not {questionnaire.id!r}",
            ("questionnaire", "id"))
    elif ref.fingerprint is not None and ref.fingerprint != questionnaire.fingerprint():
        add(f"these answers were given against a different text of {ref.id} {ref.version} "
            "than the one at hand (its content fingerprint differs); use the questionnaire "
            "they were answered against", ("questionnaire", "fingerprint"))
    canonical: dict[str, Answer] = {}
    for qid, answer in answers.answers.items():
        question = questionnaire.question(qid)
        if question is None:
            add(f"questionnaire {questionnaire.id!r} has no question {qid!r}", ("answers", qid),
                key=True)
            continue
        value = answer.value
        if value is not None:
            try:
                value = check_answer(question, value)
            except InvalidAnswer as exc:
                loc: Loc = ("answers", qid, "value")
                if doc is not None and not doc.has_value_at(loc):
                    loc = ("answers", qid)
                add(str(exc), loc)
                continue
        canonical[qid] = answer.model_copy(update={"value": value})
    for index, action in enumerate(answers.actions):
        for q_index, qid in enumerate(action.questions):
            if questionnaire.question(qid) is None:
                add(f"action {action.title!r} names unknown question {qid!r}",
                    ("actions", index, "questions", q_index))
    for index, comment in enumerate(answers.comments):
        if comment.question is not None and questionnaire.question(comment.question) is None:
            add(f"a review comment names unknown question {comment.question!r}",
                ("comments", index, "question"))
    if problems:
        raise DocumentError(sorted_problems(problems))
    return answers.model_copy(update={"answers": canonical})


def write_answers_file(answers: AnswersFile, path: str | Path) -> None:
    """Write an answers file as YAML (``.yaml``/``.yml``) or JSON (any other suffix).

    The file is written next to its final place and renamed over it, so a crash never
    leaves half a file, and it is readable by its owner only.
    """
    path = Path(path)
    data = answers.to_data()
    if path.suffix.lower() in (".yaml", ".yml"):
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
    else:
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_private_file(path, text.encode("utf-8"))
