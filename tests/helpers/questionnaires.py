"""Questionnaires a test writes into the user's folder, made from the mini questionnaire."""

from __future__ import annotations

from typing import Any

import yaml

from raiassess.core.loader import load_questionnaire
from raiassess.core.paths import user_questionnaires_dir
from raiassess.core.questionnaire import Questionnaire
from tests.helpers.paths import MINI


def mini_data() -> dict[str, Any]:
    """The mini questionnaire's document, to change before installing it."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def install(data: dict[str, Any], name: str) -> Questionnaire:
    """Write a questionnaire document into the user's questionnaire folder and load it."""
    path = user_questionnaires_dir() / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_questionnaire(path)
