"""An assessment made with the bundled impact assessment 1.0.0 moves to 2.0.0 through
the migration offer: every answer whose question still means the same is carried, the
rest are listed for a fresh look (and kept in the snapshot taken before moving)."""

from __future__ import annotations

from raiassess.core.catalog import load_catalog
from raiassess.core.loader import load_questionnaire
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData
from tests.helpers.paths import REPO
from tests.helpers.sample_answers import sample_answers

VERSION_1 = REPO / "tests" / "core" / "data" / "v1" / "responsible-ai-impact.yaml"

#: The questions of 1.0.0 that 2.0.0 keeps with the same type, English wording and
#: options (the authors' notes list them, section by section). ``threat_model`` and
#: ``access_control`` keep their ids but gained options, so they are asked again.
KEPT = (
    "intended_use", "affected_people", "ai_technique", "personal_data", "generates_content",
    "go_live_date", "data_representativeness", "label_quality", "bias_monitoring",
    "known_performance_gaps", "model_card", "datasheets", "limitations_communicated",
    "public_summary", "accountable_owner", "ai_policy", "regulatory_classification",
    "risk_register", "audit_logs", "incident_response", "independent_review",
    "change_management", "release_gate", "decommissioning", "user_input_data", "dpia",
    "international_transfers", "prompt_injection_controls", "supply_chain",
    "robustness_fallback", "security_monitoring", "stakeholder_engagement",
    "worker_consultation", "accessibility", "misuse_assessment", "manipulation_risk",
    "benefit_harm_balance", "staged_rollout", "harmful_content_controls",
    "content_human_review", "operator_training", "appeal_process", "redress", "contact_point",
)


def test_version_1_moves_to_version_2_carrying_what_still_means_the_same(
        service: AssessmentService) -> None:
    old = load_questionnaire(VERSION_1)
    assert old.version == "1.0.0"
    assessment = service.create_assessment(old, SystemData("Loan pre-screening"), "")
    answers = sample_answers(old, seed=7)
    for question_id, value in answers.values().items():
        service.set_answer(assessment, question_id, value)
    stored = set(answers.values())

    newer = service.newer_questionnaire(assessment)
    bundled = load_catalog().find("responsible-ai-impact")
    assert newer is not None and bundled is not None
    assert (newer.version, newer.fingerprint()) == ("2.0.0", bundled.fingerprint())
    plan = service.migrate_questionnaire(assessment, newer)
    order = [q.id for q in old.all_questions()]
    assert plan.carried == tuple(q for q in order if q in stored and q in KEPT)
    assert plan.dropped == tuple(q for q in order if q in stored and q not in KEPT)
    assert {"threat_model", "access_control", "system_purpose"} <= set(plan.dropped)

    service.migrate_questionnaire(assessment, newer, apply=True)
    detail = service.get_assessment(assessment)
    assert detail.summary.questionnaire_version == "2.0.0"
    assert {q: a.value for q, a in detail.answers.items() if a.value is not None} == {
        q: answers.values()[q] for q in plan.carried}
    # What was not carried stays readable in the snapshot taken before the move.
    (snapshot,) = service.list_snapshots(assessment)
    assert service.snapshot_answers(snapshot.id).values() == answers.values()
