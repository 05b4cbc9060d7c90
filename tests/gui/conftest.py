"""Fixtures of the GUI tests: the mini questionnaire, a real service on a temporary database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire

DATA = Path(__file__).resolve().parent.parent / "core" / "data"
HERE = Path(__file__).resolve().parent

#: The offscreen platform says these of every top-level window and pop-up it shows: limits
#: of the test platform, not of our code (a real display does not print them).
OFFSCREEN_NOTICE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the GUI tests ignore the offscreen platform's notice, and only that."""
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture
def mini() -> Questionnaire:
    """A questionnaire with every question type and show_if."""
    return load_questionnaire(DATA / "mini.yaml")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite database file of its own for each test."""
    return f"sqlite:///{tmp_path / 'raiassess.sqlite'}"


@pytest.fixture
def service(db_url: str) -> Iterator[Any]:
    """The real storage service on a temporary database."""
    from raiassess.storage.service import AssessmentService

    service = AssessmentService.open(db_url, user="tester")
    yield service
    service.close()


def handle_dialog(find: Callable[[], Any], act: Callable[[Any], None],
                  timeout_ms: int = 10_000) -> list[str]:
    """Act on a modal dialog once it is open (a modal exec() blocks the test until then).

    Returns a list that receives "done" once ``act`` ran, or the error it raised, so the
    test can assert the dialog was really handled.
    """
    outcome: list[str] = []
    timer = QTimer()
    timer.setInterval(20)
    elapsed = {"ms": 0}

    def poll() -> None:
        elapsed["ms"] += 20
        dialog = find()
        if dialog is not None and dialog.isVisible():
            timer.stop()
            try:
                act(dialog)
                outcome.append("done")
            except Exception as error:  # reported to the test through the list
                outcome.append(f"{type(error).__name__}: {error}")
                dialog.reject()
        elif elapsed["ms"] > timeout_ms:
            timer.stop()
            outcome.append("timeout")

    timer.timeout.connect(poll)
    timer.start()
    outcome_timer.append(timer)  # keep the timer alive until it fires
    return outcome


outcome_timer: list[QTimer] = []


def active_modal(kind: type) -> Callable[[], Any]:
    """A finder of the open modal widget of a kind."""
    def find() -> Any:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, kind) else None
    return find


@pytest.fixture
def prepared_app(qapp: QApplication) -> QApplication:
    """The shared QApplication with raiassess's language, theme and styles."""
    from raiassess.gui.app import prepare_app
    from raiassess.gui.settings import Settings

    prepare_app(Settings())
    return qapp


@pytest.fixture
def make_window(qtbot: Any, prepared_app: QApplication) -> Callable[[Any], Any]:
    """Build a main window on a service, shown and registered for clean-up."""
    from raiassess.gui.settings import Settings
    from raiassess.gui.window import MainWindow

    def make(service: Any) -> Any:
        window = MainWindow(service, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts only fire in the active window, as on a desktop.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make
