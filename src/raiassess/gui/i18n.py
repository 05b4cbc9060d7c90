"""The interface language: Qt translators for our strings and Qt's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from raiassess.core.languages import LANGUAGES
from raiassess.gui.resources import translation_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SUPPORTED = LANGUAGES

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """The language to show for a setting: ``system`` becomes the system's, if supported."""
    if setting in SUPPORTED:
        return setting
    from PySide6.QtCore import QLocale

    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_language(app: QCoreApplication, setting: str) -> str:
    """Load the translations of a language into the app; return the language shown."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    app.setProperty("raiassessLanguage", language)
    if language == "en":
        return language
    # Loaded only for a translated interface: English starts without them.
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator(app)
    if ours.load(str(translation_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)  # the texts of Qt's standard dialogs and buttons
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def current_language() -> str:
    """The language the interface (and the questionnaires' texts) are shown in."""
    app = QCoreApplication.instance()
    value = app.property("raiassessLanguage") if app is not None else None
    return value if value in SUPPORTED else "en"
