"""Right-to-left text (Arabic, Hebrew): Arabic letters joined, and every line in the
order a reader sees it.

ReportLab draws the characters of a line left to right in the order they are stored
and draws every character in its own isolated form. Two steps make Arabic and Hebrew
readable:

* :func:`shape` replaces Arabic letters by their contextual forms (initial, medial,
  final, isolated; lam-alef ligatures) from Unicode's Arabic Presentation Forms, which
  DejaVu Sans has. It works on text in the order it was typed and does not change
  where lines may break, so it is done once, when user text becomes markup.
* the Unicode bidirectional algorithm puts each *line* in display order, after the
  line breaking: :class:`Paragraph` breaks lines in typed order, as ReportLab always
  does, and reorders each line only when drawing it; :func:`visual` does the same for
  a one-line string drawn on the canvas (headers, chart labels).

Text without right-to-left characters takes none of these steps. The PDF holds what
is drawn: presentation forms in display order. Copying or extracting such text gives
what a reader sees; ``unicodedata.normalize("NFKC", ...)`` turns the forms back into
the letters typed.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

import bidi  # type: ignore[import-untyped]
from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
from bidi import algorithm as uba
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import paragraph

from raiassess.report.fonts import in_main_font

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana...) and their
presentation forms: what makes a line need reordering."""
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_SPACES = re.compile(r"(\s+)")

_RESHAPER = ArabicReshaper({
    "delete_harakat": False,  # keep the vowel marks typed; they are kept on their letter
    "support_ligatures": True,
    "ARABIC LIGATURE ALLAH": False,  # only the lam-alef ligatures, which every font has
})


def has_rtl(text: str) -> bool:
    """Whether the text holds any right-to-left character."""
    return not text.isascii() and _RTL.search(text) is not None


def shape(text: str) -> str:
    """The text with Arabic letters in their contextual (joined) forms, in typed order.

    A word whose joined forms the report's font lacks keeps its letters as typed
    (unjoined, but every letter printed).
    """
    if text.isascii() or _ARABIC.search(text) is None:
        return text
    shaped: str = _RESHAPER.reshape(text)
    if in_main_font(shaped):
        return shaped
    return "".join(_shape_word(part) for part in _SPACES.split(text))


def _shape_word(word: str) -> str:
    shaped: str = _RESHAPER.reshape(word) if _ARABIC.search(word) else word
    return shaped if in_main_font(shaped) else word


def _base_is_rtl(text: str) -> bool:
    """The direction of a paragraph of text: that of its first strong character."""
    return bool(bidi.get_base_level(text))


def display_order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """One line's characters in display order, as (index in ``text``, character drawn).

    ``rtl`` is the direction of the paragraph the line belongs to. Brackets in
    right-to-left runs are mirrored; invisible direction marks are left out; a
    combining mark stays after its letter, where the font places it.
    """
    storage = uba.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    chars = storage["chars"]
    order: list[tuple[int, str]] = []
    marks: list[tuple[int, str]] = []
    for char in chars:
        item = (char["index"], char["ch"])
        if char["level"] % 2 and unicodedata.combining(char["ch"]):
            marks.append(item)  # reversed with its run: it now precedes its letter
            continue
        order.append(item)
        order += reversed(marks)
        marks = []
    return order + marks


def visual(text: str) -> str:
    """One line of text as drawn: Arabic joined, right-to-left runs in display order."""
    if not has_rtl(text):
        return text
    text = shape(text)
    return "".join(char for _, char in display_order(text, _base_is_rtl(text)))


# --- paragraphs ------------------------------------------------------------------------


class Paragraph(paragraph.Paragraph):  # type: ignore[misc]
    """ReportLab's paragraph, drawing right-to-left runs in display order, line by line.

    Lines are broken in typed order; each is reordered only when drawn, so a word that
    wraps to the next line takes its place in that line's order, and splitting a
    paragraph across pages works on the typed order as before. A typed line whose
    direction is right to left (its first letter is Arabic or Hebrew) starts at the
    right edge when the style aligns left. Paragraphs without right-to-left characters
    are drawn as ReportLab draws them.
    """

    blPara: Any
    """The broken lines (set by ``wrap``), in typed order."""

    def drawPara(self, debug: int = 0) -> None:
        logical = self.blPara
        visual_lines = _visual_lines(logical)
        if visual_lines is None:
            super().drawPara(debug)
            return
        self.blPara, starts = visual_lines
        # ReportLab starts each line at its entry in _offsets (set only by flowables
        # that wrap text around an image, which this report has none of).
        start_right = self.style.alignment == TA_LEFT and "_offsets" not in self.__dict__
        if start_right:
            self._offsets = starts
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical
            if start_right:
                del self._offsets


def _frag_text(frag: Any) -> str:
    return "" if hasattr(frag, "cbDefn") else str(getattr(frag, "text", ""))


def _visual_lines(para: Any) -> tuple[Any, list[float]] | None:
    """The paragraph's broken lines in display order, and where each starts in a
    left-aligned paragraph; None when no line needs reordering."""
    lines = para.lines
    if para.kind == 0:  # one style, one typed line: lines are (extra space, words)
        texts = [" ".join(words) for _, words in lines]
        if not any(has_rtl(text) for text in texts):
            return None
        rtl = _base_is_rtl(" ".join(texts))
        drawn = copy.copy(para)
        drawn.lines = [(space, _reorder(text, rtl).split(" ")) for (space, _), text
                       in zip(lines, texts, strict=True)]
        return drawn, [space if rtl else 0.0 for space, _ in lines]
    texts = ["".join(_frag_text(frag) for frag in line.words) for line in lines]
    if not any(has_rtl(text) for text in texts):
        return None
    drawn = copy.copy(para)
    drawn.lines = []
    starts: list[float] = []
    # A typed line break (<br/>) starts a new bidi paragraph with its own direction.
    first = 0
    for end, line in enumerate(lines, 1):
        if end < len(lines) and not getattr(line, "lineBreak", False):
            continue
        rtl = _base_is_rtl(" ".join(texts[first:end]))
        for index in range(first, end):
            shown = lines[index]
            if rtl or has_rtl(texts[index]):
                shown = copy.copy(shown)
                shown.words = _reorder_frags(shown.words, rtl)
            drawn.lines.append(shown)
            starts.append(shown.extraSpace if rtl else 0.0)
        first = end
    return drawn, starts


def _reorder(text: str, rtl: bool) -> str:
    return "".join(char for _, char in display_order(text, rtl))


def _reorder_frags(frags: list[Any], rtl: bool) -> list[Any]:
    """One line's fragments (runs of one style) in display order.

    Each fragment's characters go where the bidirectional algorithm puts them; a
    fragment whose characters end up apart is drawn in pieces. Fragments without text
    (anchors, callbacks) stay at the line's start or end, as they were.
    """
    texts = [_frag_text(frag) for frag in frags]
    owner = [number for number, text in enumerate(texts) for _ in text]
    first = next((n for n, text in enumerate(texts) if text), len(frags))
    lead = [frag for frag, text in zip(frags[:first], texts, strict=False) if not text]
    tail = [frag for frag, text in zip(frags[first:], texts[first:], strict=True)
            if not text]
    runs: list[tuple[int, list[str]]] = []
    for index, char in display_order("".join(texts), rtl):
        if runs and runs[-1][0] == owner[index]:
            runs[-1][1].append(char)
        else:
            runs.append((owner[index], [char]))
    pieces = []
    for number, chars in runs:
        piece = copy.copy(frags[number])
        piece.text = "".join(chars)
        pieces.append(piece)
    return lead + pieces + tail
