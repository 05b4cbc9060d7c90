"""The settings list the database's backups, take one on request and restore one after saying
what that does; paths under the home folder are shown as ``~/...``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from raiassess.core.questionnaire import Questionnaire
from raiassess.gui.places import shown_path
from raiassess.gui.settings_dialog import BACKUP_PATH, SettingsDialog
from raiassess.storage.types import SystemData
from tests.helpers.dialogs import active_modal, handle_dialog


def _items(dialog: SettingsDialog) -> list[str]:
    return [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())]


def test_back_up_now_then_restore_a_backup(qtbot: QtBot, open_window: Any, service: Any,
                                           mini: Questionnaire) -> None:
    kept = service.create_assessment(mini, SystemData("Chatbot"), "")
    window = open_window(service, kept)
    seen: dict[str, Any] = {}

    def back_up_add_then_restore(dialog: SettingsDialog) -> None:
        assert dialog.backup_list.count() == 0
        assert not dialog.restore_button.isEnabled()  # nothing chosen yet
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        assert len(service.backups()) == 1
        assert _items(dialog)[0].endswith("taken on request")
        seen["hint"] = dialog.backup_hint.text()
        # A change after the backup, which the restore takes away.
        service.create_assessment(mini, SystemData("Scoring model"), "")
        assert dialog.restore_button.isEnabled()  # the new backup is selected

        def read_and_confirm(box: QMessageBox) -> None:
            seen["question"] = box.text()
            seen["details"] = box.informativeText()
            seen["default"] = box.defaultButton().text()
            restore = next(b for b in box.buttons()
                           if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
            restore.click()

        confirmed = handle_dialog(active_modal(QMessageBox), read_and_confirm)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert confirmed == ["done"]
        seen["after"] = _items(dialog)
        dialog.reject()

    outcome = handle_dialog(active_modal(SettingsDialog), back_up_add_then_restore)
    window.settings_action.trigger()
    assert outcome == ["done"]
    assert "Restore the backup of" in seen["question"]
    assert "replaced by the backup" in seen["details"] and "reopens" in seen["details"]
    assert seen["default"] == "Cancel"  # restoring is never the default
    assert [a.system_name for a in service.list_assessments()] == ["Chatbot"]
    assert [a.system_name for a in window.home.model.items] == ["Chatbot"]
    assert window.session is None and window.stack.currentWidget() is window.home
    # The content before the restore is kept as a backup of its own.
    assert any(text.endswith("before a restore") for text in seen["after"])
    assert seen["hint"].startswith("Backed up to ")


def test_cancelling_a_restore_changes_nothing(qtbot: QtBot, service: Any, mini: Questionnaire,
                                              prepared_app: Any) -> None:
    from raiassess.gui.settings import Settings

    service.create_assessment(mini, SystemData("Chatbot"), "")
    taken = service.backup_now()
    service.create_assessment(mini, SystemData("Scoring model"), "")
    dialog = SettingsDialog(Settings(), service.location, service=service)
    qtbot.addWidget(dialog)
    assert [dialog.backup_list.item(i).data(BACKUP_PATH)
            for i in range(dialog.backup_list.count())] == [str(taken)]
    dialog.backup_list.setCurrentRow(0)
    cancelled = handle_dialog(active_modal(QMessageBox),
                              lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    dialog.restore_button.click()
    assert cancelled == ["done"]
    assert len(service.list_assessments()) == 2


def test_paths_under_home_are_shown_with_a_tilde(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    inside = tmp_path / ".local" / "share" / "raiassess" / "raiassess.sqlite3"
    assert shown_path(inside) == os.path.join("~", ".local", "share", "raiassess",
                                              "raiassess.sqlite3")
    assert shown_path(str(tmp_path)) == "~"
    assert shown_path("/srv/team/raiassess.sqlite3") == "/srv/team/raiassess.sqlite3"
    assert shown_path("postgresql://ana@db/raiassess") == "postgresql://ana@db/raiassess"
    assert shown_path(f"{tmp_path}-other/file") == f"{tmp_path}-other/file"


def test_the_status_bar_and_settings_show_the_database_under_home(
        qtbot: QtBot, make_window: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from raiassess.storage.service import AssessmentService

    monkeypatch.setenv("HOME", str(tmp_path))
    with AssessmentService.open(f"sqlite:///{tmp_path / 'work' / 'team.sqlite3'}") as service:
        window = make_window(service)
        expected = os.path.join("~", "work", "team.sqlite3")
        assert window.saved_label.text() == f"Database: {expected}"
        seen: list[str] = []

        def read(dialog: SettingsDialog) -> None:
            seen.append(dialog.database.placeholderText())
            dialog.reject()

        outcome = handle_dialog(active_modal(SettingsDialog), read)
        window.settings_action.trigger()
        assert outcome == ["done"]
        assert seen == [f"Default: {expected}"]
        window.close()
