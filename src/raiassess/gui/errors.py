"""Errors the user sees: the dialog helpers, what a failure says, and the hook that catches
the unexpected.

An unexpected exception is logged to ``raiassess.log`` in the per-user log folder and
shown in a dialog; the app keeps running. The log keeps the exception's type and
stack only: its message may quote an answer, and answers never go into the log.

The storage and core errors are imported where they are used: this module loads before
the window's first paint, and they load with the database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from raiassess.core.paths import log_dir

if TYPE_CHECKING:
    import logging

    from PySide6.QtWidgets import QWidget

LOG_NAME = "raiassess.log"

T = TypeVar("T")

translate = QCoreApplication.translate


def logger() -> logging.Logger:
    """raiassess's logger, writing to the log file (logging loads at the first record)."""
    import logging

    setup_logging()
    return logging.getLogger("raiassess")


def setup_logging() -> None:
    """Send raiassess's log records to a rotating file in the per-user log folder."""
    import logging
    from logging.handlers import RotatingFileHandler  # only once there is something to log

    log = logging.getLogger("raiassess")
    path = log_dir() / LOG_NAME
    if any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(path)
           for h in log.handlers):
        return
    class PrivateLog(RotatingFileHandler):
        """Each log file is created readable by its owner only, whatever the umask."""

        def _open(self):  # type: ignore[no-untyped-def]
            descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                                 0o600)
            os.chmod(self.baseFilename, 0o600)
            return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)

    handler = PrivateLog(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def sentence(text: str) -> str:
    """A message as a sentence: a capital first letter and a full stop.

    The storage layer words its refusals as clauses ("there is no assessment 3") so that
    the CLI can print them after a prefix; a dialog shows them as sentences.
    """
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!…" else text + "."


def show_error(parent: QWidget | None, message: str, title: str | None = None,
               details: str = "") -> None:
    """Tell the user, in one clear sentence, what went wrong."""
    from PySide6.QtWidgets import QMessageBox

    title = title or QCoreApplication.translate("errors", "raiassess")
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence(message),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    if details:
        box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; True if the user said yes (No is the
    default, so a stray Enter keeps things as they are)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class Refused:
    """What ``ask_service`` gives when the storage refused; the user has been told why."""


def ask_service(call: Callable[[], T], tell: Callable[[str], None]) -> T | Refused:
    """Call the service: its result, or ``Refused`` when the storage refused, after handing
    the refusal's one sentence to ``tell`` (a dialog, or a signal to one)."""
    from raiassess.storage.errors import StorageError

    try:
        return call()
    except StorageError as error:
        tell(str(error))
        return Refused()


def _known_message(error: BaseException) -> tuple[str, str] | None:
    """What to say about a failure the app expects (a refusal, a bad file, a disk error)."""
    from raiassess.core.problems import DocumentError, problem_lines
    from raiassess.storage.errors import StorageError

    # The texts are the main window's, where they were first written and translated.
    if isinstance(error, StorageError):
        return str(error), ""
    if isinstance(error, DocumentError):
        problems = error.problems
        return (translate("MainWindow", "The file has {count} problem(s); nothing was "
                                        "imported.").format(count=len(problems)),
                "\n".join(problem_lines(problems)))
    if isinstance(error, OSError):
        return (translate("MainWindow", "The file could not be read or written: {reason}.")
                .format(reason=error.strerror or type(error).__name__), "")
    return None


def message_for(error: BaseException, stack: str = "") -> tuple[str, str]:
    """What to tell the user about work that failed: a sentence, and details to unfold
    (the problems of a file; the type and stack of an unexpected error)."""
    known = _known_message(error)
    if known is not None:
        return known
    return (translate("MainWindow", "Something went wrong and raiassess could not finish "
                                    "what it was doing. Your saved work is safe."),
            f"{type(error).__name__}\n{stack}")


def show_failure(parent: QWidget | None, error: BaseException, stack: str) -> None:
    """Show why background work failed; an unexpected failure is logged first."""
    if _known_message(error) is None:
        logger().error("unexpected %s in a background task\n%s", type(error).__name__, stack)
    text, details = message_for(error, stack)
    show_error(parent, text, details=details)


def describe_unexpected(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The log entry of an unexpected exception: its type and stack, not its message."""
    import traceback

    stack = "".join(traceback.format_tb(tb))
    return f"unexpected {kind.__module__}.{kind.__qualname__}\n{stack}"


#: How the hook shows an error; tests replace it to record instead of opening a dialog.
Presenter = Callable[[str, str], None]


def _present(message: str, details: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    show_error(parent, message, QCoreApplication.translate("errors", "Unexpected error"), details)


class ExceptionHook:
    """``sys.excepthook`` for the app: log the exception, then show it."""

    def __init__(self, present: Presenter = _present) -> None:
        self.present = present
        self._showing = False

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        import traceback

        logger().error(describe_unexpected(kind, tb))
        if self._showing:  # an error while showing an error: logging it is enough
            return
        self._showing = True
        try:
            self.present(
                QCoreApplication.translate(
                    "errors", "Something went wrong and raiassess could not finish what it "
                    "was doing. Your saved work is safe. The details were written to {log}."
                ).format(
                    log=str(log_dir() / LOG_NAME)),
                f"{kind.__name__}\n{''.join(traceback.format_tb(tb))}")
        finally:
            self._showing = False


def install_exception_hook(present: Presenter = _present) -> ExceptionHook:
    """Install the hook as ``sys.excepthook`` and return it (logging starts when needed)."""
    hook = ExceptionHook(present)
    sys.excepthook = hook
    return hook
