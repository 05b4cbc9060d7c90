"""A question as a card: number, text, required mark, answer editor, note and evidence.

The card only shows and reports: edits leave it as signals, and the assessment page
decides what to store (through undoable commands) and tells the card what is stored.
The note and evidence areas are built the first time they are needed, which keeps a
section of a hundred questions quick to build.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.questionnaire import Question
from raiassess.core.scoring import is_answered
from raiassess.core.text import localized
from raiassess.gui.editors import AnswerEditor, editor_for
from raiassess.gui.icons import icon
from raiassess.gui.look import ITEM_ID, Panel, accent, heading, warning_text
from raiassess.gui.text_area import CommitTextEdit
from raiassess.storage.types import EvidenceData


class QuestionCard(Panel):
    """One question of the assessment page."""

    answerEdited = Signal(str, object)  # question id, new value
    noteEdited = Signal(str, str)
    evidenceAdded = Signal(str, str, str, str)  # question id, kind, target, description
    evidenceRemoved = Signal(int)  # evidence id

    def __init__(self, question: Question, number: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self.setObjectName("questionCard")
        self.value: Any = None
        self.note = ""
        self.evidence: tuple[EvidenceData, ...] = ()
        text = localized(question.text, language)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.number_label = accent(heading(QLabel(number, self)))
        self.number_label.setObjectName("questionNumber")
        self.number_label.setMinimumWidth(self.number_label.fontMetrics().horizontalAdvance("00.00"))
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = heading(QLabel(text, self))
        self.text_label.setObjectName("questionText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        header.addWidget(self.number_label)
        header.addWidget(self.text_label, 1)
        if question.required:
            required = warning_text(QLabel(self.tr("Required"), self))
            required.setObjectName("requiredMark")
            required.setToolTip(self.tr("This question must be answered for the assessment "
                                        "to be complete."))
            required.setAlignment(Qt.AlignmentFlag.AlignTop)
            header.addWidget(required)
        layout.addLayout(header)

        self.editor: AnswerEditor = editor_for(question, language, self)
        self.editor.answerEdited.connect(lambda value: self.answerEdited.emit(question.id, value))
        layout.addWidget(self.editor)

        tools = QHBoxLayout()
        tools.setSpacing(4)
        self.clear_button = self._tool("clear", self.tr("Clear answer"), self._clear)
        self.note_button = self._tool("note", self.tr("Note"), self._toggle_note)
        self.evidence_button = self._tool("evidence", self.tr("Evidence"), self._toggle_evidence)
        for button in (self.clear_button, self.note_button, self.evidence_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self._layout = layout
        self.note_edit: CommitTextEdit | None = None
        self.evidence_panel: QWidget | None = None
        self.evidence_list: QListWidget | None = None
        self.setAccessibleName(text)
        self._refresh_tools()

    def _tool(self, icon_name: str, text: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # -- showing what is stored --------------------------------------------------------

    def show_answer(self, value: Any) -> None:
        """Show the stored answer."""
        self.value = value
        self.editor.set_value(value)
        self._refresh_tools()

    def show_note(self, note: str) -> None:
        """Show the stored note (opening the note area if there is one)."""
        self.note = note
        if note and self.note_edit is None:
            self._build_note()
        if self.note_edit is not None:
            self.note_edit.set_text_quietly(note)
        self._refresh_tools()

    def show_evidence(self, evidence: tuple[EvidenceData, ...]) -> None:
        """Show the stored evidence (opening the evidence area if there is any)."""
        self.evidence = evidence
        if evidence and self.evidence_panel is None:
            self._build_evidence()
        if self.evidence_list is not None:
            self.evidence_list.clear()
            for item in evidence:
                shown = f"{item.target} — {item.description}" if item.description else item.target
                row = QListWidgetItem(icon("evidence"), shown)
                row.setData(ITEM_ID, item.id)
                row.setToolTip(item.target)
                self.evidence_list.addItem(row)
            self.evidence_list.setFixedHeight(min(4, max(1, len(evidence))) * 26 + 6)
        self._refresh_tools()

    def is_answered(self) -> bool:
        """Whether the stored answer counts as an answer."""
        return is_answered(self.value)

    def _refresh_tools(self) -> None:
        self.clear_button.setEnabled(self.is_answered())
        self.note_button.setText(self.tr("Note") + (" ●" if self.note else ""))
        count = len(self.evidence)
        self.evidence_button.setText(
            self.tr("Evidence ({count})").format(count=count) if count else self.tr("Evidence"))

    # -- the note --------------------------------------------------------------------

    def _build_note(self) -> None:
        self.note_edit = CommitTextEdit(self)
        self.note_edit.setObjectName("noteInput")
        self.note_edit.setPlaceholderText(self.tr("A note for the reviewers: context, "
                                                  "caveats, who to ask"))
        self.note_edit.setAccessibleName(self.tr("Note on question {number}").format(
            number=self.number_label.text()))
        self.note_edit.setFixedHeight(64)
        self.note_edit.committed.connect(self._note_committed)
        self._layout.insertWidget(self._layout.count() - 1, self.note_edit)

    def _toggle_note(self) -> None:
        if self.note_edit is None:
            self._build_note()
            assert self.note_edit is not None
            self.note_edit.setFocus()
            return
        if self.note_edit.isVisible() and not self.note_edit.toPlainText():
            self.note_edit.hide()
        else:
            self.note_edit.show()
            self.note_edit.setFocus()

    def _note_committed(self) -> None:
        assert self.note_edit is not None
        text = self.note_edit.toPlainText()
        if text != self.note:
            self.noteEdited.emit(self.question.id, text)

    def flush(self) -> None:
        """Commit typing that is still waiting (before leaving the section or the app)."""
        if self.note_edit is not None:
            self.note_edit.flush()
        self.editor.flush()

    # -- evidence --------------------------------------------------------------------

    def _build_evidence(self) -> None:
        panel = QWidget(self)
        panel.setObjectName("evidencePanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.evidence_list = QListWidget(panel)
        self.evidence_list.setAccessibleName(self.tr("Evidence of question {number}").format(
            number=self.number_label.text()))
        buttons = QHBoxLayout()
        add_link = self._tool("add", self.tr("Add link…"), self._add_link)
        add_file = self._tool("add", self.tr("Add file…"), self._add_file)
        remove = self._tool("delete", self.tr("Remove"), self._remove_evidence)
        for button in (add_link, add_file, remove):
            button.setParent(panel)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.evidence_list)
        layout.addLayout(buttons)
        self.evidence_panel = panel
        self._layout.insertWidget(self._layout.count() - 1, panel)

    def _toggle_evidence(self) -> None:
        if self.evidence_panel is None:
            self._build_evidence()
            self.show_evidence(self.evidence)
        else:
            self.evidence_panel.setVisible(not self.evidence_panel.isVisible() or
                                           bool(self.evidence))

    def _add_link(self) -> None:
        target, ok = QInputDialog.getText(self, self.tr("Add a link"),
                                          self.tr("Address of the document or page:"),
                                          QLineEdit.EchoMode.Normal, "https://")
        target = target.strip()
        if ok and target and target != "https://":
            self.evidenceAdded.emit(self.question.id, "link", target, "")

    def _add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file as evidence"))
        if path:
            self.evidenceAdded.emit(self.question.id, "file", path, "")

    def _remove_evidence(self) -> None:
        if self.evidence_list is None:
            return
        item = self.evidence_list.currentItem()
        if item is not None:
            self.evidenceRemoved.emit(int(item.data(ITEM_ID)))

    def _clear(self) -> None:
        self.answerEdited.emit(self.question.id, None)
