"""Start the desktop app: settings, language, theme, error hook, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from raiassess import __version__
from raiassess.gui.errors import install_exception_hook
from raiassess.gui.i18n import install_language
from raiassess.gui.settings import Settings
from raiassess.gui.theme import FUSION_ARGUMENTS, apply_theme


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
    hook = install_exception_hook()
    from raiassess.gui.window import MainWindow

    window = MainWindow(None, settings, hook)
    window.show()
    window.open_database_after_paint(db_url or settings["database"] or None)
    status = app.exec()
    if window.service is None:  # the database never opened: the start failed
        return 1
    window.service.close()
    return status

