"""Schema migrations: every released schema upgrades; newer and foreign files are refused."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from raiassess.core.paths import data_dir
from raiassess.storage.backups import list_backups
from raiassess.storage.database import resolve
from raiassess.storage.errors import DatabaseTooNew, DatabaseUnusable
from raiassess.storage.models import Base
from raiassess.storage.schema import head_revision, known_revisions
from raiassess.storage.service import AssessmentService
from tests.helpers.databases import postgres_schema
from tests.helpers.paths import SCHEMA_DATABASES

from .make_schema_database import SAMPLE_ANSWERS, SAMPLE_TITLE

SCHEMA_FILES = sorted(SCHEMA_DATABASES.glob("schema-*.sqlite3"))


def revision_of(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in a folder with the SHA-256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_every_released_schema_has_a_sample_database() -> None:
    assert {revision_of(path) for path in SCHEMA_FILES} == set(known_revisions())
    for path in SCHEMA_FILES:
        assert path.name == f"schema-{revision_of(path)}.sqlite3"


@pytest.mark.parametrize("sample", SCHEMA_FILES, ids=lambda p: p.stem)
def test_each_released_schema_opens_and_upgrades_with_its_data(
        sample: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(sample, path)
    original = path.read_bytes()
    with AssessmentService.open(str(path), user="upgrader") as service:
        (summary,) = service.list_assessments()
        assert summary.title == SAMPLE_TITLE
        detail = service.get_assessment(summary.id)
        assert {q: a.value for q, a in detail.answers.items()} == SAMPLE_ANSWERS
        assert service.score(summary.id).residual == summary.residual == 60.0
        assert service.verify_audit().ok
        assert len(service.list_snapshots(summary.id)) == 1
        service.set_answer(summary.id, "people", 10)  # and it takes new changes
    assert revision_of(path) == head_revision()
    before_upgrade = [b for b in list_backups(path) if b.kind == "before-upgrade"]
    if revision_of(sample) == head_revision():
        assert before_upgrade == []
    else:
        (backup,) = before_upgrade
        assert backup.path.read_bytes() == original


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_the_migrations_build_exactly_the_models(kind: str, tmp_path: Path) -> None:
    with contextlib.ExitStack() as stack:
        url = f"sqlite:///{tmp_path / 'db.sqlite3'}" if kind == "sqlite" else \
            stack.enter_context(postgres_schema())
        AssessmentService.open(url).close()
        engine = sa.create_engine(resolve(url).url)
        stack.callback(engine.dispose)
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(
                connection, opts={"compare_type": True}), Base.metadata)
        assert differences == []


def stamp_newer(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        db.commit()


def test_a_newer_database_is_refused_and_left_byte_for_byte_untouched(
        tmp_path: Path, mini: object) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "newer.sqlite3"
    AssessmentService.open(str(path)).close()
    stamp_newer(path)
    files = fingerprint(folder)
    backups_before = list_backups(path)
    with pytest.raises(DatabaseTooNew) as raised:
        AssessmentService.open(str(path))
    assert str(raised.value) == (
        f"the database {path} was written by a newer version of raiassess (schema "
        f"9999_from_the_future, this version knows up to {head_revision()}); it was left "
        "untouched, update raiassess to open it")
    assert fingerprint(folder) == files
    assert list_backups(path) == backups_before


def test_a_newer_postgres_database_is_refused() -> None:
    with postgres_schema() as url:
        AssessmentService.open(url).close()
        engine = sa.create_engine(resolve(url).url)
        try:
            with engine.begin() as connection:
                connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
            with pytest.raises(DatabaseTooNew, match="written by a newer version"):
                AssessmentService.open(url)
            with engine.connect() as connection:
                assert connection.execute(sa.text(
                    "SELECT version_num FROM alembic_version")).scalar() == "9999"
        finally:
            engine.dispose()


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
        db.commit()
    files = fingerprint(tmp_path)
    with pytest.raises(DatabaseUnusable, match=r"photos.db is not a raiassess database: it "
                                               r"holds tables of another program \(photos\)"):
        AssessmentService.open(str(path))
    assert fingerprint(tmp_path) == files


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list\n- milk\n", encoding="utf-8")
    with pytest.raises(DatabaseUnusable) as raised:
        AssessmentService.open(str(path))
    assert str(raised.value) == (f"{path} is not a raiassess database: it is not a SQLite "
                                 "database file")
    assert path.read_text(encoding="utf-8") == "Shopping list\n- milk\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_damaged_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    AssessmentService.open(str(path)).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnusable, match="is damaged or not a database"):
        AssessmentService.open(str(path))


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable, match="is a folder, not a database file"):
        AssessmentService.open(str(tmp_path))


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with AssessmentService.open(str(path)) as service:
        assert service.list_assessments() == []
    assert revision_of(path) == head_revision()


def test_opening_an_untouched_database_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    AssessmentService.open(str(path)).close()
    AssessmentService.open(str(path)).close()
    assert list_backups(path) == []
    assert not (data_dir() / "backups").exists() or \
        not any((data_dir() / "backups").iterdir())
