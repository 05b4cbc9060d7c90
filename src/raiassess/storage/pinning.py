"""Questionnaire versions: the frozen copy an assessment is pinned to, and moving on.

An assessment points at a stored copy of its questionnaire (the full content and its
SHA-256 fingerprint), never at the file, so editing or removing a questionnaire file
cannot change an assessment behind anyone's back. Moving an assessment to a newer
version is an explicit step that carries the answers of unchanged questions.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from raiassess.core.answers import InvalidAnswer, check_answer
from raiassess.core.catalog import load_catalog, version_key
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.text import localized
from raiassess.storage import records, rows
from raiassess.storage.errors import InvalidInput
from raiassess.storage.models import (
    ActionQuestionRow,
    ActionRow,
    AnswerRow,
    AssessmentRow,
    CommentRow,
    EvidenceRow,
    QuestionnaireCopy,
)
from raiassess.storage.rows import Change
from raiassess.storage.types import QuestionnaireMigration


class PinnedQuestionnaires:
    """Stores questionnaire copies and hands them back, parsed once per process.

    A stored copy never changes (its row is keyed by its content's fingerprint), so
    the parsed questionnaire can be cached for the life of the service.
    """

    def __init__(self) -> None:
        self._parsed: dict[int, Questionnaire] = {}
        self._lock = threading.Lock()

    def pin(self, session: Session, questionnaire: Questionnaire, now: dt.datetime) -> int:
        """The id of the stored copy of this exact questionnaire, storing it if new."""
        fingerprint = questionnaire.fingerprint()
        copy_id = session.scalar(select(QuestionnaireCopy.id).where(
            QuestionnaireCopy.fingerprint == fingerprint))
        if copy_id is not None:
            return copy_id
        content = json.dumps(questionnaire.model_dump(mode="json", by_alias=True),
                             ensure_ascii=False, separators=(",", ":"))
        row = QuestionnaireCopy(questionnaire_id=questionnaire.id,
                                version=questionnaire.version,
                                title=questionnaire.title_in()[:500], fingerprint=fingerprint,
                                content=content, stored_at=now)
        session.add(row)
        session.flush()
        with self._lock:
            self._parsed[row.id] = questionnaire
        return row.id

    def get(self, session: Session, copy_id: int) -> Questionnaire:
        """The questionnaire of a stored copy."""
        with self._lock:
            cached = self._parsed.get(copy_id)
        if cached is not None:
            return cached
        content = session.scalar(select(QuestionnaireCopy.content).where(
            QuestionnaireCopy.id == copy_id))
        assert content is not None, "assessments always point at a stored copy"
        questionnaire = Questionnaire.model_validate(json.loads(content))
        with self._lock:
            self._parsed[copy_id] = questionnaire
        return questionnaire

    def find(self, session: Session, questionnaire_id: str, version: str,
             fingerprint: str | None) -> Questionnaire | None:
        """A stored copy by id and version (and fingerprint, when given)."""
        query = select(QuestionnaireCopy.id).where(
            QuestionnaireCopy.questionnaire_id == questionnaire_id,
            QuestionnaireCopy.version == version).order_by(QuestionnaireCopy.id.desc())
        if fingerprint is not None:
            query = query.where(QuestionnaireCopy.fingerprint == fingerprint)
        copy_id = session.scalars(query).first()
        return None if copy_id is None else self.get(session, copy_id)

    def versions(self, session: Session, questionnaire_id: str) -> list[str]:
        """The versions of a questionnaire stored in the database."""
        return list(session.scalars(select(QuestionnaireCopy.version).where(
            QuestionnaireCopy.questionnaire_id == questionnaire_id).distinct()))


def newer_installed(pinned: Questionnaire) -> Questionnaire | None:
    """The latest installed version of a pinned questionnaire, if it is a later one."""
    latest = load_catalog().find(pinned.id)
    return latest if latest is not None and is_newer(latest, pinned) else None


def is_newer(candidate: Questionnaire, pinned: Questionnaire) -> bool:
    """Whether ``candidate`` is a later version of the pinned questionnaire."""
    return candidate.id == pinned.id and \
        version_key(candidate.version) > version_key(pinned.version)


def meaning(question: Question, language: str = "en") -> tuple[Any, ...]:
    """What an answer to the question means: its type, wording and choices.

    The wording is read in the questionnaire's own language (``language``): a
    translation added or polished beside it says the same. Points, guidance,
    references and recommendations may change between versions without changing what
    an answer says, so they are left out.
    """
    def said(text: dict[str, str] | None) -> str | None:
        return None if text is None else localized(text, language)

    options = tuple((o.id, said(o.label)) for o in question.options or ())
    scale = (question.scale.min, question.scale.max) if question.scale else None
    number = None
    if question.number is not None:
        number = (question.number.min, question.number.max, question.number.integer,
                  said(question.number.unit))
    return question.type, said(question.text), options, scale, number


def carried_questions(old: Questionnaire, new: Questionnaire,
                      stored: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split the questions with something stored into those carried and those dropped.

    ``stored`` maps each question that has an answer, note or evidence to its value
    (None when only a note or evidence is stored). A question is carried when the new
    version has it with the same meaning and still accepts the stored value.
    """
    carried: list[str] = []
    dropped: list[str] = []
    for question in old.all_questions():
        if question.id not in stored:
            continue
        successor = new.question(question.id)
        keep = successor is not None and \
            meaning(successor, new.language) == meaning(question, old.language)
        value = stored[question.id]
        if keep and successor is not None and value is not None:
            try:
                check_answer(successor, value)
            except InvalidAnswer:
                keep = False
        (carried if keep else dropped).append(question.id)
    return tuple(carried), tuple(dropped)


def migration_plan(store: PinnedQuestionnaires, session: Session, row: AssessmentRow,
                   newer: Questionnaire) -> QuestionnaireMigration:
    """What moving an assessment to ``newer`` would carry and drop (a later version only)."""
    pinned = store.get(session, row.questionnaire_copy_id)
    if newer.id != pinned.id:
        raise InvalidInput(f"the assessment uses questionnaire {pinned.id}, not {newer.id}")
    if version_key(newer.version) <= version_key(pinned.version):
        raise InvalidInput(f"version {newer.version} of {newer.id} is not newer than the "
                           f"assessment's version {pinned.version}")
    stored = {qid: answer.value
              for qid, answer in records.stored_answers(session, row.id, pinned).items()}
    carried, dropped = carried_questions(pinned, newer, stored)
    return QuestionnaireMigration(pinned.version, newer.version, carried, dropped)


def move(store: PinnedQuestionnaires, change: Change, row: AssessmentRow,
         newer: Questionnaire, plan: QuestionnaireMigration) -> None:
    """Pin the assessment to ``newer``, dropping what ``plan`` drops, and rescore it."""
    session = change.session
    if plan.dropped:
        session.execute(delete(AnswerRow).where(AnswerRow.assessment_id == row.id,
                                                AnswerRow.question_id.in_(plan.dropped)))
        session.execute(delete(EvidenceRow).where(EvidenceRow.assessment_id == row.id,
                                                  EvidenceRow.question_id.in_(plan.dropped)))
    gone = [q.id for q in store.get(session, row.questionnaire_copy_id).all_questions()
            if newer.question(q.id) is None]
    if gone:
        # Actions and comments stay; only their links to removed questions go.
        action_ids = select(ActionRow.id).where(ActionRow.assessment_id == row.id)
        session.execute(delete(ActionQuestionRow).where(
            ActionQuestionRow.action_id.in_(action_ids),
            ActionQuestionRow.question_id.in_(gone)))
        session.execute(update(CommentRow).where(
            CommentRow.assessment_id == row.id, CommentRow.question_id.in_(gone))
            .values(question_id=None))
    row.questionnaire_copy_id = store.pin(session, newer, change.now)
    rows.rescore(change, row, newer)
    change.audit.record(row.id, "questionnaire", newer.id, plan.from_version, rows.as_json(
        {"version": newer.version, "fingerprint": newer.fingerprint(),
         "carried": list(plan.carried), "dropped": list(plan.dropped)}))
