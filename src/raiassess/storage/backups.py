"""Rolling backups of a SQLite database in the per-user data folder, and restoring one.

Backups are taken with SQLite's online backup API, which copies a consistent state
even while the database is in use, into a temporary file that is renamed into place
once complete: a crash never leaves half a backup that looks whole. One backup a day
is kept for the last seven days that had one; copies taken on request, before an
upgrade or before a restore are kept beside them (the newest seven of each kind).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from pathlib import Path

from raiassess.core.paths import data_dir, private_dir
from raiassess.storage.database import (
    SQLITE_MAGIC,
    DatabaseTarget,
    connect_read_only,
    default_database_path,
)
from raiassess.storage.errors import DatabaseBusy, DatabaseUnusable, InvalidInput, StorageError
from raiassess.storage.types import Backup, DatabaseDescription

DAYS_KEPT = 7
KINDS = ("daily", "manual", "before-upgrade", "before-restore")
SUFFIX = ".sqlite3"


def backups_location() -> Path:
    """Where the backups are kept (the folder may not exist yet)."""
    return data_dir() / "backups"


def sqlite_file(target: DatabaseTarget, what: str) -> Path:
    """The SQLite file ``what`` (backing up, restoring) needs; a server keeps its own."""
    if target.sqlite_path is None:
        raise StorageError(f"{what} is for SQLite files; a PostgreSQL database is backed "
                           "up by its server (for example with pg_dump)")
    return target.sqlite_path


def describe(target: DatabaseTarget) -> DatabaseDescription:
    """Where a database and its backups are; reading it changes nothing."""
    path = target.sqlite_path
    if path is None:
        return DatabaseDescription(target.location, None)
    return DatabaseDescription(target.location, path, backups_location(),
                               tuple(list_backups(path)))


def backups_dir() -> Path:
    """The folder holding the backups, created readable by its owner only."""
    return private_dir(backups_location())


def backup_prefix(database: Path) -> str:
    """The start of the names of a database's backups.

    The default database's backups are ``raiassess-...``; any other file's name gets
    a short hash of its path, so two ``team.sqlite3`` in different folders never mix.
    """
    if database == default_database_path():
        return "raiassess"
    digest = hashlib.sha256(str(database).encode("utf-8")).hexdigest()[:8]
    return f"{database.stem}-{digest}"


def _pattern(prefix: str) -> re.Pattern[str]:
    kinds = "|".join(re.escape(kind) for kind in KINDS[1:])
    return re.compile(rf"^{re.escape(prefix)}-(\d{{4}}-\d{{2}}-\d{{2}}T\d{{6}})Z(?:-(\d+))?"
                      rf"(?:\.({kinds}))?{re.escape(SUFFIX)}$")


def list_backups(database: Path) -> list[Backup]:
    """The backups of a database, newest first."""
    folder = backups_location()
    if not folder.is_dir():
        return []
    pattern = _pattern(backup_prefix(database))
    found: list[tuple[dt.datetime, int, Backup]] = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y-%m-%dT%H%M%S").replace(tzinfo=dt.UTC)
        # Backups within the same second are numbered -1, -2...: later ones sort newer.
        found.append((taken, int(match.group(2) or 0),
                      Backup(path, taken, match.group(3) or "daily")))
    return [backup for *_, backup in sorted(found, key=lambda item: item[:2], reverse=True)]


def make_backup(database: Path, kind: str = "daily", now: dt.datetime | None = None) -> Path:
    """Copy the database into the backups folder now; return the new file."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = backups_dir()
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stem = f"{backup_prefix(database)}-{moment:%Y-%m-%dT%H%M%S}Z"
    # Backups within the same second, of any kind, are numbered -1, -2... in the order
    # they were taken, so that the newest one is always known.
    tails = [_tail(k) for k in KINDS]
    name, count = stem, 1
    while any((folder / f"{name}{t}").exists() for t in tails):
        name, count = f"{stem}-{count}", count + 1
    target = folder / f"{name}{_tail(kind)}"
    partial = folder / f".{target.name}.part"
    try:
        copy_database(database, partial)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    _sync_folder(folder)
    prune(database)
    return target


def _tail(kind: str) -> str:
    return SUFFIX if kind == "daily" else f".{kind}{SUFFIX}"


def ensure_daily_backup(database: Path, now: dt.datetime | None = None) -> Path | None:
    """Take today's backup unless there is one already; return it if taken."""
    today = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).date()
    if any(b.kind == "daily" and b.taken_at.date() == today for b in list_backups(database)):
        return None
    return make_backup(database, "daily", now)


def prune(database: Path) -> None:
    """Delete the backups beyond what is kept: per day the newest, for seven days.

    Also removes partial files that a backup interrupted by a crash left behind (those
    older than an hour, so as not to disturb a backup another program is writing).
    """
    stale = dt.datetime.now(dt.UTC).timestamp() - 3600
    for partial in backups_dir().glob(f".{backup_prefix(database)}-*.part"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < stale:
                partial.unlink()
    kept_days: set[dt.date] = set()
    kept_of_kind: dict[str, int] = {}
    for backup in list_backups(database):  # newest first
        if backup.kind == "daily":
            day = backup.taken_at.date()
            keep = day not in kept_days and len(kept_days) < DAYS_KEPT
            if keep:
                kept_days.add(day)
        else:
            keep = kept_of_kind.get(backup.kind, 0) < DAYS_KEPT
            if keep:
                kept_of_kind[backup.kind] = kept_of_kind.get(backup.kind, 0) + 1
        if not keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()


def copy_database(source: Path, destination: Path) -> None:
    """Copy a consistent state of a SQLite database into a new private file."""
    descriptor = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    os.chmod(destination, 0o600)
    try:
        with contextlib.closing(connect_read_only(source)) as src, \
                contextlib.closing(sqlite3.connect(destination)) as dst:
            src.backup(dst)
            # A backup is one self-contained file, not a WAL database with side files.
            dst.execute("PRAGMA journal_mode = DELETE").close()
    except sqlite3.Error as error:
        raise StorageError(f"could not copy the database {source}: {error}") from None
    with open(destination, "rb") as handle:
        os.fsync(handle.fileno())


def check_backup(path: Path) -> None:
    """Refuse a file that is not a whole, readable SQLite database."""
    if not path.is_file():
        raise InvalidInput(f"there is no backup file {path}")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise InvalidInput(f"{path} is not a raiassess backup: it is not a SQLite "
                               "database file")
    try:
        with contextlib.closing(connect_read_only(path)) as db:
            verdict = db.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as error:
        raise InvalidInput(f"{path} is not a usable backup: {error}") from None
    if verdict is None or verdict[0] != "ok":
        raise InvalidInput(f"the backup {path} is damaged; choose another one")


def copy_into(backup: Path, database: Path, busy_timeout: float) -> None:
    """Replace the database's content with a backup's, in one transaction.

    The backup API writes through SQLite's locking, so other programs that have the
    database open see either the old content or the restored one.
    """
    try:
        with contextlib.closing(connect_read_only(backup)) as src, \
                contextlib.closing(sqlite3.connect(database, timeout=busy_timeout)) as dst:
            src.backup(dst)
    except sqlite3.Error as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseBusy(f"the database {database} is locked by another program; "
                               "nothing was restored, try again in a moment") from None
        raise DatabaseUnusable(f"could not restore {backup} into {database}: {error}") \
            from None


def _sync_folder(folder: Path) -> None:
    """Make a rename in the folder durable (where the platform allows it)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
