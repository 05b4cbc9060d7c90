"""Fixtures for the report tests: the bundled questionnaire, a sample assessment, and
its report rendered once and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from raiassess.core.answers import AnswersFile
from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, score
from raiassess.report import render_report_bytes
from tests.report.sample_answers import sample_answers

REPO = Path(__file__).resolve().parents[2]
GENERATED = dt.datetime(2025, 4, 15, 9, 30, tzinfo=dt.UTC)
_PAGE_LINE = re.compile(r"(?m)^Page \d+( of \d+)?$")

_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")


@dataclass
class ReadBack:
    """A rendered report and what pypdf reads from it."""

    data: bytes
    reader: PdfReader
    pages: list[str]
    """The text of each page, without its header and footer."""
    raw_pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All body text with every whitespace removed (lines wrap anywhere).

        The report draws right-to-left text in display order with Arabic letters in
        their joined forms; pypdf reads each line of it back in typed order, and NFKC
        turns the joined forms (only those) back into the letters typed.
        """
        return flatten(read_as_typed(self.text))


def read_as_typed(text: str) -> str:
    """Extracted text with Arabic presentation forms replaced by the letters they show."""
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def flatten(text: str) -> str:
    """Text without whitespace, to compare with text that wrapped across lines."""
    return re.sub(r"\s+", "", text)


def body_of(page_text: str) -> str:
    """A page's text without its header and footer, which pypdf reads first."""
    match = _PAGE_LINE.search(page_text)
    assert match is not None, page_text[:200]
    return page_text[match.end():].lstrip("\n")


def read_back(data: bytes) -> ReadBack:
    reader = PdfReader(io.BytesIO(data))
    raw = [page.extract_text() or "" for page in reader.pages]
    return ReadBack(data, reader, [body_of(text) for text in raw], raw)


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
