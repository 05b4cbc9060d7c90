"""The changes an assessment goes through, each recorded in the audit trail as it is made.

Each function is the body of one of the service's changes: it receives checked inputs
and the rows the change is about, inside the change's unit of work (``Change``), and
hands back what it stored. A change that would store what is already there records
nothing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import delete, func, select, update

from raiassess.core.answers import AnswersFile
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score
from raiassess.storage import plan, records, rows
from raiassess.storage.models import ActionRow, AssessmentRow, EvidenceRow, SystemRow
from raiassess.storage.rows import Change, as_json
from raiassess.storage.types import ActionData, CommentData, EvidenceData, SystemData

# --- whole assessments ------------------------------------------------------------------


def create(change: Change, copy_id: int, questionnaire: Questionnaire, system: SystemData,
           title: str) -> AssessmentRow:
    """A new assessment of ``system`` against the pinned copy ``copy_id``."""
    row = rows.new_assessment(change, system_id=rows.new_system(change, system).id,
                              copy_id=copy_id, title=title)
    rows.rescore(change, row, questionnaire)
    change.audit.record(row.id, "create", "assessment", None, as_json({
        "title": title, "system": dataclasses.asdict(system),
        "questionnaire": [questionnaire.id, questionnaire.version,
                          questionnaire.fingerprint()]}))
    return row


def duplicate(change: Change, old: AssessmentRow, questionnaire: Questionnaire,
              title: str | None) -> AssessmentRow:
    """A re-assessment of ``old`` with its answers, notes, evidence and open actions."""
    if title is None:
        system_name = change.session.get_one(SystemRow, old.system_id).name
        title = f"{old.title or system_name} (re-assessment)"[:500]
    row = rows.new_assessment(change, system_id=old.system_id,
                              copy_id=old.questionnaire_copy_id, title=title,
                              notes=old.notes, based_on_id=old.id)
    rows.copy_contents(change, old.id, row.id)
    rows.rescore(change, row, questionnaire)
    change.audit.record(row.id, "duplicate", "assessment", None,
                        as_json({"based_on": old.id, "title": title}))
    return row


def delete_assessment(change: Change, row: AssessmentRow, record: AnswersFile) -> None:
    """Delete an assessment with everything in it, and its system's record if unshared.

    The audit trail keeps ``record``, the whole assessment as it was.
    """
    session = change.session
    change.audit.record(row.id, "delete", "assessment", as_json(record.model_dump(mode="json")),
                        None)
    system_id = row.system_id
    # Re-assessments based on this one keep their own data; only the link goes.
    session.execute(update(AssessmentRow).where(
        AssessmentRow.based_on_id == row.id).values(based_on_id=None))
    session.delete(row)
    session.flush()
    still_used = session.scalar(select(func.count()).select_from(AssessmentRow)
                                .where(AssessmentRow.system_id == system_id))
    if not still_used:
        session.execute(delete(SystemRow).where(SystemRow.id == system_id))


# --- answers, notes, evidence -----------------------------------------------------------

def store_answer(change: Change, row: AssessmentRow, questionnaire: Questionnaire,
                 question_id: str, value: Any) -> ScoreResult:
    """Store a checked answer value (None clears it) and return the new score."""
    new = records.dump_value(value)
    # The most frequent change of all: one read of the answers serves both the change
    # and the new score, and the writes skip the ORM's bookkeeping.
    stored = records.answer_rows(change.session, row.id)
    values = {qid: records.load_value(item.value)
              for qid, item in stored.items() if item.value is not None}
    current = stored.get(question_id)
    old = current.value if current is not None else None
    if old == new:
        return score(questionnaire, values)
    records.write_answer(change.session, records.AnswerChange(
        row.id, question_id, current, new, change.user, change.now))
    if new is None:
        values.pop(question_id, None)
    else:
        values[question_id] = records.load_value(new)
    result = rows.rescore(change, row, questionnaire, values)
    change.audit.record(row.id, "answer", question_id, old, new)
    return result


def store_note(change: Change, row: AssessmentRow, question_id: str, note: str) -> None:
    """Store a checked note (empty text removes it, and an answer left empty goes)."""
    found = rows.answer(change.session, row.id, question_id)
    old = found.note if found is not None else ""
    if old == note:
        return
    if found is None:
        found = rows.new_answer(change, row.id, question_id)
    if not note and found.value is None:
        change.session.delete(found)
    else:
        found.note = note
    row.updated_at = change.now
    change.audit.record(row.id, "note", question_id, old, note)


def add_evidence(change: Change, row: AssessmentRow, question_id: str, *, kind: str,
                 target: str, description: str) -> EvidenceData:
    """Add a checked piece of evidence to a question's answer."""
    evidence = rows.new_evidence(change, row.id, question_id, kind=kind, target=target,
                                 description=description)
    change.session.flush()
    row.updated_at = change.now
    change.audit.record(row.id, "evidence.add", question_id, None, _evidence_json(evidence))
    return records.evidence_data(evidence)


