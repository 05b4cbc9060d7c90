"""The database schema as typed SQLAlchemy models.

These rows stay inside ``raiassess.storage``: the service turns them into the plain
dataclasses of ``raiassess.storage.types`` before anything leaves. Every schema change
goes through a new Alembic revision in ``migrations/versions``; a test compares these
models with the result of running every revision, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from raiassess.core.answers import EARLIEST_YEAR, LATEST_YEAR
from raiassess.storage.errors import DatabaseDamaged

# Named constraints let later migrations on SQLite (which rebuild tables in batch mode)
# refer to a constraint by a name that is the same on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHORT = 500
"""Longest owner, team, title, author... the same limits as the answers file."""


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC, handed back timezone-aware on every database.

    SQLite has no time zones, so the value is stored as naive UTC there; PostgreSQL
    keeps ``timestamptz``. Either way the microseconds survive, which the audit
    trail's hashes rely on.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_CheckedSQLiteDateTime())  # type: ignore[no-untyped-call]
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value: dt.datetime | None,
                           dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None,
                             dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            raise DatabaseDamaged(_damaged(f"a time out of range ({value.isoformat()})"))
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def _damaged(what: str) -> str:
    return (f"the database holds {what}, which raiassess never writes: it was changed "
            "outside raiassess or is damaged; restore a backup (raiassess backup restore)")


class _CheckedSQLiteDateTime(sqlite.DATETIME):
    """SQLite's timestamp, read as a sentence rather than a traceback when the text in
    the file is not a time."""

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        parse = super().result_processor(dialect, coltype)

        def process(value: Any) -> Any:
            if value is None or parse is None:
                return value
            try:
                return parse(value)
            except (ValueError, TypeError):
                raise DatabaseDamaged(_damaged(f"a time that cannot be read "
                                               f"({str(value)[:40]!r})")) from None
        return process


class Base(DeclarativeBase):
    """The base of every raiassess table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime()}


class DatabaseInfo(Base):
    """Facts about the database itself; its presence marks a raiassess database."""

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(SHORT))


class SystemRow(Base):
    """An AI system under assessment; re-assessments of it share the row."""

    __tablename__ = "systems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(SHORT), default="")
    team: Mapped[str] = mapped_column(String(SHORT), default="")
    deployment_context: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]


class QuestionnaireCopy(Base):
    """A frozen copy of a questionnaire that at least one assessment was answered against.

    Assessments point here rather than at the file on disk, so editing or removing a
    questionnaire file never changes an assessment already started.
    """

    __tablename__ = "questionnaire_copies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    questionnaire_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(SHORT))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[str] = mapped_column(Text)
    """The questionnaire as JSON (``model_dump(mode="json", by_alias=True)``)."""
    stored_at: Mapped[dt.datetime]


class AssessmentRow(Base):
    """An assessment, with its score cached so that long lists stay fast."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("systems.id"), index=True)
    questionnaire_copy_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_copies.id"),
                                                       index=True)
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(SHORT), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(SHORT), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(index=True)
    # The score as of the last change, kept in the same transaction as the change.
    level_id: Mapped[str] = mapped_column(String(80), default="")
    level_label: Mapped[str] = mapped_column(String(SHORT), default="")
    level_color: Mapped[str] = mapped_column(String(7), default="")
    residual: Mapped[float] = mapped_column(Float, default=0.0)
    completeness: Mapped[float] = mapped_column(Float, default=0.0)


class AnswerRow(Base):
    """The answer to one question: its value (JSON), note, who gave it and when."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(80))
    value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(SHORT), default="")
    answered_at: Mapped[dt.datetime | None]


class EvidenceRow(Base):
    """A link or a file reference supporting the answer to a question."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))
    target: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(SHORT), default="")
    added_at: Mapped[dt.datetime]


class ActionRow(Base):
    """A mitigation action of an assessment's action plan."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(SHORT))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(SHORT), default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class ActionQuestionRow(Base):
    """A question a mitigation action addresses."""

    __tablename__ = "action_questions"

    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"),
                                           primary_key=True)
    question_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommentRow(Base):
    """A review comment on an assessment, or on one of its questions."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str | None] = mapped_column(String(80))
    author: Mapped[str] = mapped_column(String(SHORT), default="")
    role: Mapped[str] = mapped_column(String(SHORT), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]


class SnapshotRow(Base):
    """A frozen answer set (the answers file as JSON) and its scores."""

    __tablename__ = "snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(SHORT))
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(SHORT), default="")
    level_id: Mapped[str] = mapped_column(String(80))
    residual: Mapped[float] = mapped_column(Float)
    completeness: Mapped[float] = mapped_column(Float)
    answers: Mapped[str] = mapped_column(Text)
    scores: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """One recorded change, chained to the one before by its hash.

    ``assessment_id`` is deliberately not a foreign key: the trail of an assessment
    outlives the assessment when it is deleted.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    user: Mapped[str] = mapped_column(String(SHORT))
    assessment_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(SHORT), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The newest link of the audit chain (one row, id 1).

    Every writer locks this row first, which serialises writers on PostgreSQL the way
    ``BEGIN IMMEDIATE`` does on SQLite, and lets ``verify`` notice newest entries that
    were deleted.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
