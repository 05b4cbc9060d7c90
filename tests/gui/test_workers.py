"""Background work: reads hand back their value, changes say what changed, and a task asked
for while another runs waits its turn instead of being lost."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from raiassess.core.answers import read_answers_file
from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.workers import Changed, Report, TaskRunner
from raiassess.storage.types import SystemData


def _runner(qtbot: QtBot) -> TaskRunner:
    parent = QWidget()
    qtbot.addWidget(parent)
    return TaskRunner(parent)


def test_tasks_asked_for_back_to_back_all_run_in_the_order_asked(qtbot: QtBot) -> None:
    runner = _runner(qtbot)
    release = threading.Event()
    seen: list[str] = []

    def slow(_report: Report) -> str:
        release.wait(10)  # still running when the next two are asked for
        return "first"

    runner.query("First", slow, seen.append)
    runner.query("Second", lambda _report: "second", seen.append)
    runner.change("Third", lambda _report: Changed(message="third"),
                  lambda changed: seen.append(changed.message))
    assert runner.busy and seen == []
    release.set()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert seen == ["first", "second", "third"]
    assert not runner.busy


def test_a_change_says_what_changed_and_a_read_hands_back_its_value(qtbot: QtBot) -> None:
    runner = _runner(qtbot)
    values: list[Any] = []
    with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
        runner.change("Changing", lambda _report: Changed(assessments=True, opened=7),
                      values.append)
    assert finished.args == [Changed(assessments=True, opened=7)]
    assert values == [Changed(assessments=True, opened=7)]
    # A read hands its value to its callback and says nothing through ``finished``.
    announced: list[Any] = []
    runner.finished.connect(announced.append)
    runner.query("Reading", lambda _report: [1, 2], values.append)
    qtbot.waitUntil(lambda: len(values) == 2, timeout=10_000)
    assert values[1] == [1, 2] and announced == []


def test_a_failure_goes_to_the_tasks_own_handler_and_the_next_task_still_runs(
        qtbot: QtBot) -> None:
    runner = _runner(qtbot)
    handled: list[str] = []
    unhandled: list[str] = []
    runner.failed.connect(lambda error, _stack: unhandled.append(str(error)))

    def fail(_report: Report) -> Changed:
        raise OSError("disk full")

    runner.change("Own handler", fail, on_error=lambda error, _stack: handled.append(str(error)))
    runner.change("No handler", fail)
    results: list[str] = []
    runner.query("After", lambda _report: "ran", results.append)
    qtbot.waitUntil(lambda: results == ["ran"], timeout=10_000)
    assert handled == ["disk full"]
    assert unhandled == ["disk full"]


def test_two_exports_asked_for_at_once_both_write_their_file(
        qtbot: QtBot, make_window: Any, service: Any, mini: Questionnaire,
        tmp_path: Path) -> None:
    assessment = service.create_assessment(mini, SystemData("Chatbot"), "")
    service.set_answer(assessment, "personal_data", "yes")
    window = make_window(service)
    window.home.select(assessment)
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    messages: list[str] = []
    window.runner.finished.connect(lambda changed: messages.append(changed.message))
    # The second is asked for before the first is done, as a quick second click would.
    window.export_answers(str(first))
    window.export_answers(str(second))
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert messages == ["Exported to first.yaml.", "Exported to second.yaml."]
    for path in (first, second):
        assert read_answers_file(path)[0].values() == {"personal_data": "yes"}
