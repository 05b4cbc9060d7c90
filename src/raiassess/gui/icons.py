"""Icons drawn as SVG in ``resources/icons``, rendered crisp at any size and in any theme.

The SVGs draw with ``currentColor``; the engine substitutes the palette's text colour
when it renders, so the same file serves the light and the dark theme.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from raiassess.gui.resources import icon_path


@cache
def _svg_source(name: str) -> bytes:
    return icon_path(name).read_bytes()


_RENDERERS: dict[tuple[str, str], QSvgRenderer] = {}
_PIXMAPS: dict[tuple[str, str, int, int], QPixmap] = {}


def _colour(mode: QIcon.Mode) -> str:
    """The colour an icon is drawn in for a mode, from the current palette."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled \
        else QPalette.ColorGroup.Active
    return palette.color(group, QPalette.ColorRole.WindowText).name()


class SvgIconEngine(QIconEngine):
    """Renders one SVG in the current text colour (greyed when disabled)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _renderer(self, mode: QIcon.Mode) -> tuple[QSvgRenderer, str]:
        colour = _colour(mode)
        key = (self.name, colour)
        renderer = _RENDERERS.get(key)
        if renderer is None:
            source = _svg_source(self.name).replace(b"currentColor", colour.encode())
            renderer = _RENDERERS[key] = QSvgRenderer(QByteArray(source))
        return renderer, colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        """Draw the icon into a rectangle at the painter's resolution."""
        self._renderer(mode)[0].render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A pixmap of the icon at a size (device pixels), drawn once per size and colour."""
        renderer, colour = self._renderer(mode)
        key = (self.name, colour, size.width(), size.height())
        cached = _PIXMAPS.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(QColor(Qt.GlobalColor.transparent))
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        _PIXMAPS[key] = pixmap
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """A pixmap for a high-density screen: rendered at the device size, not scaled up."""
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy of the engine (Qt copies icons freely)."""
        return SvgIconEngine(self.name)

    def key(self) -> str:
        """The engine's kind, as Qt names it."""
        return "raiassess-svg"


def icon(name: str) -> QIcon:
    """The named icon from ``resources/icons``."""
    return QIcon(SvgIconEngine(name))


def app_icon() -> QIcon:
    """The app's own icon, in full colour (Qt's SVG icon plugin draws it)."""
    return QIcon(str(icon_path("app")))
