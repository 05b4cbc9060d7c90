"""Benchmark the questionnaire engine: load a 2,000-question questionnaire, score it.

Goals on the project's 2-core machine: load and validate under 0.5 s; score a full
answer set under 20 ms. Run: ``.venv/bin/python bench/bench_core.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gen_questionnaire import full_answers, questionnaire_data, write_questionnaire
from bench.timing import report, timed
from raiassess.core.loader import load_questionnaire
from raiassess.core.scoring import score

QUESTIONS = 2000
LOAD_GOAL, SCORE_GOAL = 0.5, 0.020


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = write_questionnaire(QUESTIONS, Path(folder) / "generated.yaml")
        size = path.stat().st_size
        print(f"questionnaire: {QUESTIONS} questions, {size / 1024:.0f} KiB of YAML")
        load_times = timed(lambda: load_questionnaire(path), 7)
        questionnaire = load_questionnaire(path)
    answers = full_answers(questionnaire_data(QUESTIONS))
    score(questionnaire, answers)  # warm the evaluation order, as an open assessment has
    score_times = timed(lambda: score(questionnaire, answers), 30)
    ok = report("load and validate 2,000 questions", load_times, LOAD_GOAL)
    ok &= report("score a full answer set of 2,000 answers", score_times, SCORE_GOAL)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
