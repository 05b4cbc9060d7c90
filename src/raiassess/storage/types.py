"""Plain, frozen data the service API hands to the GUI, the CLI and the report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from raiassess.core.questionnaire import Questionnaire


@dataclass(frozen=True)
class SystemData:
    """The AI system under assessment."""

    name: str
    description: str = ""
    owner: str = ""
    team: str = ""
    deployment_context: str = ""


@dataclass(frozen=True)
class AssessmentSummary:
    """One row of the assessments list."""

    id: int
    title: str
    system_name: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_title: str
    status: str
    level_id: str
    level_label: str
    level_color: str
    residual: float
    completeness: float
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def complete(self) -> bool:
        """Every required question asked is answered: the level is final, not a draft's."""
        return self.completeness >= 100


@dataclass(frozen=True)
class EvidenceData:
    """A link or file reference supporting an answer."""

    id: int
    question_id: str
    kind: str  # "link" or "file"
    target: str
    description: str = ""


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as stored: value, note, evidence, who and when."""

    question_id: str
    value: Any
    note: str = ""
    evidence: tuple[EvidenceData, ...] = ()
    answered_by: str = ""
    answered_at: dt.datetime | None = None


@dataclass(frozen=True)
class ActionData:
    """A mitigation action of the action plan."""

    id: int
    title: str
    description: str = ""
    owner: str = ""
    due: dt.date | None = None
    status: str = "open"
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class CommentData:
    """A review comment on the assessment or on one question."""

    id: int
    text: str
    author: str = ""
    role: str = ""
    question_id: str | None = None
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class SnapshotData:
    """A frozen answer set with its scores."""

    id: int
    label: str
    created_at: dt.datetime
    level_id: str
    residual: float
    completeness: float


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change."""

    id: int
    at: dt.datetime
    user: str
    assessment_id: int | None
    action: str
    target: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class AuditReport:
    """The result of checking the audit trail's hash chain."""

    ok: bool
    entries: int
    problems: tuple[str, ...] = ()
    head_hash: str = ""
    """The hash of the newest entry: noted elsewhere, it anchors the chain."""


@dataclass(frozen=True)
class AssessmentDetail:
    """Everything about one assessment, ready to show or report."""

    summary: AssessmentSummary
    system: SystemData
    questionnaire: Questionnaire
    answers: dict[str, StoredAnswer] = field(default_factory=dict)
    actions: tuple[ActionData, ...] = ()
    comments: tuple[CommentData, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class QuestionnaireMigration:
    """What moving an assessment to a newer questionnaire version keeps and drops."""

    from_version: str
    to_version: str
    carried: tuple[str, ...]
    dropped: tuple[str, ...]
    """Question ids whose answers cannot be carried (removed or changed questions)."""


@dataclass(frozen=True)
class Backup:
    """A backup of a SQLite database: its file, when it was taken, and why."""

    path: Path
    taken_at: dt.datetime
    kind: str
    """``daily``, ``manual`` (taken on request), ``before-upgrade`` or ``before-restore``."""


@dataclass(frozen=True)
class DatabaseDescription:
    """Where a database and its backups are, found without opening the database."""

    location: str
    """What to show users: the file path, or the URL without its password."""
    sqlite_path: Path | None
    """The SQLite file; None for a database server, which keeps its own backups."""
    backups_folder: Path | None = None
    """Where raiassess keeps the backups of a SQLite file (the folder may not exist yet)."""
    backups: tuple[Backup, ...] = ()
    """Its backups, newest first."""
