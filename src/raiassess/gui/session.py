"""An open assessment: what is stored, the changes to it, and their undo history.

``AssessmentSession`` is the one place the assessment screens change anything: each
change goes to the service at once (durable when the call returns), the session keeps
its copy of the answers and the latest ``ScoreResult`` in step, and tells the screens
through signals. Answers, notes, evidence and the system's details change through the
undo commands of ``raiassess.gui.undo``, whose undo stores the previous value through
the session again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult, visibility
from raiassess.core.scoring import score as score_answers
from raiassess.core.text import localized
from raiassess.gui.errors import Refused, ask_service
from raiassess.gui.undo import DetailsCommand, EvidenceCommand, SetAnswerCommand, SetNoteCommand
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import (
    ActionData,
    AssessmentDetail,
    CommentData,
    EvidenceData,
    SystemData,
)

T = TypeVar("T")


class AssessmentSession(QObject):
    """The state of one open assessment, kept in step with the database."""

    answerChanged = Signal(str)  # question id (value, note or evidence)
    scoreChanged = Signal(object)  # ScoreResult
    actionsChanged = Signal()
    commentsChanged = Signal()
    detailsChanged = Signal()  # the system's details or the title
    saved = Signal()
    failed = Signal(str)  # a sentence for the user

    def __init__(self, service: AssessmentService, detail: AssessmentDetail,
                 score: ScoreResult, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.id = detail.summary.id
        self.questionnaire: Questionnaire = detail.questionnaire
        self.language = language
        # What is stored, each in one place: the service's answers to the changes below
        # keep these in step, so nothing here is a guess at what the service stored.
        self.system: SystemData = detail.system
        """The system under assessment."""
        self.assessment_title = detail.summary.title
        """The assessment's own title (possibly empty)."""
        self.values: dict[str, Any] = {qid: a.value for qid, a in detail.answers.items()
                                       if a.value is not None}
        self.notes: dict[str, str] = {qid: a.note for qid, a in detail.answers.items()
                                      if a.note}
        self.evidence: dict[str, tuple[EvidenceData, ...]] = {
            qid: a.evidence for qid, a in detail.answers.items() if a.evidence}
        self.actions: tuple[ActionData, ...] = detail.actions
        self.comments: tuple[CommentData, ...] = detail.comments
        self.status = detail.summary.status
        self.score = self._in_language(score)
        self.visible = visibility(self.questionnaire, self.values)
        self.undo_stack = QUndoStack(self)
        self.saved_at: dt.datetime | None = None

    @staticmethod
    def load(service: AssessmentService, assessment_id: int
             ) -> tuple[AssessmentDetail, ScoreResult]:
        """What a session starts from; plain data, so it may be loaded off the GUI thread."""
        return service.get_assessment(assessment_id), service.score(assessment_id)

    def _in_language(self, score: ScoreResult) -> ScoreResult:
        """The service scores in English; other languages re-read the texts from the core."""
        if self.language == "en":
            return score
        return score_answers(self.questionnaire, self.values, self.language)

    # -- reading ---------------------------------------------------------------------

    @property
    def title(self) -> str:
        """What the assessment is called: the system's name, then the title if it has one."""
        name, title = self.system.name, self.assessment_title
        return f"{name} · {title}" if title else name

    def text(self, value: dict[str, str] | None) -> str:
        """A questionnaire text in the interface language."""
        return localized(value, self.language)

    # -- changing (called by the undo commands) ---------------------------------------

    def _ask(self, call: Callable[[], T]) -> T | Refused:
        """Call the service: its result, or ``Refused`` when the storage refused, whose one
        sentence goes out through ``failed``."""
        return ask_service(call, self.failed.emit)

    def _refused(self, call: Callable[[], object]) -> bool:
        """Make a change through the service; True if the storage refused it."""
        return isinstance(self._ask(call), Refused)

    def store_answer(self, question_id: str, value: Any) -> bool:
        """Store an answer (None clears it); False, with ``failed`` emitted, if refused."""
        score = self._ask(lambda: self.service.set_answer(self.id, question_id, value))
        if isinstance(score, Refused):
            self.answerChanged.emit(question_id)  # show the stored value again
            return False
        if value is None:
            self.values.pop(question_id, None)
        else:
            self.values[question_id] = value
        self.visible = visibility(self.questionnaire, self.values)
        self._scored(score)
        self.answerChanged.emit(question_id)
        return True

    def store_note(self, question_id: str, note: str) -> bool:
        """Store a question's note."""
        if self._refused(lambda: self.service.set_note(self.id, question_id, note)):
            self.answerChanged.emit(question_id)
            return False
        if note:
            self.notes[question_id] = note
        else:
            self.notes.pop(question_id, None)
        self._saved()
        self.answerChanged.emit(question_id)
        return True

    def store_evidence(self, question_id: str, kind: str, target: str,
                       description: str) -> EvidenceData | None:
        """Add evidence to a question; the evidence as stored, or None if refused."""
        item = self._ask(lambda: self.service.add_evidence(
            self.id, question_id, kind, target, description))
        if isinstance(item, Refused):
            return None
        self.evidence[question_id] = (*self.evidence.get(question_id, ()), item)
        self._saved()
        self.answerChanged.emit(question_id)
        return item

    def drop_evidence(self, evidence_id: int) -> EvidenceData | None:
        """Remove evidence; what was removed, or None if refused."""
        found = next((e for items in self.evidence.values() for e in items
                      if e.id == evidence_id), None)
        if found is None:
            return None
        if self._refused(lambda: self.service.remove_evidence(evidence_id)):
            return None
        rest = tuple(e for e in self.evidence[found.question_id] if e.id != evidence_id)
        self.evidence[found.question_id] = rest
        self._saved()
        self.answerChanged.emit(found.question_id)
        return found

    def store_details(self, system: SystemData, title: str) -> bool:
        """Store the system's details and the assessment's title."""
        stored_system = self._ask(lambda: self.service.update_system(self.id, system))
        if isinstance(stored_system, Refused):
            self.detailsChanged.emit()  # show what is stored
            return False
        self.system = stored_system
        stored_title = self._ask(lambda: self.service.set_title(self.id, title))
        if not isinstance(stored_title, Refused):
            self.assessment_title = stored_title
        self._saved()
        self.detailsChanged.emit()
        return not isinstance(stored_title, Refused)

    # -- undoable edits --------------------------------------------------------------

    def edit_answer(self, question_id: str, value: Any) -> None:
        """Change an answer as one undo step."""
        old = self.values.get(question_id)
        if old == value:
            return
        self.undo_stack.push(SetAnswerCommand(self, question_id, old, value))

    def edit_note(self, question_id: str, note: str) -> None:
        """Change a note as one undo step (consecutive edits of one note merge)."""
        old = self.notes.get(question_id, "")
        if old != note:
            self.undo_stack.push(SetNoteCommand(self, question_id, old, note))

    def edit_add_evidence(self, question_id: str, kind: str, target: str,
                          description: str = "") -> None:
        """Add evidence as one undo step."""
        self.undo_stack.push(EvidenceCommand(self, question_id, kind, target, description))

    def edit_remove_evidence(self, evidence_id: int) -> None:
        """Remove evidence as one undo step."""
        found = next((e for items in self.evidence.values() for e in items
                      if e.id == evidence_id), None)
        if found is not None:
            self.undo_stack.push(EvidenceCommand(self, found.question_id, found.kind,
                                                 found.target, found.description,
                                                 remove_id=evidence_id))

    def edit_details(self, system: SystemData, title: str) -> None:
        """Change the system's details and the title as one undo step."""
        old = (self.system, self.assessment_title)
        if old != (system, title):
            self.undo_stack.push(DetailsCommand(self, old, (system, title)))

    # -- review comments (saved at once; a comment is a record of what was said) -------

    def add_comment(self, text: str, *, author: str = "", role: str = "",
                    question_id: str | None = None) -> CommentData | None:
        """Add a review comment on the assessment or on one question; the comment as
        stored, or None if refused."""
        comment = self._ask(lambda: self.service.add_comment(
            self.id, text, author=author, role=role, question_id=question_id))
        if isinstance(comment, Refused):
            return None
        self.comments = (*self.comments, comment)
        self._saved()
        self.commentsChanged.emit()
        return comment

    # -- actions (saved at once, not undoable: the plan has its own delete confirmation)

    def add_action(self, title: str, **fields: Any) -> ActionData | None:
        """Add an action to the plan; the action as stored, or None if refused."""
        action = self._ask(lambda: self.service.add_action(self.id, title, **fields))
        if isinstance(action, Refused):
            return None
        self.actions = (*self.actions, action)
        self._saved()
        self.actionsChanged.emit()
        return action

    def update_action(self, action_id: int, **fields: Any) -> bool:
        """Change an action's fields."""
        action = self._ask(lambda: self.service.update_action(action_id, **fields))
        if isinstance(action, Refused):
            return False
        self.actions = tuple(action if a.id == action_id else a for a in self.actions)
        self._saved()
        self.actionsChanged.emit()
        return True

    def delete_action(self, action_id: int) -> bool:
        """Remove an action from the plan."""
        if self._refused(lambda: self.service.delete_action(action_id)):
            return False
        self.actions = tuple(a for a in self.actions if a.id != action_id)
        self._saved()
        self.actionsChanged.emit()
        return True

    def set_status(self, status: str) -> bool:
        """Move the assessment along its life cycle (draft, in review, approved...)."""
        if self._refused(lambda: self.service.set_status(self.id, status)):
            return False
        self.status = status
        self._saved()
        return True

    def _scored(self, score: ScoreResult) -> None:
        self.score = self._in_language(score)
        self._saved()
        self.scoreChanged.emit(self.score)

    def _saved(self) -> None:
        self.saved_at = dt.datetime.now()
        self.saved.emit()
