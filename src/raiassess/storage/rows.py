"""The row-level steps every change shares: finding rows, making them, rescoring.

Each kind of row is made in one place, whether a user adds it, an answers file brings
it in or a re-assessment copies it, so that every way in fills the same columns. The
functions run inside a change's unit of work (``Change``): they add and flush rows but
never commit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from raiassess.core.answers import AnswersFile
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score
from raiassess.core.statuses import OPEN_ACTION_STATUSES
from raiassess.storage import audit, database, inputs, records
from raiassess.storage.audit import AuditWriter
from raiassess.storage.errors import NotFound
from raiassess.storage.models import (
    ActionQuestionRow,
    ActionRow,
    AnswerRow,
    AssessmentRow,
    CommentRow,
    EvidenceRow,
    SnapshotRow,
    SystemRow,
)
from raiassess.storage.types import ActionData, SystemData


@dataclass
class Change:
    """What a change's unit of work hands its steps: the session, the time, the trail.

    ``user`` is who makes the change: the audit trail records them, and the rows they
    create name them.
    """

    session: Session
    now: dt.datetime
    audit: AuditWriter
    user: str


@contextlib.contextmanager
def changing(engine: Engine, location: str, busy_timeout: float, user: str) -> Iterator[Change]:
    """A change's unit of work by ``user``, committed when the block ends without error.

    It takes the write lock first (SQLite's BEGIN IMMEDIATE, and the audit trail's head
    row on every backend), so that writers queue in one order and never deadlock.
    """
    with database.translated_errors(location, busy_timeout), \
            Session(engine, expire_on_commit=False) as session:
        session.connection(execution_options={database.WRITE_OPTION: True})
        head = audit.lock_head(session)
        now = dt.datetime.now(dt.UTC)
        yield Change(session, now, AuditWriter(session, head, user, now), user)
        session.commit()


def as_json(data: Any) -> str:
    """Plain data as the compact JSON the audit trail and the snapshots keep."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


# --- finding rows -----------------------------------------------------------------------

def assessment(session: Session, assessment_id: Any) -> AssessmentRow:
    """The assessment with this id, or ``NotFound``."""
    row = session.get(AssessmentRow, inputs.record_id(assessment_id))
    if row is None:
        raise NotFound(f"there is no assessment {assessment_id}")
    return row


def action(session: Session, action_id: Any) -> ActionRow:
    """The action with this id, or ``NotFound``."""
    row = session.get(ActionRow, inputs.record_id(action_id, "action"))
    if row is None:
        raise NotFound(f"there is no action {action_id}")
    return row


def action_before(session: Session, action_id: Any
                  ) -> tuple[ActionRow, AssessmentRow, ActionData]:
    """An action, its assessment, and the action as it is before a change to it."""
    row = action(session, action_id)
    before = records.action_data(row, action_questions(session, row.id))
    return row, session.get_one(AssessmentRow, row.assessment_id), before


def evidence(session: Session, evidence_id: Any) -> EvidenceRow:
    """The piece of evidence with this id, or ``NotFound``."""
    row = session.get(EvidenceRow, inputs.record_id(evidence_id, "evidence"))
    if row is None:
        raise NotFound(f"there is no evidence {evidence_id}")
    return row


def answer(session: Session, assessment_id: int, question_id: str) -> AnswerRow | None:
    """The stored answer to a question, if there is one."""
    return session.scalar(select(AnswerRow).where(AnswerRow.assessment_id == assessment_id,
                                                  AnswerRow.question_id == question_id))


def action_questions(session: Session, action_id: int) -> list[str]:
    """The questions an action addresses, in their order."""
    return list(session.scalars(select(ActionQuestionRow.question_id).where(
        ActionQuestionRow.action_id == action_id).order_by(ActionQuestionRow.position)))


# --- the score cached on an assessment --------------------------------------------------

def rescore(change: Change, row: AssessmentRow, questionnaire: Questionnaire,
            values: dict[str, Any] | None = None) -> ScoreResult:
    """Score the answers (``values``, else those stored) and cache it on the row."""
    if values is None:
        change.session.flush()
        values = records.answer_values(change.session, row.id)
    result = score(questionnaire, values)
    row.level_id = result.level.id
    row.level_label = result.level.label
    row.level_color = result.level.color
    row.residual = result.residual
    row.completeness = result.completeness
    row.updated_at = change.now
    return result


# --- making rows: one constructor per kind ----------------------------------------------

def new_system(change: Change, system: SystemData) -> SystemRow:
    """A new record of a system under assessment (flushed: its id is known)."""
    row = SystemRow(name=system.name, description=system.description, owner=system.owner,
                    team=system.team, deployment_context=system.deployment_context,
                    created_at=change.now)
    change.session.add(row)
    change.session.flush()
    return row


