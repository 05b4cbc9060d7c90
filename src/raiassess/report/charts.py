"""The report's charts as vector ``Drawing`` objects with named parts.

Each chart is built from plain numbers, so it can be drawn and tested on its own:
``drawing.contents`` names its parts (``zones``, ``inherent``, ``residual``,
``labels``, ``legend``...), and every figure a chart shows also appears in the tables
beside it, so nothing depends on reading a chart precisely.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from raiassess.report.fonts import SANS, SANS_BOLD, font_runs, text_width
from raiassess.report.markup import fit, wrap
from raiassess.report.rtl import visual
from raiassess.report.styles import ACCENT, FAINT, INHERENT, INK, MUTED, RULE, tint


@dataclass(frozen=True)
class ChartSection:
    """One section as the charts show it: percentages from 0 to 100."""

    number: int
    title: str
    inherent: float
    residual: float
    colour: str
    """The colour of the section's residual level, ``#rrggbb``."""


@dataclass(frozen=True)
class LevelBand:
    """A risk level: the residual percentage it starts at and its colour."""

    start: float
    label: str
    colour: str


RADAR_MAX_TITLED = 12
"""Above this many sections the radar names its spokes by number only."""


def _label(x: float, y: float, text: str, size: float, anchor: str = "start", *,
           colour: colors.Color = INK, bold: bool = False) -> Group:
    """A one-line label, drawn run by run so that every character has a glyph.

    Right-to-left runs are drawn in display order, Arabic letters joined.
    """
    text = visual(text)
    main = SANS_BOLD if bold else SANS
    runs = [(main if font == SANS else font, run) for font, run in font_runs(text)]
    width = text_width(text, size, bold)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    label = Group()
    for font, run in runs:
        label.add(String(x, y, run, fontName=font, fontSize=size, fillColor=colour))
        x += stringWidth(run, font, size)
    return label


def label_text(drawing_part: Group) -> list[str]:
    """The texts of the labels in a part of a chart, one per label (for tests, checks)."""
    texts: list[str] = []
    for child in drawing_part.contents:
        if isinstance(child, String):
            texts.append(child.text)
        elif isinstance(child, Group):
            strings = [c for c in child.contents if isinstance(c, String)]
            if strings and len(strings) == len(child.contents):
                texts.append("".join(c.text for c in strings))
            else:
                texts += label_text(child)
    return texts


def _legend(x: float, y: float, entries: Sequence[tuple[str, Any, bool]],
            size: float = 7.5) -> Group:
    """Swatches with their names in a row.

    The flag draws the swatch as a dashed line; a sequence of colours draws it in
    stripes (for bars coloured by their level).
    """
    legend = Group()
    for name, colour, dashed in entries:
        if dashed:
            legend.add(Line(x, y + 3, x + 14, y + 3, strokeColor=colour, strokeWidth=1.5,
                            strokeDashArray=(3, 2)))
        elif isinstance(colour, colors.Color):
            legend.add(Rect(x, y, 14, 7, fillColor=colour, strokeColor=None))
        else:
            stripe = 14 / len(colour)
            for index, shade in enumerate(colour):
                legend.add(Rect(x + index * stripe, y, stripe, 7, fillColor=shade,
                                strokeColor=None))
        legend.add(_label(x + 18, y, name, size, colour=MUTED))
        x += 18 + text_width(name, size) + 14
    return legend


def radar_chart(sections: Sequence[ChartSection], levels: Sequence[LevelBand],
                width: float = 250, height: float = 235) -> Drawing:
    """A spider chart of inherent and residual risk per section, over the level zones.

    Needs at least three sections (with fewer there is no polygon to draw); the
    caller shows the bar chart alone then.
    """
    if len(sections) < 3:
        raise ValueError("a radar chart needs at least three sections")
    drawing = Drawing(width, height)
    titled = len(sections) <= RADAR_MAX_TITLED
    legend_height = 16
    label_room = 88 if titled else 14
    radius = max(20.0, min((width - 2 * label_room) / 2, (height - legend_height - 52) / 2))
    cx, cy = width / 2, legend_height + (height - legend_height) / 2
    count = len(sections)

    def point(index: int, share: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + math.cos(angle) * radius * share, cy + math.sin(angle) * radius * share

    def polygon(shares: Sequence[float]) -> list[float]:
        return [coord for i, share in enumerate(shares) for coord in point(i, share)]

    zones = Group()
    bounds = [band.start for band in levels[1:]] + [100.0]
    for band, end in reversed(list(zip(levels, bounds, strict=True))):
        zones.add(Polygon(polygon([end / 100] * count), fillColor=tint(band.colour, 0.14),
                          strokeColor=None, strokeWidth=0))
    drawing.add(zones, name="zones")

    grid = Group()
    for share in (0.2, 0.4, 0.6, 0.8, 1.0):
        grid.add(Polygon(polygon([share] * count), fillColor=None, strokeColor=RULE,
                         strokeWidth=0.4))
    for index in range(count):
        x, y = point(index, 1.0)
        grid.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.4))
    for share in (0.2, 0.4, 0.6, 0.8):
        grid.add(String(cx + 2, cy + radius * share + 1.5, f"{share * 100:.0f}",
                        fontName=SANS, fontSize=5.5, fillColor=FAINT))
    drawing.add(grid, name="grid")

    inherent = [min(max(s.inherent, 0.0), 100.0) / 100 for s in sections]
    residual = [min(max(s.residual, 0.0), 100.0) / 100 for s in sections]
    drawing.add(Polygon(polygon(inherent), fillColor=None, strokeColor=INHERENT,
                        strokeWidth=1.2, strokeDashArray=(3, 2)), name="inherent")
    drawing.add(Polygon(polygon(residual), fillColor=ACCENT, fillOpacity=0.18,
                        strokeColor=ACCENT, strokeWidth=1.6), name="residual")
    markers = Group()
    for index, section in enumerate(sections):
        x, y = point(index, residual[index])
        markers.add(Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=colors.HexColor(section.colour),
                         strokeColor=colors.white, strokeWidth=0.5))
    drawing.add(markers, name="markers")

    labels = Group()
    for index, section in enumerate(sections):
        angle = math.pi / 2 - 2 * math.pi * index / count
        x, y = point(index, 1.0)
        dx, dy = math.cos(angle), math.sin(angle)
        anchor = "middle" if abs(dx) < 0.3 else ("start" if dx > 0 else "end")
        x += dx * 6
        number = str(section.number)
        if not titled:
            labels.add(_label(x, y + dy * 2 - 2.5, number, 6.5, anchor, colour=MUTED, bold=True))
            continue
        room = label_room - 8 if anchor != "middle" else 2.4 * label_room
        lines = [f"{number}  {line}" if i == 0 else line
                 for i, line in enumerate(wrap(section.title, 7, room, 2))]
        block = 8.5 * len(lines)
        # Centre the block on the spoke's end, pushed outwards above and below.
        top = y + 3 + (block / 2 if abs(dy) <= 0.3 else (block if dy > 0 else -2) + dy * 2)
        for line_index, line in enumerate(lines):
            labels.add(_label(x, top - 8.5 * (line_index + 1) + 2, line, 7, anchor))
    drawing.add(labels, name="labels")

    legend = _legend(0, 2, [("Inherent risk", INHERENT, True),
                            ("Residual risk", ACCENT, False)])
    left, _, right, _ = legend.getBounds()
    legend.translate((width - (right - left)) / 2, 0)
    drawing.add(legend, name="legend")
    return drawing


