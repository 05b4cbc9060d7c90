"""Files in and out of the app: answers files imported and exported, the PDF report built,
previewed and saved.

Each command takes its file as given or asks for it, remembers the file's folder for the
next dialog, works in the background and says in the status bar what it did. The window
imports this module when one of them is first used. The texts are the main window's,
translated under its name, where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from raiassess.gui.errors import show_error
from raiassess.gui.home import HomePage
from raiassess.gui.settings import Settings
from raiassess.gui.workers import Changed, Report, TaskRunner

if TYPE_CHECKING:
    from raiassess.storage.service import AssessmentService

translate = QCoreApplication.translate


class Window(Protocol):
    """What the file commands use of the main window."""

    settings: Settings
    language: str
    home: HomePage

    @property
    def database(self) -> AssessmentService:
        """The open database's service."""

    @property
    def runner(self) -> TaskRunner:
        """Where background work runs."""

    def target_id(self) -> int | None:
        """The assessment the commands apply to."""

    def flush(self) -> None:
        """Store typing still waiting to be saved."""

    def statusBar(self) -> QStatusBar:
        """Where a command says what it did."""

    def window(self) -> QWidget:
        """The main window itself, as Qt's widgets name it: the parent of the dialogs."""

#: How long the status bar shows what a command did, in milliseconds.
MESSAGE_MS = 8000


def _folder(window: Window) -> str:
    """Where a file dialog opens: the folder of the last file, else the home folder."""
    folder = window.settings["last_folder"]
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _file(window: Window, path: str | None, title: str, kinds: str, *,
          save_as: str | None = None, suffix: str = "") -> str | None:
    """The file to use: ``path`` if given, else one the user picks (None if they cancel).

    With ``save_as`` the dialog saves, offering that name in the last folder, and a
    name typed without a suffix gets ``suffix``; without it the dialog opens a file.
    The file's folder is where the next dialog opens.
    """
    if path is None:
        if save_as is None:
            path, _ = QFileDialog.getOpenFileName(window.window(), title, _folder(window), kinds)
        else:
            start = str(Path(_folder(window)) / save_as) if save_as else _folder(window)
            path, _ = QFileDialog.getSaveFileName(window.window(), title, start, kinds)
            if path and not Path(path).suffix:
                path += suffix
        if not path:
            return None
    window.settings["last_folder"] = str(Path(path).parent)
    return path


def _answers_files() -> str:
    return translate("MainWindow", "Answers files (*.yaml *.yml *.json)")


def import_answers(window: Window, path: str | None = None) -> None:
    """Create an assessment from an answers file (in the background)."""
    path = _file(window, path, translate("MainWindow", "Import an answers file"),
                 _answers_files())
    if path is None:
        return
    source, name, service = path, Path(path).name, window.database
    message = translate("MainWindow", "Imported {name}.").format(name=name)

    def work(report: Report) -> Changed:
        from raiassess.core.answers import read_answers_file

        report(0, 2, translate("MainWindow", "Reading {name}…").format(name=name))
        answers, _doc = read_answers_file(source)
        report(1, 2, translate("MainWindow", "Checking and storing the answers…"))
        new_id = service.import_answers(answers)
        report(2, 2, "")
        return Changed(assessments=True, opened=new_id, message=message)

    window.runner.change(translate("MainWindow", "Importing {name}…").format(name=name), work)


def export_answers(window: Window, path: str | None = None) -> None:
    """Write the open (or selected) assessment to an answers file (in the background)."""
    target = window.target_id()
    if target is None:
        return
    window.flush()
    path = _file(window, path, translate("MainWindow", "Export an answers file"),
                 _answers_files(), save_as="", suffix=".yaml")
    if path is None:
        return
    destination, name, service = path, Path(path).name, window.database
    message = translate("MainWindow", "Exported to {name}.").format(name=name)

    def work(report: Report) -> Changed:
        from raiassess.core.answers import write_answers_file

        report(0, 2, translate("MainWindow", "Collecting the answers…"))
        answers = service.export_answers(target)
        report(1, 2, translate("MainWindow", "Writing {name}…").format(name=name))
        write_answers_file(answers, destination)
        report(2, 2, "")
        return Changed(message=message)

    window.runner.change(translate("MainWindow", "Exporting…"), work)


def export_pdf(window: Window, path: str | None = None) -> None:
    """Build the PDF report in the background, preview it, then save it."""
    target = window.target_id()
    if target is None:
        return
    window.flush()
    service, language, paper = window.database, window.language, window.settings["paper"]

    def work(report: Report) -> bytes:
        from raiassess.gui.pdf import build_report

        report(0, 100, translate("MainWindow", "Building the report…"))
        return build_report(service, target, language, paper,
                            lambda done, total: report(done, total, ""))

    window.runner.query(translate("MainWindow", "Building the report…"), work,
                        lambda data: _preview_pdf(window, data, target, path))


def _preview_pdf(window: Window, data: bytes, assessment_id: int, path: str | None) -> None:
    """Show the report; if the user saves it, write it where they choose."""
    from raiassess.core.paths import write_private_file
    from raiassess.gui.pdf import PdfPreview, suggested_name

    summary = next((a for a in window.home.model.items if a.id == assessment_id), None)
    name = summary.system_name if summary else "assessment"
    preview = PdfPreview(data, translate("MainWindow", "Impact assessment of {name}").format(
        name=name), window.window())
    saved = preview.exec()
    preview.deleteLater()
    if not saved:
        return
    path = _file(window, path, translate("MainWindow", "Save the PDF report"),
                 translate("MainWindow", "PDF files (*.pdf)"), save_as=suggested_name(name),
                 suffix=".pdf")
    if path is None:
        return
    try:
        write_private_file(Path(path), data)
    except OSError as error:
        show_error(window.window(), translate(
            "MainWindow", "The report could not be saved: {reason}.").format(
                reason=error.strerror or type(error).__name__))
        return
    window.statusBar().showMessage(translate("MainWindow", "Report saved to {name}.").format(
        name=Path(path).name), MESSAGE_MS)
