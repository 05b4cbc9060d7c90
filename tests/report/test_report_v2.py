"""The report of a format-2 assessment: findings first, a draft's range, why the level
is what it is, the recommendations ranked, and the method as it was applied."""

from __future__ import annotations

from functools import cache
from typing import Any

from raiassess.core.answers import AnswersFile
from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import score
from raiassess.report import render_report_bytes
from tests.helpers.paths import SCREENING
from tests.helpers.reading import GENERATED, ReadBack, flatten, read_back

CREDIT = {"purpose": "credit", "prohibited": "no", "about_people": "yes", "autonomy": "advice",
          "ai_act_class": "high", "fairness_tests": ["error_rates"], "oversight": "sometimes",
          "logging": "yes"}


@cache
def _questionnaire() -> Questionnaire:
    return load_questionnaire(SCREENING)


def _report(values: dict[str, Any]) -> ReadBack:
    questionnaire = _questionnaire()
    answers = AnswersFile.model_validate({
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "system": {"name": "Loan pre-screening"}, "answers": values})
    result = score(questionnaire, answers.values())
    return read_back(render_report_bytes(questionnaire, answers, result,
                                         generated_at=GENERATED))


def test_a_blocking_finding_and_a_contradiction_are_on_the_first_page() -> None:
    report = _report({**CREDIT, "prohibited": "possibly", "ai_act_class": "minimal"})
    cover = flatten(report.pages[0])
    assert flatten("Unacceptable") in cover
    assert flatten("BLOCKING FINDING Possibly a prohibited practice under Art. 5: do not "
                   "deploy.") in cover
    assert flatten("CONTRADICTION IN THE ANSWERS Credit decisions are listed in Annex III")\
        in cover
    summary = next(page for page in report.pages if page.startswith("Executive summary"))
    assert flatten(summary).index(flatten("BLOCKING FINDING")) < \
        flatten(summary).index(flatten("OVERALL RESIDUAL RISK"))


def test_a_draft_says_so_and_shows_what_it_can_still_reach() -> None:
    report = _report({"purpose": "credit", "about_people": "yes", "oversight": "always"})
    cover = flatten(report.pages[0])
    assert flatten("OVERALL RESIDUAL RISK, SO FAR") in cover
    assert flatten("This assessment is not finished.") in cover
    assert flatten("once complete it can land anywhere from") in cover


def test_the_summary_explains_the_level_and_ranks_the_recommendations() -> None:
    report = _report(CREDIT)
    text = flatten(report.text)
    assert flatten("Why this level The residual risk of 32.1 % gives Medium.") in text
    assert flatten("What sets the impact. 1.1 Credit decisions (Annex III 5(b)) (8 of 8 "
                   "points); 1.3 Yes (4 of 4 points).") in text
    assert flatten("What the controls take off. 2.1 Error rates by group: 4.29 points") in text
    assert flatten("Recommendations, most effective first") in text
    first, second = text.index(flatten("Measure disparate impact.")), \
        text.index(flatten("Let reviewers override every decision."))
    assert first < second  # 6.43 points off before 4.29
    assert flatten("Not examined, and so counted at their riskiest: 2.2 as 'A gap was "
                   "found'.") in text
    assert flatten("2.2: not asked because 2.1 is answered 'Error rates by group'") in text


def test_the_appendix_states_the_format_2_method_and_the_levels_as_bounded() -> None:
    text = flatten(_report(CREDIT).text)
    assert flatten("full coverage takes 60 % off the impact, and no more") in text
    assert flatten("Controls never take the level more than 1 level below the level of the "
                   "impact itself.") in text
    assert flatten("3 rules of the questionnaire apply last") in text
    assert flatten("Unacceptable only by a rule") in text
    assert flatten("Low up to 20 %") in text
