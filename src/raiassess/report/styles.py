"""The report's look: paper sizes, colours and paragraph styles, defined once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from raiassess.report.fonts import SANS, SANS_BOLD, register_fonts

PAPER_SIZES = {"a4": A4, "letter": LETTER}

# Each colour as text, for paragraph markup (<font color="...">), and as a ReportLab colour.
INK_HEX = "#1f2933"
MUTED_HEX = "#52606d"
FAINT_HEX = "#9aa5b1"
RULE_HEX = "#cbd2d9"
ACCENT_HEX = "#1d4e89"
TINT_HEX = "#eef2f7"
WARN_HEX = "#b42318"
CAUTION_HEX = "#b54708"
GOOD_HEX = "#2e7d32"

INK = colors.HexColor(INK_HEX)
MUTED = colors.HexColor(MUTED_HEX)
FAINT = colors.HexColor(FAINT_HEX)
RULE = colors.HexColor(RULE_HEX)
ACCENT = colors.HexColor(ACCENT_HEX)
TINT = colors.HexColor(TINT_HEX)
WARN = colors.HexColor(WARN_HEX)
INHERENT = FAINT
"""Inherent risk in charts: grey, what the risk would be without mitigation."""
UNSCORED_HEX = FAINT_HEX
"""A section with nothing scored: grey, not a level's colour."""

ACTION_STATUS_HEX = {"open": ACCENT_HEX, "in_progress": CAUTION_HEX, "done": GOOD_HEX,
                     "cancelled": MUTED_HEX}

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
INDENT = 30
"""Where question text, answers and details start; question numbers sit left of it."""


def hex_of(colour: colors.Color) -> str:
    """A ReportLab colour as markup text: ``#rrggbb``."""
    return "#" + str(colour.hexval())[2:]


def text_on(hex_colour: str) -> colors.Color:
    """White or ink, whichever reads better on a level's colour."""
    colour = colors.HexColor(hex_colour)
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return colors.white if luminance < 0.6 else INK


def tint(hex_colour: str, share: float = 0.15) -> colors.Color:
    """A pale version of a colour, for backgrounds."""
    colour = colors.HexColor(hex_colour)
    return colors.Color(1 - share * (1 - colour.red), 1 - share * (1 - colour.green),
                        1 - share * (1 - colour.blue))


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the report uses."""

    body: ParagraphStyle
    body_indent: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    chapter: ParagraphStyle
    section: ParagraphStyle
    subheading: ParagraphStyle
    subheading_free: ParagraphStyle
    question: ParagraphStyle
    comment_head: ParagraphStyle
    answer: ParagraphStyle
    answer_more: ParagraphStyle
    missing: ParagraphStyle
    detail: ParagraphStyle
    detail_more: ParagraphStyle
    facts: ParagraphStyle
    badge: ParagraphStyle
    toc_chapter: ParagraphStyle
    toc_section: ParagraphStyle
    mono: ParagraphStyle
    centered: ParagraphStyle


@cache
def make_styles() -> Styles:
    """The styles, built once (fonts are registered on the way); never modify them."""
    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4, splitLongWords=1,
                          allowWidows=0, allowOrphans=0)

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        body_indent=derive("body_indent", leftIndent=INDENT),
        small=derive("small", fontSize=8, leading=10.5, spaceAfter=2),
        muted=derive("muted", fontSize=8.5, leading=11.5, textColor=MUTED),
        cell=derive("cell", fontSize=8.5, leading=11, spaceAfter=0),
        cell_bold=derive("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11,
                         spaceAfter=0),
        cell_right=derive("cell_right", fontSize=8.5, leading=11, spaceAfter=0,
                          alignment=TA_RIGHT),
        cell_head=derive("cell_head", fontName=SANS_BOLD, fontSize=8, leading=10,
                         spaceAfter=0, textColor=MUTED),
        cover_kicker=derive("cover_kicker", fontName=SANS_BOLD, fontSize=10, leading=14,
                            textColor=ACCENT, spaceAfter=6),
        cover_title=derive("cover_title", fontName=SANS_BOLD, fontSize=24, leading=30,
                           spaceAfter=6),
        cover_subtitle=derive("cover_subtitle", fontSize=12, leading=16, textColor=MUTED,
                              spaceAfter=18),
        chapter=derive("chapter", fontName=SANS_BOLD, fontSize=17, leading=22,
                       textColor=ACCENT, spaceBefore=0, spaceAfter=10, keepWithNext=1),
        section=derive("section", fontName=SANS_BOLD, fontSize=13, leading=17,
                       textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        subheading=derive("subheading", fontName=SANS_BOLD, fontSize=10.5, leading=14,
                          spaceBefore=10, spaceAfter=4, keepWithNext=1),
        subheading_free=derive("subheading_free", fontName=SANS_BOLD, fontSize=10.5,
                               leading=14, spaceBefore=10, spaceAfter=4),
        question=derive("question", fontName=SANS_BOLD, fontSize=9.5, leading=13,
                        spaceAfter=2, keepWithNext=1, leftIndent=INDENT, bulletIndent=0,
                        bulletFontName=SANS_BOLD, bulletFontSize=9.5,
                        bulletColor=ACCENT),
        comment_head=derive("comment_head", fontName=SANS_BOLD, fontSize=9, leading=12,
                            spaceBefore=6, spaceAfter=2, keepWithNext=1, textColor=MUTED),
        answer=derive("answer", leftIndent=INDENT, spaceAfter=2),
        answer_more=derive("answer_more", leftIndent=INDENT, spaceAfter=2),
        missing=derive("missing", leftIndent=INDENT, spaceAfter=2, textColor=WARN),
        detail=derive("detail", leftIndent=INDENT, fontSize=8.5, leading=11.5, spaceAfter=2,
                      textColor=INK),
        detail_more=derive("detail_more", leftIndent=INDENT, fontSize=8.5, leading=11.5,
                           spaceAfter=2),
        facts=derive("facts", leftIndent=INDENT, fontSize=7.5, leading=10, spaceAfter=0,
                     textColor=MUTED),
        badge=derive("badge", fontName=SANS_BOLD, fontSize=11, leading=14,
                     alignment=TA_CENTER, spaceAfter=0),
        toc_chapter=derive("toc_chapter", fontName=SANS_BOLD, fontSize=10.5, leading=15,
                           spaceBefore=5, spaceAfter=0),
        toc_section=derive("toc_section", fontSize=9.5, leading=13, leftIndent=16,
                           firstLineIndent=0, spaceAfter=0),
        mono=derive("mono", fontName="Courier", fontSize=9.5, leading=13),
        centered=derive("centered", alignment=TA_CENTER),
    )
