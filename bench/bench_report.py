"""Benchmark the PDF report: the default assessment, and generated ones of growing size.

Goals on the project's 2-core machine: the full default assessment (every question
asked is answered) exported in under 1 s; a fully answered 2,000-question assessment in
under 10 s, growing no faster than linearly (the 500 and 1,000-question runs show the
trend as CPU time per question). An export here is what ``raiassess export --pdf`` does
once the data is loaded: score the answers, then render the PDF.

Run: ``.venv/bin/python bench/bench_report.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader
from tests.helpers.sample_answers import sample_answers

from bench.gen_questionnaire import full_answers, questionnaire_data, write_questionnaire
from raiassess.core.answers import AnswersFile, check_answers_file
from raiassess.core.catalog import bundled_dir
from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import score
from raiassess.report import render_report_bytes

DEFAULT_GOAL, LARGE_GOAL = 1.0, 10.0
SIZES = (500, 1000, 2000)
GENERATED_AT = dt.datetime(2025, 4, 15, 9, 30, tzinfo=dt.UTC)
NOTE = ("Reviewed with the data protection officer on 12 March; evidence is in the "
        "project folder and the owner re-checks it at each release.")


def export(questionnaire: Questionnaire, answers: AnswersFile) -> bytes:
    """What an export does once the data is loaded: score, then render."""
    result = score(questionnaire, answers.values())
    return render_report_bytes(questionnaire, answers, result, generated_at=GENERATED_AT)


Times = tuple[list[float], list[float]]
"""Wall-clock and CPU seconds of each run."""


def timed(questionnaire: Questionnaire, answers: AnswersFile, runs: int) -> tuple[Times, bytes]:
    """Wall-clock and CPU seconds of each of ``runs`` exports, and the last PDF.

    CPU time is printed too because the machine is shared: when other work runs on
    its two cores, wall-clock time grows while CPU time stays put.
    """
    wall: list[float] = []
    cpu: list[float] = []
    pdf = b""
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        pdf = export(questionnaire, answers)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return (wall, cpu), pdf


def generated(questions: int) -> tuple[Questionnaire, AnswersFile]:
    """A generated questionnaire and a full answer set with notes on a third of it."""
    with tempfile.TemporaryDirectory() as folder:
        questionnaire = load_questionnaire(
            write_questionnaire(questions, Path(folder) / "generated.yaml"))
    values = full_answers(questionnaire_data(questions))
    entries: dict[str, Any] = {
        qid: {"value": value, **({"note": NOTE} if index % 3 == 0 else {})}
        for index, (qid, value) in enumerate(values.items())}
    answers = AnswersFile.model_validate({
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "system": {"name": f"Benchmark system ({questions} questions)", "owner": "Bench"},
        "answers": entries})
    return questionnaire, check_answers_file(answers, questionnaire)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def line(name: str, times: Times, goal: float | None, pdf: bytes) -> bool:
    wall, cpu = times
    median = statistics.median(wall)
    verdict = ""
    if goal is not None:
        verdict = f"; goal < {goal:g} s: {'meets' if median < goal else 'MISSES'}"
    print(f"{name:<44} median {median:5.2f} s (CPU {statistics.median(cpu):5.2f} s, min "
          f"{min(wall):.2f} s, {len(wall)} runs, {pages(pdf)} pages{verdict})")
    return goal is None or median < goal


def main() -> int:
    questionnaire = load_questionnaire(bundled_dir() / "responsible-ai-impact.yaml")
    answers = sample_answers(questionnaire)
    export(questionnaire, answers)  # the first export of a process also reads the fonts
    times, pdf = timed(questionnaire, answers, 7)
    asked = score(questionnaire, answers.values()).visible_questions
    ok = line(f"default assessment ({len(answers.answers)} of {asked} asked answered)",
              times, DEFAULT_GOAL, pdf)
    per_question: dict[int, float] = {}
    for size in SIZES:
        big, big_answers = generated(size)
        times, pdf = timed(big, big_answers, 3)
        per_question[size] = statistics.median(times[1]) / size
        ok &= line(f"generated, {size:,} questions fully answered", times,
                   LARGE_GOAL if size == max(SIZES) else None, pdf)
    for small, large in itertools.pairwise(SIZES):
        ratio = per_question[large] / per_question[small]
        print(f"CPU time per question, {large:,} vs {small:,}: "
              f"{per_question[large] * 1000:.2f} ms vs {per_question[small] * 1000:.2f} ms "
              f"(ratio {ratio:.2f}; linear growth is 1.00)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
