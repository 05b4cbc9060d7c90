"""Turning what users typed into ReportLab paragraph markup, safely and verbatim.

Every string that comes from a user (system names, answers, notes, evidence, actions,
comments) reaches the PDF through :func:`escape` or :func:`text_blocks`, never by
string formatting into markup. Together they

* escape ``&``, ``<`` and ``>`` so markup-like text prints as typed;
* replace control characters and lone surrogates, which cannot be encoded, by U+FFFD;
* draw Chinese, Japanese and Korean runs in the CJK fallback font;
* join Arabic letters (right-to-left lines are put in display order when drawn, by
  :class:`raiassess.report.rtl.Paragraph`, which every paragraph here is);
* cut long text into paragraphs of bounded size, so a 100,000-character note flows
  over as many pages as it needs instead of forming one block too big for a page.

Words longer than a line (a 5,000-character URL, text without spaces) are broken at
the line's edge by ReportLab itself (``splitLongWords``, on in every style here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from raiassess.report.fonts import SANS, font_runs, text_width
from raiassess.report.rtl import Paragraph, shape
from raiassess.report.styles import ACCENT_HEX, MUTED_HEX

CHUNK = 2500
"""The most characters of user text in one paragraph."""

_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_LINK_SCHEMES = ("http://", "https://", "mailto:")


def clean(text: str) -> str:
    """Text with unencodable characters replaced, line ends unified and tabs as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNPRINTABLE.sub("\ufffd", text)


def escape(text: str) -> str:
    """Paragraph markup that prints ``text`` exactly as typed, on one line of markup.

    Line breaks in the text become spaces; use :func:`text_blocks` for text whose
    lines matter.
    """
    return _runs_markup(clean(text).replace("\n", " "))


def _runs_markup(text: str) -> str:
    parts = []
    for font, run in font_runs(shape(text)):
        escaped = xml_escape(run)
        parts.append(escaped if font == SANS else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def link(target: str, label: str | None = None) -> str:
    """Markup for an evidence target: clickable when it is a web or mail address."""
    shown = escape(label if label is not None else target)
    target = clean(target).strip()
    if target.lower().startswith(_LINK_SCHEMES) and not any(c.isspace() for c in target):
        href = xml_escape(target, {'"': "&quot;"})
        return f'<a href="{href}" color="{ACCENT_HEX}">{shown}</a>'
    return shown


def coloured(markup: str, hex_colour: str, *, bold: bool = False,
             italic: bool = False) -> str:
    """Paragraph markup (already escaped) in a colour, optionally bold or italic."""
    if bold:
        markup = f"<b>{markup}</b>"
    if italic:
        markup = f"<i>{markup}</i>"
    return f'<font color="{hex_colour}">{markup}</font>'


def muted(markup: str) -> str:
    """Markup for what is not there ("none", "not given"): grey italics."""
    return coloured(markup, MUTED_HEX, italic=True)


def fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """The text on one line, cut with an ellipsis if it is wider than ``width`` points."""
    text = " ".join(clean(text).split())
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap(text: str, size: float, width: float, lines: int) -> list[str]:
    """Break text into at most ``lines`` lines of ``width`` points; the last is cut."""
    words = " ".join(clean(text).split()).split(" ")
    result: list[str] = []
    while words and len(result) < lines - 1:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size) <= width:
            line = f"{line} {words.pop(0)}"
        result.append(fit(line, size, width))
    if words:
        result.append(fit(" ".join(words), size, width))
    return result


def chunks(text: str, size: int = CHUNK) -> Iterator[str]:
    """Split text into pieces of at most ``size`` characters, at line ends where possible.

    A line longer than ``size`` is cut after its last sentence in the final third
    before the limit, else at its last space, else at the limit itself (CJK text, a
    very long word).
    """
    text = _BLANK_LINES.sub("\n\n", clean(text).strip("\n"))
    piece: list[str] = []
    length = 0
    for whole_line in text.split("\n"):
        line = whole_line
        while len(line) > size:
            cut = line.rfind(". ", size * 2 // 3, size - 1) + 1
            if cut <= 0:
                cut = line.rfind(" ", size // 2, size)
            cut = cut if cut > 0 else size
            if piece:
                yield "\n".join(piece)
                piece, length = [], 0
            yield line[:cut]
            line = line[cut:].lstrip(" ")
        if piece and length + len(line) + 1 > size:
            yield "\n".join(piece)
            piece, length = [], 0
        piece.append(line)
        length += len(line) + 1
    if piece and any(part.strip() for part in piece):
        yield "\n".join(piece)


def block_markup(text: str) -> str:
    """Markup for text whose line breaks are kept (each line ends with ``<br/>``)."""
    return "<br/>".join(_runs_markup(line) for line in text.split("\n"))


@cache  # the styles are built once per process, so this stays small
def _joined(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-joined", parent=style, spaceAfter=0)


def text_blocks(text: str, style: ParagraphStyle, lead: str = "",
                continued_style: ParagraphStyle | None = None) -> list[Flowable]:
    """Paragraphs that print user text verbatim, its line breaks kept, in bounded pieces.

    ``lead`` is trusted markup put before the first piece (e.g. ``<b>Note:</b>``).
    """
    flowables: list[Flowable] = []
    pieces = list(chunks(text))
    for index, piece in enumerate(pieces):
        markup = block_markup(piece)
        if index == 0 and lead:
            markup = f"{lead} {markup}"
        chosen = style if index == 0 or continued_style is None else continued_style
        if index < len(pieces) - 1:
            # A piece is cut from a longer text: no paragraph gap before the next one.
            chosen = _joined(chosen)
        flowables.append(Paragraph(markup, chosen))
    if not flowables and lead:
        flowables.append(Paragraph(lead, style))
    return flowables
