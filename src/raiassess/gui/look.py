"""How our widgets look, with fonts and palette roles rather than style sheets.

A style sheet makes Qt polish and paint every widget through its slow style-sheet style;
a section of fifty questions took twice as long to build with one. These helpers give
the same look with fonts, palette roles and a few painted panels, and follow the theme
because they name palette roles, not colours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the home screen paints before the core's models load
    from raiassess.core.scoring import ScoreResult

Role = QPalette.ColorRole

#: The colour of the "Required" mark, readable on light and dark backgrounds.
REQUIRED_COLOUR = "#d0433b"
#: The badge of an assessment with no answer that can carry risk yet.
NOT_SCORED_COLOUR = "#7a828e"

#: The data role of a list's item that holds the id of what it stands for (a question,
#: a piece of evidence, a questionnaire's place in the wizard's list).
ITEM_ID = Qt.ItemDataRole.UserRole


def badge_text_colour(background: str) -> QColor:
    """Black or white, whichever reads better on a badge colour."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#111111") if luminance > 150 else QColor("#ffffff")


def level_badge(badge: QLabel, score: ScoreResult, shape: str) -> bool:
    """Colour a badge by a result's overall level, grey while nothing is scored, with black
    or white text on it; ``shape`` is the rest of its style sheet (corners, padding, size).
    True if anything is scored."""
    scored = any(section.applicable for section in score.sections) or bool(score.blocking)
    colour = score.level.color if scored else NOT_SCORED_COLOUR
    badge.setStyleSheet(f"background:{colour}; color:{badge_text_colour(colour).name()};"
                        f"{shape} font-weight:600;")
    return scored


def font_of(widget: QWidget, *, bold: bool = False, italic: bool = False,
            points: float = 0) -> None:
    """Make a widget's font bold, italic or larger (``points`` added to the base size)."""
    font = QFont(widget.font())
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    if italic:
        font.setItalic(True)
    if points:
        font.setPointSizeF(max(6.0, font.pointSizeF() + points))
    widget.setFont(font)


def heading(label: QLabel, points: float = 0) -> QLabel:
    """A title: demi-bold, optionally larger."""
    font_of(label, bold=True, points=points)
    return label


def sub_heading(text: str, parent: QWidget, points: float = 1) -> QLabel:
    """The heading of a part of a page: demi-bold and larger."""
    label = heading(QLabel(text, parent), points)
    label.setObjectName("subHeading")
    return label


def dim(label: QLabel, points: float = 0) -> QLabel:
    """Secondary text: in the placeholder colour, optionally smaller."""
    label.setForegroundRole(Role.PlaceholderText)
    if points:
        font_of(label, points=points)
    return label


def accent(label: QLabel) -> QLabel:
    """Text in the link colour (question numbers)."""
    label.setForegroundRole(Role.Link)
    return label


def warning_text(label: QLabel) -> QLabel:
    """Text in the colour of a required mark."""
    palette = label.palette()
    palette.setColor(Role.WindowText, QColor(REQUIRED_COLOUR))
    label.setPalette(palette)
    return label


def rule(parent: QWidget) -> QFrame:
    """A thin horizontal line between areas."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(Role.Mid)
    line.setFixedHeight(1)
    return line


class Panel(QFrame):
    """A rounded panel in the Base colour; with ``current`` set, outlined in Highlight."""

    def __init__(self, parent: QWidget | None = None, radius: float = 8) -> None:
        super().__init__(parent)
        self.radius = radius
        self.current = False

    def set_current(self, current: bool) -> None:
        """Outline the panel (the question being worked on)."""
        if current != self.current:
            self.current = current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rounded background and its border."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        width = 2.0 if self.current else 1.0
        pen = QPen(palette.color(Role.Highlight if self.current else Role.Mid), width)
        painter.setPen(pen)
        painter.setBrush(palette.color(Role.Base))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                self.radius, self.radius)


class Chip(QLabel):
    """A short text in a rounded outline (a framework reference)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setContentsMargins(10, 2, 10, 2)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The outline, then the text."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.color(Role.Mid), 1))
        painter.setBrush(palette.color(Role.AlternateBase))
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.end()
        super().paintEvent(event)


class Callout(QLabel):
    """Wrapped text with a bar in the highlight colour on its left (a recommendation)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setContentsMargins(10, 2, 0, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bar, then the text."""
        painter = QPainter(self)
        painter.fillRect(0, 0, 3, self.height(), self.palette().color(Role.Highlight))
        painter.end()
        super().paintEvent(event)


def shaded(widget: QWidget, role: Role = Role.AlternateBase) -> QWidget:
    """Fill a widget's background with a palette role."""
    widget.setBackgroundRole(role)
    widget.setAutoFillBackground(True)
    return widget


def scroll_body(area: QScrollArea, body: QWidget, name: str,
                margins: tuple[int, int, int, int], spacing: int) -> QVBoxLayout:
    """Make ``area`` a frameless page that scrolls ``body``; return the body's layout.

    The body is handed to the area at the end (``area.setWidget(body)``) by the caller,
    once filled, so the area lays it out once.
    """
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body.setObjectName(name)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout
