"""The storage service: the one way the GUI and the CLI read and change assessments.

Every public method is one unit of work: it opens a session, does its reads or its
change, and (for a change) records it in the audit trail and commits, all in one
transaction. A change has reached the disk when the method returns; a refused input
raises ``InvalidInput`` and leaves the database as it was. Methods take and return
plain data (``raiassess.storage.types``, core objects); rows never leave this package.

The methods check what they are given and find the rows a change is about; the work
itself is done by the modules below: ``changes`` (each change's body), ``exchange``
(importing answers files), ``pinning`` (questionnaire versions), ``opening`` (opening
and restoring the database), ``records`` (reading) and ``rows`` (writing rows).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from raiassess.core import files
from raiassess.core.answers import AnswersFile
from raiassess.core.catalog import bundled_dir, load_catalog
from raiassess.core.paths import user_questionnaires_dir
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score
from raiassess.storage import (
    audit,
    backups,
    changes,
    database,
    exchange,
    inputs,
    opening,
    pinning,
    plan,
    records,
    rows,
)
from raiassess.storage.database import DEFAULT_BUSY_TIMEOUT, DatabaseTarget
from raiassess.storage.errors import InvalidInput
from raiassess.storage.models import AssessmentRow, QuestionnaireCopy, SnapshotRow
from raiassess.storage.pinning import PinnedQuestionnaires
from raiassess.storage.rows import Change
from raiassess.storage.types import (
    ActionData,
    AssessmentDetail,
    AssessmentSummary,
    AuditEntry,
    AuditReport,
    Backup,
    CommentData,
    DatabaseDescription,
    EvidenceData,
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
        service = cls(opening.open_engine(target, busy_timeout), target, who, busy_timeout)
        service._protect_files()
        return service

    def close(self) -> None:
        """Close every connection to the database."""
        self._engine.dispose()

    def _protect_files(self) -> None:
        """No write of this program may go over the questionnaires it reads, nor over a
        SQLite database, its journals or its backups, even after the database is closed
        (an export runs after reading)."""
        files.protect(bundled_dir(), "the folder of the bundled questionnaires", folder=True)
        files.protect(user_questionnaires_dir(), "the folder of your questionnaires",
                      folder=True)
        path = self._target.sqlite_path
        if path is None:
            return
        files.protect(path, "the assessment database")
        for suffix in ("-wal", "-shm", "-journal"):
            files.protect(path.with_name(path.name + suffix),
                          "a journal of the assessment database")
        files.protect(backups.backups_location(), "the folder of the database's backups",
                      folder=True)

    def __enter__(self) -> AssessmentService:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for a database server."""
        return self._target.sqlite_path

    # --- units of work ------------------------------------------------------------------

    def _reading(self) -> contextlib.AbstractContextManager[Session]:
        return database.reading(self._engine, self.location, self._busy_timeout)

    def _changing(self) -> contextlib.AbstractContextManager[Change]:
        return rows.changing(self._engine, self.location, self._busy_timeout, self.user)

    def _assessment(self, session: Session, assessment_id: Any
                    ) -> tuple[AssessmentRow, Questionnaire]:
        """An assessment's row and the questionnaire it is pinned to."""
        row = rows.assessment(session, assessment_id)
        return row, self._pinned.get(session, row.questionnaire_copy_id)

    def _answers_file(self, session: Session, row: AssessmentRow) -> AnswersFile:
        copy = session.get_one(QuestionnaireCopy, row.questionnaire_copy_id)
        return records.answers_file(session, row, self._pinned.get(session, copy.id),
                                    copy.fingerprint)

    # --- questionnaires -----------------------------------------------------------------

    def questionnaires(self) -> list[Questionnaire]:
        """The bundled and user questionnaires, the latest version of each id."""
        return load_catalog().latest()

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
            return changes.create(change, copy_id, questionnaire, system, title).id

    def get_assessment(self, assessment_id: int) -> AssessmentDetail:
        """Everything about one assessment."""
        with self._reading() as session:
            return records.detail(session, *self._assessment(session, assessment_id))

    def list_assessments(self, search: str = "",
                         include_archived: bool = False) -> list[AssessmentSummary]:
        """The assessments, newest edit first; ``search`` matches title, system, owner, team."""
        query = records.list_query(inputs.short(search, "the search text").strip(),
                                   include_archived)
        with self._reading() as session:
            return [records.summary(found) for found in session.execute(query)]

    def score(self, assessment_id: int) -> ScoreResult:
        """The full score of an assessment's answers."""
        with self._reading() as session:
            row, questionnaire = self._assessment(session, assessment_id)
            return score(questionnaire, records.answer_values(session, row.id))

    # --- answers, notes, evidence -------------------------------------------------------

    def set_answer(self, assessment_id: int, question_id: str, value: Any) -> ScoreResult:
        """Answer a question (``None`` clears the answer); return the new score."""
        with self._changing() as change:
            row, questionnaire = self._assessment(change.session, assessment_id)
            question = inputs.question(questionnaire, question_id)
            checked = None if value is None else inputs.answer(question, value)
            return changes.store_answer(change, row, questionnaire, question.id, checked)

    def set_note(self, assessment_id: int, question_id: str, note: str) -> None:
        """Attach a note to a question's answer (empty text removes it)."""
        note = inputs.text(note, f"the note on question {question_id}")
        with self._changing() as change:
            row, questionnaire = self._assessment(change.session, assessment_id)
            changes.store_note(change, row, inputs.question(questionnaire, question_id).id, note)

    def add_evidence(self, assessment_id: int, question_id: str, kind: str, target: str,
                     description: str = "") -> EvidenceData:
        """Add a link or a file reference supporting an answer; return it as stored."""
        kind = inputs.evidence_kind(kind)
        target = inputs.text(target, "the evidence's link or file", inputs.TARGET_LIMIT,
                             required=True).strip()
        description = inputs.text(description, "the evidence's description")
        with self._changing() as change:
            row, questionnaire = self._assessment(change.session, assessment_id)
            question = inputs.question(questionnaire, question_id)
            return changes.add_evidence(change, row, question.id, kind=kind, target=target,
                                        description=description)

    def remove_evidence(self, evidence_id: int) -> None:
        """Remove a piece of evidence."""
        with self._changing() as change:
            changes.remove_evidence(change, rows.evidence(change.session, evidence_id))

    # --- the assessment's own fields ----------------------------------------------------

    def update_system(self, assessment_id: int, system: SystemData) -> SystemData:
        """Change the description of the assessed system; return it as stored.

        When earlier assessments of the same system share its record, this assessment
        gets its own copy, so that they keep describing the system as it was.
        """
        system = inputs.system(system)
        with self._changing() as change:
            return changes.store_system(change, rows.assessment(change.session, assessment_id),
                                        system)

    def set_title(self, assessment_id: int, title: str) -> str:
        """Rename an assessment; return the title as stored."""
        return self._set_field(assessment_id, "title", inputs.short(title, "the title").strip())

    def set_notes(self, assessment_id: int, text: str) -> None:
        """Set the assessment's general notes."""
        self._set_field(assessment_id, "notes", inputs.text(text, "the notes"))

    def set_status(self, assessment_id: int, status: str) -> None:
        """Move an assessment through its life cycle (``core.statuses.ASSESSMENT_STATUSES``)."""
        self._set_field(assessment_id, "status", inputs.status(status))

    def _set_field(self, assessment_id: int, name: str, value: str) -> str:
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            return changes.store_field(change, row, name, value)

    # --- action plan and review comments ------------------------------------------------

    def add_action(self, assessment_id: int, title: str, *, description: str = "",
                   owner: str = "", due: dt.date | None = None, status: str = "open",
                   questions: Iterable[str] = ()) -> ActionData:
        """Add a mitigation action to the plan; return it as stored."""
        fields = plan.action_fields({"title": title, "description": description,
                                     "owner": owner, "due": due, "status": status})
        with self._changing() as change:
            row, questionnaire = self._assessment(change.session, assessment_id)
            linked = inputs.questions(questionnaire, questions)
            return changes.add_action(change, row, fields, linked)

    def update_action(self, action_id: int, **fields: Any) -> ActionData:
        """Change some fields of an action (those of ``add_action``); return it as stored."""
        checked, questions = plan.changed_fields(fields)
        with self._changing() as change:
            action, row, before = rows.action_before(change.session, action_id)
            linked = None if questions is None else inputs.questions(
                self._pinned.get(change.session, row.questionnaire_copy_id), questions)
            return changes.update_action(change, action, row, before, fields=checked,
                                         questions=linked)

    def delete_action(self, action_id: int) -> None:
        """Remove an action from the plan."""
        with self._changing() as change:
            changes.delete_action(change, *rows.action_before(change.session, action_id))

    def add_comment(self, assessment_id: int, text: str, *, author: str = "", role: str = "",
                    question_id: str | None = None) -> CommentData:
        """Add a review comment (by default from the service's user); return it as stored."""
        text = inputs.text(text, "the comment", required=True)
        author = inputs.short(author, "the comment's author").strip() or self.user
        role = inputs.short(role, "the reviewer's role")
        with self._changing() as change:
            row, questionnaire = self._assessment(change.session, assessment_id)
            if question_id is not None:
                question_id = inputs.question(questionnaire, question_id).id
            return changes.add_comment(change, row, question_id=question_id, author=author,
                                       role=role, text=text)

    # --- whole assessments --------------------------------------------------------------

    def duplicate(self, assessment_id: int, title: str | None = None) -> int:
        """Start a re-assessment pre-filled with the answers, notes, evidence and open actions."""
        if title is not None:
            title = inputs.short(title, "the title").strip()
        with self._changing() as change:
            old, questionnaire = self._assessment(change.session, assessment_id)
            return changes.duplicate(change, old, questionnaire, title).id

    def archive(self, assessment_id: int, archived: bool = True) -> None:
        """Hide an assessment from the default list (or bring it back)."""
        if not isinstance(archived, bool):
            raise InvalidInput("archived is true or false")
        with self._changing() as change:
            changes.archive(change, rows.assessment(change.session, assessment_id), archived)

    def delete(self, assessment_id: int) -> None:
        """Delete an assessment and everything in it.

        The audit trail keeps the deletion with the whole assessment as it was (its
        answers file), so even a deletion loses nothing for good.
        """
        with self._changing() as change:
            row = rows.assessment(change.session, assessment_id)
            changes.delete_assessment(change, row, self._answers_file(change.session, row))

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
        questionnaire = self._pinned.get(change.session, row.questionnaire_copy_id)
        answers = self._answers_file(change.session, row)
        return rows.new_snapshot(change, row, questionnaire, answers, label)

    def list_snapshots(self, assessment_id: int) -> list[SnapshotData]:
        """The snapshots of an assessment, oldest first."""
        with self._reading() as session:
            return records.snapshots(session, rows.assessment(session, assessment_id).id)

    def snapshot_answers(self, snapshot_id: int) -> AnswersFile:
        """The answer set a snapshot froze, as an answers file."""
        with self._reading() as session:
            return records.snapshot_answers(session, inputs.record_id(snapshot_id, "snapshot"))

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
            row, questionnaire = self._assessment(session, assessment_id)
            return questionnaire, self._answers_file(session, row)

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
            ref = answers.questionnaire
            with self._reading() as session:
                stored = self._pinned.find(session, ref.id, ref.version, ref.fingerprint)
                stored_versions = self._pinned.versions(session, ref.id)
            questionnaire = stored if stored is not None else \
                exchange.installed_questionnaire(ref, stored_versions)
        checked, status = exchange.checked(answers, questionnaire)
        with self._changing() as change:
            copy_id = self._pinned.pin(change.session, questionnaire, change.now)
            return exchange.write_import(change, checked, questionnaire, copy_id, status).id

    # --- questionnaire versions ---------------------------------------------------------

    def newer_questionnaire(self, assessment_id: int) -> Questionnaire | None:
        """A newer installed version of the assessment's questionnaire, if there is one."""
        with self._reading() as session:
            _, pinned = self._assessment(session, assessment_id)
        return pinning.newer_installed(pinned)

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
            migration = pinning.migration_plan(self._pinned, change.session, row, newer)
            self._snapshot(change, row, f"Before moving to version {newer.version}")
            pinning.move(self._pinned, change, row, newer, migration)
            return migration

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

    @staticmethod
    def describe(url: str | None = None) -> DatabaseDescription:
        """Where the database ``open(url)`` would open is, and its backups; this only
        reads (the database is neither created, nor opened, nor upgraded)."""
        return backups.describe(database.resolve(url))

    def backups(self) -> list[Backup]:
        """The backups of this SQLite database, newest first (none for a server)."""
        return list(backups.describe(self._target).backups)

    @property
    def backups_folder(self) -> Path | None:
        """Where the backups of this SQLite database are kept (None for a server)."""
        return None if self._target.sqlite_path is None else backups.backups_location()

    def backup_now(self) -> Path:
        """Back the SQLite database up now; return the backup file.

        Backups taken on request are kept beside the daily ones (the newest seven).
        """
        return backups.make_backup(backups.sqlite_file(self._target, "backups"), "manual")

    def restore_backup(self, path: str | Path) -> None:
        """Replace the database's content with a backup's.

        The current content is backed up first (kept as a ``before-restore`` copy), and
        the restore itself is recorded in the restored database's audit trail.
        """
        chosen = Path(path)
        opening.restore(self._engine, self._target, chosen, self._busy_timeout)
        with self._changing() as change:
            change.audit.record(None, "restore", chosen.name, None, None)
