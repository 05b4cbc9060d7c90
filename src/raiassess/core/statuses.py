"""The life cycles raiassess tracks, named once: an assessment's and an action's.

Each status is an id, stored in the database and the answers file, with the English
label a report prints. The desktop app shows its own translation of each label,
keyed by these ids.
"""

from __future__ import annotations

from typing import Literal, get_args

ASSESSMENT_STATUS_LABELS = {"draft": "Draft", "in_review": "In review",
                            "approved": "Approved", "rejected": "Rejected"}
ASSESSMENT_STATUSES = tuple(ASSESSMENT_STATUS_LABELS)
"""An assessment's stages, in the order they come."""

ActionStatus = Literal["open", "in_progress", "done", "cancelled"]
ACTION_STATUSES: tuple[str, ...] = get_args(ActionStatus)
"""An action's stages, in the order they come."""
ACTION_STATUS_LABELS = dict(zip(ACTION_STATUSES, ("Open", "In progress", "Done", "Cancelled"),
                                strict=True))

OPEN_ACTION_STATUSES = ("open", "in_progress")
"""The stages of an action that is not finished: overdue when past its due date, and
carried into a re-assessment."""


def status_label(status: str) -> str:
    """How an assessment's status reads: ``in_review`` is "In review"; free text stays."""
    return ASSESSMENT_STATUS_LABELS.get(status, status)


def action_status_label(status: str) -> str:
    """How an action's status reads: ``in_progress`` is "In progress"."""
    return ACTION_STATUS_LABELS.get(status, status)
