"""Which schema revision a database has, and bringing it to the newest.

A database is inspected before anything writes to it: a newer schema is refused and
left byte-for-byte as it was, another program's database is refused, an older one is
upgraded (by the service, after a backup copy) and an empty one is created.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from raiassess.storage.database import DatabaseTarget, connect_read_only, storage_error
from raiassess.storage.errors import DatabaseTooNew, DatabaseUnusable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MARKER_TABLE = "database_info"
VERSION_TABLE = "alembic_version"
_UPGRADE_LOCK = 0x72616961  # "raia": the advisory lock key of schema changes


class Plan(Enum):
    """What opening a database needs to do to its schema."""

    CREATE = "create"
    UPGRADE = "upgrade"
    CURRENT = "current"


@dataclass(frozen=True)
class SchemaState:
    """What a database holds before raiassess changes anything."""

    tables: frozenset[str]
    revisions: tuple[str, ...]


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic configuration for the migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The migration scripts shipped with this version of raiassess."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of raiassess knows."""
    head = script_directory().get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def known_revisions() -> list[str]:
    """Every schema revision this version knows, oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def inspect_sqlite(path: Path) -> SchemaState:
    """Read a SQLite file's tables and revision without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(frozenset(), ())
    try:
        with contextlib.closing(connect_read_only(path)) as db:
            tables = frozenset(row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))
            revisions: tuple[str, ...] = ()
            if VERSION_TABLE in tables:
                revisions = tuple(str(row[0]) for row in db.execute(
                    f"SELECT version_num FROM {VERSION_TABLE}"))
    except sqlite3.Error as error:
        raise storage_error(error, str(path), 0) from None
    return SchemaState(tables, revisions)


def inspect_connection(connection: sa.Connection) -> SchemaState:
    """Read a database's tables and revision through an open connection."""
    tables = frozenset(sa.inspect(connection).get_table_names())
    revisions: tuple[str, ...] = ()
    if VERSION_TABLE in tables:
        revisions = tuple(str(value) for value in connection.scalars(
            sa.text(f"SELECT version_num FROM {VERSION_TABLE}")))
    return SchemaState(tables, revisions)


def plan_for(state: SchemaState, location: str) -> Plan:
    """What to do with a database in this state; raises when it must not be touched."""
    if not state.tables:
        return Plan.CREATE
    if MARKER_TABLE not in state.tables:
        names = ", ".join(sorted(state.tables)[:3])
        more = ", ..." if len(state.tables) > 3 else ""
        raise DatabaseUnusable(f"{location} is not a raiassess database: it holds tables of "
                               f"another program ({names}{more})")
    if not state.revisions:
        raise DatabaseUnusable(f"the database {location} is damaged: its schema version "
                               "is missing")
    known = known_revisions()
    unknown = [rev for rev in state.revisions if rev not in known]
    if unknown:
        raise DatabaseTooNew(f"the database {location} was written by a newer version of "
                             f"raiassess (schema {unknown[0]}, this version knows up to "
                             f"{known[-1]}); it was left untouched, update raiassess to "
                             "open it")
    return Plan.CURRENT if state.revisions == (known[-1],) else Plan.UPGRADE


def upgrade(engine: sa.Engine, target: DatabaseTarget) -> None:
    """Bring the database to the newest schema in one transaction."""
    with engine.connect() as connection:
        connection.execution_options(raiassess_write=True)
        if target.is_sqlite:
            # Batch migrations on SQLite rebuild tables; with foreign keys on, dropping
            # the old table would cascade-delete the rows that refer to it. The pragma
            # only takes effect outside a transaction (hence the driver connection,
            # which SQLAlchemy does not wrap in one), and is checked before commit.
            _sqlite_pragma(connection, "foreign_keys = OFF")
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # Two programs opening a new database at once: the second waits
                    # here, then finds the schema in place. (SQLite's BEGIN IMMEDIATE
                    # does the same.)
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
                command.upgrade(alembic_config(connection), "head")
                if target.is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseUnusable(
                            f"upgrading the database {target.location} would leave "
                            f"{len(broken)} broken references; it was left as it was")
        finally:
            if target.is_sqlite:
                _sqlite_pragma(connection, "foreign_keys = ON")


def _sqlite_pragma(connection: sa.Connection, pragma: str) -> None:
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    driver.execute(f"PRAGMA {pragma}").close()
