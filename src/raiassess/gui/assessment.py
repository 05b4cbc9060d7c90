"""The assessment screen: sections on the left, questions in the middle, guidance on the right.

A section's questions are built the first time the section is shown and kept, so going
back and forth between sections costs only a page switch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.questionnaire import Question, Section
from raiassess.gui.card import QuestionCard
from raiassess.gui.guidance import GuidancePanel
from raiassess.gui.look import dim, heading, rule, scroll_body
from raiassess.gui.models import SectionListModel
from raiassess.gui.navigator import SectionNavigator
from raiassess.gui.search import QuestionSearch
from raiassess.gui.session import AssessmentSession

#: Cards built when a section is first shown (about a screenful), then per event-loop turn.
FIRST_CARDS = 4
CARDS_PER_TURN = 6


class SectionPage(QScrollArea):
    """The questions of one section, as cards in a scrolling column."""

    def __init__(self, section: Section, session: AssessmentSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("sectionPage")
        # Texts wrap to the window's width; the page never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(session.text(section.title))
        body = QWidget(self)
        layout = scroll_body(self, body, "sectionBody", (16, 8, 16, 16), 10)
        if section.description:
            about = dim(QLabel(session.text(section.description), body))
            about.setObjectName("sectionDescription")
            about.setWordWrap(True)
            layout.addWidget(about)
        self.empty_label = dim(QLabel(self.tr("Every question of this section is answered."),
                                      body))
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.cards: dict[str, QuestionCard] = {}
        self.session = session
        self.body = body
        self.layout_ = layout
        self.on_built: Callable[[SectionPage, list[QuestionCard]], None] | None = None
        layout.addStretch(1)
        self.setWidget(body)
        # The first screenful is built now, the rest a few cards per turn of the event
        # loop: the section appears at once, and the window stays responsive.
        self.ensure_built(FIRST_CARDS - 1)
        self._more = QTimer(self)
        self._more.setInterval(0)
        self._more.timeout.connect(self._build_more)
        if len(self.cards) < len(section.questions):
            self._more.start()

    def ensure_built(self, index: int) -> None:
        """Build the cards up to the question at ``index`` (in the section)."""
        questions = self.section.questions
        start = len(self.cards)
        stop = min(index + 1, len(questions))
        if start >= stop:
            return
        session = self.session
        questionnaire = session.questionnaire
        built = []
        for question in questions[start:stop]:
            card = QuestionCard(question, questionnaire.number_of(question.id),
                                session.language, self.body)
            card.show_answer(session.values.get(question.id))
            card.show_note(session.notes.get(question.id, ""))
            card.show_evidence(session.evidence.get(question.id, ()))
            card.answerEdited.connect(session.edit_answer)
            card.noteEdited.connect(session.edit_note)
            card.evidenceAdded.connect(session.edit_add_evidence)
            card.evidenceRemoved.connect(session.edit_remove_evidence)
            self.cards[question.id] = card
            self.layout_.insertWidget(self.layout_.count() - 1, card)
            built.append(card)
        if self.on_built is not None:
            self.on_built(self, built)

    def _build_more(self) -> None:
        self.ensure_built(len(self.cards) + CARDS_PER_TURN - 1)
        if len(self.cards) >= len(self.section.questions):
            self._more.stop()

    def card(self, question_id: str) -> QuestionCard:
        """The card of a question of this section, built if it was not yet."""
        if question_id not in self.cards:
            ids = [q.id for q in self.section.questions]
            self.ensure_built(ids.index(question_id))
        return self.cards[question_id]


class PageStack(QWidget):
    """Shows one section page at a time, all of them kept in one place.

    QStackedWidget would do, but each of its switches disables and re-enables updates on
    itself, which walks every widget of every page built so far: 13 ms once all forty
    sections of the 2,000-question questionnaire are built. Here a switch touches only
    the page that goes and the page that comes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:
        """Keep a page, hidden until it is made current."""
        page.hide()
        self._layout.addWidget(page, 0, 0)

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show this page instead of the current one."""
        if page is self._current:
            return
        if self._current is not None:
            self._current.hide()
        page.show()
        self._current = page

    def currentWidget(self) -> QWidget | None:
        """The page shown."""
        return self._current


class AssessmentPage(QWidget):
    """Answering the questions of an assessment."""

    currentQuestionChanged = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPage")
        self.session = session
        questionnaire = session.questionnaire
        self.sections = list(questionnaire.sections)
        self.pages: dict[str, SectionPage] = {}
        self.current_section = -1
        self.current_question: str | None = None
        self.only_unanswered = False

        # Left: sections, or search results while searching.
        self.section_model = SectionListModel(self)
        self.section_model.set_items(session.score.sections)
        self.navigator = SectionNavigator(self)
        self.navigator.setModel(self.section_model)
        self.navigator.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_section(current.row()))
        # The search's field goes above the questions, its results here.
        self.search = QuestionSearch(session, self)
        self.search_field, self.search_results = self.search.field, self.search.results
        self.left = QStackedWidget(self)
        self.left.addWidget(self.navigator)
        self.left.addWidget(self.search_results)
        self.search.searching.connect(lambda on: self.left.setCurrentWidget(
            self.search_results if on else self.navigator))
        self.search.questionChosen.connect(self.go_to_question)
        self.search.cancelled.connect(self._search_cancelled)

        # Middle: the section's title, the filters, the questions.
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        bar = QFrame(middle)
        bar.setObjectName("sectionBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(16, 10, 16, 10)
        self.section_title = heading(QLabel(bar), 3)
        self.section_title.setObjectName("sectionTitle")
        self.unanswered_box = QCheckBox(self.tr("Only &unanswered"), bar)
        self.unanswered_box.setObjectName("unansweredFilter")
        self.unanswered_box.setAccessibleName(self.tr("Show only unanswered questions"))
        self.unanswered_box.toggled.connect(self.set_only_unanswered)
        bar_layout.addWidget(self.section_title, 1)
        bar_layout.addWidget(self.unanswered_box)
        bar_layout.addWidget(self.search_field)
        self.stack = PageStack(middle)
        self.stack.setObjectName("sectionStack")
        middle_layout.addWidget(bar)
        middle_layout.addWidget(rule(middle))
        middle_layout.addWidget(self.stack, 1)

        # Right: guidance.
        self.guidance = GuidancePanel(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("assessmentSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.guidance)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 640, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        session.answerChanged.connect(self._answer_changed)
        session.scoreChanged.connect(lambda score: self.section_model.set_items(score.sections))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.navigator.setCurrentIndex(self.section_model.index(0))

    # -- sections --------------------------------------------------------------------

    def page(self, index: int) -> SectionPage:
        """The page of a section, built on first use."""
        section = self.sections[index]
        page = self.pages.get(section.id)
        if page is None:
            page = SectionPage(section, self.session, self.stack)
            page.on_built = self._cards_built
            self.pages[section.id] = page
            self.stack.addWidget(page)
            self._apply_visibility(page)
        return page

    def show_section(self, index: int) -> None:
        """Show the questions of a section."""
        if not 0 <= index < len(self.sections) or index == self.current_section:
            return
        if self.current_section >= 0:
            leaving = self.page(self.current_section)
            for card in leaving.cards.values():
                card.flush()
            focused = self.window().focusWidget()
            if focused is not None and leaving.isAncestorOf(focused):
                # Hiding a page that holds the focus makes Qt look for the next widget
                # along the whole focus chain: every control of every section built so
                # far (40 ms with all 2,000 questions built). The stack takes the focus
                # for the moment instead; the caller gives it to a question.
                self.stack.setFocus(Qt.FocusReason.OtherFocusReason)
        self.current_section = index
        page = self.page(index)
        self.stack.setCurrentWidget(page)
        section = self.sections[index]
        self.section_title.setText(f"{index + 1}. {self.session.text(section.title)}")
        if self.navigator.currentIndex().row() != index:
            self.navigator.setCurrentIndex(self.section_model.index(index))
        if self.current_question is not None and self.session.questionnaire.section_of(
                self.current_question).id != section.id:
            self.set_current_question(None)

    def next_section(self) -> None:
        """Go to the next section."""
        if self.current_section + 1 < len(self.sections):
            self.show_section(self.current_section + 1)
            self._focus_first_question()

    def previous_section(self) -> None:
        """Go to the previous section."""
        if self.current_section > 0:
            self.show_section(self.current_section - 1)
            self._focus_first_question()

    def _focus_first_question(self) -> None:
        shown = self._navigable(self.sections[self.current_section])
        if shown:
            self.go_to_question(shown[0].id)

    # -- questions -------------------------------------------------------------------

    def _section_index(self, question_id: str) -> int:
        """The place among the sections of the section that asks a question."""
        section = self.session.questionnaire.section_of(question_id)
        return next(i for i, s in enumerate(self.sections) if s.id == section.id)

    def card(self, question_id: str) -> QuestionCard:
        """The card of a question (building its section's page if needed)."""
        return self.page(self._section_index(question_id)).card(question_id)

    def _shown(self, question: Question) -> bool:
        if not self.session.visible.get(question.id, True):
            return False
        hidden_by_filter = self.only_unanswered and question.id in self.session.values
        return not hidden_by_filter or question.id == self.current_question

    def _navigable(self, section: Section) -> list[Question]:
        return [q for q in section.questions if self._shown(q)]

    def go_to_question(self, question_id: str) -> None:
        """Show a question, scroll to it and give its answer the keyboard focus."""
        index = self._section_index(question_id)
        self.show_section(index)
        page = self.page(index)
        card = page.card(question_id)
        if card.isHidden():  # hidden by the filter: a question asked for is shown
            self.unanswered_box.setChecked(False)
        self.set_current_question(question_id)
        page.ensureWidgetVisible(card, 0, 40)
        # Scroll once more after the layout settles: a just-built page has no geometry yet.
        QTimer.singleShot(0, lambda: page.ensureWidgetVisible(card, 0, 40))
        card.editor.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step(self, forward: bool) -> None:
        order = [q for s in self.sections for q in s.questions if self._shown(q)]
        if not order:
            return
        ids = [q.id for q in order]
        if self.current_question in ids:
            position = ids.index(self.current_question) + (1 if forward else -1)
        else:  # start from the section on screen
            section = self.sections[self.current_section]
            here = [q.id for q in section.questions if q.id in ids]
            position = ids.index(here[0]) if here else 0
        if 0 <= position < len(ids):
            self.go_to_question(ids[position])

    def next_question(self) -> None:
        """Go to the next question asked (into the next section at the end of one)."""
        self._step(forward=True)

    def previous_question(self) -> None:
        """Go to the previous question asked."""
        self._step(forward=False)

    def set_current_question(self, question_id: str | None) -> None:
        """Make a question the current one: highlighted, with its guidance shown."""
        if question_id == self.current_question:
            return
        if self.current_question is not None:
            section = self.session.questionnaire.section_of(self.current_question)
            page = self.pages.get(section.id)
            if page is not None:
                page.cards[self.current_question].set_current(False)
        self.current_question = question_id
        if question_id is None:
            self.guidance.show_question(None, "", self.session.language)
            return
        card = self.card(question_id)
        card.set_current(True)
        self.guidance.show_question(card.question,
                                    self.session.questionnaire.number_of(question_id),
                                    self.session.language)
        if self.only_unanswered:  # a card answered under the filter leaves when we move on
            self._apply_visibility(self.page(self.current_section))
        self.currentQuestionChanged.emit(question_id)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, QuestionCard):
            widget = widget.parentWidget()
        if isinstance(widget, QuestionCard) and self.isAncestorOf(widget):
            self.set_current_question(widget.question.id)

    # -- answers coming back from the session ------------------------------------------

    def _answer_changed(self, question_id: str) -> None:
        section = self.session.questionnaire.section_of(question_id)
        page = self.pages.get(section.id)
        card = page.cards.get(question_id) if page is not None else None
        if card is not None:  # a card not built yet reads the session when it is
            card.show_answer(self.session.values.get(question_id))
            card.show_note(self.session.notes.get(question_id, ""))
            card.show_evidence(self.session.evidence.get(question_id, ()))
        for built in self.pages.values():
            self._apply_visibility(built)

    def _apply_visibility(self, page: SectionPage) -> None:
        shown_any = False
        for question in page.section.questions:
            shown = self._shown(question)
            shown_any = shown_any or shown
            card = page.cards.get(question.id)
            if card is not None and card.isHidden() == shown:
                card.setVisible(shown)
        asked_any = any(self.session.visible.get(q.id, True) for q in page.section.questions)
        if not asked_any:  # the whole section drops out: say which answers made it so
            from raiassess.gui.explanation import not_asked_reason

            session = self.session
            reasons = [not_asked_reason(n, session) for n in session.score.not_asked
                       if n.section_id == page.section.id]
            page.empty_label.setText(reasons[0] + "." if reasons else self.tr(
                "No question of this section is asked, given the other answers."))
        else:
            page.empty_label.setText(self.tr("Every question of this section is answered."))
        page.empty_label.setVisible(not asked_any or (self.only_unanswered and not shown_any))

    def _cards_built(self, page: SectionPage, cards: list[QuestionCard]) -> None:
        for card in cards:
            if not self._shown(card.question):
                card.setVisible(False)
            if card.question.id == self.current_question:
                card.set_current(True)

    def set_only_unanswered(self, only: bool) -> None:
        """Show only the questions still to answer (or all of them again)."""
        self.only_unanswered = only
        if self.unanswered_box.isChecked() != only:
            self.unanswered_box.setChecked(only)
        for page in self.pages.values():
            self._apply_visibility(page)

    # -- search ----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the keyboard in the search field."""
        self.search.focus()

    def _search_cancelled(self) -> None:
        if self.current_question:
            self.go_to_question(self.current_question)

    def detach(self) -> None:
        """Stop following the application's focus (the page is being closed)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)

    def flush(self) -> None:
        """Store typing still waiting to be saved."""
        for page in self.pages.values():
            for card in page.cards.values():
                card.flush()
