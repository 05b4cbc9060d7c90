"""The charts as drawings, on their own."""

from __future__ import annotations

import math

import pytest
from reportlab.graphics.shapes import Drawing, Polygon, Rect

from raiassess.report.charts import (
    ChartSection,
    LevelBand,
    fit,
    label_text,
    radar_chart,
    risk_bars,
    wrap,
)
from raiassess.report.fonts import text_width

LEVELS = [LevelBand(0, "Low", "#2e7d32"), LevelBand(20, "Medium", "#9e9d24"),
          LevelBand(40, "High", "#ef6c00"), LevelBand(60, "Very high", "#c62828")]
SECTIONS = [ChartSection(1, "System context", 60, 50, "#ef6c00"),
            ChartSection(2, "Bias and fairness", 40, 30, "#9e9d24"),
            ChartSection(3, "Transparency", 20, 10, "#2e7d32"),
            ChartSection(4, "公平性 and privacy", 80, 65, "#c62828"),
            ChartSection(5, "Security", 0, 0, "#2e7d32")]


def part(drawing: Drawing, name: str):
    found = getattr(drawing, name, None)
    assert found is not None, f"the drawing has no part named {name}"
    return found


def test_radar_has_named_parts() -> None:
    drawing = radar_chart(SECTIONS, LEVELS, width=400, height=250)
    for name in ("zones", "grid", "inherent", "residual", "markers", "labels", "legend"):
        part(drawing, name)
    assert len(part(drawing, "zones").contents) == len(LEVELS)
    assert len(part(drawing, "markers").contents) == len(SECTIONS)


def test_radar_points_sit_at_their_percentages() -> None:
    drawing = radar_chart(SECTIONS, LEVELS, width=400, height=250)
    outer: Polygon = part(drawing, "grid").contents[4]  # the 100 % ring
    residual: Polygon = part(drawing, "residual")
    inherent: Polygon = part(drawing, "inherent")
    xs, ys = outer.points[0::2], outer.points[1::2]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    radius = math.dist((cx, cy), (xs[0], ys[0]))
    for index, section in enumerate(SECTIONS):
        for polygon, value in ((residual, section.residual), (inherent, section.inherent)):
            x, y = polygon.points[2 * index], polygon.points[2 * index + 1]
            assert math.dist((cx, cy), (x, y)) == pytest.approx(radius * value / 100)


def test_radar_labels_name_each_section() -> None:
    drawing = radar_chart(SECTIONS, LEVELS, width=400, height=250)
    texts = label_text(part(drawing, "labels"))
    for section in SECTIONS:
        assert any(t.startswith(f"{section.number}  ") for t in texts)
    assert any("公平性" in t for t in texts)


def test_radar_with_many_sections_uses_numbers() -> None:
    many = [ChartSection(i, f"Section {i}", i, i / 2, "#2e7d32") for i in range(1, 31)]
    texts = label_text(part(radar_chart(many, LEVELS), "labels"))
    assert texts == [str(i) for i in range(1, 31)]


def test_radar_needs_three_sections() -> None:
    with pytest.raises(ValueError, match="three"):
        radar_chart(SECTIONS[:2], LEVELS)


def test_bars_are_proportional_and_coloured_by_level() -> None:
    drawing = risk_bars(SECTIONS, LEVELS, width=480)
    residual = part(drawing, "residual").contents
    inherent = part(drawing, "inherent").contents
    assert len(residual) == len(inherent) == len(SECTIONS)
    full = residual[3].width / 0.65
    for bar, section in zip(residual, SECTIONS, strict=True):
        assert isinstance(bar, Rect)
        assert bar.width == pytest.approx(full * section.residual / 100)
        assert bar.fillColor.hexval().lower() == "0x" + section.colour[1:]
    for bar, section in zip(inherent, SECTIONS, strict=True):
        assert bar.width == pytest.approx(full * section.inherent / 100)
    assert label_text(part(drawing, "zones")) == ["Low", "Medium", "High", "Very high"]


def test_bars_grow_with_sections() -> None:
    small = risk_bars(SECTIONS[:2], LEVELS)
    large = risk_bars(SECTIONS, LEVELS)
    assert large.height - small.height == pytest.approx(3 * 19.0)


def test_values_out_of_range_are_clamped() -> None:
    odd = [ChartSection(1, "A", 150, -5, "#2e7d32"), ChartSection(2, "B", 0, 0, "#2e7d32"),
           ChartSection(3, "C", 50, 50, "#2e7d32")]
    drawing = risk_bars(odd, LEVELS)
    widths = [bar.width for bar in part(drawing, "inherent").contents]
    assert widths[0] == pytest.approx(widths[2] * 2)
    assert part(drawing, "residual").contents[0].width == 0
    radar_chart(odd, LEVELS)


def test_fit_cuts_with_an_ellipsis() -> None:
    assert fit("Short", 8, 200) == "Short"
    cut = fit("A rather long section title that will not fit", 8, 60)
    assert cut.endswith("…")
    assert text_width(cut, 8) <= 60


def test_wrap_uses_two_lines_then_cuts() -> None:
    lines = wrap("Content quality and authenticity of generated media", 7, 80, 2)
    assert len(lines) == 2
    assert all(text_width(line, 7) <= 80 for line in lines)
    assert lines[1].endswith("…")
