"""Alembic's entry point: run the migrations on the connection raiassess hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from raiassess.storage.models import Base


def run_migrations() -> None:
    """Migrate the database of the connection given in ``config.attributes``."""
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("raiassess migrations run on an open connection: use "
                           "raiassess.storage.schema.upgrade(), not the alembic command")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot alter most of a table in place; batch mode rebuilds it.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
