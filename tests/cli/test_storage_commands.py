"""The database commands: list, import, export-answers, score ID, audit verify, info, --db."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from raiassess.cli import main
from raiassess.core.answers import read_answers_file
from tests.helpers.paths import REPO

EXAMPLE = REPO / "docs" / "examples" / "chatbot-answers.yaml"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "assessments.sqlite3")


def imported(db: str) -> int:
    code, out, err = run("--db", db, "import", str(EXAMPLE))
    assert (code, err) == (0, ""), err
    assert out.startswith(f"{EXAMPLE}: imported as assessment ")
    return int(out.split("imported as assessment ")[1].split()[0])


def test_import_then_list(db: str) -> None:
    assessment = imported(db)
    code, out, _ = run("--db", db, "list")
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["ID", "TITLE", "SYSTEM", "QUESTIONNAIRE", "STATUS", "LEVEL",
                              "COMPLETE", "LAST", "EDITED"]
    assert row.lstrip().startswith(f"{assessment}  Pre-launch check  Customer support assistant  "
                          "third-party-ai-quick-check 1.1.0  draft")
    assert "Elevated" in row and "%" in row


def test_list_json_search_and_archived(db: str) -> None:
    first, second = imported(db), imported(db)
    code, out, _ = run("--db", db, "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert [item["id"] for item in data] == [second, first]
    assert data[0]["system_name"] == "Customer support assistant"
    assert data[0]["level_id"] == "elevated" and data[0]["archived"] is False
    assert run("--db", db, "list", "nothing like this")[1] == \
        f"No matching assessments in {db}.\n"

    from raiassess.storage.service import AssessmentService

    with AssessmentService.open(db) as service:
        service.archive(first)
    assert [i["id"] for i in json.loads(run("--db", db, "list", "--json")[1])] == [second]
    listed = run("--db", db, "list", "--all")[1]
    assert "draft (archived)" in listed


def test_an_empty_database_says_so(db: str) -> None:
    assert run("--db", db, "list") == (0, f"No assessments in {db}.\n", "")


def test_export_answers_round_trips(db: str, tmp_path: Path) -> None:
    assessment = imported(db)
    target = tmp_path / "out.json"
    code, out, _ = run("--db", db, "export-answers", str(assessment), str(target))
    assert (code, out) == (0, f"wrote assessment {assessment} to {target}\n")
    exported, _ = read_answers_file(target)
    original, _ = read_answers_file(EXAMPLE)
    assert exported.values() == original.values()
    assert exported.answers["tp_model_documentation"].evidence == \
        original.answers["tp_model_documentation"].evidence
    again = imported(db)
    code, _, _ = run("--db", db, "export-answers", str(again), str(tmp_path / "again.yaml"))
    second, _ = read_answers_file(tmp_path / "again.yaml")
    assert second.answers == exported.answers


def test_score_accepts_an_assessment_id(db: str) -> None:
    assessment = imported(db)
    from_file = run("score", str(EXAMPLE))
    from_db = run("--db", db, "score", str(assessment))
    assert from_db == from_file
    code, out, _ = run("--db", db, "score", str(assessment), "--json")
    data = json.loads(out)
    assert code == 0 and data["assessment"]["id"] == assessment
    assert data["residual"] == json.loads(run("score", str(EXAMPLE), "--json")[1])["residual"]


def test_a_digit_named_file_is_still_a_file(db: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "42").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run("--db", db, "score", "42")
    assert code == 0 and "Overall risk" in out


def test_storage_errors_are_one_line_without_a_traceback(db: str, tmp_path: Path) -> None:
    assert run("--db", db, "score", "999") == (
        1, "", "raiassess: there is no assessment 999\n")
    assert run("--db", db, "export-answers", "999", str(tmp_path / "x.json"))[2] == \
        "raiassess: there is no assessment 999\n"
    text = tmp_path / "notes.txt"
    text.write_text("hello\n", encoding="utf-8")
    assert run("--db", str(text), "list") == (
        1, "", f"raiassess: {text} is not a raiassess database: it is not a SQLite "
               "database file\n")
    code, _, err = run("--db", "mysql://localhost/x", "list")
    assert code == 1 and err.startswith("raiassess: raiassess keeps assessments in SQLite")


def test_import_of_a_bad_file_names_each_problem_and_imports_nothing(
        db: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "tp_audit_rights: \"no\"", "tp_audit_rights: perhaps"), encoding="utf-8")
    code, out, err = run("--db", db, "import", str(bad))
    assert code == 1 and out == ""
    assert "question tp_audit_rights has no option 'perhaps'" in err
    assert err.startswith(f"{bad}:")  # file:line:column of the problem
    assert run("--db", db, "list", "--json")[1].strip() == "[]"


def test_import_of_answers_to_an_unknown_questionnaire(db: str, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "id: third-party-ai-quick-check", "id: not-installed"), encoding="utf-8")
    assert run("--db", db, "import", str(other)) == (
        1, "", "raiassess: questionnaire 'not-installed' version 1.1.0 is not installed\n")


def test_import_with_the_questionnaire_file(db: str, tmp_path: Path) -> None:
    answers = tmp_path / "mini-answers.yaml"
    answers.write_text("questionnaire: {id: mini, version: '1.0'}\nsystem: {name: Mini}\n"
                       "answers: {personal_data: 'yes', people: 10}\n", encoding="utf-8")
    mini = REPO / "tests" / "core" / "data" / "mini.yaml"
    code, out, err = run("--db", db, "import", str(answers), "--questionnaire", str(mini))
    assert code == 0, err
    assert out.endswith("(Mini, mini 1.0)\n")


def test_audit_verify(db: str) -> None:
    imported(db)
    code, out, _ = run("--db", db, "audit", "verify")
    assert code == 0
    assert out.startswith(f"The audit trail of {db} is intact: 1 entries, newest hash ")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE audit_log SET user = 'mallory'")
    connection.close()
    code, out, _ = run("--db", db, "audit", "verify")
    assert code == 1
    assert out.splitlines()[0] == f"The audit trail of {db} was TAMPERED WITH (1 entries remain):"
    assert out.splitlines()[1].startswith("  - entry 1 (import assessment, ")


def test_info_shows_the_database_and_its_backups(private_home: Path, db: str) -> None:
    code, out, _ = run("info")
    default = private_home / "data" / "raiassess.sqlite3"
    assert code == 0
    assert f"database:               {default}\n" in out
    assert f"backups folder:         {private_home / 'data' / 'backups'}\n" in out
    assert "backups:                none yet" in out
    assert not default.exists(), "info shows the database without creating it"

    imported(db)
    run("--db", db, "list")  # opening a database with content takes the day's backup
    code, out, _ = run("--db", db, "info")
    assert f"database:               {db}\n" in out
    (line,) = [line for line in out.splitlines() if line.startswith("backups:  ")]
    assert "assessments-" in line and "(daily, " in line


def test_the_environment_variable_points_at_the_database(
        db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAIASSESS_DB", db)
    assessment = imported(db)
    assert f"database:               {db}\n" in run("info")[1]
    assert json.loads(run("list", "--json")[1])[0]["id"] == assessment


def test_postgres_info_says_the_server_keeps_backups() -> None:
    code, out, _ = run("--db", "postgresql://ann:secret@db.example/rai", "info")
    assert code == 0
    assert "database:               postgresql+psycopg://ann@db.example/rai\n" in out
    assert "secret" not in out and "made by the database server" in out


@pytest.mark.parametrize("argv", [["--db", "x.sqlite3", "gui"], ["gui", "--db", "x.sqlite3"],
                                  ["--db", "x.sqlite3"]])
def test_the_gui_gets_the_database_either_way(argv: list[str]) -> None:
    seen: list[str | None] = []

    def gui(args: argparse.Namespace) -> int:
        seen.append(args.db)
        return 0

    assert main(argv, gui=gui) == 0
    assert seen == ["x.sqlite3"]


def test_the_gui_without_db_gets_none() -> None:
    seen: list[str | None] = []

    def gui(args: argparse.Namespace) -> int:
        seen.append(args.db)
        return 0

    main(["gui"], gui=gui)
    assert seen == [None]


def test_backup_now_then_restore_brings_the_old_answers_back(db: str) -> None:
    from raiassess.storage.service import AssessmentService

    assessment = imported(db)
    code, out, err = run("--db", db, "backup", "now")
    assert (code, err) == (0, "")
    backup = Path(out.strip().split(" to ", 1)[1])
    assert backup.is_file()
    with AssessmentService.open(db) as service:
        service.set_answer(assessment, "tp_audit_rights", "yes")
    code, out, err = run("--db", db, "backup", "restore", str(backup))
    assert (code, err) == (0, ""), err
    assert "its previous content was kept as a backup" in out
    with AssessmentService.open(db) as service:
        assert service.get_assessment(assessment).answers["tp_audit_rights"].value == "no"


def test_restoring_something_that_is_not_a_backup_changes_nothing(db: str,
                                                                   tmp_path: Path) -> None:
    assessment = imported(db)
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database", encoding="utf-8")
    code, out, err = run("--db", db, "backup", "restore", str(bogus))
    assert code == 1 and out == ""
    assert err.startswith("raiassess: ") and len(err.strip().splitlines()) == 1
    code, out, _ = run("--db", db, "list")
    assert code == 0 and out.splitlines()[1].lstrip().startswith(str(assessment))


def test_no_export_writes_over_the_database_a_backup_a_questionnaire_or_a_device(
        db: str, tmp_path: Path) -> None:
    """Writing a report onto the database used to replace it: the assessments were gone."""
    from raiassess.core.catalog import bundled_dir
    from raiassess.storage.backups import backups_location

    assessment = imported(db)
    assert run("--db", db, "backup", "now")[0] == 0
    database = Path(db)
    before = database.read_bytes()
    bundled = bundled_dir() / "responsible-ai-impact.yaml"
    bundled_before = bundled.read_bytes()
    refused = {
        db: "this is the assessment database; writing there would destroy it, so choose "
            "another file",
        f"{db}-wal": "this is a journal of the assessment database; writing there would "
                     "destroy it, so choose another file",
        str(backups_location() / "report.pdf"): "this is in the folder of the database's "
            "backups, which raiassess keeps for itself; choose a file elsewhere",
        str(bundled): "this is in the folder of the bundled questionnaires, which raiassess "
                      "keeps for itself; choose a file elsewhere",
        str(tmp_path): "this is a folder, not a regular file; choose a new file name",
    }
    if Path("/dev/null").exists():  # as root, it used to be replaced by a regular file
        refused["/dev/null"] = ("this is a device, a pipe or a socket, not a regular file; "
                                "choose a new file name")
    for target, sentence in refused.items():
        for command in (("export", str(assessment), "--pdf", target),
                        ("export-answers", str(assessment), target)):
            code, out, err = run("--db", db, *command)
            assert (code, out, err) == (1, "", f"raiassess: cannot write {target}: {sentence}\n")
    assert database.read_bytes() == before
    assert bundled.read_bytes() == bundled_before
    assert run("--db", db, "list")[0] == 0


def test_the_list_says_a_drafts_level_is_the_level_so_far(db: str) -> None:
    imported(db)  # the example leaves required questions open
    row = run("--db", db, "list")[1].splitlines()[1]
    assert "  Elevated so far  " in row and "26%" in row


def test_an_answers_file_dated_in_the_year_9999_is_refused_and_imports_nothing(
        db: str, tmp_path: Path) -> None:
    """It used to pass, and afterwards `list` failed east of UTC and the app would not start."""
    future = tmp_path / "future.yaml"
    future.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "title: Pre-launch check\n", "title: Pre-launch check\nupdated_at: 9999-12-31T23:59:00Z\n"),
        encoding="utf-8")
    line = next(n for n, text in enumerate(future.read_text().splitlines(), 1)
                if text.startswith("updated_at:"))
    sentence = (f"{future}:{line}:13: 9999-12-31T23:59:00+00:00 is not a time between 1900 "
                "and 2199 (updated_at)")
    code, out, err = run("validate", str(future))
    assert (code, out.strip()) == (1, sentence)
    code, out, err = run("--db", db, "import", str(future))
    assert code == 1 and sentence in err and "Traceback" not in out + err
    code, out, _ = run("--db", db, "list")
    assert (code, out.strip()) == (0, f"No assessments in {db}.")


def test_a_damaged_time_in_the_database_is_one_sentence_not_a_traceback(db: str) -> None:
    import sqlite3

    imported(db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE assessments SET updated_at = '9999-12-31 23:59:00'")
    code, out, err = run("--db", db, "list")
    assert (code, out) == (1, "")
    assert err == ("raiassess: the database holds a time out of range (9999-12-31T23:59:00), "
                   "which raiassess never writes: it was changed outside raiassess or is "
                   "damaged; restore a backup (raiassess backup restore)\n")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Any:
    """A 3 MB file system of its own (a tmpfs, which needs root; skipped otherwise)."""
    import os
    import subprocess

    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("filling a disk needs a tmpfs, which needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_called_full_not_damaged(tiny_disk: Path) -> None:
    """SQLite says "disk I/O error" when a full disk leaves no room for its journal; we
    said the intact database "is damaged or not a database", inviting a wrong restore."""
    db = str(tiny_disk / "assessments.sqlite3")
    imported(db)
    with (tiny_disk / "filler").open("wb", buffering=0) as filler, \
            contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 65536)
    sentence = (f"raiassess: the disk holding {db} is full; nothing was changed: free some "
                "space and try again\n")
    for command in (("list",), ("import", str(EXAMPLE))):
        assert run("--db", db, *command) == (1, "", sentence), command
    (tiny_disk / "filler").unlink()
    code, out, _ = run("--db", db, "list")
    assert code == 0 and len(out.splitlines()) == 2  # the one assessment, intact