def new_assessment(change: Change, *, system_id: int, copy_id: int, title: str,
                   status: str = "draft", notes: str = "",
                   created_at: dt.datetime | None = None,
                   based_on_id: int | None = None) -> AssessmentRow:
    """A new assessment made by the change's user (flushed: its id is known).

    Its score is not yet cached: ``rescore`` it once its answers are in.
    """
    row = AssessmentRow(system_id=system_id, questionnaire_copy_id=copy_id,
                        based_on_id=based_on_id, title=title, status=status, notes=notes,
                        archived=False, created_at=created_at or change.now,
                        created_by=change.user, updated_at=change.now)
    change.session.add(row)
    change.session.flush()
    return row


def new_answer(change: Change, assessment_id: int, question_id: str, *,
               value: str | None = None, note: str = "", answered_by: str = "",
               answered_at: dt.datetime | None = None) -> AnswerRow:
    """A new answer; ``value`` is the stored JSON (``records.dump_value``)."""
    row = AnswerRow(assessment_id=assessment_id, question_id=question_id, value=value,
                    note=note, answered_by=answered_by, answered_at=answered_at)
    change.session.add(row)
    return row


def new_evidence(change: Change, assessment_id: int, question_id: str, *, kind: str,
                 target: str, description: str, added_by: str | None = None,
                 added_at: dt.datetime | None = None) -> EvidenceRow:
    """A new piece of evidence, by default added by the change's user now."""
    row = EvidenceRow(assessment_id=assessment_id, question_id=question_id, kind=kind,
                      target=target, description=description,
                      added_by=change.user if added_by is None else added_by,
                      added_at=added_at or change.now)
    change.session.add(row)
    return row


def new_action(change: Change, assessment_id: int, *, title: str, description: str,
               owner: str, due: dt.date | None, status: str,
               questions: Iterable[str]) -> ActionRow:
    """A new action of the plan, linked to its questions (flushed: its id is known)."""
    row = ActionRow(assessment_id=assessment_id, title=title, description=description,
                    owner=owner, due=due, status=status, created_at=change.now,
                    updated_at=change.now)
    change.session.add(row)
    change.session.flush()
    link_questions(change.session, row.id, tuple(questions))
    return row


def link_questions(session: Session, action_id: int, questions: tuple[str, ...]) -> None:
    """Make these, in this order, the questions an action addresses."""
    session.execute(delete(ActionQuestionRow).where(ActionQuestionRow.action_id == action_id))
    session.add_all(ActionQuestionRow(action_id=action_id, question_id=qid, position=index)
                    for index, qid in enumerate(questions))


def new_snapshot(change: Change, row: AssessmentRow, questionnaire: Questionnaire,
                 answers: AnswersFile, label: str) -> SnapshotRow:
    """A snapshot of the assessment as ``answers`` holds it, with its scores (flushed)."""
    result = score(questionnaire, answers.values())
    snapshot = SnapshotRow(assessment_id=row.id, label=label, created_at=change.now,
                           created_by=change.user, level_id=result.level.id,
                           residual=result.residual, completeness=result.completeness,
                           answers=as_json(answers.model_dump(mode="json")),
                           scores=as_json(result.to_dict()))
    change.session.add(snapshot)
    change.session.flush()
    return snapshot


def new_comment(change: Change, assessment_id: int, *, question_id: str | None, author: str,
                role: str, text: str, created_at: dt.datetime | None = None) -> CommentRow:
    """A new review comment, by default written now."""
    row = CommentRow(assessment_id=assessment_id, question_id=question_id, author=author,
                     role=role, text=text, created_at=created_at or change.now)
    change.session.add(row)
    return row


# --- whole assessments -----------------------------------------------------------------

def copy_contents(change: Change, source: int, target: int) -> None:
    """Copy an assessment's answers, notes, evidence and open actions into another."""
    session = change.session
    for answer in session.scalars(select(AnswerRow).where(AnswerRow.assessment_id == source)):
        new_answer(change, target, answer.question_id, value=answer.value, note=answer.note,
                   answered_by=answer.answered_by, answered_at=answer.answered_at)
    for item in session.scalars(select(EvidenceRow).where(
            EvidenceRow.assessment_id == source).order_by(EvidenceRow.id)):
        new_evidence(change, target, item.question_id, kind=item.kind, target=item.target,
                     description=item.description, added_by=item.added_by,
                     added_at=item.added_at)
    for action in session.scalars(select(ActionRow).where(
            ActionRow.assessment_id == source,
            ActionRow.status.in_(OPEN_ACTION_STATUSES)).order_by(ActionRow.id)):
        new_action(change, target, title=action.title, description=action.description,
                   owner=action.owner, due=action.due, status=action.status,
                   questions=action_questions(session, action.id))
