"""The service API: assessments, answers, notes, evidence, actions, comments, snapshots."""

from __future__ import annotations

import datetime as dt

import pytest

from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import score
from raiassess.storage.errors import InvalidInput, NotFound
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import database_state
from tests.helpers.questionnaires import install, mini_data

FULL = {"personal_data": "yes", "people": 5000, "purpose": "Triage",
        "dpia": "planned", "data_kinds": ["contact", "health"], "encryption": 4}


def answer_all(service: AssessmentService, assessment: int) -> None:
    for question_id, value in FULL.items():
        service.set_answer(assessment, question_id, value)


def test_a_new_assessment_pins_its_questionnaire_and_starts_empty(
        service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    detail = service.get_assessment(assessment)
    assert detail.system == SystemData("Triage assistant", owner="Dana", team="Clinical AI")
    assert detail.questionnaire.fingerprint() == mini.fingerprint()
    assert detail.answers == {} and detail.actions == () and detail.comments == ()
    summary = detail.summary
    assert (summary.id, summary.title, summary.system_name) == (assessment, "Spring review",
                                                               "Triage assistant")
    assert (summary.questionnaire_id, summary.questionnaire_version,
            summary.questionnaire_title) == ("mini", "1.0", "Mini questionnaire")
    assert (summary.status, summary.level_id, summary.completeness) == ("draft", "low", 0.0)
    assert summary.created_at.tzinfo is not None and not summary.archived


def test_set_answer_returns_the_score_and_the_list_shows_it(
        service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    first = service.set_answer(assessment, "personal_data", "yes")
    assert first.completeness < 100
    for question_id, value in FULL.items():
        result = service.set_answer(assessment, question_id, value)
    expected = score(mini, FULL)
    assert result == expected
    assert service.score(assessment) == expected
    (summary,) = service.list_assessments()
    assert (summary.level_id, summary.level_label, summary.level_color) == (
        "high", "High", expected.level.color)
    assert (summary.residual, summary.completeness) == (expected.residual,
                                                        expected.completeness) == (60.0, 100.0)


def test_answers_are_stored_in_canonical_form_with_who_and_when(
        service: AssessmentService, assessment: int) -> None:
    before = dt.datetime.now(dt.UTC)
    service.set_answer(assessment, "personal_data", True)
    service.set_answer(assessment, "data_kinds", ["health", "contact"])
    service.set_answer(assessment, "encryption", 4.0)
    service.set_answer(assessment, "people", 2.5)
    service.set_answer(assessment, "review_date", dt.date(2026, 3, 1))
    answers = service.get_assessment(assessment).answers
    assert {qid: a.value for qid, a in answers.items()} == {
        "personal_data": "yes", "people": 2.5, "data_kinds": ["contact", "health"],
        "encryption": 4, "review_date": "2026-03-01"}
    assert type(answers["encryption"].value) is int
    stored = answers["people"]
    assert stored.answered_by == "alice"
    assert stored.answered_at is not None and stored.answered_at >= before
    assert list(answers) == ["personal_data", "people", "data_kinds", "encryption",
                             "review_date"], "questionnaire order"


def test_clearing_an_answer_keeps_its_note_until_that_goes_too(
        service: AssessmentService, assessment: int) -> None:
    service.set_answer(assessment, "people", 120)
    service.set_note(assessment, "people", "From the 2024 user survey.")
    service.set_answer(assessment, "people", None)
    stored = service.get_assessment(assessment).answers["people"]
    assert (stored.value, stored.note) == (None, "From the 2024 user survey.")
    assert service.score(assessment).answered_questions == 0
    service.set_note(assessment, "people", "")
    assert service.get_assessment(assessment).answers == {}


def test_evidence_is_kept_per_question_and_can_be_removed(
        service: AssessmentService, assessment: int) -> None:
    link = service.add_evidence(assessment, "dpia", "link", "https://wiki.example/dpia",
                                "DPIA record").id
    file = service.add_evidence(assessment, "dpia", "file", "/shared/dpia-v2.pdf").id
    stored = service.get_assessment(assessment).answers["dpia"]
    assert stored.value is None
    assert [(e.id, e.kind, e.target, e.description) for e in stored.evidence] == [
        (link, "link", "https://wiki.example/dpia", "DPIA record"),
        (file, "file", "/shared/dpia-v2.pdf", "")]
    service.remove_evidence(link)
    (remaining,) = service.get_assessment(assessment).answers["dpia"].evidence
    assert remaining.id == file
    with pytest.raises(NotFound, match="there is no evidence"):
        service.remove_evidence(link)


def test_list_searches_title_system_owner_and_team_newest_edit_first(
        service: AssessmentService, mini: Questionnaire) -> None:
    first = service.create_assessment(mini, SystemData("Loan scoring", owner="Erik",
                                                       team="Credit"), "Q1 review")
    second = service.create_assessment(mini, SystemData("Chat helper", owner="Fatima",
                                                        team="Support"), "100% check")
    third = service.create_assessment(mini, SystemData("CV screening", owner="Gus",
                                                       team="HR"), "Hiring")
    assert [s.id for s in service.list_assessments()] == [third, second, first]
    service.set_answer(first, "personal_data", "no")
    assert [s.id for s in service.list_assessments()] == [first, third, second]

    def found(text: str) -> list[int]:
        return sorted(s.id for s in service.list_assessments(search=text))

    assert found("loan") == [first]  # system name, any case
    assert found("FATIMA") == [second]  # owner
    assert found("hr") == [third]  # team
    assert found("q1") == [first]  # title
    assert found("100%") == [second]  # % is literal
    assert found("_") == []  # and so is _
    assert found("zzz") == []


def test_archived_assessments_leave_the_default_list(
        service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    other = service.create_assessment(mini, SystemData("Other"))
    service.archive(assessment)
    assert [s.id for s in service.list_assessments()] == [other]
    listed = {s.id: s.archived for s in service.list_assessments(include_archived=True)}
    assert listed == {assessment: True, other: False}
    service.archive(assessment, archived=False)
    assert len(service.list_assessments()) == 2


def test_title_notes_and_status(service: AssessmentService, assessment: int) -> None:
    service.set_title(assessment, "Autumn review")
    service.set_notes(assessment, "Scope: the pilot in two hospitals.")
    service.set_status(assessment, "in_review")
    detail = service.get_assessment(assessment)
    assert (detail.summary.title, detail.notes, detail.summary.status) == (
        "Autumn review", "Scope: the pilot in two hospitals.", "in_review")


def test_updating_the_system_of_a_reassessment_leaves_the_older_one_as_it_was(
        service: AssessmentService, assessment: int) -> None:
    service.update_system(assessment, SystemData("Triage assistant", description="v1",
                                                 owner="Dana"))
    again = service.duplicate(assessment)
    assert service.get_assessment(again).system.description == "v1"
    service.update_system(again, SystemData("Triage assistant", description="v2",
                                            owner="Eve"))
    assert service.get_assessment(again).system == SystemData(
        "Triage assistant", description="v2", owner="Eve")
    assert service.get_assessment(assessment).system == SystemData(
        "Triage assistant", description="v1", owner="Dana")


def test_the_action_plan(service: AssessmentService, assessment: int) -> None:
    action = service.add_action(assessment, "Carry out a DPIA", owner="Dana",
                                due=dt.date(2026, 1, 31), questions=["dpia", "data_kinds"]).id
    (stored,) = service.get_assessment(assessment).actions
    assert (stored.id, stored.title, stored.owner, stored.due, stored.status,
            stored.questions) == (action, "Carry out a DPIA", "Dana", dt.date(2026, 1, 31),
                                  "open", ("dpia", "data_kinds"))
    service.update_action(action, status="in_progress", questions=["dpia"], due="2026-02-15")
    (stored,) = service.get_assessment(assessment).actions
    assert (stored.status, stored.questions, stored.due, stored.title) == (
        "in_progress", ("dpia",), dt.date(2026, 2, 15), "Carry out a DPIA")
    service.update_action(action, due=None)
    assert service.get_assessment(assessment).actions[0].due is None
    service.delete_action(action)
    assert service.get_assessment(assessment).actions == ()
    with pytest.raises(NotFound, match="there is no action"):
        service.update_action(action, title="Gone")


def test_review_comments_default_to_the_user_as_author(
        service: AssessmentService, assessment: int) -> None:
    general = service.add_comment(assessment, "Please add the DPIA.", role="DPO").id
    on_question = service.add_comment(assessment, "Which survey?", author="Ines",
                                      question_id="people").id
    comments = service.get_assessment(assessment).comments
    assert [(c.id, c.text, c.author, c.role, c.question_id) for c in comments] == [
        (general, "Please add the DPIA.", "alice", "DPO", None),
        (on_question, "Which survey?", "Ines", "", "people")]
    assert all(c.created_at is not None for c in comments)


def test_changes_return_what_they_stored(service: AssessmentService, assessment: int) -> None:
    """What a caller keeps is what is stored: trimmed, defaulted, with its id and time."""
    evidence = service.add_evidence(assessment, "dpia", "link", " https://wiki.example/dpia ")
    action = service.add_action(assessment, " Carry out a DPIA ", due="2026-01-31",
                                questions=["dpia", "dpia"])
    comment = service.add_comment(assessment, "Fine.", author="  ", question_id="dpia")
    system = service.update_system(assessment, SystemData(" Triage assistant ", owner="Dana"))
    detail = service.get_assessment(assessment)
    assert detail.answers["dpia"].evidence == (evidence,)
    assert evidence.target == "https://wiki.example/dpia"
    assert detail.actions == (action,)
    assert (action.title, action.due, action.questions) == (
        "Carry out a DPIA", dt.date(2026, 1, 31), ("dpia",))
    assert detail.comments == (comment,)
    assert comment.author == "alice" and comment.created_at is not None
    assert detail.system == system == SystemData("Triage assistant", owner="Dana")
    assert service.set_title(assessment, "  Autumn review ") == "Autumn review"
    assert service.update_action(action.id, status="done") == \
        service.get_assessment(assessment).actions[0]
    assert service.update_action(action.id, status="done").status == "done", "unchanged"


def test_duplicate_prefills_answers_notes_evidence_and_open_actions(
        service: AssessmentService, assessment: int) -> None:
    answer_all(service, assessment)
    service.set_note(assessment, "people", "survey")
    service.add_evidence(assessment, "dpia", "link", "https://wiki.example/dpia")
    service.set_notes(assessment, "General notes")
    service.add_action(assessment, "Open one", questions=["dpia"])
    done = service.add_action(assessment, "Finished one").id
    service.update_action(done, status="done")
    service.add_comment(assessment, "Reviewed.")
    service.set_status(assessment, "approved")

    again = service.duplicate(assessment)
    old, new = service.get_assessment(assessment), service.get_assessment(again)
    assert new.summary.title == "Spring review (re-assessment)"
    assert new.summary.status == "draft"
    assert {q: (a.value, a.note) for q, a in new.answers.items()} == \
        {q: (a.value, a.note) for q, a in old.answers.items()}
    assert [e.target for e in new.answers["dpia"].evidence] == ["https://wiki.example/dpia"]
    assert new.answers["dpia"].evidence[0].id != old.answers["dpia"].evidence[0].id
    assert [(a.title, a.questions) for a in new.actions] == [("Open one", ("dpia",))]
    assert new.comments == () and new.notes == "General notes"
    assert new.summary.residual == old.summary.residual
    # The re-assessment changes on its own.
    service.set_answer(again, "dpia", "done")
    assert service.get_assessment(assessment).answers["dpia"].value == "planned"
    assert service.duplicate(assessment, title="2027") != again
    assert service.list_assessments(search="2027")[0].title == "2027"


def test_delete_removes_everything_but_the_trail_keeps_it(
        db_url: str, service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    answer_all(service, assessment)
    service.add_evidence(assessment, "dpia", "link", "https://wiki.example/dpia")
    service.add_action(assessment, "Act", questions=["dpia"])
    service.add_comment(assessment, "Hm.", question_id="dpia")
    service.take_snapshot(assessment, "before")
    follow_up = service.duplicate(assessment)
    exported = service.export_answers(assessment)

    service.delete(assessment)
    with pytest.raises(NotFound, match=f"there is no assessment {assessment}"):
        service.get_assessment(assessment)
    assert [s.id for s in service.list_assessments(include_archived=True)] == [follow_up]
    assert service.get_assessment(follow_up).answers["dpia"].value == "planned"
    deletion = service.audit_trail(assessment)[-1]
    assert deletion.action == "delete" and deletion.new is None
    assert deletion.old is not None and '"dpia"' in deletion.old
    assert exported.answers["dpia"].evidence[0].target in deletion.old

    service.delete(follow_up)
    state = database_state(db_url)
    for table in ("assessments", "systems", "answers", "evidence", "actions",
                  "action_questions", "comments", "snapshots"):
        assert state[table] == [], table


def test_snapshots_freeze_answers_and_scores(service: AssessmentService,
                                             assessment: int) -> None:
    answer_all(service, assessment)
    first = service.take_snapshot(assessment, "Submitted to the board")
    service.set_answer(assessment, "dpia", "done")
    service.set_answer(assessment, "encryption", 5)
    second = service.take_snapshot(assessment, "After mitigation")
    snapshots = service.list_snapshots(assessment)
    assert [(s.id, s.label) for s in snapshots] == [(first, "Submitted to the board"),
                                                    (second, "After mitigation")]
    assert snapshots[0].residual == 60.0 and snapshots[0].level_id == "high"
    assert snapshots[1].residual < snapshots[0].residual
    frozen = service.snapshot_answers(first)
    assert frozen.values()["dpia"] == "planned"
    assert service.snapshot_answers(second).values()["dpia"] == "done"


def test_changes_are_there_after_reopening(db_url: str, mini: Questionnaire) -> None:
    with AssessmentService.open(db_url, user="alice") as first:
        assessment = first.create_assessment(mini, SystemData("Reopened"))
        answer_all(first, assessment)
    with AssessmentService.open(db_url, user="bob") as second:
        assert second.score(assessment) == score(mini, FULL)
        second.set_answer(assessment, "people", 10)
        assert second.get_assessment(assessment).answers["people"].answered_by == "bob"


def test_the_user_defaults_to_the_login_name(db_url: str, mini: Questionnaire,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "carol")
    monkeypatch.setenv("USER", "carol")
    with AssessmentService.open(db_url) as opened:
        assessment = opened.create_assessment(mini, SystemData("X"))
        assert opened.audit_trail(assessment)[0].user == "carol"


def test_questionnaires_lists_the_latest_version_of_each(service: AssessmentService) -> None:
    # Beside the bundled questionnaires (one version each), three versions of the mini one,
    # the latest found neither first nor last.
    for name, version in (("mini-a.yaml", "1.0"), ("mini-b.yaml", "1.1"), ("mini-c.yaml", "0.9")):
        install({**mini_data(), "version": version}, name)
    listed = sorted((q.id, q.version) for q in service.questionnaires())
    assert listed == [("mini", "1.1"), ("responsible-ai-impact", "2.0.0"),
                      ("third-party-ai-quick-check", "1.1.0")]


def test_setting_the_same_answer_again_changes_nothing(
        db_url: str, service: AssessmentService, assessment: int) -> None:
    service.set_answer(assessment, "people", 10)
    before = database_state(db_url)
    assert service.set_answer(assessment, "people", 10.0).answered_questions == 1
    assert database_state(db_url) == before


def test_invalid_input_names_the_problem(service: AssessmentService, assessment: int) -> None:
    with pytest.raises(InvalidInput, match="has no option 'maybe'"):
        service.set_answer(assessment, "personal_data", "maybe")
