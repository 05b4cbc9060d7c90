"""Benchmark the storage layer: saving one answer, listing 5,000 assessments.

Goals on the project's 2-core machine, on SQLite (WAL, ``synchronous=FULL``: each save
is on disk when it returns): saving one answer under 5 ms median; listing 5,000
assessments with their status, level and completeness under 200 ms median. Everything
goes through ``AssessmentService``, as the GUI and the CLI do, against the bundled
``responsible-ai-impact`` questionnaire.

Run: ``.venv/bin/python bench/bench_storage.py [--postgres URL]``. With ``--postgres``
the same figures are also taken on that server, in a temporary schema dropped
afterwards (no goals there: they depend on the server and the network).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import report, timed
from raiassess.core.catalog import load_catalog
from raiassess.core.questionnaire import Question, Questionnaire
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData

SAVES = 300
ASSESSMENTS = 5000
TEMPLATES = 20
SAVE_GOAL, LIST_GOAL = 0.005, 0.200


def sample_value(question: Question, rng: random.Random) -> Any:
    """A valid answer to any question."""
    if question.type in ("single_choice", "yes_no"):
        return rng.choice([o.id for o in question.options or ()])
    if question.type == "multi_choice":
        options = [o.id for o in question.options or ()]
        return rng.sample(options, rng.randint(1, len(options)))
    if question.type == "scale" and question.scale is not None:
        return rng.randint(question.scale.min, question.scale.max)
    if question.type == "number" and question.number is not None:
        low = question.number.min if question.number.min is not None else 0
        high = question.number.max if question.number.max is not None else low + 10_000
        return rng.randint(int(low), int(high))
    if question.type == "date":
        return (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 365))).isoformat()
    return f"Answer written at step {rng.randint(0, 10**6)}."


def fill(service: AssessmentService, questionnaire: Questionnaire, rng: random.Random) -> int:
    """Create ``ASSESSMENTS`` assessments, from templates answered to different extents."""
    questions = questionnaire.all_questions()
    templates = []
    for index in range(TEMPLATES):
        assessment = service.create_assessment(
            questionnaire, SystemData(f"System {index}", owner=f"Owner {index % 7}",
                                      team=f"Team {index % 5}"), f"Review {index}")
        for question in rng.sample(questions, len(questions) * index // TEMPLATES):
            service.set_answer(assessment, question.id, sample_value(question, rng))
        templates.append(assessment)
    started = time.perf_counter()
    for index in range(ASSESSMENTS - TEMPLATES):
        service.duplicate(templates[index % TEMPLATES], title=f"Re-assessment {index}")
    return int(time.perf_counter() - started)


def run(url: str, label: str, with_goals: bool) -> bool:
    rng = random.Random(3)
    with AssessmentService.open(url, user="bench") as service:
        questionnaire = next(q for q in service.questionnaires()
                             if q.id == "responsible-ai-impact")
        questions = questionnaire.all_questions()
        assessment = service.create_assessment(questionnaire, SystemData("Benchmark"))
        answers = iter([(q.id, sample_value(q, rng))
                        for q in (rng.choice(questions) for _ in range(SAVES * 2))])

        def save() -> None:
            service.set_answer(assessment, *next(answers))

        for _ in range(20):  # warm up: questionnaire parsed, connections pooled
            save()
        ok = report(f"{label}: save one answer", timed(save, SAVES),
                    SAVE_GOAL if with_goals else None)
        print(f"{label}: creating {ASSESSMENTS:,} assessments ...", flush=True)
        seconds = fill(service, questionnaire, rng)
        print(f"{label}: ({ASSESSMENTS - TEMPLATES:,} re-assessments in {seconds} s)")
        listed = service.list_assessments()
        assert len(listed) == ASSESSMENTS + 1
        ok &= report(f"{label}: list {len(listed):,} assessments",
                     timed(service.list_assessments, 20), LIST_GOAL if with_goals else None)
        report(f"{label}: search them ('owner 3')",
               timed(lambda: service.list_assessments(search="owner 3"), 20), None)
    return ok


@contextlib.contextmanager
def postgres_schema(base: str) -> Iterator[str]:
    """A URL using a fresh schema on the server, dropped afterwards."""
    import sqlalchemy as sa

    name = f"raiassess_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1),
                             isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
        url = sa.make_url(str(admin.url.render_as_string(hide_password=False)))
        yield url.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", metavar="URL",
                        help="also measure on this PostgreSQL server (a temporary schema)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # Private folders for the run: the user's own data and backups stay untouched.
        os.environ["RAIASSESS_HOME"] = folder
        load_catalog()
        ok = run(str(Path(folder) / "bench.sqlite3"), "SQLite", with_goals=True)
        if args.postgres:
            with postgres_schema(args.postgres) as url:
                run(url, "PostgreSQL", with_goals=False)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
