"""The offer to move an assessment to a newer version of its questionnaire.

An assessment keeps the version of the questionnaire it was started with. When a newer
version is installed, opening the assessment says so once per session, calmly: which
version it uses, which is installed, what moving would carry over and what it would
leave behind. Nothing changes unless the user chooses to move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.questionnaire import Questionnaire
from raiassess.core.text import localized
from raiassess.gui.look import dim, heading
from raiassess.storage.types import QuestionnaireMigration

if TYPE_CHECKING:
    from raiassess.storage.service import AssessmentService

#: A newer installed version of an assessment's questionnaire, and what moving to it
#: would carry over and leave behind.
Offer = tuple[Questionnaire, QuestionnaireMigration]


def newer_version(service: AssessmentService, assessment_id: int) -> Offer | None:
    """What to offer when an assessment opens, or None; plain data, read in the background."""
    newer = service.newer_questionnaire(assessment_id)
    return None if newer is None else (newer, service.migrate_questionnaire(assessment_id,
                                                                            newer))


def ask_to_move(current: Questionnaire, offer: Offer, language: str, parent: QWidget) -> bool:
    """Show the offer; True if the user chose to move to the newer version."""
    dialog = MigrationDialog(current, *offer, language, parent)
    moving = bool(dialog.exec())
    dialog.deleteLater()
    return moving


class MigrationDialog(QDialog):
    """``exec()`` is true when the user chose to move to the newer version."""

    def __init__(self, current: Questionnaire, newer: Questionnaire,
                 plan: QuestionnaireMigration, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationDialog")
        self.setWindowTitle(self.tr("A newer questionnaire is installed"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = current.title_in(language)
        layout.addWidget(heading(QLabel(self.tr("Version {new} of “{title}” is installed")
                                        .format(new=newer.version, title=title), self), 2))
        self.versions = QLabel(self.tr(
            "This assessment answers version {old}. It stays on that version unless you "
            "move it; its answers and results do not change on their own.").format(
            old=plan.from_version), self)
        self.versions.setObjectName("migrationVersions")
        self.versions.setWordWrap(True)
        layout.addWidget(self.versions)
        carried = len(plan.carried)
        self.carried = QLabel((self.tr(
            "Moving to version {new} carries over the answers, notes and evidence of the "
            "one question whose wording and choices did not change.") if carried == 1 else
            self.tr("Moving to version {new} carries over the answers, notes and evidence "
                    "of {count} questions whose wording and choices did not change.")).format(
            new=plan.to_version, count=carried), self)
        self.carried.setObjectName("migrationCarried")
        self.carried.setWordWrap(True)
        layout.addWidget(self.carried)
        self.dropped_list = QListWidget(self)
        self.dropped_list.setObjectName("migrationDropped")
        self.dropped_list.setAccessibleName(self.tr("Answers that would not be carried over"))
        self.dropped_list.setWordWrap(True)
        for question_id in plan.dropped:
            question = current.question(question_id)
            text = localized(question.text, language) if question is not None else question_id
            self.dropped_list.addItem(f"{current.number_of(question_id)}  {text}")
        if plan.dropped:
            self.dropped = QLabel((self.tr(
                "The answer to one question would not be carried over, because the question "
                "changed or was removed:") if len(plan.dropped) == 1 else self.tr(
                "The answers to {count} questions would not be carried over, because the "
                "questions changed or were removed:")).format(count=len(plan.dropped)), self)
            rows = min(len(plan.dropped), 5)
            self.dropped_list.setFixedHeight(rows * 2 * self.fontMetrics().lineSpacing() +
                                             2 * self.dropped_list.frameWidth() + 8)
        else:
            self.dropped = QLabel(self.tr("Every answer would be carried over."), self)
            self.dropped_list.hide()
        self.dropped.setObjectName("migrationDroppedText")
        self.dropped.setWordWrap(True)
        layout.addWidget(self.dropped)
        layout.addWidget(self.dropped_list)
        safety = dim(QLabel(self.tr(
            "Before moving, raiassess keeps a snapshot of the assessment as it is now, so "
            "nothing is lost. If you keep this version, you will not be asked again until "
            "raiassess starts again."), self))
        safety.setWordWrap(True)
        layout.addWidget(safety)
        layout.addSpacing(4)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.move_button = QPushButton(self.tr("&Move to version {new}").format(
            new=plan.to_version), self)
        self.move_button.setObjectName("moveButton")
        self.keep_button = QPushButton(self.tr("&Keep version {old}").format(
            old=plan.from_version), self)
        self.keep_button.setObjectName("keepButton")
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)  # Enter keeps things as they are
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(580, self.heightForWidth(580) if self.hasHeightForWidth()
                    else self.sizeHint().height())
