"""The storage service: the one way the GUI and the CLI read and change assessments.

Every public method is one unit of work: it opens a session, does its reads or its
change, and (for a change) records it in the audit trail and commits, all in one
transaction. A change has reached the disk when the method returns; a refused input
raises ``InvalidInput`` and leaves the database as it was. Methods take and return
plain data (``raiassess.storage.types``, core objects); rows never leave this package.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, or_, select, update
from sqlalchemy.orm import Session

from raiassess.core.answers import AnswersFile, QuestionnaireRef
from raiassess.core.catalog import load_catalog
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score
from raiassess.storage import (
    audit,
    backups,
    database,
    exchange,
    inputs,
    opening,
    pinning,
    plan,
    records,
    rows,
    schema,
)
from raiassess.storage.audit import AuditWriter
from raiassess.storage.database import DEFAULT_BUSY_TIMEOUT, WRITE_OPTION, DatabaseTarget
from raiassess.storage.errors import InvalidInput, NotFound, StorageError
from raiassess.storage.models import (
    AssessmentRow,
    EvidenceRow,
    QuestionnaireCopy,
    SnapshotRow,
    SystemRow,
)
from raiassess.storage.pinning import PinnedQuestionnaires, is_newer
from raiassess.storage.rows import Change, as_json
from raiassess.storage.types import (
    AssessmentDetail,
    AssessmentSummary,
    AuditEntry,
    AuditReport,
    QuestionnaireMigration,
    SnapshotData,
    SystemData,
)


class AssessmentService:
    """Assessments in a SQLite file or a PostgreSQL database. Open with ``open()``."""

    def __init__(self, engine: Engine, target: DatabaseTarget, user: str,
                 busy_timeout: float) -> None:
        self._engine = engine
        self._target = target
        self._busy_timeout = busy_timeout
        self._pinned = PinnedQuestionnaires()
        self.user = user
        """Who is recorded in the audit trail and as ``answered_by``."""
        self.location = target.location
        """Where the database is, for users: a file path, or the URL without password."""

    # --- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, user: str | None = None,
             busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> AssessmentService:
        """Open (creating or upgrading) the database at ``url``.

        ``url`` None means ``RAIASSESS_DB``, else the default file in the per-user data
        folder. An older schema is upgraded after a backup copy; a newer one raises
        ``DatabaseTooNew`` and anything not a raiassess database ``DatabaseUnusable``,
        both leaving the database untouched.
        """
        target = database.resolve(url)
        who = inputs.short(user, "the user name") if user else opening.login_name()
        return cls(opening.open_engine(target, busy_timeout), target, who, busy_timeout)

    def close(self) -> None:
        """Close every connection to the database."""
        self._engine.dispose()

    def __enter__(self) -> AssessmentService:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for a database server."""
        return self._target.sqlite_path

    # --- units of work ------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Session]:
        with database.translated_errors(self.location, self._busy_timeout), \
                Session(self._engine) as session:
            yield session

    @contextlib.contextmanager
    def _changing(self) -> Iterator[Change]:
        with database.translated_errors(self.location, self._busy_timeout), \
                Session(self._engine, expire_on_commit=False) as session:
            session.connection(execution_options={WRITE_OPTION: True})
            head = audit.lock_head(session)
            now = dt.datetime.now(dt.UTC)
            yield Change(session, now, AuditWriter(session, head, self.user, now), self.user)
            session.commit()

    def _questionnaire_of(self, session: Session, row: AssessmentRow) -> Questionnaire:
        return self._pinned.get(session, row.questionnaire_copy_id)

    def _answers_file(self, session: Session, row: AssessmentRow) -> AnswersFile:
        copy = session.get_one(QuestionnaireCopy, row.questionnaire_copy_id)
        return records.answers_file(session, row, self._questionnaire_of(session, row),
                                    copy.fingerprint)

    # --- questionnaires -----------------------------------------------------------------

    def questionnaires(self) -> list[Questionnaire]:
        """The bundled and user questionnaires, the latest version of each id."""
        catalog = load_catalog()
        latest: list[Questionnaire] = []
        for questionnaire_id in dict.fromkeys(e.questionnaire.id for e in catalog.entries):
            found = catalog.find(questionnaire_id)
            if found is not None:
                latest.append(found)
        return latest

    # --- assessments --------------------------------------------------------------------

    def create_assessment(self, questionnaire: Questionnaire, system: SystemData,
                          title: str = "") -> int:
        """Start an assessment of a system, pinning a frozen copy of the questionnaire."""
        if not isinstance(questionnaire, Questionnaire):
            raise InvalidInput("an assessment needs a questionnaire")
        system = inputs.system(system)
        title = inputs.short(title, "the title").strip()
        with self._changing() as change:
            copy_id = self._pinned.pin(change.session, questionnaire, change.now)
            row = rows.new_assessment(change, system_id=rows.new_system(change, system).id,
                                      copy_id=copy_id, title=title)
            rows.rescore(change, row, questionnaire)
            change.audit.record(row.id, "create", "assessment", None, as_json({
                "title": title, "system": dataclasses.asdict(system),
                "questionnaire": [questionnaire.id, questionnaire.version,
                                  questionnaire.fingerprint()]}))
            return row.id

    def get_assessment(self, assessment_id: int) -> AssessmentDetail:
        """Everything about one assessment."""
        with self._reading() as session:
            row = rows.assessment(session, assessment_id)
            questionnaire = self._questionnaire_of(session, row)
            found = session.execute(records.summary_query().where(
                AssessmentRow.id == row.id)).one()
            return AssessmentDetail(
                summary=records.summary(found),
                system=records.system_data(session.get_one(SystemRow, row.system_id)),
                questionnaire=questionnaire,
                answers=records.stored_answers(session, row.id, questionnaire),
                actions=records.actions(session, row.id),
                comments=records.comments(session, row.id),
                notes=row.notes)

    def list_assessments(self, search: str = "",
                         include_archived: bool = False) -> list[AssessmentSummary]:
        """The assessments, newest edit first; ``search`` matches title, system, owner, team."""
        search = inputs.short(search, "the search text").strip()
        query = records.summary_query()
        if not include_archived:
            query = query.where(AssessmentRow.archived.is_(False))
        if search:
            escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{escaped}%"
            query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in (
                AssessmentRow.title, SystemRow.name, SystemRow.owner, SystemRow.team))))
        query = query.order_by(AssessmentRow.updated_at.desc(), AssessmentRow.id.desc())
        with self._reading() as session:
            return [records.summary(found) for found in session.execute(query)]

    def score(self, assessment_id: int) -> ScoreResult:
        """The full score of an assessment's answers."""
        with self._reading() as session:
            row = rows.assessment(session, assessment_id)
            return score(self._questionnaire_of(session, row),
                         records.answer_values(session, row.id))

    # --- answers, notes, evidence -------------------------------------------------------

    def set_answer(self, assessment_id: int, question_id: str, value: Any) -> ScoreResult:
        """Answer a question (``None`` clears the answer); return the new score."""
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            questionnaire = self._questionnaire_of(change.session, row)
            question = inputs.question(questionnaire, question_id)
            new = records.dump_value(None if value is None else inputs.answer(question, value))
            # The most frequent change of all: one read of the answers serves both the
            # change and the new score, and the writes skip the ORM's bookkeeping.
            stored = records.answer_rows(change.session, row.id)
            values = {qid: records.load_value(item.value)
                      for qid, item in stored.items() if item.value is not None}
            current = stored.get(question.id)
            old = current.value if current is not None else None
            if old == new:
                return score(questionnaire, values)
            records.write_answer(change.session, records.AnswerChange(
                row.id, question.id, current, new, self.user, change.now))
            if new is None:
                values.pop(question.id, None)
            else:
                values[question.id] = records.load_value(new)
            result = rows.rescore(change, row, questionnaire, values)
            change.audit.record(row.id, "answer", question.id, old, new)
            return result

    def set_note(self, assessment_id: int, question_id: str, note: str) -> None:
        """Attach a note to a question's answer (empty text removes it)."""
        note = inputs.text(note, f"the note on question {question_id}")
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            question = inputs.question(self._questionnaire_of(change.session, row), question_id)
            answer = rows.answer(change.session, row.id, question.id)
            old = answer.note if answer is not None else ""
            if old == note:
                return
            if answer is None:
                answer = rows.new_answer(change, row.id, question.id)
            if not note and answer.value is None:
                change.session.delete(answer)
            else:
                answer.note = note
            row.updated_at = change.now
            change.audit.record(row.id, "note", question.id, old, note)

    def add_evidence(self, assessment_id: int, question_id: str, kind: str, target: str,
                     description: str = "") -> int:
        """Add a link or a file reference supporting an answer; return its id."""
        kind = inputs.evidence_kind(kind)
        target = inputs.text(target, "the evidence's link or file", inputs.TARGET_LIMIT,
                             required=True).strip()
        description = inputs.text(description, "the evidence's description")
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            question = inputs.question(self._questionnaire_of(change.session, row), question_id)
            evidence = rows.new_evidence(change, row.id, question.id, kind=kind,
                                         target=target, description=description)
            change.session.flush()
            row.updated_at = change.now
            change.audit.record(row.id, "evidence.add", question.id, None, as_json(
                {"id": evidence.id, "kind": kind, "target": target,
                 "description": description}))
            return evidence.id

    def remove_evidence(self, evidence_id: int) -> None:
        """Remove a piece of evidence."""
        with self._changing() as change:
            evidence = change.session.get(EvidenceRow, inputs.record_id(evidence_id,
                                                                        "evidence"))
            if evidence is None:
                raise NotFound(f"there is no evidence {evidence_id}")
            row = change.session.get_one(AssessmentRow, evidence.assessment_id)
            change.audit.record(row.id, "evidence.remove", evidence.question_id, as_json(
                {"id": evidence.id, "kind": evidence.kind, "target": evidence.target,
                 "description": evidence.description}), None)
            change.session.delete(evidence)
            row.updated_at = change.now

    # --- the assessment's own fields ----------------------------------------------------

    def update_system(self, assessment_id: int, system: SystemData) -> None:
        """Change the description of the assessed system.

        When earlier assessments of the same system share its record, this assessment
        gets its own copy, so that they keep describing the system as it was.
        """
        system = inputs.system(system)
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            current = change.session.get_one(SystemRow, row.system_id)
            old = records.system_data(current)
            if old == system:
                return
            shared = change.session.scalar(select(func.count()).select_from(AssessmentRow)
                                           .where(AssessmentRow.system_id == current.id,
                                                  AssessmentRow.id != row.id))
            if shared:
                row.system_id = rows.new_system(change, system).id
            else:
                for name, value in dataclasses.asdict(system).items():
                    setattr(current, name, value)
            row.updated_at = change.now
            change.audit.record(row.id, "system", "system", as_json(dataclasses.asdict(old)),
                                as_json(dataclasses.asdict(system)))

    def set_title(self, assessment_id: int, title: str) -> None:
        """Rename an assessment."""
        self._set_field(assessment_id, "title", inputs.short(title, "the title").strip())

    def set_notes(self, assessment_id: int, text: str) -> None:
        """Set the assessment's general notes."""
        self._set_field(assessment_id, "notes", inputs.text(text, "the notes"))

    def set_status(self, assessment_id: int, status: str) -> None:
        """Move an assessment through its life cycle (``types.STATUSES``)."""
        self._set_field(assessment_id, "status", inputs.status(status))

    def _set_field(self, assessment_id: int, name: str, value: str) -> None:
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            old = getattr(row, name)
            if old == value:
                return
            setattr(row, name, value)
            row.updated_at = change.now
            change.audit.record(row.id, name, name, old, value)

    # --- action plan and review comments ------------------------------------------------

    def add_action(self, assessment_id: int, title: str, *, description: str = "",
                   owner: str = "", due: dt.date | None = None, status: str = "open",
                   questions: Iterable[str] = ()) -> int:
        """Add a mitigation action to the plan; return its id."""
        fields = plan.action_fields({"title": title, "description": description,
                                      "owner": owner, "due": due, "status": status})
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            linked = inputs.questions(self._questionnaire_of(change.session, row), questions)
            action = rows.new_action(change, row.id, **fields, questions=linked)
            row.updated_at = change.now
            change.audit.record(row.id, "action.add", f"action {action.id}", None,
                                as_json({**fields, "questions": linked}))
            return action.id

    def update_action(self, action_id: int, **fields: Any) -> None:
        """Change some fields of an action (those of ``add_action``)."""
        checked, questions = plan.changed_fields(fields)
        with self._changing() as change:
            action, row, before = rows.action_before(change.session, action_id)
            for name, value in checked.items():
                setattr(action, name, value)
            if questions is not None:
                linked = inputs.questions(self._questionnaire_of(change.session, row),
                                          questions)
                rows.link_questions(change.session, action.id, linked)
            else:
                linked = before.questions
            after = records.action_data(action, list(linked))
            if after == before:
                return
            action.updated_at = row.updated_at = change.now
            change.audit.record(row.id, "action.update", f"action {action.id}",
                                as_json(plan.action_json(before)), as_json(plan.action_json(after)))

    def delete_action(self, action_id: int) -> None:
        """Remove an action from the plan."""
        with self._changing() as change:
            action, row, before = rows.action_before(change.session, action_id)
            change.session.delete(action)
            row.updated_at = change.now
            change.audit.record(row.id, "action.delete", f"action {action.id}",
                                as_json(plan.action_json(before)), None)

    def add_comment(self, assessment_id: int, text: str, *, author: str = "", role: str = "",
                    question_id: str | None = None) -> int:
        """Add a review comment (by default from the service's user); return its id."""
        text = inputs.text(text, "the comment", required=True)
        author = inputs.short(author, "the comment's author").strip() or self.user
        role = inputs.short(role, "the reviewer's role")
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            if question_id is not None:
                question_id = inputs.question(self._questionnaire_of(change.session, row),
                                              question_id).id
            comment = rows.new_comment(change, row.id, question_id=question_id, author=author,
                                       role=role, text=text)
            change.session.flush()
            row.updated_at = change.now
            change.audit.record(row.id, "comment", question_id or "", None, as_json(
                {"id": comment.id, "author": author, "role": role, "text": text}))
            return comment.id

    # --- whole assessments --------------------------------------------------------------

    def duplicate(self, assessment_id: int, title: str | None = None) -> int:
        """Start a re-assessment pre-filled with the answers, notes, evidence and open actions."""
        if title is not None:
            title = inputs.short(title, "the title").strip()
        with self._changing() as change:
            old = rows.assessment(change.session, assessment_id)
            questionnaire = self._questionnaire_of(change.session, old)
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
            return row.id

    def archive(self, assessment_id: int, archived: bool = True) -> None:
        """Hide an assessment from the default list (or bring it back)."""
        if not isinstance(archived, bool):
            raise InvalidInput("archived is true or false")
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            if row.archived == archived:
                return
            row.archived = archived
            row.updated_at = change.now
            change.audit.record(row.id, "archive", "archived", as_json(not archived),
                                as_json(archived))

    def delete(self, assessment_id: int) -> None:
        """Delete an assessment and everything in it.

        The audit trail keeps the deletion with the whole assessment as it was (its
        answers file), so even a deletion loses nothing for good.
        """
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            record = self._answers_file(change.session, row)
            system_id = row.system_id
            change.audit.record(row.id, "delete", "assessment",
                                as_json(record.model_dump(mode="json")), None)
            # Re-assessments based on this one keep their own data; only the link goes.
            change.session.execute(update(AssessmentRow).where(
                AssessmentRow.based_on_id == row.id).values(based_on_id=None))
            change.session.delete(row)
            change.session.flush()
            still_used = change.session.scalar(select(func.count()).select_from(AssessmentRow)
                                               .where(AssessmentRow.system_id == system_id))
            if not still_used:
                change.session.execute(delete(SystemRow).where(SystemRow.id == system_id))

    # --- snapshots ----------------------------------------------------------------------

    def take_snapshot(self, assessment_id: int, label: str) -> int:
        """Freeze the current answers and their scores under a label; return its id."""
        label = inputs.short(label, "the snapshot's label").strip()
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            snapshot = self._snapshot(change, row, label or "Snapshot")
            change.audit.record(row.id, "snapshot", f"snapshot {snapshot.id}", None, label)
            return snapshot.id

    def _snapshot(self, change: Change, row: AssessmentRow, label: str) -> SnapshotRow:
        answers = self._answers_file(change.session, row)
        result = score(self._questionnaire_of(change.session, row), answers.values())
        snapshot = SnapshotRow(assessment_id=row.id, label=label, created_at=change.now,
                               created_by=self.user, level_id=result.level.id,
                               residual=result.residual, completeness=result.completeness,
                               answers=as_json(answers.model_dump(mode="json")),
                               scores=as_json(result.to_dict()))
        change.session.add(snapshot)
        change.session.flush()
        return snapshot

    def list_snapshots(self, assessment_id: int) -> list[SnapshotData]:
        """The snapshots of an assessment, oldest first."""
        with self._reading() as session:
            row = rows.assessment(session, assessment_id)
            return [SnapshotData(s.id, s.label, s.created_at, s.level_id, s.residual,
                                 s.completeness)
                    for s in session.scalars(select(SnapshotRow).where(
                        SnapshotRow.assessment_id == row.id).order_by(SnapshotRow.id))]

    def snapshot_answers(self, snapshot_id: int) -> AnswersFile:
        """The answer set a snapshot froze, as an answers file."""
        with self._reading() as session:
            snapshot = session.get(SnapshotRow, inputs.record_id(snapshot_id, "snapshot"))
            if snapshot is None:
                raise NotFound(f"there is no snapshot {snapshot_id}")
            return AnswersFile.model_validate(json.loads(snapshot.answers))

    # --- the portable answers file ------------------------------------------------------

    def export_answers(self, assessment_id: int) -> AnswersFile:
        """The assessment as a portable answers file; importing it rebuilds it exactly."""
        with self._reading() as session:
            return self._answers_file(session, rows.assessment(session, assessment_id))

    def export_record(self, assessment_id: int) -> tuple[Questionnaire, AnswersFile]:
        """The pinned questionnaire and the answers file of an assessment, read together.

        One read, so that a report and its fingerprint describe one state of the record
        even while another program is writing to it.
        """
        with self._reading() as session:
            row = rows.assessment(session, assessment_id)
            return self._questionnaire_of(session, row), self._answers_file(session, row)

    def import_answers(self, answers: AnswersFile,
                       questionnaire: Questionnaire | None = None) -> int:
        """Create an assessment from an answers file; return its id.

        Everything is checked before anything is written: a file with any problem
        raises ``InvalidInput`` and the database does not change. Without
        ``questionnaire``, the one the file names is looked up among the stored
        copies and the installed questionnaires; a file that names a content
        fingerprint is only ever matched with exactly that content.
        """
        answers = exchange.storable(answers)
        if questionnaire is None:
            questionnaire = self._questionnaire_for_import(answers.questionnaire)
        checked, status = exchange.checked(answers, questionnaire)
        with self._changing() as change:
            copy_id = self._pinned.pin(change.session, questionnaire, change.now)
            return exchange.write_import(change, checked, questionnaire, copy_id, status).id

    def _questionnaire_for_import(self, ref: QuestionnaireRef) -> Questionnaire:
        with self._reading() as session:
            stored = self._pinned.find(session, ref.id, ref.version, ref.fingerprint)
            stored_versions = self._pinned.versions(session, ref.id)
        if stored is not None:
            return stored
        return exchange.installed_questionnaire(ref, stored_versions)

    # --- questionnaire versions ---------------------------------------------------------

    def newer_questionnaire(self, assessment_id: int) -> Questionnaire | None:
        """A newer installed version of the assessment's questionnaire, if there is one."""
        with self._reading() as session:
            pinned = self._questionnaire_of(session, rows.assessment(session, assessment_id))
        latest = load_catalog().find(pinned.id)
        return latest if latest is not None and is_newer(latest, pinned) else None

    def migrate_questionnaire(self, assessment_id: int, newer: Questionnaire, *,
                              apply: bool = False) -> QuestionnaireMigration:
        """What moving to ``newer`` carries and drops; with ``apply=True``, move.

        Answers, notes and evidence of questions whose meaning is unchanged are carried;
        the rest are listed as dropped. Before moving, a snapshot keeps the whole
        assessment as it was, so nothing dropped is lost.
        """
        if not isinstance(newer, Questionnaire):
            raise InvalidInput("the newer questionnaire must be a Questionnaire")
        if not apply:
            with self._reading() as session:
                row = rows.assessment(session, assessment_id)
                return pinning.migration_plan(self._pinned, session, row, newer)
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            plan = pinning.migration_plan(self._pinned, change.session, row, newer)
            self._snapshot(change, row, f"Before moving to version {newer.version}")
            pinning.move(self._pinned, change, row, newer, plan)
            return plan

    # --- audit trail --------------------------------------------------------------------

    def audit_trail(self, assessment_id: int | None = None) -> list[AuditEntry]:
        """The recorded changes, oldest first; of one assessment when an id is given."""
        if assessment_id is not None:
            inputs.record_id(assessment_id)
        with self._reading() as session:
            return audit.entries(session, assessment_id)

    def verify_audit(self) -> AuditReport:
        """Check the audit trail's hash chain and report where it is broken."""
        with self._reading() as session:
            return audit.verify(session)

    # --- backups ------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """The backups of this SQLite database, newest first (none for a server)."""
        path = self._target.sqlite_path
        return [] if path is None else [b.path for b in backups.list_backups(path)]

    def backup_now(self) -> Path:
        """Back the SQLite database up now; return the backup file.

        Backups taken on request are kept beside the daily ones (the newest seven).
        """
        return backups.make_backup(self._sqlite_path("backups"), "manual")

    def restore_backup(self, path: str | Path) -> None:
        """Replace the database's content with a backup's.

        The current content is backed up first (kept as a ``before-restore`` copy), and
        the restore itself is recorded in the restored database's audit trail.
        """
        database_path = self._sqlite_path("restoring a backup")
        chosen = Path(path)
        if chosen.exists() and chosen.resolve() == database_path.resolve():
            raise InvalidInput(f"{chosen} is the database itself, not a backup of it")
        backups.check_backup(chosen)
        try:
            plan = schema.plan_for(schema.inspect_sqlite(chosen), str(chosen))
        except StorageError as error:
            raise InvalidInput(str(error)) from None
        if plan is schema.Plan.CREATE:
            raise InvalidInput(f"{chosen} is an empty database, not a raiassess backup")
        backups.make_backup(database_path, "before-restore")
        self._engine.dispose()
        backups.copy_into(chosen, database_path, self._busy_timeout)
        with database.translated_errors(self.location, self._busy_timeout):
            if plan is schema.Plan.UPGRADE:
                schema.upgrade(self._engine, self._target)
        with self._changing() as change:
            change.audit.record(None, "restore", chosen.name, None, None)

    def _sqlite_path(self, what: str) -> Path:
        if self._target.sqlite_path is None:
            raise StorageError(f"{what} is for SQLite files; a PostgreSQL database is backed "
                               "up by its server (for example with pg_dump)")
        return self._target.sqlite_path
