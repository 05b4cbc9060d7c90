"""The search of the assessment screen: a field over the questions, and a list of the
questions found, which the screen shows in place of the sections while words are typed.

Enter goes to the first question found, Down moves into the list, Escape ends the
search. The texts are the assessment page's, translated under its name, where they
were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from raiassess.gui.icons import icon
from raiassess.gui.look import ITEM_ID
from raiassess.gui.session import AssessmentSession

MAX_SEARCH_RESULTS = 200

translate = QCoreApplication.translate


class QuestionSearch(QObject):
    """Finds the questions whose number, text, guidance, options or tags hold the words."""

    questionChosen = Signal(str)  # a question found was chosen: go there
    searching = Signal(bool)  # words to look for (show the list), or none (the sections)
    cancelled = Signal()  # Escape: back to the question being answered

    def __init__(self, session: AssessmentSession, parent: QWidget) -> None:
        """The field and the list, for ``parent`` to place (as children of it until then)."""
        super().__init__(parent)
        self.session = session
        self.field = QLineEdit(parent)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(translate("AssessmentPage", "Search questions (Ctrl+F)"))
        self.field.setAccessibleName(translate("AssessmentPage", "Search questions"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.setMinimumWidth(240)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self._first_result)
        self.field.installEventFilter(self)
        self.results = QListWidget(parent)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(translate("AssessmentPage", "Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)

    def focus(self) -> None:
        """Put the keyboard in the search field, its words selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self, text: str) -> None:
        """List the questions whose number, text, guidance or options contain the words."""
        words = text.casefold().split()
        self.results.clear()
        self.searching.emit(bool(words))
        if not words:
            return
        session = self.session
        questionnaire = session.questionnaire
        for question in questionnaire.all_questions():
            number = questionnaire.number_of(question.id)
            haystack = " ".join((number, session.text(question.text),
                                 session.text(question.guidance),
                                 *(question.option_label(o.id, session.language)
                                   for o in question.options or ()),
                                 *question.tags)).casefold()
            if all(word in haystack for word in words):
                item = QListWidgetItem(f"{number}  {session.text(question.text)}")
                item.setData(ITEM_ID, question.id)
                if not session.visible.get(question.id, True):
                    item.setToolTip(translate("AssessmentPage",
                                              "Not asked with the current answers"))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.results.addItem(item)
                if self.results.count() >= MAX_SEARCH_RESULTS:
                    break
        if not self.results.count():
            empty = QListWidgetItem(translate("AssessmentPage", "No question matches."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)

    def _first_result(self) -> None:
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self._result_chosen(item)
                return

    def _result_chosen(self, item: QListWidgetItem) -> None:
        question_id = item.data(ITEM_ID)
        if question_id:
            self.questionChosen.emit(question_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the search field ends the search; Down moves into the results."""
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.field.clear()
                self.cancelled.emit()
                return True
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)
