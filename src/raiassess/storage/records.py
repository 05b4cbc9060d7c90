"""Reading rows into the plain dataclasses and the answers file the service hands out."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, delete, insert, or_, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from raiassess.core.answers import AnswersFile
from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.errors import NotFound
from raiassess.storage.models import (
    ActionQuestionRow,
    ActionRow,
    AnswerRow,
    AssessmentRow,
    CommentRow,
    EvidenceRow,
    QuestionnaireCopy,
    SnapshotRow,
    SystemRow,
)
from raiassess.storage.types import (
    ActionData,
    AssessmentDetail,
    AssessmentSummary,
    CommentData,
    EvidenceData,
    SnapshotData,
    StoredAnswer,
    SystemData,
)


def dump_value(value: Any) -> str | None:
    """An answer value as stored: canonical JSON, or None for no value."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def load_value(stored: str | None) -> Any:
    """An answer value from its stored JSON."""
    return None if stored is None else json.loads(stored)


def summary_query() -> Select[*tuple[Any, ...]]:
    """The columns of the assessments list, one row per assessment."""
    return (select(AssessmentRow.id, AssessmentRow.title, SystemRow.name,
                   QuestionnaireCopy.questionnaire_id, QuestionnaireCopy.version,
                   QuestionnaireCopy.title, AssessmentRow.status, AssessmentRow.level_id,
                   AssessmentRow.level_label, AssessmentRow.level_color, AssessmentRow.residual,
                   AssessmentRow.completeness, AssessmentRow.archived, AssessmentRow.created_at,
                   AssessmentRow.updated_at)
            .join(SystemRow, SystemRow.id == AssessmentRow.system_id)
            .join(QuestionnaireCopy, QuestionnaireCopy.id == AssessmentRow.questionnaire_copy_id))


def summary(row: Row[*tuple[Any, ...]]) -> AssessmentSummary:
    """A row of ``summary_query`` as a summary."""
    return AssessmentSummary(*row)


def list_query(search: str, include_archived: bool) -> Select[*tuple[Any, ...]]:
    """The assessments list, newest edit first; ``search`` is looked for in the title and
    the system's name, owner and team."""
    query = summary_query()
    if not include_archived:
        query = query.where(AssessmentRow.archived.is_(False))
    if search:
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in (
            AssessmentRow.title, SystemRow.name, SystemRow.owner, SystemRow.team))))
    return query.order_by(AssessmentRow.updated_at.desc(), AssessmentRow.id.desc())


def detail(session: Session, row: AssessmentRow, questionnaire: Questionnaire
           ) -> AssessmentDetail:
    """Everything about one assessment, answered against its pinned ``questionnaire``."""
    found = session.execute(summary_query().where(AssessmentRow.id == row.id)).one()
    return AssessmentDetail(
        summary=summary(found),
        system=system_data(session.get_one(SystemRow, row.system_id)),
        questionnaire=questionnaire,
        answers=stored_answers(session, row.id, questionnaire),
        actions=actions(session, row.id),
        comments=comments(session, row.id),
        notes=row.notes)


def system_data(row: SystemRow) -> SystemData:
    """A system row as plain data."""
    return SystemData(row.name, row.description, row.owner, row.team, row.deployment_context)


@dataclass(frozen=True)
class StoredValue:
    """The parts of a stored answer that changing its value needs."""

    id: int
    value: str | None
    note: str


@dataclass(frozen=True)
class AnswerChange:
    """A new value for one question's answer, by whom and when."""

    assessment_id: int
    question_id: str
    current: StoredValue | None
    value: str | None
    user: str
    now: dt.datetime


# The statements of the most frequent change, built once: executed with parameters,
# SQLAlchemy reuses their compiled form instead of building and caching them anew.
_ANSWERS = AnswerRow.metadata.tables["answers"]
_READ_ANSWERS = select(_ANSWERS.c.question_id, _ANSWERS.c.id, _ANSWERS.c.value,
                       _ANSWERS.c.note).where(_ANSWERS.c.assessment_id == bindparam("of"))
_INSERT_ANSWER = insert(_ANSWERS)
_UPDATE_ANSWER = update(_ANSWERS).where(_ANSWERS.c.id == bindparam("answer")).values(
    value=bindparam("new_value"), answered_by=bindparam("by"), answered_at=bindparam("at"))
_DELETE_ANSWER = delete(_ANSWERS).where(_ANSWERS.c.id == bindparam("answer"))


def answer_rows(session: Session, assessment_id: int) -> dict[str, StoredValue]:
    """The stored answers of an assessment by question id, read in one query."""
    rows = session.connection().execute(_READ_ANSWERS, {"of": assessment_id})
    return {qid: StoredValue(answer_id, value, note) for qid, answer_id, value, note in rows}


def write_answer(session: Session, change: AnswerChange) -> None:
    """Store a new value (None clears it; a row left with nothing in it goes)."""
    connection = session.connection()
    current, value = change.current, change.value
    by, at = (change.user, change.now) if value is not None else ("", None)
    if current is None:
        connection.execute(_INSERT_ANSWER, {
            "assessment_id": change.assessment_id, "question_id": change.question_id,
            "value": value, "note": "", "answered_by": by, "answered_at": at})
    elif value is None and not current.note:
        connection.execute(_DELETE_ANSWER, {"answer": current.id})
    else:
        connection.execute(_UPDATE_ANSWER, {"answer": current.id, "new_value": value,
                                            "by": by, "at": at})


