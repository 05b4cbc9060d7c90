"""Anything a user types prints verbatim, and the export never fails."""

from __future__ import annotations

import datetime as dt

import pytest

from raiassess.core.answers import AnswersFile
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import score
from raiassess.report import render_report_bytes
from raiassess.report.markup import clean
from tests.helpers.reading import GENERATED, ReadBack, flatten, read_back
from tests.helpers.sample_answers import HOSTILE, HUGE, with_hostile_text


@pytest.fixture(scope="module")
def hostile(questionnaire: Questionnaire, sample: AnswersFile) -> tuple[AnswersFile, ReadBack]:
    """The sample assessment with hostile text in every field a user can fill in."""
    data = with_hostile_text(questionnaire, sample)
    result = score(questionnaire, data.values())
    return data, read_back(render_report_bytes(questionnaire, data, result,
                                               generated_at=GENERATED))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_verbatim(hostile: tuple[AnswersFile, ReadBack], name: str) -> None:
    _, back = hostile
    assert flatten(clean(HOSTILE[name])) in back.flat


def test_control_characters_are_replaced_visibly(hostile: tuple[AnswersFile, ReadBack]) -> None:
    _, back = hostile
    assert "bell\ufffd and nul\ufffd characters" in back.text


def test_hundred_thousand_characters_print_in_full(
        hostile: tuple[AnswersFile, ReadBack]) -> None:
    _, back = hostile
    assert len(HUGE) == 100_000
    assert back.flat.count(flatten(HUGE)) == 3  # the note, the text answer, the description


def test_hostile_fields_everywhere(hostile: tuple[AnswersFile, ReadBack]) -> None:
    data, back = hostile
    flat = back.flat
    assert flatten(data.system.name) in flatten(back.pages[0])
    # pypdf starts a new line where the header switches fonts.
    assert all(flatten(page).startswith(flatten(data.system.name))
               for page in back.raw_pages)
    for text in (data.system.owner, "<i>draft</i>", "<evil>&file.pdf", "<role>",
                 "O'Brien & <Partners>",
                 "https://example.org/" + "a" * 3000, data.actions[0].owner):
        assert flatten(text) in flat, text[:40]


def test_markup_is_not_interpreted(hostile: tuple[AnswersFile, ReadBack]) -> None:
    _, back = hostile
    assert "<b>&amp;</b>" in back.text
    assert "<script>alert('x')</script>" in back.text


def test_pages_hold_within_the_paper(hostile: tuple[AnswersFile, ReadBack]) -> None:
    _, back = hostile
    total = len(back.reader.pages)
    assert total > 60
    assert f"Page {total} of {total}" in back.raw_pages[-1]


def test_generation_time_without_time_zone(questionnaire: Questionnaire,
                                           sample: AnswersFile) -> None:
    result = score(questionnaire, sample.values())
    back = read_back(render_report_bytes(questionnaire, sample, result,
                                         generated_at=dt.datetime(2025, 1, 2, 3, 4)))
    assert "Generated 2025-01-02 03:04" in back.raw_pages[0]
