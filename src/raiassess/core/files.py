"""Reading a file a user hands us: only a regular file, and never more than a limit.

A path may name a pipe with no writer (opening it would wait for ever), a device such as
``/dev/zero`` (reading it never ends), a folder, or a file far larger than anything we
read. Each is refused with one sentence before anything is parsed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from pathlib import Path


class UnreadableFile(Exception):
    """A file that is not read, with the sentence that says why (without the name)."""


def read_limited(path: str | Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Raises UnreadableFile.

    The file is opened without blocking, so a pipe with no writer is refused at once
    instead of waiting; its size is checked on the open file, and reading stops one byte
    past the limit whatever the file claims.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"this is a folder, not a {what}") from None
    except PermissionError:
        raise UnreadableFile("permission denied: the file cannot be read") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file: {exc.strerror}") from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(f"this is a folder, not a {what}")
        raise UnreadableFile(f"this is not a regular file (a device, a pipe or a socket), "
                             f"so it is not read as a {what}")
    with os.fdopen(descriptor, "rb") as handle:
        if info.st_size > limit:
            raise UnreadableFile(too_large(info.st_size, limit))
        try:
            raw = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableFile(f"cannot read the file: {exc.strerror}") from None
    if len(raw) > limit:  # it grew while we read it
        raise UnreadableFile(too_large(len(raw), limit, grew=True))
    return raw


def too_large(size: int, limit: int, *, grew: bool = False) -> str:
    """The sentence for a file over the limit."""
    shown = f"more than {limit / 1048576:.0f} MB" if grew else f"{size / 1048576:.1f} MB"
    return f"the file is {shown}; files larger than {limit // 1048576} MB are not read"


class RefusedTarget(OSError):
    """A place raiassess will not write to; ``strerror`` says why in one sentence."""

    def __init__(self, sentence: str) -> None:
        super().__init__(errno.EPERM, sentence)


_protected_files: dict[str, str] = {}
_protected_folders: dict[str, str] = {}
_lock = threading.Lock()


def protect(path: str | Path, what: str, *, folder: bool = False) -> None:
    """Never write over ``path`` (or, for a folder, anything in it): it is ``what``,
    e.g. "the assessment database". Protection lasts as long as the program."""
    key = os.path.realpath(path)
    with _lock:
        (_protected_folders if folder else _protected_files)[key] = what


def check_target(path: str | Path) -> None:
    """Refuse a write target that is not a regular file or a new path, or that is one of
    the files raiassess keeps (the open database and its journals, its backups, the
    questionnaires it reads). Raises RefusedTarget."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError:
        info = None  # the write itself will say what is wrong
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, a pipe or a socket"
        raise RefusedTarget(f"this is {kind}, not a regular file; choose a new file name")
    key = os.path.realpath(path)
    with _lock:
        files = dict(_protected_files)
        folders = dict(_protected_folders)
    what = files.get(key)
    if what is None and info is not None:
        for other, named in files.items():
            with contextlib.suppress(OSError):
                if os.path.samefile(other, key):  # a hard link to it
                    what = named
                    break
    if what is not None:
        raise RefusedTarget(f"this is {what}; writing there would destroy it, so choose "
                            "another file")
    inside = next((named for folder, named in folders.items()
                   if key.startswith(folder.rstrip(os.sep) + os.sep)), None)
    if inside is not None:
        raise RefusedTarget(f"this is in {inside}, which raiassess keeps for itself; choose "
                            "a file elsewhere")
