"""The ``raiassess`` program: the command line, or the desktop app when no command is given.

This is the one module that knows both the CLI and the GUI; the CLI itself never
imports Qt, and only asks for the app through the runner handed to it here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _run_gui(args: argparse.Namespace) -> int:
    from raiassess.gui.app import run

    return run(db_url=getattr(args, "db", None))


def gui_request(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only opens the app, and with which database (None: the default).

    Opening the window is measured from the moment the program starts, so the common
    forms (``raiassess``, ``raiassess gui``, ``--db URL`` before or after ``gui``) skip
    building the command line's parser; anything else (``--help``, a typo) goes to it.
    """
    words = list(argv)
    if words and words[0] == "gui":
        words.pop(0)
    db: str | None = None
    if len(words) >= 2 and words[0] == "--db" and not words[1].startswith("-"):
        db = words[1]
        words = words[2:]
    elif words and words[0].startswith("--db="):
        db = words[0].removeprefix("--db=")
        words = words[1:]
    if words == ["gui"] and argv and argv[0] != "gui":
        words = []
    return not words, db


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``raiassess`` command."""
    words = list(sys.argv[1:] if argv is None else argv)
    opens_app, db = gui_request(words)
    if opens_app:
        return _run_gui(argparse.Namespace(db=db))
    from raiassess import cli

    return cli.main(words, gui=_run_gui)
