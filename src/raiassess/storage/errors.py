"""Errors the service API raises; each message is one sentence a user can act on."""

from __future__ import annotations


class StorageError(Exception):
    """Something the storage layer could not do; ``str(error)`` is for the user."""


class NotFound(StorageError):
    """An assessment, action, evidence or other record that does not exist."""


class InvalidInput(StorageError):
    """A value that does not fit (unknown question, wrong type, text too long...).

    Nothing was changed in the database.
    """


class DatabaseBusy(StorageError):
    """Another program holds the database locked and it stayed locked while we retried."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer raiassess; it is left untouched."""


class DatabaseUnusable(StorageError):
    """The file is not a raiassess database, is damaged, or cannot be opened."""


class DatabaseDamaged(DatabaseUnusable):
    """A value in the database that raiassess would never have written (a time that is
    not a time, or out of every range it accepts): changed outside raiassess, or damaged."""
