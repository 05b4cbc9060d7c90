"""Storage: assessments in SQLite or PostgreSQL, behind a small service API.

The GUI and the CLI only use ``AssessmentService`` (``storage.service``), the plain data
types of ``storage.types`` and the errors of ``storage.errors``; an import-linter
contract keeps it so. ORM rows never leave this package.
"""
