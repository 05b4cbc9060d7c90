"""The main window: the home list, an open assessment (questions and results), the menus.

Start-up paints this window before anything else loads: what the home screen does not
need at once (the assessment view, dialogs, the storage layer, the questionnaire
models, QtCharts, QtPdf) is imported where it is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from raiassess import __version__
from raiassess.gui.commands import Commands, Situation
from raiassess.gui.errors import Refused, ask_service, confirm, show_error, show_failure
from raiassess.gui.home import HomePage
from raiassess.gui.i18n import current_language
from raiassess.gui.icons import app_icon
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
    from raiassess.gui.migration import Offer
    from raiassess.gui.session import AssessmentSession
    from raiassess.gui.view import AssessmentView
    from raiassess.gui.workers import Changed, Report, TaskRunner
    from raiassess.storage.service import AssessmentService
    from raiassess.storage.types import AssessmentDetail, AssessmentSummary

    #: What opening an assessment reads: the assessment, its score, and a newer version
    #: of its questionnaire to offer (or None).
    Loaded = tuple[AssessmentDetail, ScoreResult, Offer | None]

T = TypeVar("T")


class MainWindow(QMainWindow):
    """The app's one window."""

    # Among the actions ``Commands`` makes the window's attributes, those it changes itself.
    open_action: QAction
    archive_action: QAction
    delete_action: QAction
    unanswered_action: QAction

    def __init__(self, service: AssessmentService | None, settings: Settings) -> None:
        """A window on a service; with None, the window shows first and the service is
        attached when the database is open (``attach_service``)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.service: AssessmentService | None = service
        self.settings = settings
        self.language = current_language()
        self.session: AssessmentSession | None = None
        self.view: AssessmentView | None = None
        self._questionnaires: list[Questionnaire] | None = None
        #: Assessments whose user chose to keep their questionnaire's version: not asked
        #: again until the app starts again.
        self._kept_versions: set[int] = set()
        self._after_paint: list[Callable[[], None]] = []
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
        self.commands = Commands(self, self.undo_group)
        self.toolbar = self.commands.toolbar
        # Delete acts on the list only: in a text field the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.home.table.addAction(self.delete_action)
        self.resize(1280, 820)
        restore_layout(self, self.home.table.horizontalHeader())
        self._update_actions()
        if service is not None:
            self.attach_service(service)

    @property
    def database(self) -> AssessmentService:
        """The service, for the commands that are enabled only once the database is open."""
        assert self.service is not None, "this command needs the database open"
        return self.service

    def _ask(self, call: Callable[[AssessmentService], T]) -> T | Refused:
        """Call the open database's service; a refusal is shown as its one sentence."""
        service = self.database
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

    def after_paint(self, work: Callable[[], None]) -> None:
        """Do ``work`` once the window has painted (at start-up: open the database)."""
        self._after_paint.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint; then start what waited for it, and set the icon after the first paint."""
        super().paintEvent(event)
        while self._after_paint:
            QTimer.singleShot(0, self._after_paint.pop(0))
        if self._first_paint:
            self._first_paint = False
            # The icon loads Qt's SVG icon plugin: the window shows without waiting for it.
            QTimer.singleShot(0, lambda: self.setWindowIcon(app_icon()))

    # -- commands --------------------------------------------------------------------

    def _update_actions(self) -> None:
        in_assessment = self.view is not None and self.stack.currentWidget() is self.view
        selected = self.home.selected() if not in_assessment else None
        self.commands.update(Situation(database=self.service is not None,
                                       assessment=in_assessment,
                                       target=self.target_id() is not None,
                                       selected=selected is not None))
        self.open_action.setText(self.tr("&Open assessment") if not in_assessment
                                 else self.tr("&Open another assessment…"))
        if selected is not None:
            self.archive_action.setText(self.tr("Unar&chive") if selected.archived
                                        else self.tr("Ar&chive"))

    def target_id(self) -> int | None:
        """The assessment a command applies to: the open one, else the selected one."""
        if self.view is not None and self.stack.currentWidget() is self.view \
                and self.session is not None:
            return self.session.id
        selected = self.home.selected()
        return selected.id if selected else None

    def flush(self) -> None:
        """Store typing still waiting to be saved in the open assessment."""
        if self.view is not None:
            self.view.questions.flush()

    def view_command(self, name: str) -> None:
        """Call a method of the open assessment's view (a tab, the details)."""
        if self.view is not None:
            getattr(self.view, name)()

    def page_command(self, name: str, *checked: bool) -> None:
        """Call a method of the questions page, on its tab (moving, searching, filtering:
        a checkable command passes on whether it is checked)."""
        if self.view is not None and self.stack.currentWidget() is self.view:
            self.view.show_questions()
            getattr(self.view.questions, name)(*checked)

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
        self.flush()
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
        from raiassess.gui.migration import newer_version

        service = self.database
        ask_about_newer = assessment_id not in self._kept_versions

        def load(_report: Report) -> Loaded:
            from raiassess.gui.session import AssessmentSession

            detail, score = AssessmentSession.load(service, assessment_id)
            return detail, score, (newer_version(service, assessment_id) if ask_about_newer
                                   else None)

        self.runner.query(self.tr("Opening the assessment…"), load, self._show_loaded)

    def _show_loaded(self, loaded: Loaded) -> None:
        from raiassess.gui.session import AssessmentSession

        detail, score, offer = loaded
        self._close_session()
        self.session = AssessmentSession(self.database, detail, score, self.language, self)
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
            self._offer_newer(offer)

    def _show_title(self) -> None:
        if self.session is not None:
            self.setWindowTitle(f"{self.session.title} — raiassess")

    def _offer_newer(self, offer: Offer) -> None:
        """Offer to move the open assessment to a newer version of its questionnaire."""
        from raiassess.gui.migration import ask_to_move

        session, newer = self.session, offer[0]
        assert session is not None
        if not ask_to_move(session.questionnaire, offer, self.language, self):
            self._kept_versions.add(session.id)
            return
        self.flush()
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

    def _selected_or_none(self) -> AssessmentSummary | None:
        selected = self.home.selected()
        if selected is None or self.stack.currentWidget() is not self.home:
            return None
        return selected

    def duplicate_selected(self) -> None:
        """Start a re-assessment pre-filled from the chosen assessment."""
        target = self.target_id()
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
        service = self.database
        self.runner.query(self.tr("Loading the questionnaires…"),
                          lambda _report: service.questionnaires(), self._run_wizard)

    def _run_wizard(self, questionnaires: list[Questionnaire]) -> None:
        from raiassess.gui.wizard import ask_new_assessment

        self._questionnaires = questionnaires
        if not questionnaires:
            show_error(self, self.tr("No questionnaire is installed, so no assessment can be "
                                     "started."))
            return
        chosen = ask_new_assessment(questionnaires, self.language, self)
        if chosen is None:
            return
        new_id = self._ask(lambda service: service.create_assessment(*chosen))
        if not isinstance(new_id, Refused):
            self.refresh_home()
            self.open_assessment(new_id)

    # -- files in and out (gui/transfers.py) --------------------------------------------

    def import_answers(self, path: str | None = None) -> None:
        """Create an assessment from an answers file (in the background)."""
        from raiassess.gui import transfers

        transfers.import_answers(self, path)

    def export_answers(self, path: str | None = None) -> None:
        """Write the open (or selected) assessment to an answers file (in the background)."""
        from raiassess.gui import transfers

        transfers.export_answers(self, path)

    def export_pdf(self, path: str | None = None) -> None:
        """Build the PDF report in the background, preview it, then save it."""
        from raiassess.gui import transfers

        transfers.export_pdf(self, path)

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
        accepted = dialog.exec()
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
                self.view.results.show_score(self.view.session.score)
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
        self.flush()
        save_layout(self, self.home.table.horizontalHeader())
        if self._runner is not None:
            self._runner.wait()
        self._close_session()
        super().closeEvent(event)
