"""The main window's commands, declared once: each action with its text, shortcut, icon,
place in the menus and on the toolbar, and when it applies.

``Commands`` builds the actions, the menus and the toolbar from ``COMMANDS``, and
``update`` enables each action by what the window shows. The texts are marked for the
``MainWindow`` translation context, where they were first translated, and translated
when the actions are built, once the interface language is installed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from raiassess.gui.icons import icon

Key = QKeySequence.StandardKey | str
Standard = QKeySequence.StandardKey


class Situation(NamedTuple):
    """What the window shows, which decides the commands that apply."""

    database: bool
    """The database is open."""
    assessment: bool
    """An assessment is open and on screen."""
    target: bool
    """An assessment is open, or one is selected in the list: what exports apply to."""
    selected: bool
    """An assessment is selected in the list on screen."""


class Command(NamedTuple):
    """One action of the window (a named tuple: the dataclasses module would load before
    the first paint for it)."""

    name: str
    """The action's object name; the window has it as an attribute, in snake case."""
    text: str
    """The menu text, marked with ``QT_TRANSLATE_NOOP("MainWindow", ...)``."""
    slot: str = ""
    """The window's method that does it (none for undo and redo: the undo group does)."""
    argument: str = ""
    """What the slot is called with, if anything (then, if checkable, whether checked)."""
    keys: tuple[Key, ...] = ()
    fallback: str = ""
    """The shortcut where the platform has no standard one."""
    icon: str = ""
    tip: str = ""
    """The status bar's text while the action is under the pointer."""
    menu: str = ""
    """The menu it is in: a key of ``MENUS``."""
    separated: bool = False
    """A line before it in its menu."""
    bar: str = ""
    """On the toolbar, with this short text."""
    bar_separated: bool = False
    """A line before it on the toolbar."""
    when: tuple[str, ...] = ()
    """The ``Situation`` fields of which one must hold; none: always (or, for undo and
    redo, whenever the undo group says)."""
    checkable: bool = False
    history: str = ""
    """``undo`` or ``redo``: made by the undo group, which names the step in the text."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for ``pyside6-lupdate`` under a context, to be translated where it is
    shown (PySide's own marker is typed as giving an object, not the text)."""
    return text


ASSESSMENT = ("assessment",)

MENUS = (("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
         ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
         ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
         ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")))

#: Every command, in the order of the menus (and of the toolbar's buttons among them).
COMMANDS = (
    Command("newAction", QT_TRANSLATE_NOOP("MainWindow", "&New assessment…"), "new_assessment",
            keys=(Standard.New,), icon="new", menu="file", when=("database",),
            tip=QT_TRANSLATE_NOOP("MainWindow", "Start an assessment of an AI system"),
            bar=QT_TRANSLATE_NOOP("MainWindow", "New")),
    Command("openAction", QT_TRANSLATE_NOOP("MainWindow", "&Open assessment"), "open_selected",
            keys=(Standard.Open,), icon="open", menu="file", when=("selected", "assessment"),
            tip=QT_TRANSLATE_NOOP("MainWindow", "Open the assessment selected in the list"),
            bar=QT_TRANSLATE_NOOP("MainWindow", "Open")),
    Command("duplicateAction", QT_TRANSLATE_NOOP("MainWindow", "&Re-assess (duplicate)"),
            "duplicate_selected", icon="duplicate", menu="file", when=("target",),
            tip=QT_TRANSLATE_NOOP("MainWindow", "Start a new assessment pre-filled with these "
                                                "answers"),
            bar=QT_TRANSLATE_NOOP("MainWindow", "Re-assess")),
    Command("importAction", QT_TRANSLATE_NOOP("MainWindow", "&Import answers file…"),
            "import_answers", keys=("Ctrl+I",), icon="import", menu="file", separated=True,
            when=("database",), bar=QT_TRANSLATE_NOOP("MainWindow", "Import")),
    Command("exportAction", QT_TRANSLATE_NOOP("MainWindow", "&Export answers file…"),
            "export_answers", keys=("Ctrl+E",), icon="export", menu="file", when=("target",),
            bar=QT_TRANSLATE_NOOP("MainWindow", "Export")),
    Command("pdfAction", QT_TRANSLATE_NOOP("MainWindow", "Export &PDF report…"), "export_pdf",
            keys=("Ctrl+Shift+E",), icon="results", menu="file", when=("target",),
            tip=QT_TRANSLATE_NOOP("MainWindow", "Build the impact assessment report, preview "
                                                "it, save it")),
    Command("archiveAction", QT_TRANSLATE_NOOP("MainWindow", "Ar&chive"), "archive_selected",
            icon="archive", menu="file", separated=True, when=("selected",)),
    Command("deleteAction", QT_TRANSLATE_NOOP("MainWindow", "&Delete…"), "delete_selected",
            keys=(Standard.Delete,), icon="delete", menu="file", when=("selected",)),
    Command("settingsAction", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"), "edit_settings",
            keys=(Standard.Preferences,), fallback="Ctrl+,", icon="settings", menu="file",
            separated=True),
    Command("quitAction", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close",
            keys=(Standard.Quit,), fallback="Ctrl+Q", icon="quit", menu="file", separated=True),

    Command("undoAction", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), history="undo",
            keys=("Ctrl+Z",), icon="undo", menu="edit",
            bar=QT_TRANSLATE_NOOP("MainWindow", "Undo"), bar_separated=True),
    Command("redoAction", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), history="redo",
            keys=("Ctrl+Shift+Z", "Ctrl+Y"), icon="redo", menu="edit",
            bar=QT_TRANSLATE_NOOP("MainWindow", "Redo")),
    Command("findAction", QT_TRANSLATE_NOOP("MainWindow", "&Find question…"), "page_command",
            "focus_search", keys=(Standard.Find,), icon="search", menu="edit", separated=True,
            when=ASSESSMENT),
    Command("unansweredAction", QT_TRANSLATE_NOOP("MainWindow", "Only &unanswered questions"),
            "page_command", "set_only_unanswered", keys=("Ctrl+U",), icon="filter", menu="edit",
            when=ASSESSMENT, checkable=True),
    Command("detailsAction", QT_TRANSLATE_NOOP("MainWindow", "Assessment &details…"),
            "view_command", "edit_details", icon="edit", menu="edit", separated=True,
            when=ASSESSMENT,
            tip=QT_TRANSLATE_NOOP("MainWindow", "The system's name, description, owner, team "
                                                "and deployment context, and the assessment's "
                                                "title")),

    Command("nextQuestionAction", QT_TRANSLATE_NOOP("MainWindow", "&Next question"),
            "page_command", "next_question", keys=("Alt+Down",), icon="next", menu="go",
            when=ASSESSMENT),
    Command("previousQuestionAction", QT_TRANSLATE_NOOP("MainWindow", "&Previous question"),
            "page_command", "previous_question", keys=("Alt+Up",), icon="previous", menu="go",
            when=ASSESSMENT),
    Command("nextSectionAction", QT_TRANSLATE_NOOP("MainWindow", "Next &section"),
            "page_command", "next_section", keys=("Ctrl+PgDown",), icon="next-section",
            menu="go", separated=True, when=ASSESSMENT),
    Command("previousSectionAction", QT_TRANSLATE_NOOP("MainWindow", "Previous s&ection"),
            "page_command", "previous_section", keys=("Ctrl+PgUp",), icon="previous-section",
            menu="go", when=ASSESSMENT),
    Command("homeAction", QT_TRANSLATE_NOOP("MainWindow", "&Assessments"), "show_home",
            keys=("Ctrl+0",), icon="home", menu="go", separated=True, when=ASSESSMENT),
    Command("questionsAction", QT_TRANSLATE_NOOP("MainWindow", "&Questions"), "view_command",
            "show_questions", keys=("Ctrl+1",), icon="questions", menu="go", when=ASSESSMENT),
    Command("resultsAction", QT_TRANSLATE_NOOP("MainWindow", "&Results"), "view_command",
            "show_results", keys=("Ctrl+2",), icon="results", menu="go", when=ASSESSMENT,
            bar=QT_TRANSLATE_NOOP("MainWindow", "Results"), bar_separated=True),
    Command("reviewAction", QT_TRANSLATE_NOOP("MainWindow", "Re&view comments"), "view_command",
            "show_review", keys=("Ctrl+3",), icon="review", menu="go", when=ASSESSMENT),

    Command("aboutAction", QT_TRANSLATE_NOOP("MainWindow", "&About raiassess"), "about",
            menu="help"),
)


