"""A report of an assessment still on a format-1 questionnaire (the bundled impact
assessment's version 1.0.0, kept frozen under tests/) reads as it always did."""

from __future__ import annotations

from raiassess.core.loader import load_questionnaire
from raiassess.core.scoring import score
from raiassess.report import render_report_bytes
from tests.helpers.paths import REPO
from tests.helpers.reading import GENERATED, read_back
from tests.helpers.sample_answers import sample_answers

VERSION_1 = REPO / "tests" / "core" / "data" / "v1" / "responsible-ai-impact.yaml"


def test_a_format_1_report_speaks_of_risk_and_mitigation() -> None:
    questionnaire = load_questionnaire(VERSION_1)
    assert questionnaire.version == "1.0.0" and questionnaire.format_version == 1
    answers = sample_answers(questionnaire)
    result = score(questionnaire, answers.values())
    back = read_back(render_report_bytes(questionnaire, answers, result,
                                         generated_at=GENERATED))
    text = back.text.replace("\xa0", " ").replace("\n", " ")
    first = result.contributions[0]
    assert f"Risk {first.risk:g} of {first.risk_max:g} points" in text
    assert "from 50 % mitigation, the inherent risk is reduced by 10 %" in text
    assert "The 10 answers that carry the most risk points" in text
    bare = score(questionnaire, {})
    empty = read_back(render_report_bytes(
        questionnaire, answers.model_copy(update={"answers": {}}), bare,
        generated_at=GENERATED))
    assert "No answer carries risk points." in empty.text
