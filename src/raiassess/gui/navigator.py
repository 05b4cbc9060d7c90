"""The section navigator: each section with its progress bar and risk badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from raiassess.gui.look import badge_text_colour
from raiassess.gui.models import LEVEL_COLOUR_ROLE, LEVEL_LABEL_ROLE, PROGRESS_ROLE

Index = QModelIndex | QPersistentModelIndex


class SectionDelegate(QStyledItemDelegate):
    """Draws a section as two lines: its title, then progress and the risk badge."""

    PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.not_asked = self.tr("not asked")

    def _title_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 220
        return max(80, width - 2 * self.PADDING)

    def _title_lines(self, title: str, width: int, metrics: QFontMetrics) -> int:
        """One line, or two for a title too long for one (longer ones are cut)."""
        return 1 if metrics.horizontalAdvance(title) <= width else 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The title on one or two lines, then a line with the bar."""
        metrics = QFontMetrics(option.font)
        lines = self._title_lines(index.data() or "", self._title_width(option), metrics)
        return QSize(220, metrics.height() * (lines + 1) + self.PADDING * 2 + 6)

    @staticmethod
    def _badge_room(index: Index, metrics: QFontMetrics) -> int:
        model = index.model()
        labels = [model.index(row, 0).data(LEVEL_LABEL_ROLE) or ""
                  for row in range(model.rowCount())]
        widest = max((metrics.horizontalAdvance(label) for label in labels if label), default=0)
        return widest + 14 if widest else 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Title on top; below, a progress bar, "n/m" and the level badge."""
        painter.save()
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        title = index.data() or ""
        lines = self._title_lines(title, rect.width(), metrics)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.height() * lines)
        painter.setPen(text_colour)
        if lines == 1:
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft |
                             Qt.AlignmentFlag.AlignVCenter, title)
        else:
            # Two lines, wrapped at a word; what still does not fit ends in an ellipsis.
            layout_width = rect.width() * 2 - metrics.horizontalAdvance("…") * 3
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, layout_width)
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop |
                             Qt.TextFlag.TextWordWrap, shown)

        answered, visible = index.data(PROGRESS_ROLE) or (0, 0)
        line_top = rect.top() + metrics.height() * lines + 6
        count = f"{answered}/{visible}" if visible else self.not_asked
        count_width = max(metrics.horizontalAdvance("000/000"),
                          metrics.horizontalAdvance(count))
        label = index.data(LEVEL_LABEL_ROLE) or ""
        # Every row keeps the widest badge's room, so the bars line up.
        badge_width = self._badge_room(index, metrics)
        bar_width = max(20, rect.width() - count_width - badge_width - 12)
        bar = QRect(rect.left(), line_top + metrics.height() // 2 - 3, bar_width, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        track = palette.color(QPalette.ColorRole.Mid)
        if selected:  # on the highlight, a light bar on a translucent track
            track = QColor(text_colour)
            track.setAlpha(70)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if visible:
            done = QRect(bar)
            done.setWidth(round(bar.width() * answered / visible))
            fill = palette.color(QPalette.ColorRole.Highlight)
            if answered == visible:
                fill = QColor("#3a8f5c")
            if selected:
                fill = text_colour
            painter.setBrush(fill)
            if done.width() > 0:
                painter.drawRoundedRect(done, 3, 3)
        painter.setPen(text_colour)
        count_rect = QRect(bar.right() + 6, line_top, count_width, metrics.height())
        painter.drawText(count_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         count)
        if label:
            colour = index.data(LEVEL_COLOUR_ROLE) or "#777777"
            own_width = metrics.horizontalAdvance(label) + 14
            badge = QRect(rect.right() - own_width + 1, line_top, own_width,
                          metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(badge_text_colour(colour))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


class SectionNavigator(QListView):
    """The list of sections; choosing one shows its questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionNavigator")
        self.setItemDelegate(SectionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # titles rewrap as it widens
        self.setAccessibleName(self.tr("Sections"))
        self.setMinimumWidth(250)
