"""Two processes writing the same database neither corrupt it nor crash."""

from __future__ import annotations

import contextlib
import multiprocessing
import sqlite3
from multiprocessing.connection import Connection

import pytest

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.database import resolve
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData

SAVES = 60


def write_a_lot(url: str, writer: int, assessments: tuple[int, int], mini: Questionnaire,
                report: Connection) -> None:
    """Save answers to a shared and an own assessment, create some; report what happened."""
    shared, own = assessments
    try:
        user = f"writer{writer}"
        with AssessmentService.open(url, user=user) as service:
            created = []
            for step in range(SAVES):
                # Values differ between the writers, so that every save is a change.
                service.set_answer(shared, "people", 2 * step + writer)
                service.set_answer(own, "people", step)
                service.set_note(shared, "purpose", f"{user} {step}")
                if step % 20 == 0:
                    created.append(service.create_assessment(mini, SystemData(f"{user} {step}")))
            report.send(("ok", created))
    except Exception as error:
        report.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        report.close()


@pytest.mark.slow
def test_two_processes_writing_at_once(db_url: str, mini: Questionnaire) -> None:
    with AssessmentService.open(db_url, user="setup") as service:
        shared = service.create_assessment(mini, SystemData("Shared"))
        own = [service.create_assessment(mini, SystemData(f"Own {n}")) for n in range(2)]
        entries_before = service.verify_audit().entries
    context = multiprocessing.get_context("fork")
    pipes = [context.Pipe(duplex=False) for _ in own]
    workers = [context.Process(target=write_a_lot,
                               args=(db_url, n, (shared, own[n]), mini, pipes[n][1]))
               for n in range(len(own))]
    for worker in workers:
        worker.start()
    results = []
    for (receiver, sender), worker in zip(pipes, workers, strict=True):
        sender.close()
        results.append(receiver.recv())
        receiver.close()
        worker.join(timeout=60)
        assert worker.exitcode == 0
        worker.close()
    assert [status for status, _ in results] == ["ok", "ok"], results

    target = resolve(db_url)
    if target.sqlite_path is not None:
        with contextlib.closing(sqlite3.connect(target.sqlite_path)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with AssessmentService.open(db_url, user="checker") as service:
        for assessment in own:
            assert service.get_assessment(assessment).answers["people"].value == SAVES - 1
        shared_answers = service.get_assessment(shared).answers
        assert shared_answers["people"].value in {2 * (SAVES - 1), 2 * (SAVES - 1) + 1}
        assert shared_answers["purpose"].note in {f"writer{n} {SAVES - 1}" for n in range(2)}
        created = [i for _, ids in results for i in ids]
        assert len(set(created)) == len(created) == 6
        report = service.verify_audit()
        assert report.ok, report.problems
        # Every save and creation is in the one chain, none lost to a race.
        assert report.entries == entries_before + 2 * (3 * SAVES + 3)
        # The cached level agrees with the answers after the interleaved writes.
        (summary,) = [s for s in service.list_assessments() if s.id == shared]
        assert summary.residual == service.score(shared).residual


def open_and_save(url: str, mini: Questionnaire, report: Connection) -> None:
    try:
        with AssessmentService.open(url, user="starter") as service:
            assessment = service.create_assessment(mini, SystemData("Started at once"))
            service.set_answer(assessment, "people", 1)
        report.send("ok")
    except Exception as error:
        report.send(f"{type(error).__name__}: {error}")
    finally:
        report.close()


def test_two_processes_creating_a_new_database_at_once(db_url: str,
                                                       mini: Questionnaire) -> None:
    context = multiprocessing.get_context("fork")
    pipes = [context.Pipe(duplex=False) for _ in range(2)]
    workers = [context.Process(target=open_and_save, args=(db_url, mini, sender))
               for _, sender in pipes]
    for worker in workers:
        worker.start()
    outcomes = []
    for (receiver, sender), worker in zip(pipes, workers, strict=True):
        sender.close()
        outcomes.append(receiver.recv())
        receiver.close()
        worker.join(timeout=60)
        worker.close()
    assert outcomes == ["ok", "ok"]
    with AssessmentService.open(db_url) as service:
        assert len(service.list_assessments()) == 2
        assert service.verify_audit().ok
