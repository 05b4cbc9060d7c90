"""The report package stands on the core alone."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers.paths import REPO


def test_importing_the_report_loads_no_qt_gui_or_storage() -> None:
    code = ("import sys, raiassess.report; print(sorted(m for m in sys.modules if "
            "m.split('.')[0] in ('PySide6', 'shiboken6') or "
            "m.startswith(('raiassess.gui', 'raiassess.storage', 'raiassess.cli'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"
