"""The report's fonts: DejaVu Sans for most scripts, then fallbacks for CJK and emoji.

ReportLab draws each run of text in one font and does no fallback of its own, so a
Chinese answer set in DejaVu Sans would print as empty boxes (and be lost from the
text layer). This module splits text into runs by which bundled font has a glyph for
each character (read from the fonts' own character maps) and names the font to use
for each run. Fallback fonts are read from disk only when some text needs them: most
reports never do.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from raiassess.core.paths import shipped_dir

SANS = "RaiSans"
"""The family name paragraphs use; ``<b>`` and ``<i>`` pick its other faces."""
SANS_BOLD = "RaiSans-Bold"
SANS_ITALIC = "RaiSans-Oblique"
SANS_BOLD_ITALIC = "RaiSans-BoldOblique"
CJK = "RaiCJK"
"""The fallback font for Chinese, Japanese and Korean (one weight only)."""
SYMBOLS = "RaiSymbols"
"""The fallback font for emoji and symbols DejaVu Sans lacks (one weight only)."""
FALLBACKS = (CJK, SYMBOLS)
"""Tried in this order for characters DejaVu Sans has no glyph for."""

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CJK: "DroidSansFallback.ttf",
    SYMBOLS: "Symbola-subset.ttf",
}

_lock = threading.Lock()


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one font subset, correct beyond the Basic Multilingual Plane.

    ReportLab writes each code point as plain hex (``<1F44D>``), which is not valid
    UTF-16 for emoji and other characters above U+FFFF: PDF readers then cannot copy
    or search them. Here such characters are written as UTF-16 surrogate pairs.
    """
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) "
        "/Supplement 0 >> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


# ReportLab looks the function up in its module each time it writes a font subset.
ttfonts.makeToUnicodeCMap = _to_unicode_cmap
_registered: set[str] = set()


def resources_dir() -> Path:
    """The ``resources`` folder: inside the installed package, else at the checkout's root."""
    return shipped_dir("resources")


def font_path(name: str) -> Path:
    """The TrueType file behind one of the report's font names."""
    return resources_dir() / "fonts" / _FILES[name]


def _register(name: str) -> TTFont:
    # Registration happens once per process; the GUI may export from a worker thread
    # while another export runs, hence the lock.
    with _lock:
        if name not in _registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
            _registered.add(name)
    return pdfmetrics.getFont(name)


def register_fonts() -> None:
    """Register the DejaVu Sans family with ReportLab (cheap after the first call)."""
    if SANS in _registered and SANS_BOLD_ITALIC in _registered:
        return
    for name in (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC):
        _register(name)
    with _lock:
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)


def _register_fallback(name: str) -> None:
    if name in _registered:
        return
    _register(name)
    with _lock:
        # One face serves every style, so <b> inside a fallback run keeps working.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)


@cache
def _sans_chars() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)


@cache
def _fallback_chars(name: str) -> frozenset[int]:
    _register_fallback(name)
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@cache
def _font_for_code(code: int) -> str:
    for name in FALLBACKS:
        if code in _fallback_chars(name):
            return name
    return SANS


def font_for(char: str) -> str:
    """The font to draw one character in: a fallback only where DejaVu Sans lacks it."""
    code = ord(char)
    if code < 0x80 or code in _sans_chars():
        return SANS
    return _font_for_code(code)


def font_runs(text: str) -> Iterator[tuple[str, str]]:
    """Split text into ``(font name, run)`` pieces, each drawable in one font.

    Characters neither font has stay in the main font (they print as a box but keep
    their place in the text, so copying or extracting the text still finds them).
    """
    if text.isascii():
        yield SANS, text
        return
    start = 0
    current = SANS
    for index, char in enumerate(text):
        font = font_for(char)
        if font != current:
            if index > start:
                yield current, text[start:index]
            start, current = index, font
    if start < len(text):
        yield current, text[start:]


def in_main_font(text: str) -> bool:
    """Whether DejaVu Sans has a glyph for every character of the text."""
    chars = _sans_chars()
    return all(ord(char) in chars for char in text)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of text in points, each run measured in the font it uses."""
    register_fonts()
    main = SANS_BOLD if bold else SANS
    return float(sum(stringWidth(run, main if font == SANS else font, size)
                     for font, run in font_runs(text)))
