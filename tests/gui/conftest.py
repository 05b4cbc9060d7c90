"""Fixtures of the GUI tests: a real service on a temporary database, and main windows on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.dialogs import activate

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


@pytest.fixture
def prepared_app(qapp: QApplication) -> QApplication:
    """The shared QApplication with raiassess's language, theme and styles."""
    from raiassess.gui.app import prepare_app
    from raiassess.gui.settings import Settings

    prepare_app(Settings())
    return qapp


@pytest.fixture
def make_window(qtbot: QtBot, prepared_app: QApplication) -> Callable[[Any], Any]:
    """Build a main window on a service, shown and registered for clean-up."""
    from raiassess.gui.settings import Settings
    from raiassess.gui.window import MainWindow

    def make(service: Any) -> Any:
        window = MainWindow(service, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts only fire in the active window, as on a desktop.
        activate(qtbot, window)
        return window

    return make


@pytest.fixture
def open_window(qtbot: QtBot, make_window: Callable[[Any], Any]) -> Callable[[Any, int], Any]:
    """Open an existing assessment in a new main window: the window is returned once the
    assessment is loaded and the window is active."""
    def open_(service: Any, assessment: int) -> Any:
        window = make_window(service)
        window.open_assessment(assessment)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        # On a busy machine the progress dialog shows while the assessment loads, and once it
        # closes the test platform leaves no window active (a desktop gives the activation
        # back): keys sent to the window would then go to no widget, which aborts the run.
        activate(qtbot, window)
        return window

    return open_
