"""Generated, realistic answer sets for report tests, the sample script and the benchmark.

``sample_answers`` answers every question that is asked (conditions are followed as
the answers are made, as a person filling in the questionnaire would), with notes,
evidence, authors and dates on a share of them, an action plan and review comments.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from raiassess.core.answers import AnswersFile, Evidence, check_answers_file
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.core.scoring import condition_holds

PEOPLE = ("Amira Haddad", "Jonas Berg", "Li Wei", "Sofia Marques", "Tomás Ruiz")
TEXT_ANSWERS = (
    "Screening of incoming applications for the graduate programme. Out of scope: "
    "final hiring decisions, internal promotions and any use outside the EU.",
    "The model ranks applications; a recruiter reviews every ranked list and makes the "
    "decision.\nRecruiters can see the three main factors behind each rank.",
    "Quarterly review by the data protection officer and the HR analytics lead.",
)
NOTES = (
    "Confirmed with legal on 12 March; the DPIA is attached to the evidence.",
    "Disparate impact ratio is 0.86 for age over 50 and 0.91 for gender (test set of "
    "4,200 applications, 2024 intake). We will re-run after the next retraining.",
    "Partly done: the opt-out exists on the web form but not yet in the mobile app.",
    "Owner: HR analytics. Reviewed at the monthly model governance meeting.",
)
EVIDENCE = (
    ("link", "https://wiki.example.org/ai/model-card-screening-v3",
     "Model card, version 3"),
    ("file", "DPIA-2024-07-screening.pdf", "Data protection impact assessment"),
    ("link", "https://git.example.org/hr/screening/-/blob/main/docs/fairness.md",
     "Fairness test results"),
)

HOSTILE = {
    "markup": "<b>&amp;</b> <script>alert('x')</script> & <i>not italic</i> <font size=40>",
    "emoji": "Reviewed 👍 by the team 🎉 — ok ✓",
    "long_word": "x" * 5000,
    "arabic": "تمت مراجعة النموذج من قبل فريق حماية البيانات",
    "hebrew": "המודל נבדק על ידי צוות הגנת הפרטיות",
    "cjk": "该模型已由数据保护团队审查。モデルはレビュー済みです。모델 검토 완료",
    "control": "tab\there, bell\x07 and nul\x00 characters",
}
HUGE = " ".join(f"word{i:05d}" for i in range(12_000))[:100_000]
"""100,000 characters, the most a note or answer may hold."""


def _value(question: Question, rng: random.Random) -> Any:
    kind = question.type
    options = [o.id for o in question.options or ()]
    if kind in ("single_choice", "yes_no"):
        return rng.choice(options)
    if kind == "multi_choice":
        # An exclusive option ("None of these", "not applicable") is chosen alone or not at all.
        alone = [o.id for o in question.options or () if o.exclusive or o.not_applicable]
        together = [o for o in options if o not in alone]
        if alone and (not together or rng.random() < 0.2):
            return [rng.choice(alone)]
        return rng.sample(together, k=min(len(together), rng.randint(1, 3)))
    if kind == "scale":
        assert question.scale is not None
        return rng.randint(question.scale.min, question.scale.max)
    if kind == "number":
        assert question.number is not None
        low = question.number.min if question.number.min is not None else 0
        high = question.number.max if question.number.max is not None else low + 50_000
        return int(rng.uniform(low, high))
    if kind == "date":
        return (dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 300))).isoformat()
    return rng.choice(TEXT_ANSWERS)


def sample_answers(questionnaire: Questionnaire, *, seed: int = 5,
                   unanswered: tuple[str, ...] = (), extras: bool = True,
                   values: dict[str, Any] | None = None) -> AnswersFile:
    """An answers file that answers every question asked, except ``unanswered``.

    ``values`` fixes the answers of some questions (others are drawn at random).
    """
    rng = random.Random(seed)
    given: dict[str, Any] = {}
    visible: dict[str, bool] = {}
    fixed = values or {}
    for question in questionnaire.evaluation_order():
        cond = question.show_if
        visible[question.id] = cond is None or condition_holds(cond, given, visible)
        if not visible[question.id] or question.id in unanswered:
            continue
        given[question.id] = fixed.get(question.id, _value(question, rng))
    answers: dict[str, Any] = {}
    start = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)
    for index, question in enumerate(questionnaire.all_questions()):
        if question.id not in given:
            continue
        entry: dict[str, Any] = {"value": given[question.id]}
        if extras:
            entry["answered_by"] = PEOPLE[index % len(PEOPLE)]
            entry["answered_at"] = start + dt.timedelta(hours=7 * index)
            if index % 3 == 0:
                entry["note"] = NOTES[index % len(NOTES)]
            if index % 4 == 1:
                kind, target, description = EVIDENCE[index % len(EVIDENCE)]
                entry["evidence"] = [{"kind": kind, "target": target,
                                      "description": description}]
        answers[question.id] = entry
    data: dict[str, Any] = {
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "system": {
            "name": "TalentMatch candidate screening",
            "description": "Ranks incoming job applications for the graduate programme "
                           "so that recruiters read the most relevant ones first.",
            "owner": "Jonas Berg",
            "team": "HR analytics",
            "deployment_context": "EU-wide, about 40,000 applications a year; recruiters "
                                  "in five countries use the ranked lists.",
        },
        "title": "Pre-launch assessment, spring 2025",
        "status": "in_review",
        "created_at": dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC),
        "updated_at": dt.datetime(2025, 4, 14, 16, 30, tzinfo=dt.UTC),
        "answers": answers,
    }
    if extras:
        data.update(_plan(questionnaire, given))
    return check_answers_file(AnswersFile.model_validate(data), questionnaire)


def _plan(questionnaire: Questionnaire, given: dict[str, Any]) -> dict[str, Any]:
    ids = [q.id for q in questionnaire.all_questions() if q.id in given]
    pick = ids[:: max(1, len(ids) // 7)]
    return {
        "notes": "The assessment was prepared by the HR analytics team with legal and the "
                 "data protection officer.\n\nOpen points are tracked in the action plan.",
        "actions": [
            {"title": "Run a bias audit on the 2025 intake", "owner": "Li Wei",
             "due": "2025-05-30", "status": "in_progress", "questions": pick[1:3],
             "description": "Compute selection rates per group on the spring intake and "
                            "compare them with the 2024 baseline."},
            {"title": "Add an opt-out to the mobile application form",
             "owner": "Sofia Marques", "due": "2025-03-31", "status": "open",
             "questions": pick[3:4]},
            {"title": "Publish the model card on the careers site", "owner": "Amira Haddad",
             "due": "2025-06-15", "status": "open", "questions": pick[4:5]},
            {"title": "Train recruiters on automation bias", "owner": "Tomás Ruiz",
             "due": "2025-02-28", "status": "done", "questions": pick[5:6]},
            {"title": "Replace the legacy keyword filter", "owner": "Jonas Berg",
             "status": "cancelled",
             "description": "Dropped: the filter was retired with the new pipeline."},
        ],
        "comments": [
            {"author": "Dr. Hannah Okafor", "role": "Ethics board chair",
             "text": "Please attach the fairness test results before the board meeting.",
             "created_at": "2025-04-10T10:00:00+00:00"},
            {"author": "Marc Dubois", "role": "Data protection officer",
             "text": "The lawful basis looks right; check retention for rejected candidates.",
             "question": pick[2], "created_at": "2025-04-11T15:20:00+00:00"},
        ],
    }


def with_hostile_text(questionnaire: Questionnaire, sample: AnswersFile) -> AnswersFile:
    """The sample assessment with hostile text in every kind of field a user fills in."""
    answers = dict(sample.answers)
    kinds = {qid: questionnaire.question(qid) for qid in answers}
    choice_ids = [qid for qid, q in kinds.items() if q is not None and q.type != "text"]
    text_ids = [qid for qid, q in kinds.items() if q is not None and q.type == "text"]
    for qid, value in zip(choice_ids, HOSTILE.values(), strict=False):
        answers[qid] = answers[qid].model_copy(update={"note": value})
    answers[choice_ids[20]] = answers[choice_ids[20]].model_copy(update={"note": HUGE})
    answers[choice_ids[21]] = answers[choice_ids[21]].model_copy(update={"evidence": [
        Evidence(kind="link", target="https://example.org/" + "a" * 3000,
                 description=HOSTILE["cjk"]),
        Evidence(kind="file", target="<evil>&file.pdf", description=HOSTILE["markup"])]})
    answers[text_ids[0]] = answers[text_ids[0]].model_copy(
        update={"value": HOSTILE["markup"] + "\n" + HOSTILE["arabic"]})
    answers[text_ids[1]] = answers[text_ids[1]].model_copy(update={"value": HUGE})
    actions = [sample.actions[0].model_copy(update={
        "title": HOSTILE["markup"], "owner": HOSTILE["cjk"][:40],
        "description": HOSTILE["long_word"]}), *sample.actions[1:]]
    comments = [sample.comments[0].model_copy(update={
        "author": "O'Brien & <Partners>", "role": "<role>", "text": HOSTILE["emoji"]}),
        *sample.comments[1:]]
    system = sample.system.model_copy(update={
        "name": "模型 <System> & " + HOSTILE["emoji"][:20], "owner": HOSTILE["arabic"][:30],
        "description": HUGE, "team": "<i>draft</i>"})
    return sample.model_copy(update={
        "answers": answers, "actions": actions, "comments": comments, "system": system,
        "notes": HOSTILE["control"], "title": HOSTILE["markup"]})
