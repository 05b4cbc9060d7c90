"""Start-up paints the window before it loads anything the home screen does not need."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: Runs the app as its launcher does and reports, at the main window's first paint,
#: which of the heavy modules are loaded.
FIRST_PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from raiassess.gui import window as window_module

HEAVY = json.loads(sys.argv[2])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            loaded = sorted(name for name in HEAVY if name in sys.modules)
            print(json.dumps({"loaded": loaded, "service": watched.service is not None}),
                  flush=True)
            os._exit(0)
        return False

watch = FirstPaint()

def show_watched(window, show=window_module.MainWindow.show):
    window.installEventFilter(watch)
    show(window)

window_module.MainWindow.show = show_watched
from raiassess.gui.app import run
run(sys.argv[1])
"""

#: What the first paint can do without: the storage layer and its libraries, the
#: questionnaire models, the report, the charts, the PDF viewer, the assessment screens.
HEAVY = ["sqlalchemy", "alembic", "pydantic", "yaml", "reportlab", "raiassess.storage.service",
         "raiassess.storage.types", "raiassess.core.questionnaire", "raiassess.core.scoring",
         "raiassess.report", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
         "raiassess.gui.view", "raiassess.gui.assessment", "raiassess.gui.results",
         "raiassess.gui.session", "raiassess.gui.workers", "raiassess.gui.settings_dialog"]


def test_the_window_paints_before_the_heavy_modules_load(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, f"sqlite:///{tmp_path / 'db.sqlite'}",
         json.dumps(HEAVY)], capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    report = json.loads(lines[-1])
    assert report == {"loaded": [], "service": False}
