"""The action plan of the results page: the actions in a table, and the buttons and dialog
that add, edit and delete them.

The texts are the results page's, translated under its name, where they were first
written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.scoring import Contribution, Recommendation
from raiassess.gui.actions import ActionDialog
from raiassess.gui.errors import confirm
from raiassess.gui.icons import icon
from raiassess.gui.look import sub_heading
from raiassess.gui.models import ITEM_ROLE, ActionTableModel
from raiassess.gui.session import AssessmentSession
from raiassess.storage.types import ActionData

translate = QCoreApplication.translate


def _short(title: str, limit: int) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class ActionPlanPanel(QWidget):
    """What the team will do to lower the risk: who, by when, and how far it is."""

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlan")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)  # as the row of the results page it stands in
        layout.addWidget(sub_heading(translate("ResultsPage", "Action plan"), self))
        self.action_model = ActionTableModel(self)
        self.actions_view = QTableView(self)
        self.actions_view.setObjectName("actionsTable")
        self.actions_view.setAccessibleName(translate("ResultsPage", "Action plan"))
        self.actions_view.setModel(self.action_model)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_view.verticalHeader().hide()
        self.actions_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.doubleClicked.connect(lambda _index: self.edit_action())
        self.actions_view.setMinimumHeight(180)
        layout.addWidget(self.actions_view)
        buttons = QHBoxLayout()
        self.add_action_button = QPushButton(icon("add"),
                                             translate("ResultsPage", "Add action…"), self)
        self.add_action_button.setObjectName("addActionButton")
        self.add_action_button.clicked.connect(lambda _checked=False: self.new_action())
        self.edit_action_button = QPushButton(icon("edit"), translate("ResultsPage", "Edit…"),
                                              self)
        self.edit_action_button.setObjectName("editActionButton")
        self.edit_action_button.clicked.connect(self.edit_action)
        self.delete_action_button = QPushButton(icon("delete"),
                                                translate("ResultsPage", "Delete"), self)
        self.delete_action_button.setObjectName("deleteActionButton")
        self.delete_action_button.clicked.connect(self.delete_action)
        for button in (self.add_action_button, self.edit_action_button,
                       self.delete_action_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        session.actionsChanged.connect(self._show_actions)
        self._show_actions()

    def _show_actions(self) -> None:
        self.action_model.set_items(self.session.actions)
        has = bool(self.session.actions)
        self.edit_action_button.setEnabled(has)
        self.delete_action_button.setEnabled(has)

    def action_from_contribution(self, contribution: Contribution) -> None:
        """Open the action editor on a contribution's recommendation."""
        recommendation = " ".join(contribution.recommendations)
        title = recommendation or translate("ResultsPage", "Lower the risk of {number}").format(
            number=contribution.number)
        self.new_action(title=_short(title, 120), description=recommendation,
                        questions=(contribution.question_id,))

    def action_from_recommendation(self, recommendation: Recommendation) -> None:
        """Open the action editor on a recommendation, linked to the questions it is for."""
        self.new_action(title=_short(recommendation.text, 120),
                        description=recommendation.text,
                        questions=tuple(q.question_id for q in recommendation.questions))

    def new_action(self, title: str = "", description: str = "",
                   questions: tuple[str, ...] = ()) -> None:
        """Create an action through the editor."""
        dialog = ActionDialog(self, title=title, description=description, questions=questions)
        if dialog.exec():
            fields = dialog.fields()
            self.session.add_action(fields.pop("title"), **fields)

    def _selected_action(self) -> ActionData | None:
        index = self.actions_view.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def edit_action(self) -> None:
        """Edit the selected action."""
        action = self._selected_action()
        if action is None:
            return
        dialog = ActionDialog(self, action=action)
        if dialog.exec():
            self.session.update_action(action.id, **dialog.fields())

    def delete_action(self) -> None:
        """Delete the selected action, once the user confirms."""
        action = self._selected_action()
        if action is not None and confirm(
                self, translate("ResultsPage", "Delete action"),
                translate("ResultsPage", "Delete the action “{title}”? This cannot be "
                                         "undone.").format(title=action.title)):
            self.session.delete_action(action.id)
