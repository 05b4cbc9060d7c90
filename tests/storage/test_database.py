"""Where the database lives, how SQLite is set up, and what a locked database says."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from raiassess.core.paths import data_dir
from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.database import resolve
from raiassess.storage.errors import DatabaseBusy, DatabaseUnusable, InvalidInput
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import database_state


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def test_the_default_database_is_a_private_file_in_the_data_folder(
        private_home: Path, mini: Questionnaire) -> None:
    # Even with a permissive umask the database and its side files stay private.
    with umask(0), AssessmentService.open(user="alice") as service:
        path = data_dir() / "raiassess.sqlite3"
        assert service.location == str(path) and service.database_path == path
        assert path.is_relative_to(private_home)
        service.set_answer(service.create_assessment(mini, SystemData("S")), "people", 1)
        side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
        assert all(p.exists() for p in side_files), "open in WAL mode"
        for file in [path, *side_files]:
            assert mode(file) == 0o600, file
        assert mode(data_dir()) == 0o700


def test_a_file_in_a_missing_folder_gets_a_private_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "team.sqlite3"
    with umask(0), AssessmentService.open(str(path)) as service:
        assert service.location == str(path)
    assert mode(path.parent) == 0o700 and mode(path) == 0o600


def test_sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    with AssessmentService.open(str(tmp_path / "db.sqlite3")) as service, \
            service._engine.connect() as connection:  # the connection settings themselves
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL: durable at commit
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() == 5000


def test_the_environment_variable_and_plain_paths_choose_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAIASSESS_DB", str(tmp_path / "from-env.sqlite3"))
    with AssessmentService.open() as service:
        assert service.location == str(tmp_path / "from-env.sqlite3")
    # An explicit URL wins over the environment.
    with AssessmentService.open(f"sqlite:///{tmp_path / 'given.sqlite3'}") as service:
        assert service.location == str(tmp_path / "given.sqlite3")
    monkeypatch.chdir(tmp_path)
    assert resolve("relative.sqlite3").sqlite_path == tmp_path / "relative.sqlite3"


def test_postgres_urls_use_psycopg_and_never_show_the_password() -> None:
    for given in ("postgresql://ann:hunter2@db.example:5433/rai",
                  "postgres://ann:hunter2@db.example:5433/rai",
                  "postgresql+psycopg://ann:hunter2@db.example:5433/rai"):
        target = resolve(given)
        assert target.url.drivername == "postgresql+psycopg"
        assert target.url.password == "hunter2"
        assert target.location == "postgresql+psycopg://ann@db.example:5433/rai"


@pytest.mark.parametrize(("url", "message"), [
    ("sqlite://", "in-memory database would lose every answer"),
    ("sqlite:///:memory:", "in-memory database would lose every answer"),
    ("mysql://root@localhost/rai", "SQLite or PostgreSQL, not in 'mysql' databases"),
])
def test_unusable_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(DatabaseUnusable, match=message):
        AssessmentService.open(url)


def test_an_unreachable_server_gives_one_clear_sentence() -> None:
    with pytest.raises(DatabaseUnusable) as raised:
        AssessmentService.open("postgresql://ann:hunter2@127.0.0.1:1/rai")
    message = str(raised.value)
    assert message.startswith("cannot use the database postgresql+psycopg://ann@127.0.0.1:1/rai")
    assert "hunter2" not in message and "\n" not in message


@contextlib.contextmanager
def write_lock(url: str) -> Iterator[None]:
    """Hold the database's write lock from another connection, as another program would."""
    target = resolve(url)
    if target.sqlite_path is not None:
        holder = sqlite3.connect(target.sqlite_path, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            yield
            holder.execute("ROLLBACK")
        finally:
            holder.close()
        return
    engine = sa.create_engine(target.url)
    try:
        with engine.connect() as connection, connection.begin():
            connection.execute(sa.text("SELECT * FROM audit_head FOR UPDATE"))
            yield
    finally:
        engine.dispose()


def test_a_locked_database_gives_a_clear_message_and_changes_nothing(
        db_url: str, mini: Questionnaire) -> None:
    with AssessmentService.open(db_url, user="alice", busy_timeout=0.3) as service:
        assessment = service.create_assessment(mini, SystemData("Locked"))
        before = database_state(db_url)
        with write_lock(db_url):
            with pytest.raises(DatabaseBusy) as raised:
                service.set_answer(assessment, "people", 5)
            assert str(raised.value) == (
                f"the database {service.location} is locked by another program and stayed "
                "locked for 0.3 s; nothing was changed, try again in a moment")
            # Reading goes on while another program writes.
            assert [s.id for s in service.list_assessments()] == [assessment]
        assert database_state(db_url) == before
        service.set_answer(assessment, "people", 5)
        assert service.get_assessment(assessment).answers["people"].value == 5


def test_logs_hold_no_answer_text(db_url: str, mini: Questionnaire,
                                  caplog: pytest.LogCaptureFixture) -> None:
    secret = "Patients of ward 7 are profiled"
    # Every logger at its most talkative, SQLAlchemy's SQL logging included.
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, "sqlalchemy"), \
            AssessmentService.open(db_url, user="alice") as service:
        assessment = service.create_assessment(mini, SystemData("Logged"))
        service.set_answer(assessment, "purpose", secret)
        service.set_note(assessment, "people", secret)
        service.add_comment(assessment, secret)
        service.export_answers(assessment)
        with pytest.raises(InvalidInput):
            service.set_answer(assessment, "people", secret)
    assert "INSERT INTO" in caplog.text or "UPDATE" in caplog.text, "SQL was logged"
    assert secret not in caplog.text
