"""Settings declared once, the theme, the window layout, and the unexpected-error hook."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from raiassess.core.paths import config_dir, log_dir
from raiassess.gui.errors import LOG_NAME, ExceptionHook, install_exception_hook
from raiassess.gui.settings import OPTIONS, Settings, settings_file
from raiassess.gui.theme import apply_theme, current_theme, effective_theme


def test_settings_have_defaults_and_persist(tmp_path: Path) -> None:
    settings = Settings()
    assert settings.path.parent == config_dir()
    assert settings["theme"] == "system" and settings["language"] == "system"
    settings["theme"] = "dark"
    settings["last_folder"] = str(tmp_path)
    again = Settings()
    assert again["theme"] == "dark" and again["last_folder"] == str(tmp_path)
    stored = json.loads(settings_file().read_text(encoding="utf-8"))
    assert "language" not in stored  # defaults are not written


def test_a_setting_refuses_a_value_outside_its_type_or_choices() -> None:
    settings = Settings()
    with pytest.raises(ValueError, match="theme"):
        settings["theme"] = "purple"
    with pytest.raises(ValueError):
        settings["paper"] = 4
    with pytest.raises(KeyError):
        settings["no_such_setting"] = 1


def test_a_hand_edited_bad_value_falls_back_to_its_default() -> None:
    settings_file().write_text(json.dumps({"theme": "purple", "language": "fr",
                                           "paper": 1}), encoding="utf-8")
    settings = Settings()
    assert settings["theme"] == OPTIONS["theme"].default
    assert settings["language"] == "fr"
    assert settings["paper"] == OPTIONS["paper"].default


def test_an_unreadable_settings_file_gives_the_defaults() -> None:
    settings_file().write_text("{not json", encoding="utf-8")
    assert Settings()["theme"] == "system"


def test_themes_change_the_palette(qapp: QApplication) -> None:
    apply_theme(qapp, "dark")
    assert current_theme() == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert effective_theme("system") in ("light", "dark")


def test_the_window_layout_is_remembered(qtbot: QtBot, make_window: Any, service: Any) -> None:
    window = make_window(service)
    window.resize(700, 500)
    window.home.table.horizontalHeader().resizeSection(1, 222)
    window.close()
    again = make_window(service)
    assert (again.width(), again.height()) == (700, 500)
    assert again.home.table.horizontalHeader().sectionSize(1) == 222


def test_the_widths_of_the_assessment_panes_are_remembered(
        qtbot: QtBot, make_window: Any, service: Any, mini: Any) -> None:
    from raiassess.storage.types import SystemData

    assessment = service.create_assessment(mini, SystemData("Chatbot"), "")
    window = make_window(service)
    window.resize(1400, 800)
    window.open_assessment(assessment)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    splitter = window.view.questions.splitter
    splitter.setSizes([200, 800, 360])
    sizes = splitter.sizes()
    window.close()
    again = make_window(service)
    again.resize(1400, 800)  # the test screen is smaller: its geometry comes back clamped
    again.open_assessment(assessment)
    qtbot.waitUntil(lambda: again.session is not None, timeout=10_000)
    assert again.view.questions.splitter.sizes() == sizes


def test_an_unexpected_exception_is_logged_and_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    hook = install_exception_hook(lambda message, details: shown.append((message, details)))
    assert sys.excepthook is hook
    try:
        answer = "secret" + " plans"  # as typed by a user: only the message holds it
        raise ValueError(f"the answer was {answer!r}")
    except ValueError as error:
        hook(type(error), error, error.__traceback__)
    log_text = (log_dir() / LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError" in log_text and "test_settings_and_errors.py" in log_text
    assert "secret plans" not in log_text  # answers never go into the log
    assert len(shown) == 1 and str(log_dir() / LOG_NAME) in shown[0][0]


def test_an_error_while_showing_an_error_is_only_logged() -> None:
    calls: list[str] = []

    def present(message: str, details: str) -> None:
        calls.append(message)
        hook(RuntimeError, RuntimeError("again"), None)

    hook = ExceptionHook(present)
    hook(KeyError, KeyError("x"), None)
    assert len(calls) == 1


def test_error_messages_are_shown_as_sentences() -> None:
    from raiassess.gui.errors import sentence

    assert sentence("there is no assessment 3") == "There is no assessment 3."
    assert sentence("The file has 2 problem(s); nothing was imported.") == \
        "The file has 2 problem(s); nothing was imported."
    assert sentence("Restore it?") == "Restore it?"
    assert sentence("") == ""


@pytest.fixture
def open_umask() -> Any:
    """Run with umask 000, the least careful setting a user can have."""
    import os

    previous = os.umask(0)
    yield
    os.umask(previous)


def test_the_log_and_the_window_layout_are_owner_only_whatever_the_umask(
        open_umask: None, make_window: Any, service: Any) -> None:
    import logging
    import stat

    from raiassess.gui.errors import logger
    from raiassess.gui.settings import window_state_file

    logger().info("a record")
    window = make_window(service)
    window.close()  # writes the layout
    for path in (log_dir() / LOG_NAME, window_state_file()):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for handler in list(logging.getLogger("raiassess").handlers):
        if getattr(handler, "baseFilename", "") == str(log_dir() / LOG_NAME):
            handler.close()
            logging.getLogger("raiassess").removeHandler(handler)
