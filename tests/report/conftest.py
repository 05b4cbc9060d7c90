"""Fixtures for the report tests: the bundled questionnaire, a sample assessment, and
its report rendered once and read back with pypdf."""

from __future__ import annotations

import pytest

from raiassess.core.answers import AnswersFile
from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score
from raiassess.report import render_report_bytes
from tests.helpers.paths import REPO
from tests.helpers.reading import GENERATED, ReadBack, read_back
from tests.helpers.sample_answers import sample_answers


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(REPO / "questionnaires" / "responsible-ai-impact.yaml")


@pytest.fixture(scope="session")
def missing_question(questionnaire: Questionnaire) -> str:
    """A required question that no condition depends on, left unanswered in the sample."""
    depended = {qid for q in questionnaire.all_questions() if q.show_if
                for qid in q.show_if.questions()}
    section = questionnaire.sections[2]
    return next(q.id for q in section.questions
                if q.required and q.show_if is None and q.id not in depended)


@pytest.fixture(scope="session")
def sample(questionnaire: Questionnaire, missing_question: str) -> AnswersFile:
    return sample_answers(questionnaire, unanswered=(missing_question,))


@pytest.fixture(scope="session")
def sample_result(questionnaire: Questionnaire, sample: AnswersFile) -> ScoreResult:
    return score(questionnaire, sample.values())


@pytest.fixture(scope="session")
def report(questionnaire: Questionnaire, sample: AnswersFile,
           sample_result: ScoreResult) -> ReadBack:
    return read_back(render_report_bytes(questionnaire, sample, sample_result,
                                         generated_at=GENERATED))
