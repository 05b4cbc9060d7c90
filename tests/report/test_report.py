"""The report read back with pypdf: contents, structure, pages and metadata."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from pypdf import PdfReader

from raiassess.core.answers import AnswersFile
from raiassess.core.fingerprint import assessment_fingerprint, format_fingerprint
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import (
    ScoreResult,
    answer_label,
    is_answered,
    score,
    scored_points,
)
from raiassess.core.statuses import status_label
from raiassess.report import render_report, render_report_bytes
from tests.helpers.reading import GENERATED, ReadBack, flatten, read_back
from tests.helpers.sample_answers import sample_answers


def visible_questions(questionnaire: Questionnaire, result: ScoreResult):
    hidden = set(result.hidden_questions)
    return [q for q in questionnaire.all_questions() if q.id not in hidden]


def test_every_answer_and_note_appears(report: ReadBack, questionnaire: Questionnaire,
                                       sample: AnswersFile, sample_result: ScoreResult) -> None:
    flat = report.flat
    checked = 0
    for question in visible_questions(questionnaire, sample_result):
        answer = sample.answers.get(question.id)
        assert flatten(question.text["en"]) in flat, question.id
        if answer is None or not is_answered(answer.value):
            continue
        label = answer_label(question, answer.value)
        assert flatten(label) in flat, (question.id, label)
        if answer.note:
            assert flatten(answer.note) in flat, question.id
        for evidence in answer.evidence:
            assert flatten(evidence.target) in flat
            assert flatten(evidence.description) in flat
        checked += 1
    assert checked >= 85


def test_question_numbers_and_points(report: ReadBack, questionnaire: Questionnaire,
                                     sample: AnswersFile, sample_result: ScoreResult) -> None:
    text = report.text
    flat = report.flat
    shown = visible_questions(questionnaire, sample_result)
    asked = {q.id for q in shown}
    for contribution in [c for c in sample_result.contributions if c.question_id in asked][:20]:
        number = re.escape(contribution.number)
        assert re.search(rf"(?m)^{number}\s", text), contribution.number
    # Each answer says what it scores: impact for what the system is, control for a
    # practice in place, and nothing for a question taken out as not applicable.
    seen = set()
    for question in shown:
        answer = sample.answers.get(question.id)
        scored = scored_points(question, answer.value) if answer else None
        if scored is None or scored[0] in seen:
            continue
        kind, got, most = scored
        line = ("Not applicable: out of the score" if kind == "not_applicable"
                else f"{kind.capitalize()} {got:g} of {most:g} points")
        assert line.replace(" ", "") in flat, (question.id, line)
        seen.add(kind)
    assert {"impact", "control"} <= seen


def test_sections_levels_and_figures(report: ReadBack, sample_result: ScoreResult) -> None:
    text = report.text
    for section in sample_result.sections:
        assert section.title in text
        if section.applicable:
            assert f"{section.residual:.1f}" in text
            assert section.level.label in text
    assert f"{sample_result.residual:.1f}" in text
    assert "OVERALL RESIDUAL RISK" in text
    assert sample_result.level.label in text
    assert flatten(sample_result.level.description) in report.flat


def test_cover_facts(report: ReadBack, sample: AnswersFile, questionnaire: Questionnaire) -> None:
    cover = report.pages[0]
    assert sample.system.name in cover
    assert sample.system.owner in cover
    assert sample.system.team in cover
    assert f"{questionnaire.title['en']}, version {questionnaire.version}" in cover
    assert status_label(sample.status) in cover  # "In review", in words
    assert "2025-04-14" in cover  # the assessment's last change
    assert "2025-04-15 09:30 UTC" in cover


def test_fingerprint_in_metadata_and_text(report: ReadBack, questionnaire: Questionnaire,
                                          sample: AnswersFile) -> None:
    expected = assessment_fingerprint(questionnaire, sample)
    metadata = report.reader.metadata
    assert metadata is not None
    assert metadata["/RaiassessFingerprint"] == expected
    assert f"raiassess-fingerprint:sha256:{expected}" in metadata["/Keywords"]
    assert format_fingerprint(expected) in report.text
    short = format_fingerprint(expected)[:17]
    assert all(f"Fingerprint {short}" in page for page in report.raw_pages)


def test_document_metadata(report: ReadBack, sample: AnswersFile,
                           questionnaire: Questionnaire) -> None:
    metadata = report.reader.metadata
    assert metadata is not None
    assert metadata.title == f"AI impact assessment: {sample.system.name}"
    assert metadata.author == sample.system.owner
    assert f"Responsible AI impact assessment {questionnaire.version}" in (metadata.subject or "")
    assert "raiassess" in (metadata.creator or "")


def test_outline_has_every_chapter_and_section(report: ReadBack,
                                               questionnaire: Questionnaire) -> None:
    outline = report.reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top[:2] == ["Cover: TalentMatch candidate screening", "Contents"]
    for chapter in ("Executive summary", "Action plan", "Answers by section",
                    "Review and sign-off", "Appendix"):
        assert chapter in top
    children = outline[top.index("Answers by section") + 1]
    assert isinstance(children, list)
    titles = [item.title for item in children]
    assert titles == [f"{i}  {s.title['en']}"
                      for i, s in enumerate(questionnaire.sections, start=1)]


def test_contents_page_numbers_match_where_headings_are(report: ReadBack,
                                                        questionnaire: Questionnaire) -> None:
    # pypdf reads each contents line as its dot leader and page number, then its title.
    lines = report.pages[1].splitlines()
    numbers: dict[str, int] = {}
    for leader, title in itertools.pairwise(lines):
        match = re.fullmatch(r"[\s.]+?(\d+)", leader)
        if match:
            numbers[" ".join(title.split())] = int(match.group(1))
    outline = report.reader.outline
    flat_outline = [item for entry in outline
                    for item in (entry if isinstance(entry, list) else [entry])]
    checked = 0
    for item in flat_outline:
        title = " ".join(item.title.split())
        if title not in numbers:
            continue
        page = report.reader.get_destination_page_number(item) + 1
        assert numbers[title] == page, title
        heading = title.split("  ", 1)[-1]
        assert heading.split(" ", 1)[-1] in report.pages[page - 1]
        checked += 1
    assert checked == 5 + len(questionnaire.sections) + 3


def test_every_page_says_page_x_of_y(report: ReadBack) -> None:
    total = len(report.reader.pages)
    assert total > 10
    for number, page in enumerate(report.raw_pages, start=1):
        assert f"Page {number} of {total}" in page


def test_header_names_the_system(report: ReadBack, sample: AnswersFile) -> None:
    for page in report.raw_pages:
        assert page.startswith(sample.system.name)


def test_unanswered_question_is_marked(report: ReadBack, questionnaire: Questionnaire,
                                       missing_question: str,
                                       sample_result: ScoreResult) -> None:
    question = questionnaire.question(missing_question)
    assert question is not None
    marker = flatten(question.text["en"]) + "Notanswered(requiredquestion)"
    assert marker in report.flat
    number = questionnaire.number_of(missing_question)
    assert "Required questions not answered" in report.text
    assert any(ref.number == number for ref in sample_result.missing_required)
    assert "(incomplete)" in report.pages[0]


def test_hidden_questions_are_not_shown(report: ReadBack, questionnaire: Questionnaire,
                                        sample_result: ScoreResult) -> None:
    assert sample_result.hidden_questions
    for qid in sample_result.hidden_questions:
        question = questionnaire.question(qid)
        assert question is not None
        assert flatten(question.text["en"]) not in report.flat, qid
    assert "not asked because earlier answers made" in report.text


def test_action_plan_and_review(report: ReadBack, sample: AnswersFile) -> None:
    flat = report.flat
    for action in sample.actions:
        assert flatten(action.title) in flat
        assert flatten(action.owner) in flat
        if action.due:
            assert action.due.isoformat() in report.text
        if action.description:
            assert flatten(action.description) in flat
    assert "overdue" in report.text  # the March action was not done by April 15
    for comment in sample.comments:
        assert flatten(comment.text) in flat
        assert flatten(comment.author) in flat
    assert flatten(sample.notes) in flat
    for decision in ("Approved", "Approved with conditions", "Not approved"):
        assert decision in report.text
    assert "Signature" in report.text


def test_appendix_explains_the_method(report: ReadBack, questionnaire: Questionnaire) -> None:
    text = report.text
    assert questionnaire.fingerprint()[:8] in text
    assert "full coverage takes 60 % off the impact, and no more" in \
        text.replace("\xa0", " ").replace("\n", " ")
    for level in questionnaire.scoring.levels:
        assert level.label["en"] in text
    assert "raiassess verify" in text


def test_paper_sizes(questionnaire: Questionnaire, sample: AnswersFile,
                     sample_result: ScoreResult, report: ReadBack) -> None:
    a4 = report.reader.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = PdfReader(io.BytesIO(render_report_bytes(
        questionnaire, sample, sample_result, paper="letter", generated_at=GENERATED)))
    assert all((round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (612, 792)
               for p in letter.pages)


def test_unknown_paper_is_refused(questionnaire: Questionnaire, sample: AnswersFile,
                                  sample_result: ScoreResult) -> None:
    with pytest.raises(ValueError, match="paper"):
        render_report_bytes(questionnaire, sample, sample_result, paper="a3")


def test_mismatched_questionnaire_is_refused(questionnaire: Questionnaire,
                                             sample: AnswersFile,
                                             sample_result: ScoreResult) -> None:
    other = sample.model_copy(update={"questionnaire": sample.questionnaire.model_copy(
        update={"id": "another"})})
    with pytest.raises(ValueError, match="another"):
        render_report_bytes(questionnaire, other, sample_result)


def test_writes_to_a_path_or_a_file(tmp_path, questionnaire: Questionnaire,
                                    sample: AnswersFile, sample_result: ScoreResult) -> None:
    target = tmp_path / "report.pdf"
    render_report(questionnaire, sample, sample_result, target, generated_at=GENERATED)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left
    assert target.stat().st_mode & 0o777 == 0o600  # it holds every answer: the owner's only
    buffer = io.BytesIO()
    render_report(questionnaire, sample, sample_result, buffer, generated_at=GENERATED)
    assert buffer.getvalue().startswith(b"%PDF-")


def test_progress_grows_to_the_end(questionnaire: Questionnaire, sample: AnswersFile,
                                   sample_result: ScoreResult) -> None:
    calls: list[tuple[int, int]] = []
    render_report_bytes(questionnaire, sample, sample_result, generated_at=GENERATED,
                        progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 100)
    assert calls[-1] == (100, 100)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert len(calls) > 10


def test_a_bare_assessment_renders(questionnaire: Questionnaire) -> None:
    """No answers, actions, comments, dates, owner: every chapter says so plainly."""
    bare = AnswersFile.model_validate({
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "system": {"name": "Bare"}})
    result = score(questionnaire, {})
    back = read_back(render_report_bytes(questionnaire, bare, result, generated_at=GENERATED))
    text = back.text
    assert "No actions have been recorded" in text
    assert "No review comments have been recorded" in text
    assert "not recorded" in back.pages[0]
    assert "Not answered" in text
    # Nothing answered: the level is a draft's, with the whole range still open.
    assert result.level_range is not None and not result.level_range.settled
    assert "sofar" in back.flat


def test_a_small_questionnaire_without_radar(mini: Questionnaire) -> None:
    answers = sample_answers(mini)
    result = score(mini, answers.values())
    back = read_back(render_report_bytes(mini, answers, result, generated_at=GENERATED))
    assert len(back.reader.pages) >= 5
    assert f"Page 1 of {len(back.reader.pages)}" in back.raw_pages[0]


def test_questionnaire_text_in_the_chosen_language(questionnaire: Questionnaire,
                                                   sample: AnswersFile) -> None:
    result = score(questionnaire, sample.values(), "fr")
    back = read_back(render_report_bytes(questionnaire, sample, result, language="fr",
                                         generated_at=GENERATED))
    french = questionnaire.sections[0].title["fr"]
    assert french in back.text
    assert questionnaire.title["fr"] in back.raw_pages[0]
    assert back.reader.metadata is not None
    assert "Évaluation" in (back.reader.metadata.subject or "")


def test_reports_render_side_by_side_in_threads(questionnaire: Questionnaire,
                                                sample: AnswersFile,
                                                sample_result: ScoreResult) -> None:
    """The GUI renders in a worker thread, possibly while another export runs."""
    from concurrent.futures import ThreadPoolExecutor

    from raiassess.report import read_report_fingerprint

    other = sample.model_copy(update={"notes": "Another record."})
    records = [sample, other] * 2
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(lambda answers: render_report_bytes(
            questionnaire, answers, sample_result, generated_at=GENERATED), records))
    for answers, pdf in zip(records, pdfs, strict=True):
        assert read_report_fingerprint(pdf) == assessment_fingerprint(questionnaire, answers)


def test_the_cover_names_the_status_in_words(questionnaire: Questionnaire,
                                             sample: AnswersFile,
                                             sample_result: ScoreResult) -> None:
    from pypdf import PdfReader

    stored = sample.model_copy(update={"status": "in_review"})
    pdf = render_report_bytes(questionnaire, stored, sample_result, generated_at=GENERATED)
    cover = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "In review" in cover and "in_review" not in cover
