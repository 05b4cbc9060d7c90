"""The databases of the storage tests: a fresh PostgreSQL schema for a test (the server is
the one ``./scripts/test`` starts; see tests/storage/conftest.py), and every row of a
database, to compare it before and after a call."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from raiassess.storage.database import resolve
from raiassess.storage.models import Base

POSTGRES_ENV = "RAIASSESS_TEST_POSTGRES_URL"


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
