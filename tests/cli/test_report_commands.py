"""The command line's PDF commands: export a report, verify it against its record."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from raiassess.cli import main
from raiassess.storage.service import AssessmentService
from tests.helpers.paths import REPO

EXAMPLE = REPO / "docs" / "examples" / "chatbot-answers.yaml"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_export_an_answers_file_to_pdf_and_verify_it(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    code, out, err = run("export", str(EXAMPLE), "--pdf", str(pdf), "--paper", "letter")
    assert (code, err) == (0, "")
    assert out.strip() == f"wrote the US Letter report on Customer support assistant to {pdf}"
    reader = PdfReader(pdf)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # 8.5 inches
    assert "Customer support assistant" in reader.pages[0].extract_text()

    code, out, _ = run("verify", str(pdf), "--answers", str(EXAMPLE))
    assert code == 0 and "MATCHES the answers file" in out

    changed = tmp_path / "changed.yaml"
    changed.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "security review pending", "security review done"), encoding="utf-8")
    code, out, _ = run("verify", str(pdf), "--answers", str(changed))
    assert code == 1 and "DOES NOT MATCH the answers file" in out


def test_export_and_verify_against_the_database(tmp_path: Path) -> None:
    db = str(tmp_path / "team.sqlite3")
    code, out, _ = run("--db", db, "import", str(EXAMPLE))
    assert code == 0, out
    assessment_id = int(out.split("imported as assessment ")[1].split()[0])
    pdf = tmp_path / "report.pdf"
    code, out, err = run("--db", db, "export", str(assessment_id), "--pdf", str(pdf))
    assert (code, err) == (0, ""), err
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 595  # A4 by default

    code, out, _ = run("--db", db, "verify", str(pdf))
    assert code == 0 and f"MATCHES assessment {assessment_id} (Customer support assistant" in out
    code, out, _ = run("--db", db, "verify", str(pdf), "--assessment", str(assessment_id))
    assert code == 0 and "MATCHES assessment" in out

    service = AssessmentService.open(db)
    try:
        service.set_answer(assessment_id, "tp_audit_rights", "yes")
    finally:
        service.close()
    code, out, _ = run("--db", db, "verify", str(pdf), "--assessment", str(assessment_id))
    assert code == 1 and f"DOES NOT MATCH assessment {assessment_id}" in out
    code, out, _ = run("--db", db, "verify", str(pdf))
    assert code == 1 and "NO MATCH: no assessment in" in out


def test_bad_inputs_get_one_clear_line(tmp_path: Path) -> None:
    code, out, err = run("verify", str(REPO / "README.md"), "--answers", str(EXAMPLE))
    assert (code, out) == (1, "")
    assert err.strip() == f"raiassess: {REPO / 'README.md'} is not a readable PDF file"
    code, _, err = run("--db", str(tmp_path / "x.sqlite3"), "export", "42", "--pdf",
                       str(tmp_path / "r.pdf"))
    assert code == 1 and err.startswith("raiassess: ") and "42" in err
    assert not (tmp_path / "r.pdf").exists()
    code, _, err = run("export", str(EXAMPLE), "--pdf", str(tmp_path / "no" / "such" / "r.pdf"))
    assert code == 1 and err.startswith(f"raiassess: cannot write {tmp_path / 'no'}")


def test_export_in_french(tmp_path: Path) -> None:
    french, english = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    assert run("export", str(EXAMPLE), "--pdf", str(french), "--language", "fr")[0] == 0
    assert run("export", str(EXAMPLE), "--pdf", str(english))[0] == 0
    cover_fr = PdfReader(french).pages[0].extract_text()
    cover_en = PdfReader(english).pages[0].extract_text()
    assert "Contrôle rapide d'un système d'IA acquis" in cover_fr.replace("\n", " ")
    assert "Contrôle rapide" not in cover_en
    assert "Third-party AI procurement quick check" in cover_en.replace("\n", " ")


def test_export_refuses_a_language_raiassess_does_not_speak(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", str(EXAMPLE), "--pdf", str(tmp_path / "x.pdf"), "--language", "xx"])
    assert exited.value.code == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
