"""The guidance panel: why the current question matters, and the frameworks it relates to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from raiassess.core.questionnaire import Question
from raiassess.core.text import localized
from raiassess.gui.look import Chip, dim, font_of, heading, scroll_body, shaded


class GuidancePanel(QScrollArea):
    """Shows the guidance and references of one question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.setMinimumWidth(260)
        self.setAccessibleName(self.tr("Guidance"))
        body = shaded(QWidget(self))
        layout = scroll_body(self, body, "guidanceBody", (14, 12, 14, 12), 8)
        self.heading = heading(QLabel(self.tr("Guidance"), body), 2)
        self.heading.setObjectName("panelHeading")
        self.question_label = self._text(body, "guidanceQuestion")
        self.why_heading = heading(QLabel(self.tr("Why it matters"), body))
        self.why_heading.setObjectName("subHeading")
        self.guidance_label = self._text(body, "guidanceText")
        self.references_heading = heading(QLabel(self.tr("References"), body))
        self.references_heading.setObjectName("subHeading")
        self.references = QWidget(body)
        self.references_layout = QVBoxLayout(self.references)
        self.references_layout.setContentsMargins(0, 0, 0, 0)
        self.references_layout.setSpacing(4)
        self.tags_label = dim(self._text(body, "guidanceTags"))
        font_of(self.question_label, italic=True)
        for widget in (self.heading, self.question_label, self.why_heading, self.guidance_label,
                       self.references_heading, self.references, self.tags_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_question(None, "", "en")

    @staticmethod
    def _text(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_question(self, question: Question | None, number: str, language: str) -> None:
        """Show a question's guidance (or a hint when no question is current)."""
        if question is None:
            self.question_label.setText(self.tr("Choose a question to see why it matters "
                                                "and what good practice looks like."))
            for widget in (self.why_heading, self.guidance_label, self.references_heading,
                           self.references, self.tags_label):
                widget.hide()
            return
        self.question_label.setText(f"{number}  {localized(question.text, language)}")
        self.guidance_label.setText(localized(question.guidance, language))
        self.why_heading.show()
        self.guidance_label.show()
        while self.references_layout.count():
            item = self.references_layout.takeAt(0)
            chip = item.widget() if item is not None else None
            if chip is not None:
                chip.deleteLater()
        for reference in question.references:
            chip = Chip(str(reference), self.references)
            chip.setObjectName("referenceChip")
            chip.setToolTip(str(reference))
            self.references_layout.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
        has_references = bool(question.references)
        self.references_heading.setVisible(has_references)
        self.references.setVisible(has_references)
        self.tags_label.setText(self.tr("Topics: {tags}").format(tags=", ".join(question.tags))
                                if question.tags else "")
        self.tags_label.setVisible(bool(question.tags))

    def guidance_text(self) -> str:
        """The guidance shown now (for tests and screen readers)."""
        return self.guidance_label.text() if self.guidance_label.isVisibleTo(self) else ""
