"""Shared test set-up: every test gets its own per-user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from raiassess.core.loader import load_questionnaire
from raiassess.core.questionnaire import Questionnaire
from tests.helpers.paths import MINI

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point raiassess's per-user folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RAIASSESS_HOME", str(home))
    return home


@pytest.fixture
def mini_path() -> Path:
    return MINI


@pytest.fixture
def mini(mini_path: Path) -> Questionnaire:
    """A questionnaire with every question type and show_if."""
    return load_questionnaire(mini_path)