def translated(text: str) -> str:
    """A text of the main window in the interface language."""
    return QCoreApplication.translate("MainWindow", text)


def attribute_name(name: str) -> str:
    """The window's attribute for an action: ``newAction`` is ``new_action``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Commands:
    """The window's actions, menus and toolbar, built from ``COMMANDS``."""

    def __init__(self, window: QMainWindow, undo_group: QUndoGroup) -> None:
        self.actions: dict[str, QAction] = {}
        for command in COMMANDS:
            assert set(command.when) <= set(Situation._fields), command.when
            action = self._action(command, window, undo_group)
            self.actions[command.name] = action
            setattr(window, attribute_name(command.name), action)
        bar = window.menuBar()
        for key, title in MENUS:
            self._fill(bar.addMenu(translated(title)), key)
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for command in COMMANDS:
            if command.bar:
                if command.bar_separated:
                    self.toolbar.addSeparator()
                self.toolbar.addAction(self.actions[command.name])
        for button in self.toolbar.findChildren(QToolButton):
            if button.defaultAction() is not None:
                button.setAccessibleName(button.defaultAction().text().replace("&", ""))
        window.addToolBar(self.toolbar)

    @staticmethod
    def _action(command: Command, window: QMainWindow, undo_group: QUndoGroup) -> QAction:
        text = translated(command.text)
        if command.history == "undo":
            action = undo_group.createUndoAction(window, text)
        elif command.history == "redo":
            action = undo_group.createRedoAction(window, text)
        else:
            action = QAction(text, window)
            slot = getattr(window, command.slot)  # a misspelt slot fails at start-up
            argument = command.argument
            if command.checkable:
                action.triggered.connect(lambda checked: slot(argument, checked))
            else:
                action.triggered.connect(
                    lambda _checked=False: slot(argument) if argument else slot())
        action.setObjectName(command.name)
        if command.icon:
            action.setIcon(icon(command.icon))
        if command.keys:
            action.setShortcuts([QKeySequence(key) for key in command.keys])
        if command.fallback and action.shortcut().isEmpty():
            action.setShortcut(command.fallback)
        if command.tip:
            action.setStatusTip(translated(command.tip))
        if command.bar:
            action.setIconText(translated(command.bar))
        action.setCheckable(command.checkable)
        window.addAction(action)  # shortcuts work whatever has the focus
        return action

    def _fill(self, menu: QMenu, key: str) -> None:
        for command in COMMANDS:
            if command.menu == key:
                if command.separated:
                    menu.addSeparator()
                menu.addAction(self.actions[command.name])

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def update(self, situation: Situation) -> None:
        """Enable each command that applies to what the window shows."""
        for command in COMMANDS:
            if command.when:
                self.actions[command.name].setEnabled(
                    any(getattr(situation, condition) for condition in command.when))
