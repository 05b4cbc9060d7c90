"""The action plan: the fields of a mitigation action, checked, and how they are recorded."""

from __future__ import annotations

import dataclasses
from typing import Any

from raiassess.storage import inputs
from raiassess.storage.errors import InvalidInput
from raiassess.storage.types import ActionData

ACTION_FIELDS = ("title", "description", "owner", "due", "status", "questions")
"""What ``add_action`` takes and ``update_action`` changes."""


def action_fields(given: dict[str, Any]) -> dict[str, Any]:
    """The fields of an action, checked (all but its questions, which need the questionnaire)."""
    checks = {
        "title": lambda v: inputs.short(v, "the action's title", required=True).strip(),
        "description": lambda v: inputs.text(v, "the action's description"),
        "owner": lambda v: inputs.short(v, "the action's owner"),
        "due": inputs.due_date,
        "status": inputs.action_status,
    }
    return {name: checks[name](value) for name, value in given.items()}


def changed_fields(given: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """The fields an update changes, checked, and its questions (None: left as they are)."""
    unknown = sorted(set(given) - set(ACTION_FIELDS))
    if unknown:
        raise InvalidInput(f"an action has no field {unknown[0]!r}; its fields are "
                           f"{', '.join(ACTION_FIELDS)}")
    fields = dict(given)
    questions = fields.pop("questions", None)
    return action_fields(fields), questions


def action_json(action: ActionData) -> dict[str, Any]:
    """An action as the audit trail records it (its id is in the entry's target)."""
    data = dataclasses.asdict(action)
    data.pop("id", None)
    return data
