"""The dialog that creates or edits an action of the plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from raiassess.core.statuses import ACTION_STATUSES
from raiassess.gui.models import action_status_label
from raiassess.storage.types import ActionData


class ActionDialog(QDialog):
    """Title, description, owner, due date and status of an action."""

    def __init__(self, parent: QWidget | None = None, action: ActionData | None = None,
                 title: str = "", description: str = "",
                 questions: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.questions = action.questions if action else questions
        form = QFormLayout(self)
        self.title_edit = QLineEdit(action.title if action else title, self)
        self.title_edit.setObjectName("actionTitle")
        self.description_edit = QPlainTextEdit(action.description if action else description,
                                               self)
        self.description_edit.setObjectName("actionDescription")
        self.description_edit.setTabChangesFocus(True)
        self.owner_edit = QLineEdit(action.owner if action else "", self)
        self.owner_edit.setObjectName("actionOwner")
        self.owner_edit.setPlaceholderText(self.tr("Who makes it happen"))
        due_row = QWidget(self)
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.has_due = QCheckBox(self.tr("Set a due date"), due_row)
        self.has_due.setObjectName("actionHasDue")
        self.due_edit = QDateEdit(due_row)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        due = action.due if action else None
        start = due or (dt.date.today() + dt.timedelta(days=30))
        self.due_edit.setDate(QDate(start.year, start.month, start.day))
        self.has_due.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        due_layout.addWidget(self.has_due)
        due_layout.addWidget(self.due_edit, 1)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("actionStatus")
        for status in ACTION_STATUSES:
            self.status_box.addItem(action_status_label(status), status)
        self.status_box.setCurrentIndex(ACTION_STATUSES.index(action.status) if action else 0)
        form.addRow(self.tr("&Action:"), self.title_edit)
        form.addRow(self.tr("&Details:"), self.description_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("Due:"), due_row)
        form.addRow(self.tr("&Status:"), self.status_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.title_edit.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(bool(self.title_edit.text().strip()))
        form.addRow(buttons)
        self.resize(520, 360)

    def fields(self) -> dict[str, Any]:
        """The action as ``add_action``/``update_action`` take it (title included)."""
        date = self.due_edit.date()
        return {
            "title": self.title_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "owner": self.owner_edit.text().strip(),
            "due": dt.date(date.year(), date.month(), date.day())
            if self.has_due.isChecked() else None,
            "status": self.status_box.currentData(),
            "questions": tuple(self.questions),
        }
