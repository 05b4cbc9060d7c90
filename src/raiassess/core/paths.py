"""Where raiassess keeps its files, and writing them safely and privately.

Everything lives in the per-user folders platformdirs names for this platform;
``RAIASSESS_HOME`` moves all of them under one folder (the tests use it).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

from raiassess.core.files import check_target

APP_NAME = "raiassess"


def _base(kind: str) -> Path:
    home = os.environ.get("RAIASSESS_HOME")
    if home:
        return Path(home) / kind
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Path({"data": dirs.user_data_dir, "config": dirs.user_config_dir,
                 "log": dirs.user_log_dir}[kind])


def private_dir(path: Path) -> Path:
    """Create a folder readable by the owner only, and every missing parent likewise
    (``mkdir`` would give parents the umask's mode: 0777 under umask 000); return it."""
    missing = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=0o700)
        with contextlib.suppress(OSError):
            created.chmod(0o700)  # the umask may have taken bits off mkdir's mode
    with contextlib.suppress(OSError):  # a folder the user made; keep going
        path.chmod(0o700)
    return path


def data_dir() -> Path:
    """The per-user data folder: the default database and its backups live here."""
    return private_dir(_base("data"))


def config_dir() -> Path:
    """The per-user settings folder."""
    return private_dir(_base("config"))


def log_dir() -> Path:
    """The per-user log folder."""
    return private_dir(_base("log"))


def user_questionnaires_dir() -> Path:
    """The folder where a user's own questionnaires are found."""
    return private_dir(data_dir() / "questionnaires")


def write_private_file(path: Path, content: bytes) -> None:
    """Write a file atomically, readable by its owner only.

    The content goes to a temporary file in the same folder, is flushed to disk, and is
    renamed over the target: readers see the old file or the new one, never half. A
    target that is not a regular file, or is one raiassess keeps (``files.protect``),
    is refused with ``files.RefusedTarget``.
    """
    path = Path(path)
    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def shipped_dir(name: str) -> Path:
    """A folder shipped with raiassess (``questionnaires``, ``resources``).

    An installed package carries it inside ``raiassess/``; a checkout has it at the
    repository's root, beside ``src/``.
    """
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / name, package.parent.parent / name):
        if candidate.is_dir():
            return candidate
    return package / name
