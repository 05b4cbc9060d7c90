"""The home screen: the assessments in the database, to open, create, copy, archive or delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raiassess.gui.icons import icon
from raiassess.gui.look import dim, heading
from raiassess.gui.models import (
    ITEM_ROLE,
    LEVEL_COLOUR_ROLE,
    AssessmentFilterModel,
    AssessmentTableModel,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from raiassess.storage.types import AssessmentSummary

Index = QModelIndex | QPersistentModelIndex


class LevelDelegate(QStyledItemDelegate):
    """Draws the risk level with a coloured dot before it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell as usual, text moved right of a dot in the level's colour."""
        from PySide6.QtWidgets import QStyleOptionViewItem  # rows come after the first paint

        colour = index.data(LEVEL_COLOUR_ROLE)
        if not colour:
            super().paint(painter, option, index)
            return
        size = option.fontMetrics.height() // 2 + 2
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(size + 8, 0, 0, 0)
        super().paint(painter, shifted, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        top = option.rect.center().y() - size // 2
        painter.drawEllipse(QRect(option.rect.left() + 6, top, size, size))
        painter.restore()


class HomePage(QWidget):
    """The list of assessments with a filter."""

    openRequested = Signal(int)
    newRequested = Signal()
    importRequested = Signal()
    selectionChanged = Signal()
    showArchivedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        title = heading(QLabel(self.tr("Assessments"), self), 6)
        title.setObjectName("pageHeading")
        layout.addWidget(title)
        intro = QLabel(self.tr("Each assessment answers a questionnaire about one AI system. "
                               "Open one to continue, or create a new one (Ctrl+N)."), self)
        intro.setObjectName("pageIntro")
        dim(intro)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter:"), self)
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("homeFilter")
        self.filter_field.setPlaceholderText(self.tr("System, questionnaire, status or level"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        filter_label.setBuddy(self.filter_field)
        self.archived_box = QCheckBox(self.tr("Show &archived"), self)
        self.archived_box.setObjectName("showArchived")
        self.archived_box.toggled.connect(self.showArchivedChanged)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_field, 1)
        bar.addWidget(self.archived_box)
        layout.addLayout(bar)

        self.model = AssessmentTableModel(self)
        self.proxy = AssessmentFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("assessmentTable")
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AssessmentTableModel.EDITED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AssessmentTableModel.SYSTEM, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((AssessmentTableModel.QUESTIONNAIRE, 300),
                              (AssessmentTableModel.STATUS, 110),
                              (AssessmentTableModel.LEVEL, 120),
                              (AssessmentTableModel.COMPLETENESS, 120),
                              (AssessmentTableModel.EDITED, 150)):
            header.resizeSection(column, width)
        self.table.setItemDelegateForColumn(AssessmentTableModel.LEVEL, LevelDelegate(self.table))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionChanged.emit())
        layout.addWidget(self.table, 1)
        self.welcome = self._welcome()
        layout.addWidget(self.welcome, 1)

    def _welcome(self) -> QWidget:
        """What an empty database shows instead of an empty table: the two ways to begin."""
        panel = QWidget(self)
        panel.setObjectName("welcome")
        panel.hide()  # until the database says it is empty: no flash while it opens
        column = QVBoxLayout(panel)
        column.setSpacing(14)
        column.addStretch(2)
        title = heading(QLabel(self.tr("Start your first assessment"), panel), 4)
        text = QLabel(self.tr(
            "An assessment takes you through a questionnaire about one AI system. Each "
            "question explains why it matters; every answer is saved as you go; the results "
            "show where the risk lies and what to do about it."), panel)
        text.setWordWrap(True)
        # A centred item gets its size hint, not its height for width: give the wrapped text
        # its width and the height it needs at that width.
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("new"), self.tr("New assessment…"), panel)
        self.new_button.setObjectName("welcomeNew")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button = QPushButton(icon("import"), self.tr("Import an answers file…"),
                                         panel)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.clicked.connect(self.importRequested)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        archived = dim(QLabel(self.tr("Archived assessments are hidden: tick “Show archived” "
                                      "to see them."), panel))
        for label in (title, text, archived):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.insertLayout(3, buttons)
        column.addStretch(3)
        return panel

    def set_assessments(self, items: Sequence[AssessmentSummary]) -> None:
        """Show these assessments, keeping the selection when the same one is still there."""
        selected = self.selected()
        self.model.set_items(items)
        self.welcome.setVisible(not items)
        self.table.setVisible(bool(items))
        if selected is not None:
            self.select(selected.id)
        elif items:
            self.table.selectRow(0)

    def select(self, assessment_id: int) -> None:
        """Select an assessment's row."""
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(ITEM_ROLE)
            if item.id == assessment_id:
                self.table.selectRow(row)
                return

    def selected(self) -> AssessmentSummary | None:
        """The selected assessment, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        return rows[0].data(ITEM_ROLE) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None:
            self.openRequested.emit(item.id)
