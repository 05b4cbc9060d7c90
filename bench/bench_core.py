"""Benchmark the questionnaire engine: load a 2,000-question questionnaire, score it.

Goals on the project's 2-core machine: load and validate under 0.5 s; score a full
answer set under 20 ms, its explanation (every control's effect, every "what if",
every recommendation ranked) and a draft's range included. Both formats are measured;
format 2 is the one the goal is for. Run: ``.venv/bin/python bench/bench_core.py``.
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


def bench_format(version: int) -> bool:
    """Load, score and explain the generated questionnaire of one format."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_questionnaire(QUESTIONS, Path(folder) / "generated.yaml", version)
        size = path.stat().st_size
        print(f"format {version}: {QUESTIONS} questions, {size / 1024:.0f} KiB of YAML")
        load_times = timed(lambda: load_questionnaire(path), 7)
        questionnaire = load_questionnaire(path)
    answers = full_answers(questionnaire_data(QUESTIONS, version))
    draft = dict(list(answers.items())[::2])
    score(questionnaire, answers)  # warm the evaluation order, as an open assessment has
    full = score(questionnaire, answers)
    assert full.explanation is not None and score(questionnaire, draft).level_range
    print(f"  {len(full.ranked_recommendations)} recommendations ranked, "
          f"{len(full.explanation.control_effects)} control effects")
    goal = SCORE_GOAL if version == 2 else None
    ok = report(f"  load and validate (format {version})", load_times, LOAD_GOAL)
    ok &= report(f"  score 2,000 answers, explained (format {version})",
                 timed(lambda: score(questionnaire, answers), 30), goal)
    ok &= report(f"  score a half-answered draft, range (format {version})",
                 timed(lambda: score(questionnaire, draft), 30), goal)
    return ok


def main() -> int:
    ok = bench_format(2)
    ok &= bench_format(1)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
