"""The settings dialog: data location and its backups, theme, interface language, paper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raiassess.gui.errors import show_error
from raiassess.gui.icons import icon
from raiassess.gui.look import dim
from raiassess.gui.places import shown_path
from raiassess.gui.settings import LANGUAGES, PAPERS, THEMES, Settings

BACKUP_PATH = Qt.ItemDataRole.UserRole


class SettingsDialog(QDialog):
    """Edits the declared settings; the caller applies what changed.

    With a service on a SQLite file, it also lists the database's backups, takes one on
    request and restores one; ``aboutToRestore`` lets the window put away what it shows
    of the database first, ``restored`` tells it to show the restored content.
    """

    aboutToRestore = Signal()
    restored = Signal()

    def __init__(self, settings: Settings, current_location: str,
                 parent: QWidget | None = None, service: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.service = service
        form = QFormLayout(self)
        form.setVerticalSpacing(10)
        location = QWidget(self)
        location_layout = QVBoxLayout(location)
        location_layout.setContentsMargins(0, 0, 0, 0)
        row_layout = QHBoxLayout()
        self.database = QLineEdit(settings["database"], location)
        self.database.setObjectName("databaseField")
        self.database.setPlaceholderText(self.tr("Default: {location}").format(
            location=shown_path(current_location)))
        self.database.setAccessibleName(self.tr("Data location"))
        browse = QPushButton(self.tr("&Browse…"), location)
        browse.setObjectName("browseDatabase")
        browse.clicked.connect(self._browse)
        row_layout.addWidget(self.database, 1)
        row_layout.addWidget(browse)
        location_layout.addLayout(row_layout)
        hint = QLabel(self.tr("A SQLite file or a database URL. Leave empty for the default. "
                              "A new location takes effect when raiassess starts again."),
                      location)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        dim(hint)
        location_layout.addWidget(hint)
        location_label = QLabel(self.tr("&Data location:"), self)
        location_label.setBuddy(self.database)
        form.addRow(location_label, location)
        form.addRow(self.tr("Bac&kups:"), self._backups_box())

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
        self.show_backups()
        self.resize(660, self.heightForWidth(660) if self.hasHeightForWidth()
                    else self.sizeHint().height())

    # -- backups ---------------------------------------------------------------------

    def _backups_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.backup_list = QListWidget(box)
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Backups of the database"))
        self.backup_list.setFixedHeight(7 * self.fontMetrics().lineSpacing() + 12)
        self.backup_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QVBoxLayout()
        self.backup_button = QPushButton(icon("backup"), self.tr("Back &up now"), box)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore…"), box)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        row.addWidget(self.backup_list, 1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.backup_hint = dim(QLabel(box))
        self.backup_hint.setObjectName("backupHint")
        self.backup_hint.setWordWrap(True)
        layout.addWidget(self.backup_hint)
        return box

    def _sqlite_path(self) -> Path | None:
        return self.service.database_path if self.service is not None else None

    def show_backups(self, select: Path | None = None) -> None:
        """List the backups of the open database, newest first."""
        self.backup_list.clear()
        database = self._sqlite_path()
        if database is None:
            self.backup_hint.setText(
                self.tr("A database on a server is backed up by the server (for example "
                        "with pg_dump).") if self.service is not None else
                self.tr("The database is not open yet."))
            self._update_buttons()
            return
        kinds = {"daily": self.tr("daily"), "manual": self.tr("taken on request"),
                 "before-upgrade": self.tr("before an upgrade"),
                 "before-restore": self.tr("before a restore")}
        for backup in self.service.backups():
            item = QListWidgetItem(f"{backup.taken_at.astimezone():%Y-%m-%d %H:%M} · "
                                   f"{kinds.get(backup.kind, backup.kind)}")
            item.setData(BACKUP_PATH, str(backup.path))
            item.setToolTip(shown_path(backup.path))
            self.backup_list.addItem(item)
            if select is not None and backup.path == select:
                self.backup_list.setCurrentItem(item)
        self.backup_hint.setText(self.tr(
            "raiassess backs the database up each day it is opened and keeps the last seven "
            "days, in {folder}.").format(folder=shown_path(self.service.backups_folder)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_file = self._sqlite_path() is not None
        self.backup_button.setEnabled(on_file)
        self.restore_button.setEnabled(on_file and self.backup_list.currentItem() is not None)

    def back_up_now(self) -> None:
        """Take a backup of the database now."""
        from raiassess.storage.errors import StorageError

        try:
            taken = self.service.backup_now()
        except (StorageError, OSError) as error:
            show_error(self, self.tr("The backup could not be taken: {reason}").format(
                reason=str(error) if isinstance(error, StorageError)
                else error.strerror or type(error).__name__))
            return
        self.show_backups(select=Path(taken))
        self.backup_hint.setText(self.tr("Backed up to {path}.").format(
            path=shown_path(taken)))

    def restore_selected(self) -> None:
        """Replace the database's content with the chosen backup's, once confirmed."""
        from raiassess.storage.errors import StorageError

        item = self.backup_list.currentItem()
        if item is None:
            return
        chosen, when = Path(item.data(BACKUP_PATH)), item.text()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"), self.tr(
            "Restore the backup of {when}?").format(when=when),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restoreConfirmation")
        box.setInformativeText(self.tr(
            "The content of the database is replaced by the backup's: every change made "
            "since the backup was taken goes with it. raiassess first keeps a copy of the "
            "current content among the backups (“before a restore”), then reopens the "
            "database; an open assessment is closed."))
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        self.aboutToRestore.emit()
        try:
            self.service.restore_backup(chosen)
        except (StorageError, OSError) as error:
            show_error(self, self.tr("The backup could not be restored: {reason}").format(
                reason=str(error) if isinstance(error, StorageError)
                else error.strerror or type(error).__name__))
            return
        finally:
            self.restored.emit()  # the window shows what the database now holds
        self.show_backups()
        self.backup_hint.setText(self.tr("Restored the backup of {when}.").format(when=when))

    # -- the rest --------------------------------------------------------------------

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
