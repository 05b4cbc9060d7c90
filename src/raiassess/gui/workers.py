"""Long work off the GUI thread, with a progress dialog; the result comes back as a signal.

A ``Task`` is a plain function of a ``report(done, total, text)`` callback that returns a
``Changed`` saying what it changed; the window refreshes its views from the one
``finished`` signal, whatever the task was.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: ``report(done, total, text)``: a task tells how far it is (total 0: unknown).
Report = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Changed:
    """What a task changed, so that the window refreshes just that."""

    assessments: bool = False
    opened: int | None = None
    """An assessment to open when the task is done."""
    message: str = ""
    """A sentence for the status bar."""
    value: Any = field(default=None, compare=False)
    """Anything else the task hands back."""


Task = Callable[[Report], Changed]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)  # the exception, and its stack for the log


class _Runnable(QRunnable):
    def __init__(self, task: Task, signals: _Signals) -> None:
        super().__init__()
        self.task = task
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.task(self.signals.progress.emit)
        except Exception as error:  # handed to the GUI thread, which shows or logs it
            self.signals.failed.emit(error, "".join(traceback.format_tb(error.__traceback__)))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs one task at a time in a thread pool, showing progress in a modal dialog."""

    finished = Signal(object)  # Changed
    failed = Signal(object, str)  # exception, stack

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.busy = False
        self._signals: _Signals | None = None
        self._dialog: QProgressDialog | None = None

    def run(self, label: str, task: Task, on_done: Callable[[Changed], None] | None = None,
            show_after_ms: int = 300) -> bool:
        """Start a task; False if another one is still running."""
        if self.busy:
            return False
        self.busy = True
        dialog = QProgressDialog(label, "", 0, 0, self.window)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)  # the work is short and not safely interruptible
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(show_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self._dialog = dialog
        signals = _Signals()
        self._signals = signals
        signals.progress.connect(self._progress)
        signals.done.connect(lambda changed: self._done(changed, on_done))
        signals.failed.connect(self._failed)
        self.pool.start(_Runnable(task, signals))
        return True

    def _progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        if text:
            self._dialog.setLabelText(text)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._signals = None
        self.busy = False

    def _done(self, changed: Changed, on_done: Callable[[Changed], None] | None) -> None:
        self._close()
        if on_done is not None:
            on_done(changed)
        self.finished.emit(changed)

    def _failed(self, error: BaseException, stack: str) -> None:
        self._close()
        self.failed.emit(error, stack)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the running task (at shutdown)."""
        return self.pool.waitForDone(msecs)
