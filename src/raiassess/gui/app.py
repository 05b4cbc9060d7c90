"""Start the desktop app: settings, language, theme, error hook, database, main window."""

from __future__ import annotations

import getpass
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from raiassess import __version__
from raiassess.gui.errors import install_exception_hook, show_error
from raiassess.gui.i18n import install_language
from raiassess.gui.settings import Settings
from raiassess.gui.theme import apply_theme

#: Styles for our own object names; colours come from the palette, so both themes work.
STYLE_SHEET = """
QFrame#questionCard { background: palette(base); border: 1px solid palette(mid);
                      border-radius: 8px; }
QFrame#questionCard[current="true"] { border: 2px solid palette(highlight); }
QLabel#questionNumber { font-weight: 600; color: palette(highlight); min-width: 2.4em; }
QLabel#questionText { font-weight: 600; }
QLabel#requiredMark { color: #b3261e; font-size: 9pt; }
QLabel#scaleEnd { color: palette(placeholder-text); font-size: 9pt; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; }
QLabel#sectionDescription, QLabel#pageIntro, QLabel#hint, QLabel#emptyHint,
QLabel#assessmentSubtitle, QLabel#headerProgress, QLabel#guidanceTags
    { color: palette(placeholder-text); }
QLabel#pageHeading { font-size: 16pt; font-weight: 600; }
QLabel#assessmentTitle { font-size: 13pt; font-weight: 600; }
QLabel#panelHeading { font-size: 12pt; font-weight: 600; }
QLabel#subHeading { font-weight: 600; margin-top: 6px; }
QLabel#guidanceQuestion { font-style: italic; }
QLabel#referenceChip { background: palette(alternate-base); border: 1px solid palette(mid);
                       border-radius: 10px; padding: 2px 10px; }
QFrame#sectionBar, QFrame#assessmentHeader { border-bottom: 1px solid palette(mid); }
QFrame#levelBanner { background: palette(base); border: 1px solid palette(mid);
                     border-radius: 8px; }
QFrame#contributionRow { background: palette(base); border: 1px solid palette(mid);
                        border-radius: 6px; }
QLabel#contributionAnswer { color: palette(placeholder-text); }
QLabel#recommendation { border-left: 3px solid palette(highlight); padding-left: 8px;
                        margin-top: 4px; }
QScrollArea#guidancePanel { background: palette(alternate-base); }
QWidget#guidanceBody { background: palette(alternate-base); }
"""


def prepare_app(settings: Settings) -> QApplication:
    """The QApplication, with our names, language, theme and styles."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("raiassess")
    app.setOrganizationName("raiassess")
    app.setApplicationVersion(__version__)
    install_language(app, settings["language"])
    apply_theme(app, settings["theme"])
    app.setStyleSheet(STYLE_SHEET)
    if settings["theme"] == "system":
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply_theme(app, settings["theme"]))
    return app


def current_user() -> str:
    """The name recorded with each change."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def run(db_url: str | None = None) -> int:
    """Open the main window and run until it is closed; return the exit status."""
    settings = Settings()
    app = prepare_app(settings)
    hook = install_exception_hook()
    from raiassess.storage.errors import StorageError
    from raiassess.storage.service import AssessmentService

    try:
        service = AssessmentService.open(db_url or settings["database"] or None,
                                         user=current_user())
    except StorageError as error:
        show_error(None, str(error), QCoreApplication.translate(
            "app", "raiassess cannot open its database"))
        return 1
    from raiassess.gui.window import MainWindow

    window = MainWindow(service, settings, hook)
    window.show()
    try:
        return app.exec()
    finally:
        service.close()
