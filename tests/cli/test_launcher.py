"""The ``raiassess`` program opens the app by the shortest path when that is all it is asked."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from raiassess import cli
from raiassess.launcher import gui_request


@pytest.mark.parametrize("argv", [
    [], ["gui"], ["--db", "team.sqlite3"], ["gui", "--db", "team.sqlite3"],
    ["--db", "team.sqlite3", "gui"], ["--db=team.sqlite3"], ["gui", "--db=team.sqlite3"],
])
def test_the_fast_path_agrees_with_the_command_line(argv: list[str]) -> None:
    opened: list[argparse.Namespace] = []

    def record(args: argparse.Namespace) -> int:
        opened.append(args)
        return 0

    assert cli.main(argv, gui=record) == 0
    assert gui_request(argv) == (True, getattr(opened[0], "db", None))


@pytest.mark.parametrize("argv", [
    ["--help"], ["gui", "--help"], ["list"], ["--db", "x", "list"], ["gui", "extra"],
    ["--db"], ["--db", "--help"], ["score", "gui"],
])
def test_everything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert gui_request(argv)[0] is False


def test_opening_the_app_does_not_load_the_command_line() -> None:
    code = ("import sys\n"
            "import raiassess.gui.app as app\n"
            "app.run = lambda db_url=None: 0\n"
            "from raiassess.launcher import main\n"
            "assert main(['--db', 'x.sqlite3']) == 0\n"
            "print('raiassess.cli' in sys.modules, 'pydantic' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False, env={"QT_QPA_PLATFORM": "offscreen",
                                                          "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
