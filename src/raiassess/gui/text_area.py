"""A text area that commits what is typed when typing pauses or the focus leaves: a text
answer, and a question's note.

It has a module of its own, loaded with the assessment screens: the home screen, which
paints first, has no use for it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """A text area that commits when typing pauses or the focus leaves."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 800) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.committed)
        self.textChanged.connect(self._typed)
        self._quiet = False

    def _typed(self) -> None:
        if not self._quiet:
            self._timer.start()

    def set_text_quietly(self, text: str) -> None:
        """Replace the text without committing it."""
        if text == self.toPlainText():
            return
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False

    def flush(self) -> None:
        """Commit now if typing is pending."""
        if self._timer.isActive():
            self._timer.stop()
            self.committed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Commit pending typing when the focus leaves."""
        self.flush()
        super().focusOutEvent(event)
