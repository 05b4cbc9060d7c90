"""The main window: the home list, an open assessment (questions and results), the menus.

Start-up paints this window before anything else loads: what the home screen does not
need at once (the assessment view, dialogs, the storage layer, the questionnaire
models, QtCharts, QtPdf) is imported where it is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolButton,
)

from raiassess import __version__
from raiassess.gui.errors import (
    ExceptionHook,
    Refused,
    ask_service,
    confirm,
    show_error,
    show_failure,
)
from raiassess.gui.home import HomePage
from raiassess.gui.i18n import current_language
from raiassess.gui.icons import icon
from raiassess.gui.settings import (
    Settings,
    restore_layout,
    restore_splitter,
    save_layout,
    save_splitter,
)

if TYPE_CHECKING:  # imported when first needed: the window paints before they load
    from raiassess.core.questionnaire import Questionnaire
    from raiassess.core.scoring import ScoreResult
    from raiassess.gui.session import AssessmentSession
    from raiassess.gui.view import AssessmentView
    from raiassess.gui.workers import Changed, Report, TaskRunner
    from raiassess.storage.service import AssessmentService
    from raiassess.storage.types import AssessmentDetail, QuestionnaireMigration

    #: What opening an assessment reads: the assessment, its score, and a newer version
    #: of its questionnaire to offer with what moving to it would change (or None).
    Loaded = tuple[AssessmentDetail, ScoreResult,
                   tuple[Questionnaire, QuestionnaireMigration] | None]

T = TypeVar("T")


class MainWindow(QMainWindow):
    """The app's one window."""

    def __init__(self, service: AssessmentService | None, settings: Settings,
                 hook: ExceptionHook | None = None) -> None:
        """A window on a service; with None, the window shows first and the service is
        attached when the database is open (``attach_service``)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.service: AssessmentService | None = service
        self.settings = settings
        self.hook = hook
        self.language = current_language()
        self.session: AssessmentSession | None = None
        self.view: AssessmentView | None = None
        self._questionnaires: list[Questionnaire] | None = None
        self.wizard: Any = None
        self.preview: Any = None
        self.migration_dialog: Any = None
        self.settings_dialog: Any = None
        #: Assessments whose user chose to keep their questionnaire's version: not asked
        #: again until the app starts again.
        self._kept_versions: set[int] = set()
        self._pending_database: tuple[str | None, str | None] | None = None
        self._first_paint = True
        self.setWindowTitle("raiassess")
        self._runner: TaskRunner | None = None
        self.undo_group = QUndoGroup(self)

        self.stack = QStackedWidget(self)
        self.home = HomePage(self.stack)
        self.home.openRequested.connect(self.open_assessment)
        self.home.newRequested.connect(self.new_assessment)
        self.home.importRequested.connect(self.import_answers)
        self.home.selectionChanged.connect(self._update_actions)
        self.home.showArchivedChanged.connect(lambda _on: self.refresh_home())
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel(self.tr("Opening the database…"))
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_actions()
        self._build_menus()
        self.resize(1280, 820)
        restore_layout(self, self.home.table.horizontalHeader())
        self._update_actions()
        if service is not None:
            self.attach_service(service)

    @property
    def _database(self) -> AssessmentService:
        """The service, for the commands that are enabled only once the database is open."""
        assert self.service is not None, "this command needs the database open"
        return self.service

    def _ask(self, call: Callable[[AssessmentService], T]) -> T | Refused:
        """Call the open database's service; a refusal is shown as its one sentence."""
        service = self._database
        return ask_service(lambda: call(service), lambda message: show_error(self, message))

    @property
    def runner(self) -> TaskRunner:
        """Runs long work off the GUI thread (made when first needed, after the first paint)."""
        if self._runner is None:
            from raiassess.gui.workers import TaskRunner

            self._runner = TaskRunner(self)
            self._runner.failed.connect(lambda error, stack: show_failure(self, error, stack))
            self._runner.finished.connect(self._task_finished)
        return self._runner

    def attach_service(self, service: AssessmentService) -> None:
        """Work on this database from now on, and list its assessments."""
        from raiassess.gui.places import shown_path

        self.service = service
        self.saved_label.setText(self.tr("Database: {location}").format(
            location=shown_path(service.location)))
        self.refresh_home()

    def open_database_after_paint(self, url: str | None, user: str | None = None) -> None:
        """Open the database once the window has painted: loading the storage layer in
        the background would otherwise hold up the first paint."""
        self._pending_database = (url, user)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint; after the first paint, open the pending database and set the icon."""
        super().paintEvent(event)
        if self._pending_database is not None:
            url, user = self._pending_database
            self._pending_database = None
            QTimer.singleShot(0, lambda: self.open_database(url, user))
        if self._first_paint:
            self._first_paint = False
            # The icon loads Qt's SVG icon plugin: the window shows without waiting for it.
            QTimer.singleShot(0, lambda: self.setWindowIcon(icon_app()))

    def open_database(self, url: str | None, user: str | None = None) -> None:
        """Open the database in the background, then attach it (start-up stays quick).

        ``user`` None records changes under the login name.
        """
        def work(report: Report) -> AssessmentService:
            from raiassess.storage.service import AssessmentService

            report(0, 0, self.tr("Opening the database…"))
            return AssessmentService.open(url, user=user)

        self.runner.query(self.tr("Opening the database…"), work, self.attach_service,
                          on_error=self._database_failed, show_after_ms=800)

    def _database_failed(self, error: BaseException, _stack: str) -> None:
        """Without its database the app can do nothing: say why, then close."""
        from raiassess.storage.errors import StorageError

        show_error(self, str(error) if isinstance(error, StorageError) else
                   self.tr("The database could not be opened."),
                   self.tr("raiassess cannot open its database"))
        self.close()

    # -- actions and menus -----------------------------------------------------------

    def _action(self, name: str, text: str, slot: Callable[[], Any],  # noqa: PLR0917
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon_name: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work whatever has the focus
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a("newAction", self.tr("&New assessment…"), self.new_assessment,
                            QKeySequence.StandardKey.New, "new",
                            self.tr("Start an assessment of an AI system"))
        self.open_action = a("openAction", self.tr("&Open assessment"), self.open_selected,
                             QKeySequence.StandardKey.Open, "open",
                             self.tr("Open the assessment selected in the list"))
        self.duplicate_action = a("duplicateAction", self.tr("&Re-assess (duplicate)"),
                                  self.duplicate_selected, None, "duplicate",
                                  self.tr("Start a new assessment pre-filled with these "
                                          "answers"))
        self.archive_action = a("archiveAction", self.tr("Ar&chive"), self.archive_selected,
                                None, "archive")
        self.delete_action = a("deleteAction", self.tr("&Delete…"), self.delete_selected,
                               QKeySequence.StandardKey.Delete, "delete")
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.home.table.addAction(self.delete_action)
        self.import_action = a("importAction", self.tr("&Import answers file…"),
                               self.import_answers, "Ctrl+I", "import")
        self.export_action = a("exportAction", self.tr("&Export answers file…"),
                               self.export_answers, "Ctrl+E", "export")
        self.pdf_action = a("pdfAction", self.tr("Export &PDF report…"), self.export_pdf,
                            "Ctrl+Shift+E", "results",
                            self.tr("Build the impact assessment report, preview it, save it"))
        self.settings_action = a("settingsAction", self.tr("&Settings…"), self.edit_settings,
                                 QKeySequence.StandardKey.Preferences, "settings")
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut("Ctrl+,")
        self.quit_action = a("quitAction", self.tr("&Quit"), self.close,
                             QKeySequence.StandardKey.Quit, "quit")
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut("Ctrl+Q")

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = a("findAction", self.tr("&Find question…"), self._find,
                             QKeySequence.StandardKey.Find, "search")
        self.unanswered_action = a("unansweredAction", self.tr("Only &unanswered questions"),
                                   self._toggle_unanswered, "Ctrl+U", "filter")
        self.unanswered_action.setCheckable(True)

        self.next_question_action = a("nextQuestionAction", self.tr("&Next question"),
                                      lambda: self._page_call("next_question"), "Alt+Down",
                                      "next")
        self.previous_question_action = a("previousQuestionAction",
                                          self.tr("&Previous question"),
                                          lambda: self._page_call("previous_question"),
                                          "Alt+Up", "previous")
        self.next_section_action = a("nextSectionAction", self.tr("Next &section"),
                                     lambda: self._page_call("next_section"), "Ctrl+PgDown",
                                     "next-section")
        self.previous_section_action = a("previousSectionAction",
                                         self.tr("Previous s&ection"),
                                         lambda: self._page_call("previous_section"),
                                         "Ctrl+PgUp", "previous-section")
        self.home_action = a("homeAction", self.tr("&Assessments"), self.show_home, "Ctrl+0",
                             "home")
        self.questions_action = a("questionsAction", self.tr("&Questions"),
                                  lambda: self.view.show_questions() if self.view else None,
                                  "Ctrl+1", "questions")
        self.results_action = a("resultsAction", self.tr("&Results"),
                                lambda: self.view.show_results() if self.view else None,
                                "Ctrl+2", "results")
        self.review_action = a("reviewAction", self.tr("Re&view comments"),
                               lambda: self.view.show_review() if self.view else None,
                               "Ctrl+3", "review")
        self.details_action = a("detailsAction", self.tr("Assessment &details…"),
                                lambda: self.view.edit_details() if self.view else None,
                                None, "edit",
                                self.tr("The system's name, description, owner, team and "
                                        "deployment context, and the assessment's title"))
        self.about_action = a("aboutAction", self.tr("&About raiassess"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.duplicate_action, None,
                       self.import_action, self.export_action, self.pdf_action, None,
                       self.archive_action,
                       self.delete_action, None, self.settings_action, None,
                       self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.unanswered_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.details_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in (self.next_question_action, self.previous_question_action, None,
                       self.next_section_action, self.previous_section_action, None,
                       self.home_action, self.questions_action, self.results_action,
                       self.review_action):
            if action is None:
                go_menu.addSeparator()
            else:
                go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.new_action, self.open_action, self.duplicate_action,
                       self.import_action, self.export_action, None, self.undo_action,
                       self.redo_action, None, self.results_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        short = {self.new_action: self.tr("New"), self.open_action: self.tr("Open"),
                 self.duplicate_action: self.tr("Re-assess"),
                 self.import_action: self.tr("Import"), self.export_action: self.tr("Export"),
                 self.undo_action: self.tr("Undo"), self.redo_action: self.tr("Redo"),
                 self.results_action: self.tr("Results")}
        for action, text in short.items():
            action.setIconText(text)
        for button in toolbar.findChildren(QToolButton):
            if button.defaultAction() is not None:
                button.setAccessibleName(button.defaultAction().text().replace("&", ""))
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _update_actions(self) -> None:
        in_assessment = self.view is not None and self.stack.currentWidget() is self.view
        has_database = self.service is not None
        for action in (self.new_action, self.import_action):
            action.setEnabled(has_database)
        selected = self.home.selected() if not in_assessment else None
        target = self._target_id()
        for action in (self.next_question_action, self.previous_question_action,
                       self.next_section_action, self.previous_section_action,
                       self.find_action, self.unanswered_action, self.questions_action,
                       self.results_action, self.review_action, self.details_action):
            action.setEnabled(in_assessment)
        self.open_action.setEnabled(selected is not None or in_assessment)
        self.open_action.setText(self.tr("&Open assessment") if not in_assessment
                                 else self.tr("&Open another assessment…"))
        for action in (self.duplicate_action, self.export_action, self.pdf_action):
            action.setEnabled(target is not None)
        self.archive_action.setEnabled(selected is not None)
        self.delete_action.setEnabled(selected is not None)
        if selected is not None:
            self.archive_action.setText(self.tr("Unar&chive") if selected.archived
                                        else self.tr("Ar&chive"))
        self.home_action.setEnabled(in_assessment)

    def _target_id(self) -> int | None:
        """The assessment a command applies to: the open one, else the selected one."""
        if self.view is not None and self.stack.currentWidget() is self.view \
                and self.session is not None:
            return self.session.id
        selected = self.home.selected()
        return selected.id if selected else None

    def _page_call(self, name: str) -> None:
        if self.view is not None and self.stack.currentWidget() is self.view:
            self.view.show_questions()
            getattr(self.view.questions, name)()

    def _find(self) -> None:
        if self.view is not None:
            self.view.show_questions()
            self.view.questions.focus_search()

    def _toggle_unanswered(self) -> None:
        if self.view is not None:
            self.view.show_questions()
            self.view.questions.set_only_unanswered(self.unanswered_action.isChecked())

    # -- home ------------------------------------------------------------------------

    def refresh_home(self) -> None:
        """Reload the list of assessments."""
        if self.service is None:
            return
        items = self._ask(lambda service: service.list_assessments(
            include_archived=self.home.archived_box.isChecked()))
        if isinstance(items, Refused):
            return
        self.home.set_assessments(items)
        self._update_actions()

    def show_home(self) -> None:
        """Back to the list of assessments."""
        if self.view is not None:
            self.view.questions.flush()
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()
        self.home.table.setFocus()
        self.setWindowTitle("raiassess")
        self._update_actions()

    def open_selected(self) -> None:
        """Open the assessment selected in the list (from elsewhere: show the list)."""
        if self.stack.currentWidget() is not self.home:
            self.show_home()
            return
        selected = self.home.selected()
        if selected is not None:
            self.open_assessment(selected.id)

    def open_assessment(self, assessment_id: int) -> None:
        """Load an assessment in the background, then show it."""
        if self.session is not None and self.session.id == assessment_id and self.view:
            self.stack.setCurrentWidget(self.view)
            self._update_actions()
            return
        service = self._database

        ask_about_newer = assessment_id not in self._kept_versions

        def load(report: Report) -> Loaded:
            from raiassess.gui.session import AssessmentSession

            report(0, 0, self.tr("Opening the assessment…"))
            detail, score = AssessmentSession.load(service, assessment_id)
            offer = None
            if ask_about_newer:
                newer = service.newer_questionnaire(assessment_id)
                if newer is not None:
                    offer = (newer, service.migrate_questionnaire(assessment_id, newer))
            return detail, score, offer

        self.runner.query(self.tr("Opening the assessment…"), load, self._show_loaded)

    def _show_loaded(self, loaded: Loaded) -> None:
        from raiassess.gui.session import AssessmentSession

        detail, score, offer = loaded
        self._close_session()
        self.session = AssessmentSession(self._database, detail, score, self.language, self)
        self.session.saved.connect(self._saved)
        self.session.failed.connect(lambda message: show_error(self, message))
        self.undo_group.addStack(self.session.undo_stack)
        self.undo_group.setActiveStack(self.session.undo_stack)
        from raiassess.gui.view import AssessmentView

        self.view = AssessmentView(self.session, self.stack)
        self.view.back.clicked.connect(self.show_home)
        self.view.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.view.questions.unanswered_box.toggled.connect(self.unanswered_action.setChecked)
        restore_splitter(self.view.questions.splitter)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self._show_title()
        self.session.detailsChanged.connect(self._show_title)
        self._update_actions()
        self.view.questions.next_question()
        if offer is not None:
            self._offer_newer(*offer)

    def _show_title(self) -> None:
        if self.session is not None:
            self.setWindowTitle(f"{self.session.title} — raiassess")

    def _offer_newer(self, newer: Questionnaire, plan: Any) -> None:
        """Offer to move the open assessment to a newer version of its questionnaire."""
        from raiassess.gui.migration import MigrationDialog

        session = self.session
        assert session is not None
        dialog = MigrationDialog(session.questionnaire, newer, plan, self.language, self)
        self.migration_dialog = dialog  # reachable from tests while it is open
        moving = dialog.exec()
        self.migration_dialog = None
        dialog.deleteLater()
        if not moving:
            self._kept_versions.add(session.id)
            return
        if self.view is not None:
            self.view.questions.flush()
        if isinstance(self._ask(lambda service: service.migrate_questionnaire(
                session.id, newer, apply=True)), Refused):
            return
        assessment_id = session.id
        self._close_session()
        self.statusBar().showMessage(self.tr("The assessment now answers version {version}; "
                                             "a snapshot keeps it as it was.").format(
            version=newer.version), 8000)
        self.open_assessment(assessment_id)

    def _close_session(self) -> None:
        if self.view is not None:
            self.view.questions.flush()
            save_splitter(self.view.questions.splitter)
            self.view.questions.detach()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.deleteLater()
            self.session = None

    def _saved(self) -> None:
        assert self.session is not None and self.session.saved_at is not None
        self.saved_label.setText(self.tr("All changes saved at {time}").format(
            time=self.session.saved_at.strftime("%H:%M:%S")))

    def _selected_or_none(self) -> Any:
        selected = self.home.selected()
        if selected is None or self.stack.currentWidget() is not self.home:
            return None
        return selected

    def duplicate_selected(self) -> None:
        """Start a re-assessment pre-filled from the chosen assessment."""
        target = self._target_id()
        if target is None:
            return
        new_id = self._ask(lambda service: service.duplicate(target))
        if isinstance(new_id, Refused):
            return
        self.show_home()
        self.home.select(new_id)
        self.statusBar().showMessage(self.tr("Re-assessment created from the answers of the "
                                             "previous one."), 5000)

    def archive_selected(self) -> None:
        """Archive the selected assessment (or bring an archived one back)."""
        selected = self._selected_or_none()
        if selected is None:
            return
        if isinstance(self._ask(lambda service: service.archive(
                selected.id, not selected.archived)), Refused):
            return
        self.refresh_home()

    def delete_selected(self) -> None:
        """Delete the selected assessment once the user confirms."""
        selected = self._selected_or_none()
        if selected is None or not confirm(
                self, self.tr("Delete assessment"),
                self.tr("Delete the assessment of “{name}” with all its answers, notes and "
                        "actions? This cannot be undone.").format(
                    name=selected.system_name or selected.title)):
            return
        if isinstance(self._ask(lambda service: service.delete(selected.id)), Refused):
            return
        if self.session is not None and self.session.id == selected.id:
            self._close_session()
        self.refresh_home()

    # -- new -------------------------------------------------------------------------

    def new_assessment(self) -> None:
        """Ask for the questionnaire and the system, then create and open the assessment."""
        if self._questionnaires is not None:
            self._run_wizard(self._questionnaires)
            return
        service = self._database

        def load(report: Report) -> list[Questionnaire]:
            report(0, 0, self.tr("Loading the questionnaires…"))
            return service.questionnaires()

        self.runner.query(self.tr("Loading the questionnaires…"), load, self._run_wizard)

    def _run_wizard(self, questionnaires: list[Questionnaire]) -> None:
        from raiassess.gui.wizard import NewAssessmentWizard

        self._questionnaires = questionnaires
        if not questionnaires:
            show_error(self, self.tr("No questionnaire is installed, so no assessment can be "
                                     "started."))
            return
        wizard = NewAssessmentWizard(questionnaires, self.language, self)
        self.wizard = wizard  # reachable from tests while it is open
        if wizard.exec():
            new_id = self._ask(lambda service: service.create_assessment(
                wizard.questionnaire(), wizard.system(), wizard.assessment_title()))
            if isinstance(new_id, Refused):
                return
            self.refresh_home()
            self.open_assessment(new_id)
        self.wizard = None

    # -- import and export -------------------------------------------------------------

    def _folder(self) -> str:
        folder = self.settings["last_folder"]
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember_folder(self, path: str) -> None:
        self.settings["last_folder"] = str(Path(path).parent)

    def import_answers(self, path: str | None = None) -> None:
        """Create an assessment from an answers file (in the background)."""
        from PySide6.QtWidgets import QFileDialog

        from raiassess.gui.workers import Changed

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an answers file"),
                                                  self._folder(),
                                                  self.tr("Answers files (*.yaml *.yml *.json)"))
            if not path:
                return
        self._remember_folder(path)
        service = self._database
        message = self.tr("Imported {name}.").format(name=Path(path).name)

        def work(report: Report) -> Changed:
            from raiassess.core.answers import read_answers_file

            report(0, 2, self.tr("Reading {name}…").format(name=Path(path).name))
            answers, _doc = read_answers_file(path)
            report(1, 2, self.tr("Checking and storing the answers…"))
            new_id = service.import_answers(answers)
            report(2, 2, "")
            return Changed(assessments=True, opened=new_id, message=message)

        self.runner.change(self.tr("Importing {name}…").format(name=Path(path).name), work)

    def export_answers(self, path: str | None = None) -> None:
        """Write the open (or selected) assessment to an answers file (in the background)."""
        from PySide6.QtWidgets import QFileDialog

        from raiassess.gui.workers import Changed

        target = self._target_id()
        if target is None:
            return
        if self.view is not None:
            self.view.questions.flush()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export an answers file"),
                                                  self._folder(),
                                                  self.tr("Answers files (*.yaml *.yml *.json)"))
            if not path:
                return
            if not Path(path).suffix:
                path += ".yaml"
        self._remember_folder(path)
        service = self._database
        message = self.tr("Exported to {name}.").format(name=Path(path).name)

        def work(report: Report) -> Changed:
            from raiassess.core.answers import write_answers_file

            report(0, 2, self.tr("Collecting the answers…"))
            answers = service.export_answers(target)
            report(1, 2, self.tr("Writing {name}…").format(name=Path(path).name))
            write_answers_file(answers, path)
            report(2, 2, "")
            return Changed(message=message)

        self.runner.change(self.tr("Exporting…"), work)

    def export_pdf(self, path: str | None = None) -> None:
        """Build the PDF report in the background, preview it, then save it."""
        target = self._target_id()
        if target is None:
            return
        if self.view is not None:
            self.view.questions.flush()
        service, language, paper = self._database, self.language, self.settings["paper"]

        def work(report: Report) -> bytes:
            from raiassess.gui.pdf import build_report

            report(0, 100, self.tr("Building the report…"))
            return build_report(service, target, language, paper,
                                lambda done, total: report(done, total, ""))

        self.runner.query(self.tr("Building the report…"), work,
                          lambda data: self._preview_pdf(data, target, path))

    def _preview_pdf(self, data: bytes, assessment_id: int, path: str | None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raiassess.core.paths import write_private_file
        from raiassess.gui.pdf import PdfPreview, suggested_name

        summary = next((a for a in self.home.model.items if a.id == assessment_id), None)
        name = summary.system_name if summary else "assessment"
        preview = PdfPreview(data, self.tr("Impact assessment of {name}").format(name=name), self)
        self.preview = preview  # reachable from tests while it is open
        saved = preview.exec()
        self.preview = None
        preview.deleteLater()
        if not saved:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the PDF report"),
                str(Path(self._folder()) / suggested_name(name)), self.tr("PDF files (*.pdf)"))
            if not path:
                return
            if not Path(path).suffix:
                path += ".pdf"
        self._remember_folder(path)
        try:
            write_private_file(Path(path), data)
        except OSError as error:
            show_error(self, self.tr("The report could not be saved: {reason}.").format(
                reason=error.strerror or type(error).__name__))
            return
        self.statusBar().showMessage(self.tr("Report saved to {name}.").format(
            name=Path(path).name), 8000)

    def _task_finished(self, changed: Changed) -> None:
        if changed.assessments:
            self.refresh_home()
        if changed.opened is not None:
            self.home.select(changed.opened)
        if changed.message:
            self.statusBar().showMessage(changed.message, 8000)

    # -- settings and layout -----------------------------------------------------------

    def edit_settings(self) -> None:
        """Change the data location, theme or language."""
        from PySide6.QtWidgets import QMessageBox

        from raiassess.gui.settings_dialog import SettingsDialog
        from raiassess.gui.theme import apply_theme

        location = self.service.location if self.service is not None else ""
        dialog = SettingsDialog(self.settings, location, self, service=self.service)
        dialog.aboutToRestore.connect(self._before_restore)
        dialog.restored.connect(self._after_restore)
        self.settings_dialog = dialog  # reachable from tests while it is open
        accepted = dialog.exec()
        self.settings_dialog = None
        dialog.deleteLater()
        if not accepted:
            return
        changes = dialog.changes()
        for name, value in changes.items():
            self.settings[name] = value
        if "theme" in changes:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_theme(app, self.settings["theme"])
            if self.view is not None and self.view.results is not None:
                self.view.results.show_score(self.session.score if self.session else None)
        if "database" in changes or "language" in changes:
            QMessageBox.information(self, self.tr("Settings"),
                                    self.tr("The new data location or language takes effect "
                                            "when raiassess starts again."))

    def _before_restore(self) -> None:
        """Put away what the window shows of the database before a backup replaces it."""
        self._close_session()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle("raiassess")
        self._update_actions()

    def _after_restore(self) -> None:
        self._questionnaires = None
        self.refresh_home()
        self.statusBar().showMessage(self.tr("The backup was restored; the list shows what "
                                             "the database holds now."), 8000)

    def about(self) -> None:
        """Name, version and purpose."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About raiassess"), self.tr(
            "raiassess {version}\n\nResponsible-AI self-assessment: guided questionnaires, "
            "explained risk scores and action plans.").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Store pending typing, remember the layout, let background work finish."""
        if self.view is not None:
            self.view.questions.flush()
        save_layout(self, self.home.table.horizontalHeader())
        if self._runner is not None:
            self._runner.wait()
        self._close_session()
        super().closeEvent(event)


def icon_app() -> Any:
    """The app's own icon (full colour)."""
    from PySide6.QtGui import QIcon

    from raiassess.gui.resources import icon_path

    return QIcon(str(icon_path("app")))


def later(slot: Callable[[], None]) -> None:
    """Run a slot once the event loop is back (after the window has painted)."""
    QTimer.singleShot(0, slot)
