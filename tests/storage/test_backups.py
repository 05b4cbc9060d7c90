"""Rolling daily backups of the SQLite file, and restoring one."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from raiassess.core.paths import data_dir
from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.backups import list_backups, make_backup
from raiassess.storage.errors import InvalidInput, StorageError
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import database_state, postgres_schema


def backup_files(service: AssessmentService) -> list[Path]:
    return [backup.path for backup in service.backups()]


def titles_in(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        return [row[0] for row in db.execute("SELECT title FROM assessments ORDER BY id")]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "assessments.sqlite3"


@pytest.fixture
def saved(path: Path, mini: Questionnaire) -> int:
    """A database with one assessment in it, closed."""
    with AssessmentService.open(str(path), user="alice") as service:
        assessment = service.create_assessment(mini, SystemData("Backed up"), "First")
        service.set_answer(assessment, "people", 10)
    return assessment


def test_opening_takes_one_private_backup_a_day(path: Path, saved: int) -> None:
    with AssessmentService.open(str(path)) as service:
        (backup,) = backup_files(service)
    assert backup.parent == data_dir() / "backups"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert titles_in(backup) == ["First"]
    with AssessmentService.open(str(path)) as service:
        assert backup_files(service) == [backup]
        newer = service.backup_now()
        assert backup_files(service) == [newer, backup]
        assert [b.kind for b in service.backups()] == ["manual", "daily"]
        assert service.backups_folder == backup.parent


def test_seven_days_are_kept_one_backup_each(path: Path, saved: int) -> None:
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    made = [make_backup(path, now=start + dt.timedelta(days=day)) for day in range(10)]
    evening = make_backup(path, now=start + dt.timedelta(days=9, hours=10))
    for count in range(9):
        make_backup(path, "before-upgrade", now=start + dt.timedelta(minutes=count))
    kept = list_backups(path)
    daily = [b.path for b in kept if b.kind == "daily"]
    assert daily == [evening, *reversed(made[3:9])]
    assert not made[9].exists(), "the earlier backup of the same day made way"
    assert len([b for b in kept if b.kind == "before-upgrade"]) == 7


def test_backups_within_one_second_keep_their_order(path: Path, saved: int) -> None:
    moment = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    daily = make_backup(path, now=moment)
    manual = make_backup(path, "manual", now=moment)
    another = make_backup(path, "manual", now=moment)
    assert [b.path for b in list_backups(path)] == [another, manual, daily]
    assert manual.name.endswith("Z-1.manual.sqlite3")


def test_backups_of_different_databases_do_not_mix(tmp_path: Path, path: Path,
                                                   saved: int) -> None:
    other = tmp_path / "other" / "assessments.sqlite3"
    other.parent.mkdir()
    shutil.copyfile(path, other)
    mine, theirs = make_backup(path), make_backup(other)
    assert [b.path for b in list_backups(path)] == [mine]
    assert [b.path for b in list_backups(other)] == [theirs]


def test_restoring_a_backup_brings_the_old_content_back(
        path: Path, saved: int, mini: Questionnaire) -> None:
    with AssessmentService.open(str(path), user="alice") as service:
        backup = service.backup_now()
        service.set_answer(saved, "people", 99)
        later = service.create_assessment(mini, SystemData("Added later"), "Second")
        service.restore_backup(backup)

        assert [s.title for s in service.list_assessments()] == ["First"]
        assert service.get_assessment(saved).answers["people"].value == 10
        assert service.verify_audit().ok
        assert service.audit_trail()[-1].action == "restore"
        (safety,) = [b.path for b in service.backups() if b.kind == "before-restore"]
        assert titles_in(safety) == ["First", "Second"], "the replaced content is kept"
        service.set_answer(saved, "people", 11)  # and work goes on
    assert later == 2


def test_a_bad_backup_is_refused_and_changes_nothing(tmp_path: Path, path: Path,
                                                     saved: int) -> None:
    url = str(path)
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(path.read_bytes()[:8192])
    with AssessmentService.open(url) as service:
        before = database_state(url)
        with pytest.raises(InvalidInput, match="is not a raiassess backup: it is not a SQLite"):
            service.restore_backup(text)
        with pytest.raises(InvalidInput, match="there is no backup file"):
            service.restore_backup(tmp_path / "missing.sqlite3")
        with pytest.raises(InvalidInput):
            service.restore_backup(damaged)
        with pytest.raises(InvalidInput, match="is the database itself"):
            service.restore_backup(path)
        assert database_state(url) == before
        assert service.get_assessment(saved).answers["people"].value == 10


def test_describing_a_database_only_reads(tmp_path: Path, path: Path, saved: int) -> None:
    missing = tmp_path / "not-yet.sqlite3"
    described = AssessmentService.describe(str(missing))
    assert (described.location, described.sqlite_path, described.backups) == (
        str(missing), missing, ())
    assert described.backups_folder == data_dir() / "backups"
    assert not missing.exists(), "describing a database does not create it"
    with AssessmentService.open(str(path)) as service:
        taken = service.backup_now()
        assert AssessmentService.describe(str(path)).backups == tuple(service.backups())
    assert AssessmentService.describe(str(path)).backups[0].path == taken


def test_postgres_databases_are_backed_up_by_their_server() -> None:
    with postgres_schema() as url, AssessmentService.open(url) as service:
        assert service.backups() == []
        assert service.backups_folder is None
        assert AssessmentService.describe(url).backups_folder is None
        with pytest.raises(StorageError, match="backed up by its server"):
            service.backup_now()
        with pytest.raises(StorageError, match="backed up by its server"):
            service.restore_backup("/nowhere.sqlite3")
