"""The audit trail records every change and its hash chain reveals tampering."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.audit import GENESIS
from raiassess.storage.database import resolve
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData


def tamper(url: str, statement: str) -> None:
    """Change the database behind the app's back, as someone with the file could."""
    engine = sa.create_engine(resolve(url).url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def busy(service: AssessmentService, assessment: int) -> int:
    """An assessment with a handful of recorded changes (entries 1 to 7)."""
    service.set_answer(assessment, "people", 10)
    service.set_answer(assessment, "people", 20)
    service.set_note(assessment, "people", "survey")
    service.set_status(assessment, "in_review")
    evidence = service.add_evidence(assessment, "dpia", "link", "https://wiki.example")
    service.remove_evidence(evidence.id)
    return assessment


def test_every_change_is_recorded_with_who_when_old_and_new(
        service: AssessmentService, mini: Questionnaire, busy: int) -> None:
    trail = service.audit_trail(busy)
    assert [(e.action, e.target, e.old, e.new) for e in trail[1:]] == [
        ("answer", "people", None, "10"),
        ("answer", "people", "10", "20"),
        ("note", "people", "", "survey"),
        ("status", "status", "draft", "in_review"),
        ("evidence.add", "dpia", None, json.dumps(
            {"id": 1, "kind": "link", "target": "https://wiki.example", "description": ""},
            separators=(",", ":"))),
        ("evidence.remove", "dpia", json.dumps(
            {"id": 1, "kind": "link", "target": "https://wiki.example", "description": ""},
            separators=(",", ":")), None),
    ]
    assert trail[0].action == "create"
    assert all(e.user == "alice" and e.assessment_id == busy for e in trail)
    assert all(e.at.tzinfo is not None for e in trail)
    assert [e.id for e in trail] == sorted(e.id for e in trail)
    other = service.create_assessment(mini, SystemData("Other"))
    assert [e.action for e in service.audit_trail(other)] == ["create"]
    assert len(service.audit_trail()) == len(trail) + 1


def test_each_kind_of_change_leaves_an_entry(service: AssessmentService, busy: int) -> None:
    action = service.add_action(busy, "Act").id
    service.update_action(action, status="done")
    service.delete_action(action)
    service.add_comment(busy, "Fine.")
    service.update_system(busy, SystemData("Renamed"))
    service.set_title(busy, "New title")
    service.set_notes(busy, "Notes")
    service.take_snapshot(busy, "s1")
    service.archive(busy)
    copy = service.duplicate(busy)
    service.import_answers(service.export_answers(busy))
    service.delete(copy)
    actions = [e.action for e in service.audit_trail()]
    for expected in ("action.add", "action.update", "action.delete", "comment", "system",
                     "title", "notes", "snapshot", "archive", "duplicate", "import", "delete"):
        assert expected in actions, expected
    assert service.verify_audit().ok


def test_a_clean_trail_verifies(service: AssessmentService, busy: int) -> None:
    report = service.verify_audit()
    assert report.ok and report.problems == ()
    assert report.entries == len(service.audit_trail()) == 7
    assert len(report.head_hash) == 64 and report.head_hash != GENESIS


def test_an_empty_trail_verifies(service: AssessmentService) -> None:
    report = service.verify_audit()
    assert (report.ok, report.entries, report.head_hash) == (True, 0, GENESIS)


def test_an_edited_entry_is_detected(db_url: str, service: AssessmentService,
                                     busy: int) -> None:
    tamper(db_url, "UPDATE audit_log SET new = '99' WHERE id = 3")
    report = service.verify_audit()
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].startswith("entry 3 (answer people, ")
    assert report.problems[0].endswith("by alice) was changed after it was written")


def test_an_edited_and_rehashed_entry_breaks_the_link_to_the_next(
        db_url: str, service: AssessmentService, busy: int) -> None:
    tamper(db_url, f"UPDATE audit_log SET \"user\" = 'mallory', hash = '{'f' * 64}' "
                   "WHERE id = 4")
    problems = service.verify_audit().problems
    assert any(p.startswith("entry 4 ") and "was changed" in p for p in problems)
    assert "entry 5 does not follow entry 4: an entry before it was changed or removed" \
        in problems


def test_a_deleted_entry_is_detected(db_url: str, service: AssessmentService,
                                     busy: int) -> None:
    tamper(db_url, "DELETE FROM audit_log WHERE id IN (3, 4)")
    report = service.verify_audit()
    assert report.problems == (
        "entries 3 to 4 were deleted (entry 5 no longer follows the one before it)",)
    assert report.entries == 5


def test_deleting_the_newest_entries_is_detected(db_url: str, service: AssessmentService,
                                                 busy: int) -> None:
    tamper(db_url, "DELETE FROM audit_log WHERE id = 7")
    assert service.verify_audit().problems == ("entry 7 at the end of the trail was deleted",)


def test_deleting_the_first_entry_is_detected(db_url: str, service: AssessmentService,
                                              busy: int) -> None:
    tamper(db_url, "DELETE FROM audit_log WHERE id = 1")
    assert service.verify_audit().problems == (
        "entry 1 was deleted (entry 2 no longer follows the one before it)",)


def test_the_trail_outlives_a_deleted_assessment(service: AssessmentService,
                                                 busy: int) -> None:
    before = len(service.audit_trail(busy))
    service.delete(busy)
    assert len(service.audit_trail(busy)) == before + 1
    assert service.verify_audit().ok
