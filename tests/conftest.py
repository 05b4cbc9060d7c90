"""Shared test set-up: every test gets its own per-user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "core" / "data"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point raiassess's per-user folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RAIASSESS_HOME", str(home))
    return home


@pytest.fixture
def mini_path() -> Path:
    return DATA / "mini.yaml"
