"""The French interface: complete, compiled, and faithful to the source's placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from raiassess.gui.i18n import install_language
from raiassess.gui.resources import resources_dir
from tests.helpers.paths import REPO

TRANSLATIONS = resources_dir() / "translations"
TS = TRANSLATIONS / "raiassess_fr.ts"
QM = TRANSLATIONS / "raiassess_fr.qm"
GUI_SOURCES = sorted((REPO / "src" / "raiassess" / "gui").glob("*.py"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%[0-9pn]")


def _messages(path: Path) -> Iterator[tuple[str, str, str, str]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield (name, message.findtext("source") or "", translation.text or "",
                   translation.get("type", ""))


def _tool(name: str) -> Path:
    path = Path(sys.executable).parent / name
    if not path.exists():
        pytest.skip(f"{name} (from PySide6-Essentials) is not installed")
    return path


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    checked = 0
    for context, source, translation, _ in _messages(TS):
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), \
            f"{context}: {source!r} -> {translation!r}"
        assert translation.count("&") - translation.count("&&") <= 1, translation
        if "&" in source.replace("&&", ""):
            assert "&" in translation, f"{context}: {translation!r} lost its keyboard mnemonic"
        checked += 1
    assert checked > 150


def test_every_string_of_the_interface_is_translated(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([str(_tool("pyside6-lupdate")), *map(str, GUI_SOURCES), "-ts", str(copy)],
                   check=True, capture_output=True)
    untranslated = [(c, s) for c, s, t, kind in _messages(copy)
                    if kind in ("unfinished", "") and not t]
    assert untranslated == [], "run pyside6-lupdate and translate these in raiassess_fr.ts"
    obsolete = [(c, s) for c, s, _, kind in _messages(copy) if kind in ("vanished", "obsolete")]
    assert obsolete == [], "strings no longer in the code: drop them from raiassess_fr.ts"


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    subprocess.run([str(_tool("pyside6-lrelease")), str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), \
        "run: pyside6-lrelease resources/translations/raiassess_fr.ts"


def test_the_window_speaks_french_when_the_setting_says_so(qtbot: Any, qapp: QApplication,
                                                          service: Any) -> None:
    from raiassess.gui.app import prepare_app
    from raiassess.gui.settings import Settings
    from raiassess.gui.window import MainWindow

    settings = Settings()
    settings["language"] = "fr"
    prepare_app(settings)
    try:
        window = MainWindow(service, settings)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Fichier", "&Édition", "&Aller", "Ai&de"]
        assert window.new_action.text() == "&Nouvelle évaluation…"
        assert window.home.model.headerData(0, Qt.Orientation.Horizontal) == "Système"
        window.close()
    finally:
        install_language(qapp, "en")
