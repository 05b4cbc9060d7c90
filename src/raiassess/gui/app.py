"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from raiassess import __version__


def run(db_url: str | None = None) -> int:
    """Open the main window and run until it is closed; return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("raiassess")
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle("raiassess")
    window.setCentralWidget(QLabel("raiassess"))
    window.resize(1100, 720)
    window.show()
    return app.exec()
