"""Every folder raiassess creates is the owner's alone, parents included, whatever the
umask (mkdir gave missing parents 0777 under umask 000, which would let another local
user swap the log folder)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from raiassess.core.paths import private_dir, write_private_file


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_missing_parents_are_created_owner_only(open_umask: None, tmp_path: Path) -> None:
    deepest = tmp_path / "home" / ".local" / "share" / "raiassess"
    assert private_dir(deepest) == deepest
    for folder in (tmp_path / "home", tmp_path / "home" / ".local",
                   tmp_path / "home" / ".local" / "share", deepest):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    before = stat.S_IMODE(tmp_path.stat().st_mode)
    private_dir(tmp_path / "other")
    assert stat.S_IMODE(tmp_path.stat().st_mode) == before  # an existing parent is left be


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_written_file_is_owner_only(open_umask: None, tmp_path: Path) -> None:
    target = tmp_path / "answers.yaml"
    write_private_file(target, b"x: 1\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
