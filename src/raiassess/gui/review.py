"""Review comments: what reviewers said about the assessment or one of its questions.

Comments are a record of a review, so they are added, never edited; each one is saved
at once and appears in the PDF report's review section.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from raiassess.gui.icons import icon
from raiassess.gui.look import Panel, dim, heading, scroll_body, sub_heading
from raiassess.gui.models import when_label
from raiassess.gui.session import AssessmentSession
from raiassess.storage.types import CommentData


class CommentRow(Panel):
    """One comment: who, in what role, when, about what, and what they said."""

    goRequested = Signal(str)  # question id

    def __init__(self, comment: CommentData, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, radius=6)
        self.comment = comment
        self.setObjectName("commentRow")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setVerticalSpacing(4)
        who = heading(QLabel(comment.author, self))
        who.setObjectName("commentAuthor")
        who.setTextFormat(Qt.TextFormat.PlainText)
        facts = [comment.role] if comment.role else []
        if comment.created_at is not None:
            facts.append(when_label(comment.created_at))
        facts.append(about)
        self.facts = dim(QLabel(" · ".join(facts), self))
        self.facts.setObjectName("commentFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.text = QLabel(comment.text, self)
        self.text.setObjectName("commentText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a comment is never markup
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(who, 0, 0)
        grid.addWidget(self.facts, 0, 1)
        grid.addWidget(self.text, 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        if comment.question_id is not None:
            question_id = comment.question_id
            self.go_button = QPushButton(self.tr("Go to question"), self)
            self.go_button.setObjectName("commentGo")
            self.go_button.clicked.connect(lambda: self.goRequested.emit(question_id))
            grid.addWidget(self.go_button, 0, 2, Qt.AlignmentFlag.AlignTop)


class ReviewPage(QScrollArea):
    """The review comments of an assessment, and a form to add one."""

    questionRequested = Signal(str)  # go to this question

    def __init__(self, session: AssessmentSession, current_question: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.session = session
        self.current_question = current_question
        body = QWidget(self)
        layout = scroll_body(self, body, "reviewBody", (20, 16, 20, 20), 10)
        layout.addWidget(sub_heading(self.tr("Review comments"), body, 3))
        intro = dim(QLabel(self.tr("What reviewers say about the whole assessment or about "
                                   "one question. Comments are kept as written and appear "
                                   "in the review section of the PDF report."), body))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form_panel = Panel(body)
        form_panel.setObjectName("commentForm")
        form = QFormLayout(form_panel)
        form.setContentsMargins(14, 12, 14, 12)
        self.about_box = QComboBox(form_panel)
        self.about_box.setObjectName("commentAbout")
        self.author_field = QLineEdit(form_panel)
        self.author_field.setObjectName("commentAuthorField")
        self.author_field.setPlaceholderText(session.service.user)
        self.role_field = QLineEdit(form_panel)
        self.role_field.setObjectName("commentRoleField")
        self.role_field.setPlaceholderText(self.tr("e.g. Ethics board, Legal, Data protection "
                                                   "officer"))
        self.text_field = QPlainTextEdit(form_panel)
        self.text_field.setObjectName("commentTextField")
        self.text_field.setTabChangesFocus(True)
        self.text_field.setFixedHeight(90)
        self.text_field.setPlaceholderText(self.tr("What should the team know or change?"))
        self.add_button = QPushButton(icon("add"), self.tr("&Add comment"), form_panel)
        self.add_button.setObjectName("addCommentButton")
        self.add_button.setEnabled(False)
        self.text_field.textChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.text_field.toPlainText().strip())))
        self.add_button.clicked.connect(self.add_comment)
        form.addRow(self.tr("A&bout:"), self.about_box)
        form.addRow(self.tr("&Your name:"), self.author_field)
        form.addRow(self.tr("&Role:"), self.role_field)
        form.addRow(self.tr("Co&mment:"), self.text_field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        layout.addWidget(form_panel)

        self.count_label = heading(QLabel(body))
        self.count_label.setObjectName("commentCount")
        layout.addWidget(self.count_label)
        self.list = QWidget(body)
        self.list.setObjectName("commentList")
        self.list.setAccessibleName(self.tr("Review comments"))
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.rows: list[CommentRow] = []
        layout.addWidget(self.list)
        layout.addStretch(1)
        self.setWidget(body)

        session.commentsChanged.connect(self.show_comments)
        self.refresh_about()
        self.show_comments()

    def refresh_about(self) -> None:
        """Offer the whole assessment and, if there is one, the question being worked on."""
        self.about_box.clear()
        self.about_box.addItem(self.tr("The whole assessment"), None)
        question_id = self.current_question()
        if question_id is not None:
            self.about_box.addItem(self._about_question(
                question_id, self.tr("Question {number}: {text}")), question_id)
            self.about_box.setCurrentIndex(1)

    def _about_question(self, question_id: str, pattern: str) -> str:
        questionnaire = self.session.questionnaire
        question = questionnaire.question(question_id)
        if question is None:  # no longer in the questionnaire
            return pattern.format(number=question_id, text="")
        text = self.session.text(question.text)
        if len(text) > 70:
            text = text[:69].rstrip() + "…"
        return pattern.format(number=questionnaire.number_of(question_id), text=text)

    def show_comments(self) -> None:
        """List the comments, newest first."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        comments = self.session.comments
        count = len(comments)
        self.count_label.setText(self.tr("No comment yet") if not count else
                                 self.tr("1 comment") if count == 1 else
                                 self.tr("{count} comments").format(count=count))
        for comment in reversed(comments):
            about = self.tr("on the whole assessment") if comment.question_id is None \
                else self._about_question(comment.question_id, self.tr("on question {number}: "
                                                                       "{text}"))
            row = CommentRow(comment, about, self.list)
            row.goRequested.connect(self.questionRequested)
            self.list_layout.addWidget(row)
            self.rows.append(row)

    def add_comment(self) -> None:
        """Save the comment written in the form."""
        text = self.text_field.toPlainText().strip()
        if not text:
            return
        if self.session.add_comment(text, author=self.author_field.text().strip(),
                                    role=self.role_field.text().strip(),
                                    question_id=self.about_box.currentData()) is not None:
            self.text_field.clear()
