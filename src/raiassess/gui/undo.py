"""The undoable edits of an open assessment: each stores through the session, and its
undo stores what was there before, through the session again.

The commands need only what ``EditedAssessment`` names, which the session provides:
they store nothing themselves, so a change the storage refuses leaves nothing to undo.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.types import EvidenceData, SystemData

# The QUndoCommand.id() of note edits: the undo stack offers each new edit to the one
# before it, so all consecutive edits of one note become one undo step.
NOTE_MERGE_ID = 1001


class EditedAssessment(Protocol):
    """What the commands store through (``AssessmentSession``)."""

    questionnaire: Questionnaire

    def store_answer(self, question_id: str, value: Any) -> bool:
        """Store an answer (None clears it); False if the storage refused it."""

    def store_note(self, question_id: str, note: str) -> bool:
        """Store a question's note; False if refused."""

    def store_evidence(self, question_id: str, kind: str, target: str,
                       description: str) -> EvidenceData | None:
        """Add evidence; the evidence as stored, or None if refused."""

    def drop_evidence(self, evidence_id: int) -> EvidenceData | None:
        """Remove evidence; what was removed, or None if refused."""

    def store_details(self, system: SystemData, title: str) -> bool:
        """Store the system's details and the title; False if refused."""


class _QuestionValueCommand(QUndoCommand):
    """Store a new value of one question through the session; undo stores the old one."""

    def __init__(self, session: EditedAssessment, question_id: str, old: Any, new: Any,
                 label: str) -> None:
        super().__init__()
        self.session = session
        self.question_id = question_id
        self.old = old
        self.new = new
        self.setText(label.format(number=session.questionnaire.number_of(question_id)))

    def store(self, value: Any) -> bool:
        """Store a value through the session; False if the storage refused it."""
        raise NotImplementedError

    def redo(self) -> None:
        """Store the new value (a refused one leaves nothing to undo)."""
        if not self.store(self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        """Store the previous value."""
        self.store(self.old)


class SetAnswerCommand(_QuestionValueCommand):
    """Set one answer; undo sets the previous one again."""

    def __init__(self, session: EditedAssessment, question_id: str, old: Any,
                 new: Any) -> None:
        super().__init__(session, question_id, old, new, QCoreApplication.translate(
            "AssessmentSession", "answer to {number}"))

    def store(self, value: Any) -> bool:
        """Store an answer."""
        return self.session.store_answer(self.question_id, value)


class SetNoteCommand(_QuestionValueCommand):
    """Set a question's note; consecutive edits of one note merge into one undo step."""

    def __init__(self, session: EditedAssessment, question_id: str, old: str,
                 new: str) -> None:
        super().__init__(session, question_id, old, new, QCoreApplication.translate(
            "AssessmentSession", "note on {number}"))

    def id(self) -> int:
        """Note commands can merge."""
        return NOTE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a later edit of the same note."""
        if not isinstance(other, SetNoteCommand) or other.question_id != self.question_id:
            return False
        self.new = other.new
        return True

    def store(self, value: Any) -> bool:
        """Store a note."""
        return self.session.store_note(self.question_id, value)


class EvidenceCommand(QUndoCommand):
    """Add (or, with ``remove_id``, remove) a piece of evidence; undo does the opposite."""

    def __init__(self, session: EditedAssessment, question_id: str, kind: str, target: str,
                 description: str, *, remove_id: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.question_id = question_id
        self.kind, self.target, self.description = kind, target, description
        self.removing = remove_id is not None
        self.evidence_id = remove_id
        number = session.questionnaire.number_of(question_id)
        self.setText(QCoreApplication.translate("AssessmentSession", "evidence on {number}").format(
            number=number))

    def _add(self) -> bool:
        added = self.session.store_evidence(self.question_id, self.kind, self.target,
                                            self.description)
        self.evidence_id = added.id if added is not None else None
        return added is not None

    def _remove(self) -> bool:
        return self.evidence_id is not None and \
            self.session.drop_evidence(self.evidence_id) is not None

    def redo(self) -> None:
        """Add or remove."""
        done = self._remove() if self.removing else self._add()
        if not done:
            self.setObsolete(True)

    def undo(self) -> None:
        """Remove what was added, or add back what was removed."""
        if self.removing:
            self._add()
        else:
            self._remove()


class DetailsCommand(QUndoCommand):
    """Change the system's details and the title; undo stores the previous ones."""

    def __init__(self, session: EditedAssessment, old: tuple[SystemData, str],
                 new: tuple[SystemData, str]) -> None:
        super().__init__()
        self.session = session
        self.old = old
        self.new = new
        self.setText(QCoreApplication.translate("AssessmentSession", "details of the system"))

    def redo(self) -> None:
        """Store the new details."""
        if not self.session.store_details(*self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        """Store the previous details."""
        self.session.store_details(*self.old)
