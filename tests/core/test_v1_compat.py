"""Questionnaires of format 1 score exactly as they did before format 2 existed.

``data/v1/`` holds the bundled questionnaires and the test questionnaire as they were
in format 1, and ``figures.json`` 48 answer sets (complete and partial) with every
figure the scoring gave them then. Assessments pinned to a format-1 questionnaire
must keep their level, so these figures never change.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score

DATA = Path(__file__).parent / "data" / "v1"
CASES = json.loads((DATA / "figures.json").read_text(encoding="utf-8"))


@cache
def _questionnaire(name: str) -> Questionnaire:
    return load_questionnaire(DATA / f"{name}.yaml")


def _figures(result: ScoreResult) -> dict[str, Any]:
    keys = ("id", "visible", "answered", "risk_points", "risk_max", "mitigation_points",
            "mitigation_max", "inherent", "mitigation", "reduction", "residual")
    return {
        "sections": [{key: getattr(s, key) for key in keys} | {"level": s.level.id}
                     for s in result.sections],
        "inherent": result.inherent, "mitigation": result.mitigation,
        "residual": result.residual, "level": result.level.id, "complete": result.complete,
        "completeness": result.completeness, "visible_questions": result.visible_questions,
        "answered_questions": result.answered_questions,
        "missing_required": [m.question_id for m in result.missing_required],
        "contributions": [[c.question_id, c.risk, c.mitigation] for c in result.contributions],
        "hidden_questions": list(result.hidden_questions),
    }


def test_the_frozen_cases_cover_every_level_and_drafts() -> None:
    assert len(CASES) == 48
    assert {case["expected"]["level"] for case in CASES} >= {"low", "medium", "high"}
    assert any(not case["expected"]["complete"] for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['questionnaire']}")
def test_format_1_scores_as_it_always_did(case: dict[str, Any]) -> None:
    questionnaire = _questionnaire(case["questionnaire"])
    assert questionnaire.format_version == 1
    assert _figures(score(questionnaire, case["values"])) == case["expected"]
