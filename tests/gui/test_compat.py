"""The guard against the Qt bindings' leak of references to None keeps a long session alive."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

#: A session's worth of calls into Qt methods that return nothing: more than the
#: references None holds in a fresh interpreter.
SESSION = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from raiassess.gui.compat import guard_none, none_leaks
app = QApplication([])
print("leaks" if none_leaks() else "sound", flush=True)
if sys.argv[1] == "guarded":
    guard_none()
label = QLabel()
for _ in range(sys.getrefcount(None) + 50_000 if sys.argv[1] == "bare" else 300_000):
    label.setText("answer")
print("survived", flush=True)
"""


def _session(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SESSION, mode], capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_long_session_survives_with_the_guard() -> None:
    guarded = _session("guarded")
    assert guarded.returncode == 0, guarded.stderr[-2000:]
    assert guarded.stdout.split() == [guarded.stdout.split()[0], "survived"]
    if guarded.stdout.startswith("sound"):
        pytest.skip("these bindings do not leak references to None")
    # The same session without the guard is what the guard prevents.
    bare = _session("bare")
    assert bare.returncode != 0 and "deallocating None" in bare.stderr


APP = """
import json, os, sys
from PySide6.QtCore import QTimer
from raiassess.gui import window as window_module
from raiassess.gui.compat import SPARE_REFERENCES, none_leaks

def report():
    print(json.dumps({"leaks": none_leaks(),
                      "guarded": sys.getrefcount(None) > SPARE_REFERENCES}), flush=True)
    os._exit(0)

def show_then_report(window, show=window_module.MainWindow.show):
    show(window)
    QTimer.singleShot(500, report)

window_module.MainWindow.show = show_then_report
from raiassess.gui.app import run
run(sys.argv[1])
"""


def test_the_app_guards_none_once_its_window_has_painted(tmp_path: Any) -> None:
    import json

    done = subprocess.run([sys.executable, "-c", APP, f"sqlite:///{tmp_path / 'db.sqlite'}"],
                          capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    report = json.loads(lines[-1])
    assert report["guarded"] == report["leaks"]
