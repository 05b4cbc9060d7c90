"""The document template: page layouts, headings that feed the contents and outline,
"Page X of Y", and the document information dictionary.

One template owns the pages. Headings are ``Heading`` paragraphs that carry their
outline level and a destination key; as each is laid out, the template records a
contents entry and an outline entry for it. The document is built in passes
(``multiBuild``): the first pass finds page numbers and the page count, the next
prints them; building stops when neither the contents nor the page count changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from raiassess.report.fonts import SANS, SANS_BOLD, font_runs, text_width
from raiassess.report.markup import fit
from raiassess.report.rtl import Paragraph, visual
from raiassess.report.styles import FAINT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE

FINGERPRINT_KEY = "RaiassessFingerprint"
"""The custom key of the PDF's document information that holds the fingerprint."""


class Heading(Paragraph):
    """A heading that becomes a contents line and an outline entry when laid out."""

    def __init__(self, markup: str, style: ParagraphStyle, *, plain: str, key: str,
                 level: int, in_contents: bool = True) -> None:
        super().__init__(f'<a name="{key}"/>{markup}', style)
        self.contents_markup = markup
        self.plain = plain
        self.key = key
        self.level = level
        self.in_contents = in_contents


class PageCount(Flowable):  # type: ignore[misc]
    """An invisible marker that makes the build repeat until the page count is stable.

    It takes part in ``multiBuild`` as an indexing flowable: after each pass it
    compares the count the pass printed in its footers with the count it produced.
    """

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.printed: int | None = None
        """The total printed in this pass's footers (None on the first pass)."""
        self.counted = 0
        self.stable = False

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.counted = 0

    def afterBuild(self) -> None:
        # Decided here rather than in isSatisfied, which ReportLab stops asking as
        # soon as another indexing flowable is unsatisfied.
        self.stable = self.printed == self.counted
        self.printed = self.counted

    def isSatisfied(self) -> int:
        return int(self.stable)

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def draw(self) -> None:
        pass


@dataclass(frozen=True)
class PageDecoration:
    """What the header and footer of every page say."""

    system: str
    title: str
    generated: str
    fingerprint: str
    """The short form printed in every footer."""


def draw_runs(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              bold: bool = False, anchor: str = "start") -> None:
    """Draw one line of user text, switching to a fallback font where needed.

    Right-to-left runs are drawn in display order, Arabic letters joined.
    """
    text = visual(text)
    fonts = [(SANS_BOLD if bold and font == SANS else font, run)
             for font, run in font_runs(text)]
    if anchor == "end":
        x -= text_width(text, size, bold)
    for font, run in fonts:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Cover and body page layouts, headers and footers, contents and outline entries."""

    def __init__(self, out: Any, *, pagesize: tuple[float, float],
                 decoration: PageDecoration, page_count: PageCount,
                 info: dict[str, str], language: str,
                 progress: Callable[[str, int], None] | None = None) -> None:
        self.decoration = decoration
        self.page_count = page_count
        self.extra_info = info
        super().__init__(out, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         title=info["Title"], author=info["Author"], subject=info["Subject"],
                         keywords=info["Keywords"], creator=info["Creator"], lang=language)
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[body], onPage=self._cover_page),
            PageTemplate(id="body", frames=[body], onPage=self._body_page),
        ])
        if progress is not None:
            self.setProgressCallBack(progress)

    # --- pages -------------------------------------------------------------------------

    def _footer(self, canvas: Canvas) -> None:
        decoration = self.decoration
        width, _ = self.pagesize
        y = MARGIN_BOTTOM - 12 * 2.835
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 11, width - MARGIN_X, y + 11)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN_X, y, f"Generated {decoration.generated}")
        canvas.drawCentredString(width / 2, y, f"Fingerprint {decoration.fingerprint}")
        total = self.page_count.printed
        page = canvas.getPageNumber()
        self.page_count.counted = max(self.page_count.counted, page)
        label = f"Page {page} of {total}" if total else f"Page {page}"
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.drawRightString(width - MARGIN_X, y, label)

    def _header(self, canvas: Canvas) -> None:
        decoration = self.decoration
        width, height = self.pagesize
        y = height - MARGIN_TOP + 10 * 2.835
        room = (width - 2 * MARGIN_X) / 2 - 10
        canvas.setFillColor(MUTED)
        draw_runs(canvas, MARGIN_X, y, fit(decoration.system, 8, room, bold=True), 8,
                  bold=True)
        canvas.setFillColor(FAINT)
        draw_runs(canvas, width - MARGIN_X, y, fit(decoration.title, 8, room), 8,
                  anchor="end")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 5, width - MARGIN_X, y - 5)

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._header(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._header(canvas)
        self._footer(canvas)
        canvas.restoreState()

    # --- contents and outline ----------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        """Record a contents line and an outline entry for every heading laid out."""
        if isinstance(flowable, Heading):
            if flowable.in_contents:
                self.notify("TOCEntry", (flowable.level, flowable.contents_markup,
                                         self.page, flowable.key))
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level=flowable.level,
                                      closed=flowable.level > 0)

    def _makeCanvas(self, filename: Any = None,
                    canvasmaker: Any = Canvas) -> Canvas:
        canvas = super()._makeCanvas(filename=filename, canvasmaker=canvasmaker)
        # ReportLab's document information has no room for custom keys; ours carries
        # the fingerprint so that `raiassess verify` can read it back.
        canvas._doc.info = _ReportInfo(canvas._doc.info, self.extra_info)
        canvas.showOutline()
        return canvas


class _ReportInfo(PDFInfo):  # type: ignore[misc]
    """ReportLab's document information plus our own keys."""

    def __init__(self, base: PDFInfo, extra: dict[str, str]) -> None:
        super().__init__()
        self.__dict__.update(base.__dict__)
        self.extra = {key: value for key, value in extra.items()
                      if key not in _STANDARD_KEYS}

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "Trapped": PDFName(self.trapped),
        }
        entries["CreationDate"] = entries["ModDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter)
        for key, value in self.extra.items():
            entries[key] = PDFString(value)
        return PDFDictionary(entries).format(document)  # type: ignore[no-any-return]


_STANDARD_KEYS = {"Title", "Author", "Subject", "Keywords", "Creator", "Producer"}


def format_generated(moment: dt.datetime) -> str:
    """A generation time as printed in footers: minutes, with its time zone."""
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    if moment.utcoffset() == dt.timedelta(0):
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M UTC%z")
