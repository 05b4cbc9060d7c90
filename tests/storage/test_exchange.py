"""Export to the portable answers file and import from it: lossless, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from raiassess.core.answers import AnswersFile, read_answers_file, write_answers_file
from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.errors import InvalidInput
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import database_state, postgres_schema


def fill(service: AssessmentService, assessment: int) -> None:
    """Use every part of an assessment the answers file carries."""
    service.update_system(assessment, SystemData(
        "Triage assistant", description="Ranks incoming cases.\nSecond line: «ünïcode»",
        owner="Dana", team="Clinical AI", deployment_context="Two hospitals"))
    for question_id, value in {"personal_data": "yes", "people": 1234.5,
                               "purpose": "Triage\n  with indentation", "dpia": "planned",
                               "data_kinds": ["contact", "biometric"], "encryption": 3,
                               "review_date": "2026-06-30"}.items():
        service.set_answer(assessment, question_id, value)
    service.set_note(assessment, "people", "From the survey")
    service.set_note(assessment, "encryption", "Only a note, after clearing")
    service.set_answer(assessment, "encryption", None)
    service.add_evidence(assessment, "dpia", "link", "https://wiki.example/dpia", "Record")
    service.add_evidence(assessment, "dpia", "file", "/shared/dpia.pdf")
    service.add_evidence(assessment, "purpose", "link", "https://wiki.example/purpose")
    service.add_action(assessment, "Finish the DPIA", description="Before go-live",
                       owner="Dana", due=dt.date(2026, 2, 1), status="in_progress",
                       questions=["dpia", "data_kinds"])
    service.add_action(assessment, "Minimise data")
    service.add_comment(assessment, "Please attach the DPIA.", author="Ines", role="DPO",
                        question_id="dpia")
    service.add_comment(assessment, "Overall fine.", role="Board")
    service.set_notes(assessment, "General notes")
    service.set_status(assessment, "in_review")


def test_the_record_of_a_report_is_the_pinned_questionnaire_with_the_answers(
        service: AssessmentService, assessment: int) -> None:
    fill(service, assessment)
    questionnaire, answers = service.export_record(assessment)
    assert questionnaire == service.get_assessment(assessment).questionnaire
    assert answers == service.export_answers(assessment)
    assert answers.questionnaire.fingerprint == questionnaire.fingerprint()


def test_export_then_import_rebuilds_the_assessment_exactly(
        service: AssessmentService, assessment: int, tmp_path: Path) -> None:
    fill(service, assessment)
    exported = service.export_answers(assessment)
    assert exported.questionnaire.fingerprint == \
        service.get_assessment(assessment).questionnaire.fingerprint()
    for name in ("answers.json", "answers.yaml"):
        write_answers_file(exported, tmp_path / name)
        from_file, _ = read_answers_file(tmp_path / name)
        assert from_file == exported, name
        copy = service.import_answers(from_file)
        assert service.export_answers(copy) == exported
        original, imported = service.get_assessment(assessment), \
            service.get_assessment(copy)
        assert imported.summary.residual == original.summary.residual
        assert imported.summary.completeness == original.summary.completeness
        assert imported.system == original.system
        assert [(c.text, c.author, c.role, c.question_id, c.created_at)
                for c in imported.comments] == \
            [(c.text, c.author, c.role, c.question_id, c.created_at) for c in original.comments]
    assert exported.answers["encryption"].value is None
    assert exported.answers["encryption"].note == "Only a note, after clearing"
    assert exported.answers["people"].answered_by == "alice"


def test_import_into_another_database_uses_the_file_alone(
        service: AssessmentService, mini: Questionnaire, assessment: int, tmp_path: Path) -> None:
    fill(service, assessment)
    exported = service.export_answers(assessment)
    # mini is not installed: a fresh database can only use the questionnaire handed over.
    with AssessmentService.open(str(tmp_path / "other.sqlite3"), user="bob") as other:
        with pytest.raises(InvalidInput, match=r"questionnaire 'mini' version 1\.0 is not installed$"):
            other.import_answers(exported)
        copy = other.import_answers(exported, mini)
        assert other.export_answers(copy) == exported
        # Now the copy is pinned in that database, the file alone is enough there too.
        assert other.export_answers(other.import_answers(exported)) == exported


def test_import_on_postgres_matches_sqlite(
        service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    fill(service, assessment)
    exported = service.export_answers(assessment)
    with postgres_schema() as url, AssessmentService.open(url, user="bob") as server:
        copy = server.import_answers(exported, mini)
        assert server.export_answers(copy) == exported


def bad_files(exported: AnswersFile, mini: Questionnaire) -> dict[str, AnswersFile]:
    def with_answers(**answers: object) -> AnswersFile:
        data = exported.model_dump(mode="json")
        data["answers"].update(answers)
        return AnswersFile.model_validate(data)

    data = exported.model_dump(mode="json")
    data["actions"][0]["questions"].append("nope")
    unknown_in_action = AnswersFile.model_validate(data)
    return {
        "has no question 'nope'": with_answers(nope="yes"),
        "takes a number": with_answers(people="many"),
        "has no option 'maybe'": with_answers(dpia="maybe"),
        "names unknown question 'nope'": unknown_in_action,
        "'done' is not a status": exported.model_copy(update={"status": "done"}),
        "version 0.9 is not installed \\(available: 1.0\\)": exported.model_copy(update={"questionnaire": exported.questionnaire.model_copy(update={"version": "0.9"})}),
        "content fingerprint differs": exported.model_copy(update={"questionnaire": exported.questionnaire.model_copy(update={"fingerprint": "0" * 64})}),
        "NUL character": with_answers(purpose="a\x00b"),
    }


def test_a_bad_file_is_refused_whole_and_changes_nothing(
        db_url: str, service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    fill(service, assessment)
    exported = service.export_answers(assessment)
    before = database_state(db_url)
    for message, bad in bad_files(exported, mini).items():
        with pytest.raises(InvalidInput, match=message):
            service.import_answers(bad)
        assert database_state(db_url) == before, message


def test_every_problem_of_a_file_is_named(service: AssessmentService, mini: Questionnaire,
                                          assessment: int) -> None:
    exported = service.export_answers(assessment)
    data = exported.model_dump(mode="json")
    data["answers"] = {"nope": "x", "people": "many", "dpia": "maybe", "encryption": 0}
    with pytest.raises(InvalidInput) as raised:
        service.import_answers(AnswersFile.model_validate(data))
    message = str(raised.value)
    assert message.startswith("the answers file was not imported: ")
    assert "(and 1 more)" in message


def test_a_changed_questionnaire_of_the_same_version_is_not_mixed_up(
        service: AssessmentService, mini: Questionnaire, assessment: int) -> None:
    service.set_answer(assessment, "dpia", "planned")
    exported = service.export_answers(assessment)
    edited = mini.model_copy(update={"description": {"en": "Edited without a new version"}})
    with pytest.raises(InvalidInput, match=r"different text of mini 1\.0"):
        service.import_answers(exported, edited)
    older = exported.model_copy(update={
        "questionnaire": exported.questionnaire.model_copy(update={"version": "0.9"})})
    with pytest.raises(InvalidInput, match=r"given against version 0\.9 of mini, not 1\.0"):
        service.import_answers(older, mini)
