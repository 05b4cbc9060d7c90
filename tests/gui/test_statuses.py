"""The statuses the app shows are the core's: the same ids, the same English words."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from raiassess.core import statuses
from raiassess.gui import models
from raiassess.gui.i18n import install_language


def test_the_interface_names_every_status_the_core_names(qapp: QApplication) -> None:
    install_language(qapp, "en")
    core = {**statuses.ASSESSMENT_STATUS_LABELS, **statuses.ACTION_STATUS_LABELS}
    assert not set(statuses.ASSESSMENT_STATUSES) & set(statuses.ACTION_STATUSES)
    assert models._status_labels() == core
    assert [models.status_label(s) for s in statuses.ASSESSMENT_STATUSES] == \
        list(statuses.ASSESSMENT_STATUS_LABELS.values())
    assert [models.action_status_label(s) for s in statuses.ACTION_STATUSES] == \
        list(statuses.ACTION_STATUS_LABELS.values())


def test_statuses_read_in_french(qapp: QApplication) -> None:
    try:
        install_language(qapp, "fr")
        assert models.status_label("in_review") != "In review"
        assert models.action_status_label("in_progress") != "In progress"
    finally:
        install_language(qapp, "en")
