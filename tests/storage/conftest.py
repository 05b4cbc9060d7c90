"""Storage tests run twice: on a SQLite file and on a real PostgreSQL server.

``./scripts/test`` starts a private PostgreSQL server and exports its URL in
RAIASSESS_TEST_POSTGRES_URL. Without it the PostgreSQL half is skipped, saying why,
except in CI (``CI`` set), where a missing server fails the run instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import postgres_schema


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a fresh, empty database: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'assessments.sqlite3'}"
    else:
        with postgres_schema() as url:
            yield url


@pytest.fixture
def service(db_url: str) -> Iterator[AssessmentService]:
    with AssessmentService.open(db_url, user="alice") as opened:
        yield opened


@pytest.fixture
def assessment(service: AssessmentService, mini: Questionnaire) -> int:
    """An assessment of the mini questionnaire with nothing answered yet."""
    return service.create_assessment(mini, SystemData("Triage assistant", owner="Dana",
                                                      team="Clinical AI"), "Spring review")
