"""Right-to-left text: Arabic letters joined, every line drawn in the order a reader sees.

The paragraph tests record the strings ReportLab writes into the PDF, line by line and
in drawing order (left to right), with where each line starts.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus import Table

from raiassess.report.charts import ChartSection, LevelBand, label_text, risk_bars
from raiassess.report.fonts import SANS, SANS_BOLD
from raiassess.report.markup import block_markup, escape
from raiassess.report.rtl import Paragraph, shape, visual
from raiassess.report.styles import make_styles
from raiassess.report.template import draw_runs

ARABIC = "تمت مراجعة النموذج من قبل فريق حماية البيانات"
SALAM = "\ufee1\ufefc\ufeb3"
"""سلام as drawn: meem (isolated), lam-alef (final ligature), seen (initial), left to right."""

Line = tuple[str, float]
"""One drawn line: its text left to right, and the x where it starts."""


def mirrored_words(line: str) -> str:
    """A drawn right-to-left line read back in typed order (for lines of RTL words only)."""
    return " ".join(word[::-1] for word in reversed(line.split(" ")))


@pytest.fixture
def draw(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[Line]]:
    """Draw markup as a paragraph of the given width; the lines written to the PDF."""
    original = PDFTextObject._textOut

    def draw(markup: str, width: float, style: Any = None,
             paragraph: type = Paragraph) -> list[Line]:
        lines: list[Line] = []
        pieces: list[str] = []
        start: list[float] = []

        def record(tx: PDFTextObject, text: str, TStar: int = 0) -> None:
            if not pieces:
                start.append(tx._x0)
            pieces.append(text)
            if TStar:
                lines.append(("".join(pieces), start.pop()))
                pieces.clear()
            original(tx, text, TStar)

        monkeypatch.setattr(PDFTextObject, "_textOut", record)
        para = paragraph(markup, style or make_styles().body)
        para.wrap(width, 1000)
        para.drawOn(Canvas(io.BytesIO()), 0, 0)
        monkeypatch.setattr(PDFTextObject, "_textOut", original)
        return lines

    return draw


# --- one line --------------------------------------------------------------------------


def test_arabic_letters_are_joined() -> None:
    assert shape("سلام") == "\ufeb3\ufefc\ufee1"  # typed order, contextual forms
    assert shape(ARABIC) != ARABIC
    assert "\ufe97\ufee4\ufe96" in shape(ARABIC)  # تمت: teh initial, meem medial, teh final


def test_word_the_font_cannot_join_keeps_its_letters() -> None:
    # DejaVu Sans lacks the joined forms of Urdu's heh goal (U+06C1): the word keeps
    # its letters as typed, the other word is joined.
    assert shape("سلام بہت") == "\ufeb3\ufefc\ufee1 بہت"


def test_one_line_in_display_order() -> None:
    assert visual("سلام") == SALAM
    assert visual("שלום עולם") == "םלוע םולש"
    # An English sentence with an Arabic name keeps its order around the name.
    assert visual("Reviewed by سلام (v2) today.") == f"Reviewed by {SALAM} (v2) today."
    # A right-to-left sentence: its full stop on the left, brackets mirrored.
    assert visual("שלום (עולם).") == ".(םלוע) םולש"
    assert visual("سلام 2024") == f"2024 {SALAM}"


def test_vowel_marks_stay_after_their_letter() -> None:
    assert visual("مّ") == "\ufee1\u0651"  # meem, then the shadda the font puts over it


def test_left_to_right_text_is_untouched() -> None:
    for text in ("Plain English (v2).", "模型 <System> & 👍", "Ünïcödé — ok", ""):
        assert visual(text) is text
        assert shape(text) is text


def test_header_line_is_drawn_in_display_order() -> None:
    drawn: list[tuple[str, str]] = []

    class Recorder:
        font = ""

        def setFont(self, name: str, size: float) -> None:
            self.font = name

        def drawString(self, x: float, y: float, text: str) -> None:
            drawn.append((self.font, text))

    draw_runs(Recorder(), 0, 0, "System سلام", 8, bold=True)  # type: ignore[arg-type]
    assert drawn == [(SANS_BOLD, f"System {SALAM}")]


def test_chart_label_is_drawn_in_display_order() -> None:
    drawing = risk_bars([ChartSection(1, "سلام", 50, 40, "#ef6c00")],
                        [LevelBand(0, "Low", "#2e7d32")])
    assert label_text(drawing.labels) == [f"{SALAM} 1"]  # a right-to-left label


# --- paragraphs ------------------------------------------------------------------------


def test_wrapped_paragraph_is_reordered_line_by_line(draw: Callable[..., list[Line]]) -> None:
    lines = draw(escape(ARABIC), 80)
    assert len(lines) >= 3
    texts = [text.strip() for text, _ in lines]
    # The first words typed are on the first line, at its right end.
    assert texts[0].endswith(shape("تمت")[::-1])
    assert texts[-1].startswith(shape("البيانات")[::-1])
    # Read back right to left, line after line, the lines give the text as typed.
    assert " ".join(mirrored_words(text) for text in texts) == shape(ARABIC)


def test_right_to_left_paragraph_starts_at_the_right(draw: Callable[..., list[Line]]) -> None:
    style = make_styles().body
    for text, x in draw(escape(ARABIC), 110):
        right = x + stringWidth(text.rstrip(), SANS, style.fontSize)
        assert right == pytest.approx(110, abs=0.5)
    assert all(x == 0 for _, x in draw(escape("Reviewed by سلام and many others too"), 110))


def test_styled_paragraph_is_reordered_line_by_line(draw: Callable[..., list[Line]]) -> None:
    lines = draw("<b>Note:</b> " + escape(ARABIC), 150)
    assert len(lines) >= 2
    first = lines[0][0]
    assert first.startswith("Note: ")  # a left-to-right paragraph: its label stays first
    assert first.endswith(shape("تمت")[::-1])
    assert " ".join(mirrored_words(text.replace("Note: ", "").strip())
                    for text, _ in lines) == shape(ARABIC)


def test_english_sentence_with_arabic_name(draw: Callable[..., list[Line]]) -> None:
    lines = draw("<b>Owner:</b> " + escape("Reviewed by سلام on Monday."), 400)
    assert lines == [(f"Owner: Reviewed by {SALAM} on Monday.", 0)]


def test_each_typed_line_has_its_own_direction(draw: Callable[..., list[Line]]) -> None:
    lines = draw(block_markup("First line.\nسلام 2024."), 400)
    assert [text for text, _ in lines] == ["First line.", f".2024 {SALAM}"]
    assert lines[0][1] == 0 and lines[1][1] > 100


def test_table_cells_are_reordered(monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    original = PDFTextObject._textOut

    def record(tx: PDFTextObject, text: str, TStar: int = 0) -> None:
        written.append(text)
        original(tx, text, TStar)

    monkeypatch.setattr(PDFTextObject, "_textOut", record)
    table = Table([["", Paragraph(escape("Owner سلام"), make_styles().cell)]],
                  colWidths=[50, 100])
    table.wrap(150, 100)
    table.drawOn(Canvas(io.BytesIO()), 0, 0)
    assert written == [f"Owner {SALAM}"]


@pytest.mark.parametrize("markup", [
    "Plain text that wraps over several lines of a narrow paragraph, as most do.",
    "<b>Note:</b> " + escape("模型 <System> & 👍 Ünïcödé — tab and bell\ufffd"),
    '<a href="https://example.org" color="#1d4e89">a link</a> and <i>italic</i> text',
])
def test_left_to_right_paragraphs_draw_exactly_as_before(markup: str) -> None:
    def pdf(paragraph: type) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, invariant=1)
        para = paragraph(markup, make_styles().body)
        para.wrap(120, 1000)
        para.drawOn(canvas, 0, 0)
        canvas.save()
        return out.getvalue()

    assert pdf(Paragraph) == pdf(PlainParagraph)
