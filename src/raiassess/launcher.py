"""The ``raiassess`` program: the command line, or the desktop app when no command is given.

This is the one module that knows both the CLI and the GUI; the CLI itself never
imports Qt, and only asks for the app through the runner handed to it here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from raiassess import cli


def _run_gui(args: argparse.Namespace) -> int:
    from raiassess.gui.app import run

    return run(db_url=getattr(args, "db", None))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``raiassess`` command."""
    return cli.main(argv, gui=_run_gui)
