"""Start the desktop app: settings, language, theme, error hook, database, main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from raiassess import __version__
from raiassess.gui.errors import install_exception_hook, show_error
from raiassess.gui.i18n import install_language
from raiassess.gui.settings import Settings
from raiassess.gui.theme import FUSION_ARGUMENTS, apply_theme

if TYPE_CHECKING:  # run() imports the window itself; the storage loads after the first paint
    from raiassess.gui.window import MainWindow
    from raiassess.gui.workers import Report
    from raiassess.storage.service import AssessmentService

translate = QCoreApplication.translate


def prepare_app(settings: Settings) -> QApplication:
    """The QApplication, with our names, language, theme and styles."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication([*sys.argv[:1], *FUSION_ARGUMENTS, *sys.argv[1:]])
        app.setProperty("raiassessFusion", True)
    app.setApplicationName("raiassess")
    app.setOrganizationName("raiassess")
    app.setApplicationVersion(__version__)
    install_language(app, settings["language"])
    apply_theme(app, settings["theme"])
    if settings["theme"] == "system":
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply_theme(app, settings["theme"]))
    return app


def run(db_url: str | None = None) -> int:
    """Open the main window and run until it is closed; return the exit status.

    The window is shown first and the database opened just after, in the background:
    loading the storage layer takes longer than drawing the window.
    """
    settings = Settings()
    app = prepare_app(settings)
    install_exception_hook()
    from raiassess.gui.window import MainWindow

    window = MainWindow(None, settings)
    window.show()
    url = db_url or settings["database"] or None
    window.after_paint(lambda: open_database(window, url))
    status = app.exec()
    if window.service is None:  # the database never opened: the start failed
        return 1
    window.service.close()
    return status


def open_database(window: MainWindow, url: str | None, user: str | None = None) -> None:
    """Open the database in the background, then give it to the window; without it the
    app can do nothing, so a failure says why and closes the window.

    ``user`` None records changes under the login name. The storage layer loads here,
    after the window has painted: loading it first would hold up the first paint.
    """
    def work(_report: Report) -> AssessmentService:
        from raiassess.storage.service import AssessmentService

        return AssessmentService.open(url, user=user)

    def failed(error: BaseException, _stack: str) -> None:
        from raiassess.storage.errors import StorageError

        # The texts are the window's, where they were first written and translated.
        show_error(window, str(error) if isinstance(error, StorageError) else
                   translate("MainWindow", "The database could not be opened."),
                   translate("MainWindow", "raiassess cannot open its database"))
        window.close()

    window.runner.query(translate("MainWindow", "Opening the database…"), work,
                        window.attach_service, on_error=failed, show_after_ms=800)

