"""Assessments keep the questionnaire they were started with, until moved explicitly."""

from __future__ import annotations

from typing import Any

import pytest

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.databases import database_state
from tests.helpers.questionnaires import install, mini_data


def question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    for section in data["sections"]:
        for item in section["questions"]:
            if item["id"] == question_id:
                return item  # type: ignore[no-any-return]
    raise KeyError(question_id)


def version_two() -> dict[str, Any]:
    """mini 2.0: reworded, removed and re-scored questions beside unchanged ones."""
    data = mini_data()
    data["version"] = "2.0"
    question(data, "purpose")["text"] = "Describe the purpose and the users."
    dpia = question(data, "dpia")
    dpia["options"] = [o for o in dpia["options"] if o["id"] != "planned"]
    question(data, "people")["number"]["bands"][1]["risk"] = 5  # scoring only
    question(data, "encryption")["guidance"] = "Rewritten guidance."
    privacy = data["sections"][1]
    privacy["questions"] = [q for q in privacy["questions"] if q["id"] != "review_date"]
    privacy["questions"].append({"id": "oversight", "type": "yes_no",
                                 "text": "Is there human oversight?", "guidance": "Who checks?"})
    return data


def test_editing_the_questionnaire_file_does_not_change_an_assessment(
        service: AssessmentService) -> None:
    original = install(mini_data(), "mini.yaml")
    assessment = service.create_assessment(original, SystemData("Pinned"))
    service.set_answer(assessment, "dpia", "none")
    service.set_answer(assessment, "personal_data", "yes")
    before = service.score(assessment)

    edited = mini_data()
    question(edited, "dpia")["options"][2]["risk"] = 0
    install(edited, "mini.yaml")
    detail = service.get_assessment(assessment)
    assert detail.questionnaire.fingerprint() == original.fingerprint()
    assert service.score(assessment) == before
    # Same version, different text: not offered as a newer version either.
    assert service.newer_questionnaire(assessment) is None


def test_a_newer_installed_version_is_offered(service: AssessmentService,
                                              mini: Questionnaire) -> None:
    assessment = service.create_assessment(mini, SystemData("Offered"))
    assert service.newer_questionnaire(assessment) is None
    install(version_two(), "mini-2.yaml")
    newer = service.newer_questionnaire(assessment)
    assert newer is not None and newer.version == "2.0"


@pytest.fixture
def answered(service: AssessmentService, mini: Questionnaire) -> int:
    assessment = service.create_assessment(mini, SystemData("Moving"))
    for question_id, value in {"personal_data": "yes", "people": 5000, "purpose": "Triage",
                               "dpia": "planned", "data_kinds": ["health"], "encryption": 2,
                               "review_date": "2026-05-01"}.items():
        service.set_answer(assessment, question_id, value)
    service.set_note(assessment, "people", "survey")
    service.add_evidence(assessment, "review_date", "link", "https://wiki.example/plan")
    service.add_action(assessment, "Plan the review", questions=["review_date", "dpia"])
    service.add_comment(assessment, "Is the date fixed?", question_id="review_date")
    return assessment


def test_the_migration_plan_lists_carried_and_dropped_answers_and_changes_nothing(
        db_url: str, service: AssessmentService, answered: int) -> None:
    newer = install(version_two(), "mini-2.yaml")
    before = database_state(db_url)
    plan = service.migrate_questionnaire(answered, newer)
    assert (plan.from_version, plan.to_version) == ("1.0", "2.0")
    assert plan.carried == ("personal_data", "people", "data_kinds", "encryption")
    assert plan.dropped == ("purpose", "dpia", "review_date")
    assert database_state(db_url) == before


def test_a_translation_added_beside_the_wording_carries_the_answer(
        service: AssessmentService, answered: int) -> None:
    data = mini_data()
    data["version"] = "1.1"
    dpia = question(data, "dpia")
    dpia["text"] = {"en": dpia["text"], "fr": "Une AIPD a-t-elle été réalisée ?"}
    for option in dpia["options"]:
        option["label"] = {"en": option["label"], "fr": f"({option['id']}) en français"}
    purpose = question(data, "purpose")
    purpose["text"] = {"en": "Describe the purpose and the users.", "fr": "Décrivez l'usage."}
    plan = service.migrate_questionnaire(answered, install(data, "mini-1.1.yaml"))
    assert "dpia" in plan.carried  # the same English wording, French added beside it
    assert "purpose" in plan.dropped  # the English wording itself changed


def test_applying_a_migration_moves_the_assessment_and_keeps_a_snapshot(
        service: AssessmentService, answered: int) -> None:
    newer = install(version_two(), "mini-2.yaml")
    old_answers = service.export_answers(answered)
    plan = service.migrate_questionnaire(answered, newer, apply=True)

    detail = service.get_assessment(answered)
    assert detail.questionnaire.fingerprint() == newer.fingerprint()
    assert detail.summary.questionnaire_version == "2.0"
    assert {q: a.value for q, a in detail.answers.items()} == {
        "personal_data": "yes", "people": 5000, "data_kinds": ["health"], "encryption": 2}
    assert detail.answers["people"].note == "survey"
    assert detail.answers["people"].answered_at == old_answers.answers["people"].answered_at
    (action,) = detail.actions
    assert action.questions == ("dpia",)
    (comment,) = detail.comments
    assert comment.question_id is None and comment.text == "Is the date fixed?"
    # The cached score follows the new version's scoring (people now weighs 5).
    assert detail.summary.residual == service.score(answered).residual
    assert service.score(answered).questionnaire_version == "2.0"

    (snapshot,) = service.list_snapshots(answered)
    assert snapshot.label == "Before moving to version 2.0"
    frozen = service.snapshot_answers(snapshot.id)
    assert frozen.values()["dpia"] == "planned" and frozen.values()["review_date"] == "2026-05-01"
    entry = service.audit_trail(answered)[-1]
    assert (entry.action, entry.old) == ("questionnaire", "1.0")
    assert entry.new is not None and '"dropped":["purpose","dpia","review_date"]' in entry.new
    assert plan.dropped == ("purpose", "dpia", "review_date")
    # The export of the moved assessment is a valid file of the new version.
    exported = service.export_answers(answered)
    assert exported.questionnaire.version == "2.0"
    assert service.export_answers(service.import_answers(exported)) == exported
    assert service.newer_questionnaire(answered) is None

