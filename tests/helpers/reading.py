"""Reading a rendered report back with pypdf, as the report tests compare it."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

#: The generation time the report tests print, so that reports compare byte for byte.
GENERATED = dt.datetime(2025, 4, 15, 9, 30, tzinfo=dt.UTC)
_PAGE_LINE = re.compile(r"(?m)^Page \d+( of \d+)?$")

_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")


@dataclass
class ReadBack:
    """A rendered report and what pypdf reads from it."""

    data: bytes
    reader: PdfReader
    pages: list[str]
    """The text of each page, without its header and footer."""
    raw_pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All body text with every whitespace removed (lines wrap anywhere).

        The report draws right-to-left text in display order with Arabic letters in
        their joined forms; pypdf reads each line of it back in typed order, and NFKC
        turns the joined forms (only those) back into the letters typed.
        """
        return flatten(read_as_typed(self.text))


def read_as_typed(text: str) -> str:
    """Extracted text with Arabic presentation forms replaced by the letters they show."""
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def flatten(text: str) -> str:
    """Text without whitespace, to compare with text that wrapped across lines."""
    return re.sub(r"\s+", "", text)


def body_of(page_text: str) -> str:
    """A page's text without its header and footer, which pypdf reads first."""
    match = _PAGE_LINE.search(page_text)
    assert match is not None, page_text[:200]
    return page_text[match.end():].lstrip("\n")


def read_back(data: bytes) -> ReadBack:
    reader = PdfReader(io.BytesIO(data))
    raw = [page.extract_text() or "" for page in reader.pages]
    return ReadBack(data, reader, [body_of(text) for text in raw], raw)
