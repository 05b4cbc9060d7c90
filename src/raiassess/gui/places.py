"""Paths as people read them."""

from __future__ import annotations

import os
from pathlib import Path


def shown_path(location: str | Path) -> str:
    """A file's place for the screen: under the home folder as ``~/...``, else as it is.

    The full path of a per-user folder says more about the machine than the user needs
    (``/home/ana/.local/share/raiassess`` reads as ``~/.local/share/raiassess``); database
    URLs and other locations are left as they are.
    """
    text = str(location)
    path = Path(text)
    if not path.is_absolute():
        return text
    try:
        inside = path.relative_to(Path.home())
    except (ValueError, RuntimeError):  # elsewhere, or no home folder known
        return text
    return "~" if inside == Path() else f"~{os.sep}{inside}"