def answer_values(session: Session, assessment_id: int) -> dict[str, Any]:
    """The answer values of an assessment by question id, for scoring."""
    rows = session.execute(select(AnswerRow.question_id, AnswerRow.value).where(
        AnswerRow.assessment_id == assessment_id, AnswerRow.value.is_not(None)))
    return {qid: load_value(value) for qid, value in rows}


def evidence_by_question(session: Session, assessment_id: int) -> dict[str, list[EvidenceData]]:
    """The evidence of an assessment, grouped by question, oldest first."""
    grouped: dict[str, list[EvidenceData]] = defaultdict(list)
    for row in session.scalars(select(EvidenceRow).where(
            EvidenceRow.assessment_id == assessment_id).order_by(EvidenceRow.id)):
        grouped[row.question_id].append(evidence_data(row))
    return grouped


def evidence_data(row: EvidenceRow) -> EvidenceData:
    """An evidence row as plain data."""
    return EvidenceData(row.id, row.question_id, row.kind, row.target, row.description)


def stored_answers(session: Session, assessment_id: int,
                   questionnaire: Questionnaire) -> dict[str, StoredAnswer]:
    """Every question with a value, note or evidence, in questionnaire order."""
    evidence = evidence_by_question(session, assessment_id)
    rows = {row.question_id: row for row in session.scalars(
        select(AnswerRow).where(AnswerRow.assessment_id == assessment_id))}
    result: dict[str, StoredAnswer] = {}
    for question in questionnaire.all_questions():
        row = rows.get(question.id)
        items = tuple(evidence.get(question.id, ()))
        if row is None and not items:
            continue
        if row is None:
            result[question.id] = StoredAnswer(question.id, None, evidence=items)
        else:
            result[question.id] = StoredAnswer(question.id, load_value(row.value), row.note,
                                               items, row.answered_by, row.answered_at)
    return result


def actions(session: Session, assessment_id: int) -> tuple[ActionData, ...]:
    """The action plan of an assessment, oldest action first."""
    rows = list(session.scalars(select(ActionRow).where(
        ActionRow.assessment_id == assessment_id).order_by(ActionRow.id)))
    linked: dict[int, list[str]] = defaultdict(list)
    if rows:
        for action_id, question_id in session.execute(
                select(ActionQuestionRow.action_id, ActionQuestionRow.question_id)
                .where(ActionQuestionRow.action_id.in_([r.id for r in rows]))
                .order_by(ActionQuestionRow.action_id, ActionQuestionRow.position)):
            linked[action_id].append(question_id)
    return tuple(action_data(row, linked[row.id]) for row in rows)


def action_data(row: ActionRow, questions: list[str]) -> ActionData:
    """An action row and its questions as plain data."""
    return ActionData(row.id, row.title, row.description, row.owner, row.due, row.status,
                      tuple(questions))


def comments(session: Session, assessment_id: int) -> tuple[CommentData, ...]:
    """The review comments of an assessment, oldest first."""
    return tuple(comment_data(row) for row in session.scalars(select(CommentRow).where(
        CommentRow.assessment_id == assessment_id).order_by(CommentRow.id)))


def comment_data(row: CommentRow) -> CommentData:
    """A comment row as plain data."""
    return CommentData(row.id, row.text, row.author, row.role, row.question_id,
                       row.created_at)


def answers_file(session: Session, row: AssessmentRow, questionnaire: Questionnaire,
                 fingerprint: str) -> AnswersFile:
    """The portable answers file of an assessment: everything needed to rebuild it."""
    system = session.get_one(SystemRow, row.system_id)
    answers: dict[str, Any] = {}
    for qid, stored in stored_answers(session, row.id, questionnaire).items():
        answers[qid] = {
            "value": stored.value, "note": stored.note,
            "evidence": [{"kind": e.kind, "target": e.target, "description": e.description}
                         for e in stored.evidence],
            "answered_by": stored.answered_by, "answered_at": stored.answered_at,
        }
    data = {
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version,
                          "fingerprint": fingerprint},
        "system": {"name": system.name, "description": system.description,
                   "owner": system.owner, "team": system.team,
                   "deployment_context": system.deployment_context},
        "title": row.title, "status": row.status,
        "created_at": row.created_at, "updated_at": row.updated_at,
        "answers": answers, "notes": row.notes,
        "actions": [{"title": a.title, "description": a.description, "owner": a.owner,
                     "due": a.due, "status": a.status, "questions": list(a.questions)}
                    for a in actions(session, row.id)],
        "comments": [{"author": c.author, "role": c.role, "text": c.text,
                      "question": c.question_id, "created_at": c.created_at}
                     for c in comments(session, row.id)],
    }
    # Built from plain data: the file's validators expect mappings, not models.
    return AnswersFile.model_validate(data)


def snapshots(session: Session, assessment_id: int) -> list[SnapshotData]:
    """The snapshots of an assessment, oldest first."""
    return [SnapshotData(s.id, s.label, s.created_at, s.level_id, s.residual, s.completeness)
            for s in session.scalars(select(SnapshotRow).where(
                SnapshotRow.assessment_id == assessment_id).order_by(SnapshotRow.id))]


def snapshot_answers(session: Session, snapshot_id: int) -> AnswersFile:
    """The answer set a snapshot froze, as an answers file."""
    snapshot = session.get(SnapshotRow, snapshot_id)
    if snapshot is None:
        raise NotFound(f"there is no snapshot {snapshot_id}")
    return AnswersFile.model_validate(json.loads(snapshot.answers))