def remove_evidence(change: Change, evidence: EvidenceRow) -> None:
    """Remove a piece of evidence."""
    row = change.session.get_one(AssessmentRow, evidence.assessment_id)
    change.audit.record(row.id, "evidence.remove", evidence.question_id,
                        _evidence_json(evidence), None)
    change.session.delete(evidence)
    row.updated_at = change.now


def _evidence_json(row: EvidenceRow) -> str:
    return as_json({"id": row.id, "kind": row.kind, "target": row.target,
                    "description": row.description})


# --- the assessment's own fields --------------------------------------------------------

def store_system(change: Change, row: AssessmentRow, system: SystemData) -> SystemData:
    """Describe the assessed system anew (checked); return its stored description.

    A record other assessments share is left to them: this one gets its own copy.
    """
    current = change.session.get_one(SystemRow, row.system_id)
    old = records.system_data(current)
    if old == system:
        return old
    shared = change.session.scalar(select(func.count()).select_from(AssessmentRow).where(
        AssessmentRow.system_id == current.id, AssessmentRow.id != row.id))
    if shared:
        row.system_id = rows.new_system(change, system).id
    else:
        for name, value in dataclasses.asdict(system).items():
            setattr(current, name, value)
    row.updated_at = change.now
    change.audit.record(row.id, "system", "system", as_json(dataclasses.asdict(old)),
                        as_json(dataclasses.asdict(system)))
    return system


def store_field(change: Change, row: AssessmentRow, name: str, value: str) -> str:
    """Store a checked title, notes or status of the assessment; return what is stored."""
    old = getattr(row, name)
    if old != value:
        setattr(row, name, value)
        row.updated_at = change.now
        change.audit.record(row.id, name, name, old, value)
    return value


def archive(change: Change, row: AssessmentRow, archived: bool) -> None:
    """Hide the assessment from the default list, or bring it back."""
    if row.archived == archived:
        return
    row.archived = archived
    row.updated_at = change.now
    change.audit.record(row.id, "archive", "archived", as_json(not archived), as_json(archived))


# --- action plan and review comments ----------------------------------------------------

def add_action(change: Change, row: AssessmentRow, fields: dict[str, Any],
               questions: tuple[str, ...]) -> ActionData:
    """Add an action with checked fields, addressing checked questions, to the plan."""
    action = rows.new_action(change, row.id, **fields, questions=questions)
    row.updated_at = change.now
    change.audit.record(row.id, "action.add", f"action {action.id}", None,
                        as_json({**fields, "questions": questions}))
    return records.action_data(action, list(questions))


def update_action(change: Change, action: ActionRow, row: AssessmentRow, before: ActionData, *,
                  fields: dict[str, Any], questions: tuple[str, ...] | None) -> ActionData:
    """Change some checked fields of an action (``questions`` None: they stay)."""
    for name, value in fields.items():
        setattr(action, name, value)
    if questions is not None:
        rows.link_questions(change.session, action.id, questions)
    after = records.action_data(action, list(before.questions if questions is None
                                             else questions))
    if after == before:
        return before
    action.updated_at = row.updated_at = change.now
    change.audit.record(row.id, "action.update", f"action {action.id}",
                        as_json(plan.action_json(before)), as_json(plan.action_json(after)))
    return after


def delete_action(change: Change, action: ActionRow, row: AssessmentRow,
                  before: ActionData) -> None:
    """Remove an action from the plan."""
    change.session.delete(action)
    row.updated_at = change.now
    change.audit.record(row.id, "action.delete", f"action {action.id}",
                        as_json(plan.action_json(before)), None)


def add_comment(change: Change, row: AssessmentRow, *, question_id: str | None, author: str,
                role: str, text: str) -> CommentData:
    """Add a checked review comment, on the assessment or on one of its questions."""
    comment = rows.new_comment(change, row.id, question_id=question_id, author=author,
                               role=role, text=text)
    change.session.flush()
    row.updated_at = change.now
    change.audit.record(row.id, "comment", question_id or "", None, as_json(
        {"id": comment.id, "author": author, "role": role, "text": text}))
    return records.comment_data(comment)
