"""Storage: assessments in SQLite or PostgreSQL, behind a small service API.

The GUI and the CLI only use ``AssessmentService`` and the plain data types of
``raiassess.storage.types``; ORM rows never leave this package.
"""
