"""Alembic migrations of the raiassess schema, shipped inside the package.

They run at start-up through ``raiassess.storage.schema``; every schema change is a new
revision in ``versions/``, never an edit of a released one.
"""
