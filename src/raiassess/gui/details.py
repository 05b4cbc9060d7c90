"""The system under assessment and the assessment's title: a form shared by the new-assessment
wizard and the dialog that edits them later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from raiassess.gui.errors import show_error
from raiassess.storage.types import SystemData


class SystemForm(QWidget):
    """Name, title, description, owner, team and deployment context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setObjectName("systemName")
        self.name.setPlaceholderText(self.tr("e.g. Loan pre-screening model"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("assessmentTitle")
        self.title_edit.setPlaceholderText(self.tr("Optional, e.g. Pre-launch review 2026"))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("systemDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.owner = QLineEdit(self)
        self.owner.setObjectName("systemOwner")
        self.team = QLineEdit(self)
        self.team.setObjectName("systemTeam")
        self.context = QPlainTextEdit(self)
        self.context.setObjectName("systemContext")
        self.context.setTabChangesFocus(True)
        self.context.setFixedHeight(64)
        self.context.setPlaceholderText(self.tr("Where and for whom it runs"))
        form.addRow(self.tr("System &name:"), self.name)
        form.addRow(self.tr("Assessment &title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("T&eam:"), self.team)
        form.addRow(self.tr("Deployment &context:"), self.context)

    def system(self) -> SystemData:
        """The system as entered."""
        return SystemData(self.name.text().strip(), self.description.toPlainText().strip(),
                          self.owner.text().strip(), self.team.text().strip(),
                          self.context.toPlainText().strip())

    def assessment_title(self) -> str:
        """The title as entered, possibly empty."""
        return self.title_edit.text().strip()

    def show_system(self, system: SystemData, title: str) -> None:
        """Fill the form with what is stored."""
        self.name.setText(system.name)
        self.title_edit.setText(title)
        self.description.setPlainText(system.description)
        self.owner.setText(system.owner)
        self.team.setText(system.team)
        self.context.setPlainText(system.deployment_context)


class DetailsDialog(QDialog):
    """Edits the system's details and the title; the caller stores them when accepted."""

    def __init__(self, system: SystemData, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsDialog")
        self.setWindowTitle(self.tr("Details of the assessment"))
        layout = QVBoxLayout(self)
        self.form = SystemForm(self)
        self.form.show_system(system, title)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def accept(self) -> None:
        """Close with the new details, unless the system has no name."""
        if not self.form.system().name:
            show_error(self, self.tr("The system needs a name: it is how the assessment is "
                                     "found in the list and named in the report."))
            self.form.name.setFocus()
            return
        super().accept()
