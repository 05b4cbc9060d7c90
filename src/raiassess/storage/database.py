"""Where the database is, and engines set up for durability and clear errors.

The default database is one SQLite file in the per-user data folder. ``--db URL`` and
``RAIASSESS_DB`` point elsewhere: another SQLite file (a URL or a plain path) or a
PostgreSQL server. SQLite connections run in WAL mode with ``synchronous=FULL``, so a
commit has reached the disk when it returns, and with foreign keys on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from raiassess.core.paths import data_dir, private_dir
from raiassess.storage.errors import DatabaseBusy, DatabaseUnusable, StorageError

DATABASE_ENV = "RAIASSESS_DB"
DEFAULT_FILE_NAME = "raiassess.sqlite3"
DEFAULT_BUSY_TIMEOUT = 5.0
"""Seconds to wait for another program's lock before giving up."""

SQLITE_MAGIC = b"SQLite format 3\x00"

#: Execution option that makes a SQLite transaction take the write lock at BEGIN.
WRITE_OPTION = "raiassess_write"


def default_database_path() -> Path:
    """The default database file, in the per-user data folder."""
    return data_dir() / DEFAULT_FILE_NAME


@dataclass(frozen=True)
class DatabaseTarget:
    """A resolved database: its SQLAlchemy URL and, for SQLite, its file."""

    url: URL
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        """Whether this is a SQLite file (backups and file checks apply)."""
        return self.sqlite_path is not None

    @property
    def location(self) -> str:
        """What to show users: the file path, or the URL without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        url = self.url
        shown = URL.create(url.drivername, url.username, None, url.host, url.port,
                           url.database, url.query)
        return shown.render_as_string(hide_password=False)


def resolve(url: str | None) -> DatabaseTarget:
    """The database to use: ``url``, else ``RAIASSESS_DB``, else the default file.

    A value without ``://`` is a path to a SQLite file. Raises DatabaseUnusable for
    URLs raiassess cannot use.
    """
    raw = (url if url is not None else os.environ.get(DATABASE_ENV, "")).strip()
    if not raw:
        return _sqlite_target(default_database_path())
    if "://" not in raw:
        return _sqlite_target(Path(raw).expanduser())
    try:
        parsed = sa.make_url(raw)
    except sa.exc.ArgumentError:
        raise DatabaseUnusable(f"{raw!r} is not a database URL such as "
                               "sqlite:///path/to/file.sqlite3 or "
                               "postgresql://user@host/database") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:" or \
                parsed.database.startswith("file::memory:"):
            raise DatabaseUnusable("an in-memory database would lose every answer when the "
                                   "program ends; give a file, e.g. sqlite:///assessments.sqlite3")
        return _sqlite_target(Path(parsed.database).expanduser())
    if backend in ("postgresql", "postgres"):
        return DatabaseTarget(parsed.set(drivername="postgresql+psycopg"), None)
    raise DatabaseUnusable(f"raiassess keeps assessments in SQLite or PostgreSQL, not in "
                           f"{backend!r} databases")


def _sqlite_target(path: Path) -> DatabaseTarget:
    path = path.absolute()
    return DatabaseTarget(URL.create("sqlite+pysqlite", database=str(path)), path)


def prepare_sqlite_file(path: Path) -> bool:
    """Create a missing database file, readable by its owner only; return True if created.

    SQLite gives its ``-wal`` and ``-shm`` files the permissions of the database file,
    so creating it 0600 keeps all three private. Missing folders are created 0700;
    existing folders and files the user chose are left as they are.
    """
    if not path.parent.exists():
        private_dir(path.parent)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as error:
        raise DatabaseUnusable(f"cannot create the database file {path}: "
                               f"{error.strerror}") from None
    os.close(descriptor)
    os.chmod(path, 0o600)  # the umask may have narrowed the mode; state it exactly
    return True


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLite touches it."""
    if path.is_dir():
        raise DatabaseUnusable(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseUnusable(f"cannot read the database file {path}: "
                               f"{error.strerror}") from None
    if header and header != SQLITE_MAGIC:
        raise DatabaseUnusable(f"{path} is not a raiassess database: it is not a SQLite "
                               "database file")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads a SQLite file without changing anything beside it.

    Even a read-only connection creates -wal and -shm files next to a WAL database.
    When there is no -wal (nor rollback journal) the file holds everything, so it is
    read as immutable and the folder stays exactly as it was; otherwise the side
    files exist already and a read-only connection sees what they hold.
    """
    side_files = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    options = "mode=ro" if side_files else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)


def create_engine(target: DatabaseTarget, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """An engine for the target, with the connection settings raiassess relies on.

    ``hide_parameters``: should anyone turn on SQL logging, the values (answers, notes)
    stay out of the logs and out of error messages.
    """
    _keep_rows_out_of_logs()
    if target.is_sqlite:
        return _sqlite_engine(target, busy_timeout)
    try:
        engine = sa.create_engine(target.url, pool_pre_ping=True, hide_parameters=True)
    except ModuleNotFoundError:
        raise DatabaseUnusable("PostgreSQL support is not installed; install it with "
                               "pip install 'raiassess[postgres]'") from None
    milliseconds = max(1, int(busy_timeout * 1000))

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        # The driver opens a transaction for the SET; commit it so a pool reset
        # (a rollback) does not undo the setting.
        with contextlib.closing(dbapi_connection.cursor()) as cursor:
            cursor.execute(f"SET lock_timeout = {milliseconds}")
        dbapi_connection.commit()

    return engine


def _drop_result_rows(record: logging.LogRecord) -> bool:
    return record.levelno > logging.DEBUG


def _keep_rows_out_of_logs() -> None:
    """Never log result rows (SQLAlchemy's debug level): they hold answers and notes.

    The statements themselves may still be logged at the info level, without their
    values (``hide_parameters``).
    """
    engine_log = logging.getLogger("sqlalchemy.engine.Engine")
    if _drop_result_rows not in engine_log.filters:
        engine_log.addFilter(_drop_result_rows)


def _sqlite_engine(target: DatabaseTarget, busy_timeout: float) -> Engine:
    engine = sa.create_engine(target.url, connect_args={"timeout": busy_timeout},
                              hide_parameters=True)
    milliseconds = max(1, int(busy_timeout * 1000))

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's BEGIN below, not the driver, start transactions, so that
        # writers can ask for the write lock up front.
        dbapi_connection.isolation_level = None
        for pragma in (f"busy_timeout = {milliseconds}", "synchronous = FULL",
                       "foreign_keys = ON"):
            dbapi_connection.execute(f"PRAGMA {pragma}").close()
        _use_wal(dbapi_connection, busy_timeout)

    @event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        # A writer that began with a plain BEGIN and later needs the write lock cannot
        # wait for it in WAL mode (SQLite answers "busy" at once to avoid a deadlock);
        # BEGIN IMMEDIATE waits up to the busy timeout instead.
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _use_wal(connection: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch a database to WAL mode (a lasting setting, so a no-op once done).

    Switching needs the database to itself: while another program creates the same
    new database, SQLite answers "locked" at once rather than waiting, so wait here.
    """
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL").close()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def sqlite_file_mode(path: Path) -> None:
    """Keep the database and its -wal and -shm files readable by their owner only."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            file = Path(f"{path}{suffix}")
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(0o600)


@contextlib.contextmanager
def reading(engine: Engine, location: str, busy_timeout: float) -> Iterator[Session]:
    """A session for reads, whose driver errors become storage errors."""
    with translated_errors(location, busy_timeout), Session(engine) as session:
        yield session


@contextlib.contextmanager
def translated_errors(location: str, busy_timeout: float) -> Iterator[None]:
    """Turn database driver errors into storage errors with a sentence for the user."""
    try:
        yield
    except StorageError:
        raise
    except sa.exc.DBAPIError as error:
        raise storage_error(error, location, busy_timeout) from None
    except sqlite3.Error as error:
        raise storage_error(error, location, busy_timeout) from None


#: Less free space than this on the database's disk counts as a full disk.
_NEARLY_FULL = 1024 * 1024


def _disk_full(location: str) -> bool:
    """Whether the disk of a database file has (almost) no room left."""
    folder = Path(location).parent
    try:
        return folder.is_dir() and shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def storage_error(error: BaseException, location: str, busy_timeout: float) -> StorageError:
    """The storage error a driver error means."""
    original = getattr(error, "orig", None) or error
    message = str(original).strip().splitlines()[0] if str(original).strip() else ""
    lowered = message.lower()
    sqlstate = getattr(original, "sqlstate", None)
    if "database is locked" in lowered or "database is busy" in lowered or \
            sqlstate == "55P03":
        return DatabaseBusy(f"the database {location} is locked by another program and "
                            f"stayed locked for {busy_timeout:g} s; nothing was changed, "
                            "try again in a moment")
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(f"the database {location} is read-only; nothing was changed")
    if "disk is full" in lowered or sqlstate == "53100" or (
            ("disk i/o" in lowered or "unable to open" in lowered) and _disk_full(location)):
        # SQLite says "disk I/O error" when a full disk leaves no room for its journal:
        # calling the intact database damaged would invite a wrong restore.
        return StorageError(f"the disk holding {location} is full; nothing was changed: "
                            "free some space and try again")
    if "not a database" in lowered or "malformed" in lowered or "disk i/o" in lowered:
        return DatabaseUnusable(f"the database {location} is damaged or not a database "
                                f"({message})")
    if isinstance(error, sa.exc.OperationalError) and not isinstance(original, sqlite3.Error):
        return DatabaseUnusable(f"cannot use the database {location}: {message}")
    return StorageError(f"the database {location} refused the change: {message}")
