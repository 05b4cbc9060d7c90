"""The command line: validate, questionnaires, score, schema, info."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from raiassess.cli import main
from tests.helpers.paths import REPO

EXAMPLE = REPO / "docs" / "examples" / "chatbot-answers.yaml"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_validate_accepts_the_bundled_questionnaires_and_the_example() -> None:
    code, out, _ = run("validate", str(REPO / "questionnaires"), str(EXAMPLE))
    assert code == 0
    assert "responsible-ai-impact.yaml: valid (questionnaire responsible-ai-impact 2.0.0" in out
    assert "chatbot-answers.yaml: valid (answers for third-party-ai-quick-check 1.1.0" in out


def test_validate_prints_one_line_per_problem_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: 1\ntitle: T\ndescription: D\nsections: []\nscorin: {}\n",
                   encoding="utf-8")
    code, out, _ = run("validate", str(bad), str(REPO / "questionnaires"))
    assert code == 1
    lines = out.splitlines()
    assert f"{bad}:2:10: expected text, found 1 (version)" in lines
    assert f"{bad}:5:11: must not be empty (sections)" in lines
    assert f"{bad}:6:1: unknown key 'scorin' (did you mean 'scoring'?) (scorin)" in lines
    assert f"{bad}:1:1: missing required key 'scoring' ((document))" in lines
    assert sum(line.startswith(str(bad)) for line in lines) == 4


def test_validate_hostile_and_missing_files(tmp_path: Path) -> None:
    hostile = tmp_path / "evil.yaml"
    hostile.write_text("id: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    code, out, _ = run("validate", str(hostile), str(tmp_path / "missing.yaml"))
    assert code == 1
    assert out.splitlines() == [
        f"{hostile}:1:5: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not "
        "allowed; use plain values ((document))",
        f"{tmp_path / 'missing.yaml'}: no such file ((document))",
    ]


def test_validate_answers_for_a_questionnaire_that_is_not_installed(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(EXAMPLE.read_text(encoding="utf-8").replace('version: "1.1.0"',
                                                                   'version: "9.9"'),
                       encoding="utf-8")
    code, out, _ = run("validate", str(answers))
    assert code == 1
    assert out.strip() == (f"{answers}: questionnaire 'third-party-ai-quick-check' version 9.9 "
                           "is not installed (available: 1.1.0)")


def test_questionnaires_lists_bundled_and_user_ones(private_home: Path) -> None:
    user_dir = private_home / "data" / "questionnaires"
    user_dir.mkdir(parents=True)
    (user_dir / "mine.yaml").write_text((REPO / "tests/core/data/mini.yaml").read_text(
        encoding="utf-8"), encoding="utf-8")
    (user_dir / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    code, out, err = run("questionnaires")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert ["responsible-ai-impact", "2.0.0", "117 questions", "bundled"] in [r[:4] for r in rows]
    assert any(r[0] == "mini" and r[3] == "user" for r in rows)
    assert "skipped:" in err and "broken.yaml:2:1: YAML syntax error" in err


def test_score_prints_the_explained_result() -> None:
    code, out, _ = run("score", str(EXAMPLE))
    assert code == 0
    assert "Status: incomplete: 14 required questions unanswered (completeness 26.3%)" in out
    assert "Overall risk: ELEVATED so far (residual 50.0%" in out  # a draft says so
    assert "once complete LOW to CRITICAL" in out
    assert "1 Vendor and contract" in out and "Unanswered required questions:" in out
    assert "recommendation: Negotiate a clause giving you access to independent audit" in out


def test_score_json_is_the_full_result() -> None:
    code, out, _ = run("score", str(EXAMPLE), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "incomplete" and data["level"]["id"] == "elevated"
    assert data["system"]["name"] == "Customer support assistant"
    assert {s["id"] for s in data["sections"]} == {"vendor", "ai_act", "data", "evaluation",
                                                  "continuity"}
    assert len(data["missing_required"]) == 14
    assert data["contributions"][0]["number"] == "1.1"


def test_score_reports_bad_answers_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "a.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("tp_audit_rights: \"no\"",
                                                               "tp_audit_rights: perhaps"),
                   encoding="utf-8")
    code, out, err = run("score", str(bad))
    assert code == 1 and out == ""
    assert err.strip().endswith("question tp_audit_rights has no option 'perhaps' (its options: "
                                "yes, no) (answers.tp_audit_rights)")


def test_schema_is_json_schema_for_questionnaires() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Questionnaire"
    assert schema["$schema"].endswith("2020-12/schema")


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "raiassess", "score", str(EXAMPLE)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "Overall risk: ELEVATED" in result.stdout


def test_output_cut_by_a_pipe_ends_quietly() -> None:
    """``raiassess score FILE | head -3``: the reader leaves early; no traceback follows."""
    process = subprocess.Popen([sys.executable, "-m", "raiassess", "score", str(EXAMPLE)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141  # as a shell reports a reader that went away
    assert errors == ""


def test_output_cut_by_head_keeps_the_first_lines() -> None:
    shown = subprocess.run(f"'{sys.executable}' -m raiassess score '{EXAMPLE}' | head -3",
                           shell=True, capture_output=True, text=True, timeout=60, check=False)
    assert shown.stderr == ""
    assert len(shown.stdout.splitlines()) == 3
    assert shown.stdout.startswith("Third-party AI procurement quick check")


@pytest.mark.parametrize("module", ["raiassess.core.loader", "raiassess.core.scoring",
                                    "raiassess.core.catalog", "raiassess.core.fingerprint",
                                    "raiassess.cli"])
def test_the_core_and_cli_work_without_qt(module: str) -> None:
    # PySide6 made unimportable: the same as running without it installed.
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
            f"import {module}\n"
            "from raiassess.cli import main\n"
            f"raise SystemExit(main(['score', {str(EXAMPLE)!r}]))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "Overall risk" in result.stdout


SCREENING = REPO / "tests" / "core" / "data" / "v2" / "screening.yaml"


def _screening_answers(tmp_path: Path, answers: dict[str, Any]) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump({
        "format": "raiassess-answers", "format_version": 1,
        "questionnaire": {"id": "screening", "version": "2.0"},
        "system": {"name": "Loan pre-screening"}, "answers": answers}), encoding="utf-8")
    return path


def test_score_shows_blocking_findings_contradictions_and_why(tmp_path: Path) -> None:
    path = _screening_answers(tmp_path, {
        "purpose": "credit", "prohibited": "possibly", "about_people": "no",
        "autonomy": "advice", "ai_act_class": "minimal", "oversight": "always",
        "logging": "yes"})
    code, out, err = run("score", str(path), "--questionnaire", str(SCREENING))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[2].startswith("Overall risk: UNACCEPTABLE (")
    assert lines[3] == ("BLOCKING: Possibly a prohibited practice under Art. 5: do not "
                        "deploy. (from 1.2)")
    assert lines[4] == ("CONTRADICTION: Credit decisions are listed in Annex III, so they are "
                        "not minimal risk. (from 1.1, 1.5)")
    assert "2 Fairness" in out and "not asked" in out
    assert "  2.1    Not asked because 1.3 is answered 'No'" in lines
    assert "    - Possibly a prohibited practice under Art. 5: do not deploy." in lines


def test_score_of_a_draft_gives_the_range_and_ranks_the_recommendations(tmp_path: Path) -> None:
    path = _screening_answers(tmp_path, {"purpose": "credit", "about_people": "yes",
                                         "fairness_tests": ["none"]})
    code, out, _ = run("score", str(path), "--questionnaire", str(SCREENING))
    assert code == 0
    assert "so far" in out.splitlines()[2]
    assert "once complete MEDIUM to UNACCEPTABLE" in out.splitlines()[2]
    ranked = out.split("Recommendations, most effective first (points of residual risk off):\n")[1]
    gains = [float(line.split()[0]) for line in ranked.splitlines() if line.strip()]
    assert gains == sorted(gains, reverse=True) and len(gains) >= 3
    data = json.loads(run("score", str(path), "--questionnaire", str(SCREENING), "--json")[1])
    assert data["level_range"]["highest"]["id"] == "unacceptable"
    assert data["headline"].startswith("Very high so far")
    assert data["explanation"]["level_from_score"]["id"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_or_a_device_is_refused_at_once_in_one_sentence(tmp_path: Path) -> None:
    pipe = tmp_path / "answers.yaml"
    os.mkfifo(pipe)
    for command in ("validate", "score"):
        code, out, err = run(command, str(pipe))
        assert code == 1 and "Traceback" not in out + err
        assert f"{pipe}: this is not a regular file (a device, a pipe or a socket)" in out + err
    if Path("/dev/zero").exists():
        code, out, err = run("verify", "/dev/zero")
        assert (code, out) == (1, "")
        assert err == ("raiassess: /dev/zero: this is not a regular file (a device, a pipe or "
                       "a socket), so it is not read as a PDF report\n")


def test_thousands_of_problems_are_summed_up_after_the_first_hundred(tmp_path: Path) -> None:
    answers = tmp_path / "many.yaml"
    lines = EXAMPLE.read_text(encoding="utf-8").replace("answers:\n", "answers:\n" + "".join(
        f"  unknown_{n}: x\n" for n in range(5000)), 1)
    answers.write_text(lines, encoding="utf-8")
    code, out, _ = run("validate", str(answers))
    printed = out.splitlines()
    assert code == 1 and len(printed) == 101
    assert printed[-1] == f"{answers}: … and 4,900 more problems (the first 100 are shown)"
    code, _, err = run("score", str(answers))
    assert code == 1 and len(err.splitlines()) == 101


def test_answers_naming_another_text_of_their_questionnaire_are_refused_everywhere(
        tmp_path: Path) -> None:
    """Only import checked the content fingerprint; validate called such a file valid,
    score scored it, export wrote a report and verify said it matched."""
    report = tmp_path / "report.pdf"
    assert run("export", str(EXAMPLE), "--pdf", str(report))[0] == 0
    other = tmp_path / "other.yaml"
    other.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'version: "1.1.0"\n', 'version: "1.1.0"\n  fingerprint: "' + "0" * 64 + '"\n', 1),
        encoding="utf-8")
    sentence = ("the third-party-ai-quick-check 1.1.0 at hand differs from the text these "
                "answers were given against (its content fingerprint differs); use the "
                "questionnaire file they were answered against")
    code, out, _ = run("validate", str(other))
    assert code == 1 and sentence in out
    for command in (("score", str(other)), ("export", str(other), "--pdf",
                                            str(tmp_path / "x.pdf"))):
        code, out, err = run(*command)
        assert (code, out, err) == (1, "", f"raiassess: {sentence}\n"), command
    code, out, err = run("verify", str(report), "--answers", str(other))
    assert code == 1 and "MATCHES" not in out and err == f"raiassess: {sentence}\n"
    assert not (tmp_path / "x.pdf").exists()


def test_terminal_escapes_from_a_file_are_printed_visibly(tmp_path: Path) -> None:
    """A system name that retitles the terminal and clears the screen stays inert text."""
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "name: Customer support assistant",
        'name: "Bot\\e]0;owned\\a\\e[2J\\rX"'), encoding="utf-8")
    code, out, _ = run("score", str(hostile))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "Bot\\x1b]0;owned\\x07\\x1b[2J\\x0dX" in out
