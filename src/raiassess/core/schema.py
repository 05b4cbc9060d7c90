"""The JSON Schema of the questionnaire format, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from raiassess.core.questionnaire import Questionnaire


def questionnaire_schema() -> dict[str, Any]:
    """The JSON Schema that questionnaire files follow (for editors' completion)."""
    schema = Questionnaire.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            **schema}


def questionnaire_schema_text() -> str:
    """The schema as the JSON text shipped in ``questionnaires/schema.json``."""
    return json.dumps(questionnaire_schema(), indent=2, ensure_ascii=False) + "\n"
