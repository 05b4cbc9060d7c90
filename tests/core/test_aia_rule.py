"""Canada's Algorithmic Impact Assessment rule, reproduced exactly.

As its public documentation states it: the raw impact score is the sum of the points
of the chosen answers of the impact questions (checkbox answers summed), the
mitigation score likewise; if the mitigation score reaches 80 % of its maximum, the
raw impact score is reduced by 15 %; the levels I to IV end at 25, 50 and 75 % of the
maximum raw impact score. A question counts when it applies (its condition is not
false), answered or not, an unanswered one with no points.

The rule is written out again here from the questionnaire's raw data, without any of
raiassess's scoring code, and compared with ``score()`` on random answer sets.
"""

from __future__ import annotations

import math
import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import score

PATH = Path(__file__).parent / "data" / "v2" / "aia-like.yaml"
RAW: dict[str, Any] = yaml.safe_load(PATH.read_text(encoding="utf-8"))
QUESTIONS = [q for section in RAW["sections"] for q in section["questions"]]
LEVELS = ["level_1", "level_2", "level_3", "level_4"]


@cache
def questionnaire() -> Questionnaire:
    return load_questionnaire(PATH)


def _options(question: dict[str, Any]) -> list[dict[str, Any]]:
    if "options" in question:
        return question["options"]
    return [{"id": "yes"}, {"id": "no"}]


def _applies(question: dict[str, Any], answers: dict[str, Any]) -> bool:
    condition = question.get("show_if")
    if condition is None:
        return True
    gate = next(q for q in QUESTIONS if q["id"] == condition["question"])
    if not _applies(gate, answers):
        return False
    if gate["id"] not in answers:
        return True  # not yet known: the question applies
    value = answers[gate["id"]]
    if "equals" in condition:
        return bool(value == condition["equals"])
    return condition["includes"] in value


def _points(question: dict[str, Any], value: Any, kind: str) -> int:
    chosen = value if isinstance(value, list) else [value]
    return sum(o.get(kind, 0) for o in _options(question) if o["id"] in chosen)


def _most(question: dict[str, Any], kind: str) -> int:
    points = [o.get(kind, 0) for o in _options(question)]
    return sum(points) if question["type"] == "multi_choice" else max(points)


def aia_rule(answers: dict[str, Any]) -> tuple[str, int, int]:
    """The level, the current score and the maximum raw impact score."""
    raw = raw_max = mitigation = mitigation_max = 0
    for question in QUESTIONS:
        if not _applies(question, answers):
            continue
        value = answers.get(question["id"])
        raw_max += _most(question, "impact")
        mitigation_max += _most(question, "control")
        if value is not None:
            raw += _points(question, value, "impact")
            mitigation += _points(question, value, "control")
    current = raw
    if mitigation_max and mitigation * 100 >= 80 * mitigation_max:
        current = math.floor(raw * 85 / 100 + 0.5)  # whole points, halves up
    for level, bound in zip(LEVELS, (25, 50, 75), strict=False):
        if current * 100 <= bound * raw_max:
            return level, current, raw_max
    return LEVELS[-1], current, raw_max


def _random_answers(rnd: random.Random, share: float) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for question in QUESTIONS:
        if not _applies(question, answers) or rnd.random() > share:
            continue
        ids = [o["id"] for o in _options(question)]
        if question["type"] == "multi_choice":
            answers[question["id"]] = sorted(rnd.sample(ids, rnd.randint(1, len(ids))))
        else:
            answers[question["id"]] = rnd.choice(ids)
    return answers


def _check(answers: dict[str, Any]) -> tuple[str, int, int]:
    expected = aia_rule(answers)
    level, current, raw_max = expected
    result = score(questionnaire(), answers)
    assert result.level.id == level, (answers, expected, result.residual)
    assert result.residual == pytest.approx(round(100 * current / raw_max, 2), abs=0.005)
    return expected


@settings(max_examples=500, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1),
       share=st.sampled_from([1.0, 1.0, 0.9, 0.6]))
def test_the_aia_rule_is_reproduced_exactly(seed: int, share: float) -> None:
    _check(_random_answers(random.Random(seed), share))


def test_the_boundaries_are_met_and_reproduced() -> None:
    """Every boundary (25, 50 and 75 %, mitigation at exactly 80 %) occurs in a sweep of
    answer sets, each matching the rule."""
    rnd = random.Random(2026)
    seen: set[str] = set()
    for _ in range(4000):
        answers = _random_answers(rnd, rnd.choice([1.0, 0.8]))
        _, current, raw_max = _check(answers)
        for bound in (25, 50, 75):
            if current * 100 == bound * raw_max:
                seen.add(f"{bound} %")
        mitigation = sum(_points(q, answers[q["id"]], "control") for q in QUESTIONS
                         if q["id"] in answers and _applies(q, answers))
        most = sum(_most(q, "control") for q in QUESTIONS if _applies(q, answers))
        if mitigation * 100 == 80 * most:
            seen.add("mitigation 80 %")
    assert seen == {"25 %", "50 %", "75 %", "mitigation 80 %"}


def test_the_reduction_rounds_halves_up() -> None:
    # raw 25 of 31 with every control in place: 25 x 0.85 = 21.25, so 21 points
    answers = {"reason": "new_service", "rights": "yes", "rights_kind": ["benefits",
               "licences", "status"], "pressure": "high", "vulnerable": "yes",
               "autonomy": "automated", "reversible": "never", "techniques": ["rules"],
               "explanation": "yes", "appeal": "yes", "personal": "no", "sources": "own",
               "quality": "yes", "consulted": ["legal", "privacy", "public"], "gba": "yes",
               "monitoring": "continuous", "peer_review": "yes", "audit_trail": "yes"}
    level, current, raw_max = _check(answers)
    assert (current, raw_max) == (21, 31)
    assert level == "level_3"