BAR_ROW = 19.0
"""Height of one section's row in the bar chart, in points."""


def risk_bars(sections: Sequence[ChartSection], levels: Sequence[LevelBand],
              width: float = 480, row: float = BAR_ROW) -> Drawing:
    """Horizontal bars of inherent (grey) and residual (level colour) risk per section.

    The background is divided into the questionnaire's level zones, so each bar shows
    in which level it ends. Draw at most a page's worth of sections per chart.
    """
    label_width = min(170.0, width * 0.36)
    axis_height, legend_height, zone_label_height = 14.0, 16.0, 11.0
    plot_height = row * len(sections)
    height = plot_height + axis_height + legend_height + zone_label_height
    drawing = Drawing(width, height)
    x0, x1 = label_width + 6, width - 30
    y_top = height - zone_label_height

    def x_of(percent: float) -> float:
        return x0 + (x1 - x0) * min(max(percent, 0.0), 100.0) / 100

    zones = Group()
    bounds = [band.start for band in levels[1:]] + [100.0]
    for band, end in zip(levels, bounds, strict=True):
        left, right = x_of(band.start), x_of(end)
        zones.add(Rect(left, y_top - plot_height, right - left, plot_height,
                       fillColor=tint(band.colour, 0.13), strokeColor=None))
        label = fit(band.label, 6.5, max(right - left - 2, 6), bold=True)
        zones.add(_label((left + right) / 2, y_top + 3, label, 6.5, "middle",
                         colour=colors.HexColor(band.colour), bold=True))
    drawing.add(zones, name="zones")

    axis = Group()
    axis_y = y_top - plot_height
    axis.add(Line(x0, axis_y, x1, axis_y, strokeColor=MUTED, strokeWidth=0.6))
    for tick in range(0, 101, 20):
        axis.add(Line(x_of(tick), axis_y, x_of(tick), axis_y - 3, strokeColor=MUTED,
                      strokeWidth=0.6))
        axis.add(String(x_of(tick), axis_y - 10, f"{tick} %", fontName=SANS, fontSize=6.5,
                        fillColor=MUTED, textAnchor="middle"))
    drawing.add(axis, name="axis")

    labels, inherent, residual, values = Group(), Group(), Group(), Group()
    bar = row * 0.32
    for index, section in enumerate(sections):
        top = y_top - index * row
        middle = top - row / 2
        title = f"{section.number}  {section.title}"
        labels.add(_label(label_width, middle - 2.5, fit(title, 7.5, label_width), 7.5,
                          "end"))
        inherent.add(Rect(x0, middle + 0.5, x_of(section.inherent) - x0, bar,
                          fillColor=INHERENT, strokeColor=None))
        residual.add(Rect(x0, middle - bar - 0.5, x_of(section.residual) - x0, bar,
                          fillColor=colors.HexColor(section.colour), strokeColor=None))
        values.add(String(x_of(section.inherent) + 3, middle + 1.2,
                          f"{section.inherent:.0f}", fontName=SANS, fontSize=6,
                          fillColor=MUTED))
        values.add(String(x_of(section.residual) + 3, middle - bar - 0.5 + 0.6,
                          f"{section.residual:.0f} %", fontName=SANS_BOLD, fontSize=6.5,
                          fillColor=INK))
    drawing.add(labels, name="labels")
    drawing.add(inherent, name="inherent")
    drawing.add(residual, name="residual")
    drawing.add(values, name="values")
    level_colours = [colors.HexColor(band.colour) for band in levels]
    drawing.add(_legend(x0, 1, [("Inherent risk", INHERENT, False),
                                ("Residual risk, in the colour of its level", level_colours,
                                 False)]),
                name="legend")
    return drawing
