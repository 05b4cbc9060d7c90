"""Only regular files are read, and never past the limit: a pipe with no writer, an
endless device, a folder or an oversized file is refused at once, in one sentence."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from raiassess.core.problems import DocumentError
from raiassess.core.source import MAX_DOCUMENT_BYTES, read_document

NOT_REGULAR = ("this is not a regular file (a device, a pipe or a socket), so it is not "
               "read as a questionnaire or answers file")


def refusal(path: Path) -> str:
    """The sentence read_document answers with, within five seconds or the test fails."""
    said: list[str] = []

    def attempt() -> None:
        try:
            read_document(path)
        except DocumentError as error:
            said.append(str(error))

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), f"reading {path} did not return"
    (sentence,) = said
    return sentence


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_with_no_writer_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "answers.yaml"
    os.mkfifo(pipe)
    assert refusal(pipe) == f"{pipe}: {NOT_REGULAR} ((document))"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "answers.yaml"
    link.symlink_to("/dev/zero")
    assert refusal(link) == f"{link}: {NOT_REGULAR} ((document))"


def test_a_folder_and_a_missing_file_are_named(tmp_path: Path) -> None:
    assert refusal(tmp_path) == (f"{tmp_path}: this is a folder, not a questionnaire or "
                                 "answers file ((document))")
    assert refusal(tmp_path / "gone.yaml") == f"{tmp_path / 'gone.yaml'}: no such file ((document))"


def test_an_oversized_file_is_refused_by_its_size_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # sparse: 2 GB on the file system costs nothing
        handle.truncate(2 * 1024 ** 3)
    assert refusal(big) == (f"{big}: the file is 2048.0 MB; files larger than "
                            f"{MAX_DOCUMENT_BYTES // 1048576} MB are not read ((document))")


def test_utf16_text_is_told_to_be_saved_as_utf8(tmp_path: Path) -> None:
    utf16 = tmp_path / "answers.yaml"
    utf16.write_text("format: raiassess-answers\n", encoding="utf-16")
    assert refusal(utf16) == f"{utf16}: the file is UTF-16 text; save it as UTF-8 ((document))"
