"""The settings dialog: data location, theme and interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from raiassess.gui.look import dim
from raiassess.gui.settings import LANGUAGES, PAPERS, THEMES, Settings


class SettingsDialog(QDialog):
    """Edits the declared settings; the caller applies what changed."""

    def __init__(self, settings: Settings, current_location: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        form = QFormLayout(self)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.database = QLineEdit(settings["database"], row)
        self.database.setObjectName("databaseField")
        self.database.setPlaceholderText(self.tr("Default: {location}").format(
            location=current_location))
        self.database.setAccessibleName(self.tr("Data location"))
        browse = QPushButton(self.tr("&Browse…"), row)
        browse.setObjectName("browseDatabase")
        browse.clicked.connect(self._browse)
        row_layout.addWidget(self.database, 1)
        row_layout.addWidget(browse)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeBox")
        names = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                 "dark": self.tr("Dark")}
        for theme in THEMES:
            self.theme.addItem(names[theme], theme)
        self.theme.setCurrentIndex(THEMES.index(settings["theme"]))
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        languages = {"system": self.tr("Follow the system"), "en": "English",
                     "fr": "Français"}
        for language in LANGUAGES:
            self.language.addItem(languages[language], language)
        self.language.setCurrentIndex(LANGUAGES.index(settings["language"]))
        form.addRow(self.tr("&Data location:"), row)
        hint = QLabel(self.tr("A SQLite file or a database URL. Leave empty for the default. "
                              "A new location takes effect when raiassess starts again."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        dim(hint)
        form.addRow("", hint)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperBox")
        for paper, name in (("a4", self.tr("A4")), ("letter", self.tr("US Letter"))):
            self.paper.addItem(name, paper)
        self.paper.setCurrentIndex(PAPERS.index(settings["paper"]))
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Report &paper:"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 240)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.database.text(),
            self.tr("SQLite databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def changes(self) -> dict[str, object]:
        """The settings that differ from the stored ones."""
        wanted = {"database": self.database.text().strip(), "theme": self.theme.currentData(),
                  "language": self.language.currentData(), "paper": self.paper.currentData()}
        return {name: value for name, value in wanted.items() if self.settings[name] != value}
