"""Where the app's own files (icons, translations) are, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from raiassess.core.paths import shipped_dir


@cache
def resources_dir() -> Path:
    """The ``resources`` folder: inside the installed package, else at the checkout's root."""
    return shipped_dir("resources")


def icon_path(name: str) -> Path:
    """The SVG file of a named icon."""
    return resources_dir() / "icons" / f"{name}.svg"


def translation_path(language: str) -> Path:
    """The compiled translation (.qm) of the interface for a language."""
    return resources_dir() / "translations" / f"raiassess_{language}.qm"
