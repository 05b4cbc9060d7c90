"""Importing the portable answers file: every check first, then every row in one go.

An answers file is refused whole, with one sentence, before anything is written: text
no database can store, a questionnaire that is not at hand or is not the one it was
answered against, and any answer its questionnaire does not accept. A file that passes
is written as a new assessment in the change that imports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from raiassess.core.answers import AnswersFile, QuestionnaireRef, check_answers_file
from raiassess.core.catalog import QuestionnaireMissing, load_catalog
from raiassess.core.problems import DocumentError
from raiassess.core.questionnaire import Questionnaire
from raiassess.storage import inputs, records, rows
from raiassess.storage.errors import InvalidInput
from raiassess.storage.models import AssessmentRow
from raiassess.storage.rows import Change
from raiassess.storage.types import SystemData


def storable(answers: Any) -> AnswersFile:
    """An answers file whose text every database can store."""
    if not isinstance(answers, AnswersFile):
        raise InvalidInput("import_answers takes an AnswersFile")
    refuse_nul(answers.model_dump(mode="json"), "the answers file")
    return answers


def installed_questionnaire(ref: QuestionnaireRef, stored_versions: Iterable[str]
                            ) -> Questionnaire:
    """The installed questionnaire an answers file names, or why there is none.

    ``stored_versions`` are the versions of it kept in the database, which the refusal
    names beside the installed ones.
    """
    try:
        return load_catalog().require(ref.id, ref.version, ref.fingerprint,
                                      also=stored_versions)
    except QuestionnaireMissing as error:
        raise InvalidInput(str(error)) from None


def checked(answers: AnswersFile, questionnaire: Any) -> tuple[AnswersFile, str]:
    """The answers file checked against its questionnaire, and the status to import it in."""
    if not isinstance(questionnaire, Questionnaire):
        raise InvalidInput("the questionnaire must be a Questionnaire")
    ref = answers.questionnaire
    if ref.id == questionnaire.id and ref.version != questionnaire.version:
        raise InvalidInput(f"these answers were given against version {ref.version} of "
                           f"{ref.id}, not {questionnaire.version}; import them against "
                           f"{ref.version} and then move the assessment to the newer "
                           "version")
    try:
        result = check_answers_file(answers, questionnaire)
    except DocumentError as error:
        raise InvalidInput(problems_sentence(error)) from None
    return result, inputs.status(result.status or "draft")


def write_import(change: Change, answers: AnswersFile, questionnaire: Questionnaire,
                 copy_id: int, status: str) -> AssessmentRow:
    """Write a checked answers file as a new assessment of the pinned copy ``copy_id``."""
    system = answers.system
    system_row = rows.new_system(change, SystemData(
        system.name, system.description, system.owner, system.team,
        system.deployment_context))
    row = rows.new_assessment(change, system_id=system_row.id, copy_id=copy_id,
                              title=answers.title, status=status, notes=answers.notes,
                              created_at=answers.created_at)
    for qid, answer in answers.answers.items():
        if answer.value is not None or answer.note:
            rows.new_answer(change, row.id, qid, value=records.dump_value(answer.value),
                            note=answer.note, answered_by=answer.answered_by,
                            answered_at=answer.answered_at)
        for item in answer.evidence:
            rows.new_evidence(change, row.id, qid, kind=item.kind, target=item.target,
                              description=item.description)
    for action in answers.actions:
        rows.new_action(change, row.id, title=action.title, description=action.description,
                        owner=action.owner, due=action.due, status=action.status,
                        questions=dict.fromkeys(action.questions))
    for comment in answers.comments:
        rows.new_comment(change, row.id, question_id=comment.question, author=comment.author,
                         role=comment.role, text=comment.text, created_at=comment.created_at)
    rows.rescore(change, row, questionnaire)
    # An imported assessment keeps the edit time the file records, so that a list
    # sorted by last edit shows it where it belongs.
    row.updated_at = answers.updated_at or change.now
    change.audit.record(row.id, "import", "assessment", None,
                        rows.as_json(answers.model_dump(mode="json")))
    return row


def problems_sentence(error: DocumentError) -> str:
    """The problems of an answers file, the first three of them, as one sentence."""
    problems = [p.message for p in error.problems]
    shown = "; ".join(problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return f"the answers file was not imported: {shown}{more}"


def refuse_nul(data: Any, what: str) -> None:
    """Refuse NUL characters anywhere in plain data (PostgreSQL cannot store them)."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, str) and "\x00" in item:
            raise InvalidInput(f"{what} contains a NUL character")
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
