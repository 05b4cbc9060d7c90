"""Reading the fingerprint back from a report and checking it against the record."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from raiassess.core.answers import AnswersFile
from raiassess.core.fingerprint import assessment_fingerprint
from raiassess.core.questionnaire import Questionnaire
from raiassess.report import ReportReadError, read_report_fingerprint, verify_report
from tests.helpers.reading import ReadBack


def test_reads_the_fingerprint_from_bytes_a_path_and_a_file(
        tmp_path, report: ReadBack, questionnaire: Questionnaire, sample: AnswersFile) -> None:
    expected = assessment_fingerprint(questionnaire, sample)
    path = tmp_path / "report.pdf"
    path.write_bytes(report.data)
    assert read_report_fingerprint(report.data) == expected
    assert read_report_fingerprint(path) == expected
    assert read_report_fingerprint(str(path)) == expected
    with path.open("rb") as file:
        assert read_report_fingerprint(file) == expected


def test_verify_matches_the_same_record(report: ReadBack, questionnaire: Questionnaire,
                                        sample: AnswersFile) -> None:
    verification = verify_report(report.data, questionnaire, sample)
    assert verification.matches
    assert verification.report_fingerprint == verification.record_fingerprint


def test_verify_notices_a_changed_note(report: ReadBack, questionnaire: Questionnaire,
                                       sample: AnswersFile) -> None:
    qid, answer = next(iter(sample.answers.items()))
    changed = sample.model_copy(update={"answers": {
        **sample.answers, qid: answer.model_copy(update={"note": answer.note + "."})}})
    verification = verify_report(report.data, questionnaire, changed)
    assert not verification.matches
    assert verification.record_fingerprint == assessment_fingerprint(questionnaire, changed)


def test_a_copy_without_metadata_still_carries_the_printed_fingerprint(
        report: ReadBack, questionnaire: Questionnaire, sample: AnswersFile) -> None:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(report.data)).pages:
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    stripped = buffer.getvalue()
    metadata = PdfReader(io.BytesIO(stripped)).metadata or {}
    assert "/RaiassessFingerprint" not in metadata
    assert read_report_fingerprint(stripped) == assessment_fingerprint(questionnaire, sample)


def test_a_pdf_without_fingerprint_gives_none() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "An ordinary document.")
    canvas.save()
    assert read_report_fingerprint(buffer.getvalue()) is None


def test_a_file_that_is_not_a_pdf_is_an_error(tmp_path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just some text", encoding="utf-8")
    with pytest.raises(ReportReadError) as caught:
        read_report_fingerprint(path)
    assert str(caught.value) == f"{path} is not a readable PDF file"
    with pytest.raises(ReportReadError) as caught:
        read_report_fingerprint(tmp_path / "missing.pdf")
    assert str(caught.value) == f"{tmp_path / 'missing.pdf'}: no such file"
