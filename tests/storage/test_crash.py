"""Crash safety: a process saving answers is killed at random moments, again and again.

Every answer whose save had returned must still be there afterwards, and SQLite's
integrity check must pass every time.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import random
import signal
import sqlite3
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData

KILLS = 50
ASSESSMENTS = 4


def keep_saving(url: str, assessments: list[int], start: int, acks: Connection) -> None:
    """Save rising answers round the assessments, acknowledging each save once it returned."""
    service = AssessmentService.open(url, user="crash-test")
    value = start
    while True:
        value += 1
        assessment = assessments[value % len(assessments)]
        service.set_answer(assessment, "people", value)
        service.set_note(assessment, "purpose", f"note {value}")
        acks.send((assessment, value))


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.slow
def test_answers_that_were_saved_survive_sigkill(tmp_path: Path, mini: Questionnaire) -> None:
    path = tmp_path / "crash.sqlite3"
    url = str(path)
    with AssessmentService.open(url, user="setup") as service:
        assessments = [service.create_assessment(mini, SystemData(f"System {n}"))
                       for n in range(ASSESSMENTS)]
    context = multiprocessing.get_context("fork")
    rng = random.Random(20251122)
    confirmed: dict[int, int] = {}
    saves = 0
    started = time.monotonic()
    for run in range(KILLS):
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=keep_saving,
                                args=(url, assessments, (run + 1) * 1_000_000, sender))
        child.start()
        sender.close()
        # Anywhere from during start-up (opening, the daily backup) to mid-save.
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL, "the saver died of something else"
        child.close()
        while receiver.poll():
            try:
                assessment, value = receiver.recv()
            except EOFError:
                break
            confirmed[assessment] = value
            saves += 1
        receiver.close()

        assert integrity(path) == "ok", f"after kill {run + 1}"
        with AssessmentService.open(url, user="checker") as service:
            for assessment, value in confirmed.items():
                stored = service.get_assessment(assessment).answers
                # The save may have committed just before the kill without being
                # acknowledged, so a later value is fine; an earlier one is a loss.
                assert stored["people"].value >= value, (run, assessment)
                assert int(stored["purpose"].note.split()[1]) >= value
            assert service.verify_audit().ok, f"after kill {run + 1}"
    assert saves > KILLS, "the kills should land among many completed saves"
    assert time.monotonic() - started < 60
