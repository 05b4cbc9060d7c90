"""Opening a database, or a backup in its place: always at the newest schema.

A SQLite file is checked before SQLite touches it, created private when missing, copied
before an upgrade and once a day; a PostgreSQL database is upgraded in one transaction
(its server keeps the backups). Either way, what is handed back is an ``Engine`` on a
database at the newest schema; a refused database or backup is left as it was.
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from sqlalchemy import Engine

from raiassess.storage import backups, database, schema
from raiassess.storage.database import DatabaseTarget
from raiassess.storage.errors import InvalidInput, StorageError
from raiassess.storage.models import AuditHead

log = logging.getLogger(__name__)


def login_name() -> str:
    """Who is using raiassess, as the operating system knows them."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or password database
        return "unknown"


def open_engine(target: DatabaseTarget, busy_timeout: float) -> Engine:
    """An engine on the target, whose schema is created or upgraded to the newest.

    Raises ``DatabaseTooNew`` for a schema a newer raiassess wrote and
    ``DatabaseUnusable`` for anything not a raiassess database, leaving it untouched.
    """
    if target.sqlite_path is not None:
        return _open_sqlite(target, target.sqlite_path, busy_timeout)
    return _open_server(target, busy_timeout)


def _open_sqlite(target: DatabaseTarget, path: Path, busy_timeout: float) -> Engine:
    # Everything up to plan_for only reads, so a refused file stays untouched.
    database.check_sqlite_file(path)
    plan = schema.plan_for(schema.inspect_sqlite(path), target.location)
    if plan is schema.Plan.CREATE:
        database.prepare_sqlite_file(path)
    elif plan is schema.Plan.UPGRADE:
        saved = backups.make_backup(path, "before-upgrade")
        log.info("backed up the database before upgrading it: %s", saved)
    engine = database.create_engine(target, busy_timeout)
    try:
        with database.translated_errors(target.location, busy_timeout):
            if plan is not schema.Plan.CURRENT:
                schema.upgrade(engine, target)
            database.sqlite_file_mode(path)
        if plan is not schema.Plan.CREATE:
            _daily_backup(engine, target, path, busy_timeout)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _open_server(target: DatabaseTarget, busy_timeout: float) -> Engine:
    engine = database.create_engine(target, busy_timeout)
    try:
        with database.translated_errors(target.location, busy_timeout):
            with engine.connect() as connection:
                state = schema.inspect_connection(connection)
            if schema.plan_for(state, target.location) is not schema.Plan.CURRENT:
                # The server's own backups cover PostgreSQL; the upgrade runs in one
                # transaction, so a failed upgrade leaves the schema as it was.
                schema.upgrade(engine, target)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _daily_backup(engine: Engine, target: DatabaseTarget, path: Path,
                  busy_timeout: float) -> None:
    with database.reading(engine, target.location, busy_timeout) as session:
        head = session.get(AuditHead, 1)
        if head is None or head.last_id == 0:
            return  # nothing was ever saved: nothing to back up
    try:
        taken = backups.ensure_daily_backup(path)
    except (OSError, StorageError) as error:
        # A failed backup must not keep anyone from their work; it is retried at
        # the next start.
        log.warning("the daily backup of the database failed: %s", error)
        return
    if taken is not None:
        log.info("daily backup written: %s", taken)


def restore(engine: Engine, target: DatabaseTarget, backup: Path, busy_timeout: float) -> None:
    """Put a backup's content in place of a SQLite database's, at the newest schema.

    The backup is checked first (a whole raiassess database of this or an older schema)
    and the current content is kept as a ``before-restore`` backup.
    """
    path = backups.sqlite_file(target, "restoring a backup")
    if backup.exists() and backup.resolve() == path.resolve():
        raise InvalidInput(f"{backup} is the database itself, not a backup of it")
    backups.check_backup(backup)
    try:
        plan = schema.plan_for(schema.inspect_sqlite(backup), str(backup))
    except StorageError as error:
        raise InvalidInput(str(error)) from None
    if plan is schema.Plan.CREATE:
        raise InvalidInput(f"{backup} is an empty database, not a raiassess backup")
    backups.make_backup(path, "before-restore")
    engine.dispose()
    backups.copy_into(backup, path, busy_timeout)
    with database.translated_errors(target.location, busy_timeout):
        if plan is schema.Plan.UPGRADE:
            schema.upgrade(engine, target)
