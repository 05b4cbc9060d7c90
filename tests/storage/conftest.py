"""Storage tests run twice: on a SQLite file and on a real PostgreSQL server.

``./scripts/test`` starts a private PostgreSQL server and exports its URL in
RAIASSESS_TEST_POSTGRES_URL. Without it the PostgreSQL half is skipped, saying why,
except in CI (``CI`` set), where a missing server fails the run instead.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.database import resolve
from raiassess.storage.models import Base
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData

POSTGRES_ENV = "RAIASSESS_TEST_POSTGRES_URL"
DATA = Path(__file__).parent / "data"
MINI = Path(__file__).parent.parent / "core" / "data" / "mini.yaml"


def postgres_base_url() -> str:
    """The test server's URL; skips (or, in CI, fails) the test when there is none."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        return url
    reason = (f"no PostgreSQL server: {POSTGRES_ENV} is not set "
              "(./scripts/test starts a local server where it can)")
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI the PostgreSQL tests must run", pytrace=False)
    pytest.skip(reason)


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections use a fresh, empty schema, dropped afterwards."""
    base = postgres_base_url()
    name = f"raiassess_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
        url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        admin.dispose()


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
def mini() -> Questionnaire:
    return load_questionnaire(MINI)


@pytest.fixture
def assessment(service: AssessmentService, mini: Questionnaire) -> int:
    """An assessment of the mini questionnaire with nothing answered yet."""
    return service.create_assessment(mini, SystemData("Triage assistant", owner="Dana",
                                                      team="Clinical AI"), "Spring review")


def database_state(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every raiassess table, to compare a database before and after a call."""
    engine = sa.create_engine(resolve(url).url)
    try:
        with engine.connect() as connection:
            return {table.name: sorted((tuple(row) for row in
                                        connection.execute(sa.select(table))), key=repr)
                    for table in Base.metadata.sorted_tables}
    finally:
        engine.dispose()
