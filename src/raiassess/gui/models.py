"""Qt item models adapting plain data: assessment summaries, section scores, actions.

Each model holds a tuple of frozen dataclasses and is replaced whole with
``set_items``; the views sort and filter through a ``QSortFilterProxyModel``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:  # the home screen paints before the core's models are imported
    from raiassess.core.scoring import SectionScore
    from raiassess.storage.types import ActionData, AssessmentSummary

Index = QModelIndex | QPersistentModelIndex

#: The value a column sorts by (numbers and dates sort as such, not as text).
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The dataclass behind a row.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: A level's colour (``#rrggbb``), for badges.
LEVEL_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
#: A section's answered and visible question counts, as a tuple.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3
#: A section's level label.
LEVEL_LABEL_ROLE = Qt.ItemDataRole.UserRole + 4


def _status_labels() -> dict[str, str]:
    """Every status the core names, by its id, in the interface language.

    The core holds the ids and the English words; Qt's translation tools need the
    words written out here to offer them to translators. A test checks that this table
    and the core's name the same statuses with the same English words.
    """
    return {
        "draft": QCoreApplication.translate("models", "Draft"),
        "in_review": QCoreApplication.translate("models", "In review"),
        "approved": QCoreApplication.translate("models", "Approved"),
        "rejected": QCoreApplication.translate("models", "Rejected"),
        "open": QCoreApplication.translate("models", "Open"),
        "in_progress": QCoreApplication.translate("models", "In progress"),
        "done": QCoreApplication.translate("models", "Done"),
        "cancelled": QCoreApplication.translate("models", "Cancelled"),
    }


def status_label(status: str) -> str:
    """An assessment status as the user reads it."""
    return _status_labels().get(status, status)


def action_status_label(status: str) -> str:
    """An action status as the user reads it."""
    return _status_labels().get(status, status)


def when_label(moment: dt.datetime) -> str:
    """A time stamp in local time, minutes precision."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class RowsModel(QAbstractTableModel):
    """A table over a tuple of plain items, one row each; subclasses name the columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: tuple[Any, ...] = ()

    def headers(self) -> tuple[str, ...]:
        """The column titles."""
        raise NotImplementedError

    def set_items(self, items: Sequence[Any]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.items = tuple(items)
        self.endResetModel()

    def item_at(self, index: Index) -> Any:
        """The item of an index's row, or None for an index outside the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return self.items[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows under the root; none under a row."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns under the root; none under a row."""
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        headers = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(headers):
            return headers[section]
        return None


class AssessmentTableModel(RowsModel):
    """The assessments of the home screen, one row each."""

    SYSTEM, QUESTIONNAIRE, STATUS, LEVEL, COMPLETENESS, EDITED = range(6)
    items: tuple[AssessmentSummary, ...]

    def headers(self) -> tuple[str, ...]:
        """The column titles."""
        return (self.tr("System"), self.tr("Questionnaire"), self.tr("Status"),
                self.tr("Risk level"), self.tr("Completeness"), self.tr("Last edited"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows, sorts by, and the summary behind it."""
        item = self.item_at(index)
        if item is None:
            return None
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SORT_ROLE:
            return {self.LEVEL: item.residual, self.COMPLETENESS: item.completeness,
                    self.EDITED: item.updated_at.timestamp()}.get(
                column, self._display(item, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SYSTEM and item.title:
                return item.title
            if column == self.LEVEL:
                return self.tr("Residual risk {value}%").format(value=f"{item.residual:.0f}")
            return None
        if role == LEVEL_COLOUR_ROLE and column == self.LEVEL:
            return item.level_color
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COMPLETENESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: AssessmentSummary, column: int) -> str:
        if column == self.SYSTEM:
            name = item.system_name or item.title
            if item.title and item.system_name and item.title != item.system_name:
                name = f"{item.system_name} · {item.title}"
            return name + (self.tr(" (archived)") if item.archived else "")
        if column == self.QUESTIONNAIRE:
            return f"{item.questionnaire_title} {item.questionnaire_version}"
        if column == self.STATUS:
            return status_label(item.status)
        if column == self.LEVEL:
            if item.complete:
                return item.level_label
            return self.tr("{level} so far").format(level=item.level_label)
        if column == self.COMPLETENESS:
            return f"{item.completeness:.0f} %"
        return when_label(item.updated_at)


class AssessmentFilterModel(QSortFilterProxyModel):
    """Sorts by each column's sort value and filters on every text column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class SectionListModel(QAbstractListModel):
    """The sections of an assessment with their progress and risk level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: tuple[SectionScore, ...] = ()

    def set_items(self, items: Sequence[SectionScore]) -> None:
        """Replace the sections, in place when only their scores changed."""
        items = tuple(items)
        if [s.id for s in items] == [s.id for s in self.items]:
            self.items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of sections."""
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A section's title, progress, level and colour."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.number}. {item.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}: {answered} of {visible} answered, {level} risk").format(
                title=item.title, answered=item.answered, visible=item.visible,
                level=item.level.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{answered} of {visible} questions answered; residual risk "
                           "{residual}%").format(answered=item.answered, visible=item.visible,
                                                 residual=f"{item.residual:.0f}")
        if role == ITEM_ROLE:
            return item
        if role == PROGRESS_ROLE:
            return (item.answered, item.visible)
        if role == LEVEL_COLOUR_ROLE:
            return item.level.color if item.applicable else ""
        if role == LEVEL_LABEL_ROLE:
            return item.level.label if item.applicable else ""
        return None


class ActionTableModel(RowsModel):
    """The action plan: one row per action."""

    TITLE, OWNER, DUE, STATUS = range(4)
    items: tuple[ActionData, ...]

    def headers(self) -> tuple[str, ...]:
        """Title, owner, due date, status."""
        return (self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows."""
        item = self.item_at(index)
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return item.description or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (item.title, item.owner, item.due.isoformat() if item.due else "",
                action_status_label(item.status))[index.column()]
