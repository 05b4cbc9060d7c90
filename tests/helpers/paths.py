"""Where the files the tests read are."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
REPO = TESTS.parent
#: The questionnaires (and other documents) of the core tests.
DATA = TESTS / "core" / "data"
#: A questionnaire with every question type and show_if.
MINI = DATA / "mini.yaml"
#: A format-2 questionnaire: screening questions, blocking findings, ranked recommendations.
SCREENING = DATA / "v2" / "screening.yaml"
#: A small database of each released schema (see tests/storage/make_schema_database.py).
SCHEMA_DATABASES = TESTS / "storage" / "data"
