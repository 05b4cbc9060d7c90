"""The first schema: systems, assessments, answers, evidence, actions, comments,
snapshots and the hash-chained audit trail.

Revision ID: 0001
Revises:
Create Date: 2025-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

GENESIS = "0" * 64


def _moment() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table, mark the database as raiassess's and start the audit chain."""
    info = op.create_table(
        "database_info",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_info")),
    )
    op.create_table(
        "systems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(500), nullable=False),
        sa.Column("team", sa.String(500), nullable=False),
        sa.Column("deployment_context", sa.Text(), nullable=False),
        sa.Column("created_at", _moment(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_systems")),
    )
    op.create_table(
        "questionnaire_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.String(80), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("stored_at", _moment(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_copies")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_questionnaire_copies_fingerprint")),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("system_id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_copy_id", sa.Integer(), nullable=False),
        sa.Column("based_on_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", _moment(), nullable=False),
        sa.Column("created_by", sa.String(500), nullable=False),
        sa.Column("updated_at", _moment(), nullable=False),
        sa.Column("level_id", sa.String(80), nullable=False),
        sa.Column("level_label", sa.String(500), nullable=False),
        sa.Column("level_color", sa.String(7), nullable=False),
        sa.Column("residual", sa.Float(), nullable=False),
        sa.Column("completeness", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["system_id"], ["systems.id"],
                                name=op.f("fk_assessments_system_id_systems")),
        sa.ForeignKeyConstraint(
            ["questionnaire_copy_id"], ["questionnaire_copies.id"],
            name=op.f("fk_assessments_questionnaire_copy_id_questionnaire_copies")),
        sa.ForeignKeyConstraint(["based_on_id"], ["assessments.id"], ondelete="SET NULL",
                                name=op.f("fk_assessments_based_on_id_assessments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    op.create_index(op.f("ix_assessments_system_id"), "assessments", ["system_id"])
    op.create_index(op.f("ix_assessments_questionnaire_copy_id"), "assessments",
                    ["questionnaire_copy_id"])
    op.create_index(op.f("ix_assessments_updated_at"), "assessments", ["updated_at"])

    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(80), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(500), nullable=False),
        sa.Column("answered_at", _moment(), nullable=True),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_answers_assessment_id_assessments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
        sa.UniqueConstraint("assessment_id", "question_id",
                            name=op.f("uq_answers_assessment_id")),
    )
    op.create_index(op.f("ix_answers_assessment_id"), "answers", ["assessment_id"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(500), nullable=False),
        sa.Column("added_at", _moment(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_evidence_assessment_id_assessments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    op.create_index(op.f("ix_evidence_assessment_id"), "evidence", ["assessment_id"])

    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(500), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", _moment(), nullable=False),
        sa.Column("updated_at", _moment(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_actions_assessment_id_assessments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    op.create_index(op.f("ix_actions_assessment_id"), "actions", ["assessment_id"])

    op.create_table(
        "action_questions",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], ondelete="CASCADE",
                                name=op.f("fk_action_questions_action_id_actions")),
        sa.PrimaryKeyConstraint("action_id", "question_id", name=op.f("pk_action_questions")),
    )

    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(80), nullable=True),
        sa.Column("author", sa.String(500), nullable=False),
        sa.Column("role", sa.String(500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", _moment(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_comments_assessment_id_assessments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
    )
    op.create_index(op.f("ix_comments_assessment_id"), "comments", ["assessment_id"])

    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(500), nullable=False),
        sa.Column("created_at", _moment(), nullable=False),
        sa.Column("created_by", sa.String(500), nullable=False),
        sa.Column("level_id", sa.String(80), nullable=False),
        sa.Column("residual", sa.Float(), nullable=False),
        sa.Column("completeness", sa.Float(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("scores", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name=op.f("fk_snapshots_assessment_id_assessments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshots")),
    )
    op.create_index(op.f("ix_snapshots_assessment_id"), "snapshots", ["assessment_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", _moment(), nullable=False),
        sa.Column("user", sa.String(500), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(500), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_assessment_id"), "audit_log", ["assessment_id"])

    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.bulk_insert(info, [{"key": "application", "value": "raiassess"}])
    op.bulk_insert(head, [{"id": 1, "last_id": 0, "last_hash": GENESIS}])


def downgrade() -> None:
    """Drop every table (this loses all data; raiassess itself never downgrades)."""
    for table in ("audit_head", "audit_log", "snapshots", "comments", "action_questions",
                  "actions", "evidence", "answers", "assessments", "questionnaire_copies",
                  "systems", "database_info"):
        op.drop_table(table)
