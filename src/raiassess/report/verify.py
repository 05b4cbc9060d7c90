"""Reading a report's fingerprint back, and checking it against an assessment record."""

from __future__ import annotations

import io
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from raiassess.core.answers import AnswersFile
from raiassess.core.files import UnreadableFile, read_limited
from raiassess.core.fingerprint import assessment_fingerprint
from raiassess.core.questionnaire import Questionnaire
from raiassess.report.document import KEYWORD_PREFIX
from raiassess.report.template import FINGERPRINT_KEY

_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEYWORD = re.compile(re.escape(KEYWORD_PREFIX) + r"([0-9a-f]{64})")
# The appendix prints the fingerprint in eight groups of eight after this sentence.
_PRINTED = re.compile(r"made from\s*\(SHA-256\):\s*((?:[0-9a-f]{8}\s*){8})")
_TEXT_PAGES = 4
"""How many pages from the end are searched when the metadata has no fingerprint."""


class ReportReadError(Exception):
    """The file cannot be read as a PDF; the message says why in one sentence."""


@dataclass(frozen=True)
class Verification:
    """The result of checking a report against an assessment record."""

    report_fingerprint: str | None
    """What the report says, or None if it carries no fingerprint."""
    record_fingerprint: str
    """What the record gives now."""

    @property
    def matches(self) -> bool:
        """Whether the report was made from exactly this record."""
        return self.report_fingerprint == self.record_fingerprint


def read_report_fingerprint(pdf: str | os.PathLike[str] | bytes | BinaryIO) -> str | None:
    """The assessment fingerprint a raiassess report carries, or None if it has none.

    Looks in the document information (our own key, then the keywords) and, for a
    copy that lost its metadata (e.g. printed to PDF again), in the text of the
    appendix. Raises ReportReadError if the file is not a readable PDF.
    """
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    # pypdf logs what it repairs in damaged files; the user gets our one sentence instead.
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        return _read_fingerprint(pdf)
    finally:
        pypdf_log.setLevel(level)


def _read_fingerprint(pdf: str | os.PathLike[str] | bytes | BinaryIO) -> str | None:
    name = str(pdf) if isinstance(pdf, str | os.PathLike) else "the report"
    try:
        reader = _reader(pdf)
        info: dict[str, object] = dict(reader.metadata or {})
        for value in (info.get("/" + FINGERPRINT_KEY), info.get("/Keywords")):
            found = _from_metadata(value)
            if found:
                return found
        pages = reader.pages
        for index in range(len(pages) - 1, max(-1, len(pages) - 1 - _TEXT_PAGES), -1):
            match = _PRINTED.search(pages[index].extract_text() or "")
            if match:
                return "".join(match.group(1).split())
    except FileNotFoundError:
        raise ReportReadError(f"{name}: no such file") from None
    except (PdfReadError, OSError, ValueError, KeyError):
        raise ReportReadError(f"{name} is not a readable PDF file") from None
    return None


#: A report larger than this is not read: ours are a few megabytes.
MAX_REPORT_BYTES = 256 * 1024 * 1024


def verify_report(pdf: str | os.PathLike[str] | bytes | BinaryIO,
                  questionnaire: Questionnaire, answers: AnswersFile) -> Verification:
    """Check whether a report was made from this assessment record, unchanged."""
    return Verification(read_report_fingerprint(pdf),
                        assessment_fingerprint(questionnaire, answers))


def _reader(pdf: str | os.PathLike[str] | bytes | BinaryIO) -> PdfReader:
    if isinstance(pdf, bytes):
        return PdfReader(io.BytesIO(pdf))
    if isinstance(pdf, str | os.PathLike):
        try:
            return PdfReader(io.BytesIO(read_limited(Path(pdf), MAX_REPORT_BYTES, "PDF report")))
        except UnreadableFile as exc:
            raise ReportReadError(f"{pdf}: {exc}") from None
    return PdfReader(pdf)


def _from_metadata(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _HEX64.fullmatch(text):
        return text
    match = _KEYWORD.search(text)
    return match.group(1) if match else None
