"""Long work off the GUI thread, with a progress dialog; reads apart from changes.

As Anki's operations do, a task either reads or changes:

- ``runner.query(label, work, on_result)``: ``work(report)`` reads and returns a value of
  any type, which ``on_result`` receives on the GUI thread;
- ``runner.change(label, work, on_done)``: ``work(report)`` changes the database and returns
  a ``Changed`` saying what, so that the window refreshes just that (every change also
  goes out through the ``finished`` signal).

A failure goes to the task's ``on_error``, or, without one, out through ``failed``.
One task runs at a time; one asked for while another runs waits its turn, so a click
before the progress dialog appears is never lost.
"""

from __future__ import annotations

import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: ``report(done, total, text)``: a task tells how far it is (total 0: unknown).
Report = Callable[[int, int, str], None]
#: ``on_error(error, stack)``: what to do when a task failed (the stack is for the log).
OnError = Callable[[BaseException, str], None]

T = TypeVar("T")


@dataclass(frozen=True)
class Changed:
    """What a change changed, so that the window refreshes just that."""

    assessments: bool = False
    opened: int | None = None
    """An assessment to select when the change is done."""
    message: str = ""
    """A sentence for the status bar."""


@dataclass(frozen=True)
class _Job:
    label: str
    work: Callable[[Report], Any]
    succeeded: Callable[[Any], None]
    on_error: OnError | None
    show_after_ms: int


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)  # the exception, and its stack for the log


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # handed to the GUI thread, which shows or logs it
            self.signals.failed.emit(error, "".join(traceback.format_tb(error.__traceback__)))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time, in the order asked, showing progress in a modal dialog."""

    finished = Signal(object)  # the Changed of every change that succeeded
    failed = Signal(object, str)  # exception, stack: a task without on_error failed

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._queue: deque[_Job] = deque()
        self._running: _Job | None = None
        self._signals: _Signals | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """Whether a task is running (others may be waiting behind it)."""
        return self._running is not None

    def query(self, label: str, work: Callable[[Report], T], on_result: Callable[[T], None],
              on_error: OnError | None = None, show_after_ms: int = 300) -> None:
        """Read in the background; ``on_result`` gets what ``work`` returned."""
        self._ask(_Job(label, work, on_result, on_error, show_after_ms))

    def change(self, label: str, work: Callable[[Report], Changed],
               on_done: Callable[[Changed], None] | None = None,
               on_error: OnError | None = None, show_after_ms: int = 300) -> None:
        """Change in the background; ``on_done`` then ``finished`` get what changed."""
        def succeeded(changed: Changed) -> None:
            if on_done is not None:
                on_done(changed)
            self.finished.emit(changed)

        self._ask(_Job(label, work, succeeded, on_error, show_after_ms))

    def _ask(self, job: _Job) -> None:
        self._queue.append(job)
        self._start_next()

    def _start_next(self) -> None:
        if self._running is not None or not self._queue:
            return
        job = self._running = self._queue.popleft()
        dialog = QProgressDialog(job.label, "", 0, 0, self.window)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)  # the work is short and not safely interruptible
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(job.show_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self._dialog = dialog
        signals = _Signals()
        self._signals = signals
        signals.progress.connect(self._progress)
        signals.done.connect(lambda result: self._settle(job.succeeded, result))
        signals.failed.connect(lambda error, stack: self._settle(self._failure(job), error,
                                                                 stack))
        self.pool.start(_Runnable(job.work, signals))

    def _failure(self, job: _Job) -> OnError:
        return job.on_error or self.failed.emit

    def _progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        if text:
            self._dialog.setLabelText(text)

    def _settle(self, callback: Callable[..., None], *args: Any) -> None:
        """The running task is over: close its dialog, hand its outcome on, start the next."""
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._signals = None
        self._running = None
        try:
            callback(*args)
        finally:
            self._start_next()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the running task; those still waiting do not start (the app is closing)."""
        self._queue.clear()
        return self.pool.waitForDone(msecs)
