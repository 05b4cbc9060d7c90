"""Acting on the modal dialogs of the GUI tests, and giving a window back its activation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


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


def activate(qtbot: QtBot, window: Any) -> None:
    """Give the window back the activation a desktop gives it when a dialog closes.

    Shortcuts and keys only reach the active window, as on a desktop.
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
