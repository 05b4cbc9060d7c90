"""The app's settings, declared once with their type and default, and the window's layout.

Every option lives in ``OPTIONS``; ``Settings`` reads and writes them as JSON in the
per-user settings folder and refuses values of the wrong type or outside their
choices, so a hand-edited file can never crash the app: a bad value falls back to
its default, and a name it does not know is left out. QSettings keeps only the
window's geometry and layout (``window_state_file``, under the four keys below).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from raiassess.core.languages import LANGUAGES as INTERFACE_LANGUAGES
from raiassess.core.paths import config_dir, write_private_file

if TYPE_CHECKING:  # named only: their classes load when the window makes one
    from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


class Option(NamedTuple):
    """One setting: its name, type, default and, if closed, the values it may take."""

    name: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()

    def accepts(self, value: Any) -> bool:
        """Whether a value is of this option's type and among its choices."""
        if not isinstance(value, self.type) or isinstance(value, bool) != (self.type is bool):
            return False
        return not self.choices or value in self.choices


THEMES = ("system", "light", "dark")
LANGUAGES = ("system", *INTERFACE_LANGUAGES)
PAPERS = ("a4", "letter")

OPTIONS: dict[str, Option] = {option.name: option for option in (
    Option("database", str, ""),            # empty: the default database file
    Option("theme", str, "system", THEMES),
    Option("language", str, "system", LANGUAGES),
    Option("last_folder", str, ""),         # where the last file dialog was
    Option("paper", str, "a4", PAPERS),     # the PDF report's paper size
)}


def settings_file() -> Path:
    """The JSON file that holds the settings."""
    return config_dir() / "settings.json"


class Settings:
    """The current settings: ``settings["theme"]``, ``settings["theme"] = "dark"``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            import logging

            logging.getLogger(__name__).warning("settings file unreadable, using defaults: %s",
                                                type(error).__name__)
            return
        if not isinstance(data, dict):
            return
        for name, value in data.items():
            option = OPTIONS.get(name)
            if option is not None and option.accepts(value):
                self._values[name] = value

    def __getitem__(self, name: str) -> Any:
        return self._values.get(name, OPTIONS[name].default)

    def __setitem__(self, name: str, value: Any) -> None:
        option = OPTIONS[name]
        if not option.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for the setting {name!r}")
        self._values[name] = value
        self.save()

    def save(self) -> None:
        """Write the settings that differ from their defaults."""
        data = {name: value for name, value in sorted(self._values.items())
                if value != OPTIONS[name].default}
        write_private_file(self.path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


#: What the window state file remembers: the window's size and place, its toolbar and
#: docks, the home list's columns, and the widths of the assessment screen's three panes.
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
HOME_HEADER = "home/header"
ASSESSMENT_SPLITTER = "assessment/splitter"


def window_state_file() -> Path:
    """The QSettings (INI) file that remembers window geometry and layout."""
    return config_dir() / "window.ini"


def _window_state() -> QSettings:
    return QSettings(str(window_state_file()), QSettings.Format.IniFormat)


def _write(state: QSettings) -> None:
    """Write the layout now, readable by its owner only whatever the umask (QSettings
    creates its file with the umask's mode)."""
    state.sync()
    with contextlib.suppress(OSError):
        os.chmod(state.fileName(), 0o600)


def _restore(state: QSettings, key: str, restore: Callable[[QByteArray], object]) -> None:
    value = state.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        restore(value)


def restore_layout(window: QMainWindow, header: QHeaderView) -> None:
    """Give the window and the home list's columns the layout they had last time."""
    state = _window_state()
    _restore(state, GEOMETRY, window.restoreGeometry)
    _restore(state, WINDOW_STATE, window.restoreState)
    _restore(state, HOME_HEADER, header.restoreState)


def save_layout(window: QMainWindow, header: QHeaderView) -> None:
    """Remember the window's size, place and layout, and the home list's columns."""
    state = _window_state()
    state.setValue(GEOMETRY, window.saveGeometry())
    state.setValue(WINDOW_STATE, window.saveState())
    state.setValue(HOME_HEADER, header.saveState())
    _write(state)


def restore_splitter(splitter: QSplitter) -> None:
    """Give the assessment screen's panes the widths they had last time."""
    _restore(_window_state(), ASSESSMENT_SPLITTER, splitter.restoreState)


def save_splitter(splitter: QSplitter) -> None:
    """Remember the widths of the assessment screen's panes."""
    state = _window_state()
    state.setValue(ASSESSMENT_SPLITTER, splitter.saveState())
    _write(state)
