"""Rendering an assessment to a PDF: the public entry points of the report package."""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from raiassess import __version__
from raiassess.core.answers import AnswersFile
from raiassess.core.fingerprint import assessment_fingerprint, format_fingerprint
from raiassess.core.paths import write_private_file
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.scoring import ScoreResult
from raiassess.report.back import appendix, review
from raiassess.report.by_section import answers_by_section
from raiassess.report.context import ReportContext
from raiassess.report.front import contents, cover, make_toc
from raiassess.report.plan import action_plan
from raiassess.report.styles import MARGIN_X, PAPER_SIZES, make_styles
from raiassess.report.summary import summary
from raiassess.report.template import (
    FINGERPRINT_KEY,
    Heading,
    PageCount,
    PageDecoration,
    ReportTemplate,
    format_generated,
)

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)``; ``total`` is 100 and ``done`` only grows."""

KEYWORD_PREFIX = "raiassess-fingerprint:sha256:"
"""How the fingerprint appears among the PDF's keywords."""

# Shares of the progress bar: building the story, then the layout passes.
_STORY_SHARE, _PASS_SHARE = 15, 40


class _Progress:
    """Turns the steps of a build into a percentage that only grows."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self.callback = callback
        self.last = -1
        self.flowables = 1
        self.passes = 0

    def report(self, percent: float) -> None:
        value = max(self.last, min(100, int(percent)))
        if self.callback is not None and value != self.last:
            self.last = value
            self.callback(value, 100)

    def story(self, done: int, total: int) -> None:
        self.report(_STORY_SHARE * done / max(total, 1))

    def layout(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.passes = value
        elif kind == "SIZE_EST":
            self.flowables = max(value, 1)
        elif kind == "PROGRESS":
            share = min(1.0, value / self.flowables)
            passes_before = min(self.passes - 1, 1)
            self.report(min(99, _STORY_SHARE + _PASS_SHARE * (passes_before + share)))


def render_report(questionnaire: Questionnaire, answers: AnswersFile, result: ScoreResult,
                  out: str | os.PathLike[str] | BinaryIO, *, paper: str = "a4",
                  generated_at: dt.datetime | None = None, language: str = "en",
                  progress: ProgressCallback | None = None) -> None:
    """Write the PDF impact assessment of an assessment to a path or a binary file.

    ``result`` is the score of ``answers`` against ``questionnaire``; ``paper`` is
    ``"a4"`` or ``"letter"``; ``generated_at`` (default: now, local time) is printed as
    the generation time; ``language`` picks the questionnaire's translation. A path is
    written only once the whole report is built, so a failure never leaves half a file.
    """
    data = render_report_bytes(questionnaire, answers, result, paper=paper,
                               generated_at=generated_at, language=language,
                               progress=progress)
    if isinstance(out, str | os.PathLike):
        write_private_file(Path(out), data)
    else:
        out.write(data)


#: One report is built at a time. ReportLab keeps process-wide state, and reads colours
#: with ``ast.literal_eval``, which CPython 3.11 can fail with a SystemError when two
#: threads use it at once (seen with two exports side by side).
_BUILDING = threading.Lock()


def render_report_bytes(questionnaire: Questionnaire, answers: AnswersFile,
                        result: ScoreResult, *, paper: str = "a4",
                        generated_at: dt.datetime | None = None, language: str = "en",
                        progress: ProgressCallback | None = None) -> bytes:
    """The PDF impact assessment as bytes (for previews); see :func:`render_report`."""
    with _BUILDING:
        return _build(questionnaire, answers, result, paper=paper,
                      generated_at=generated_at, language=language, progress=progress)


def _build(questionnaire: Questionnaire, answers: AnswersFile, result: ScoreResult, *,
           paper: str, generated_at: dt.datetime | None, language: str,
           progress: ProgressCallback | None) -> bytes:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; use one of {', '.join(PAPER_SIZES)}")
    if result.questionnaire_id != questionnaire.id:
        raise ValueError(f"the score is for questionnaire {result.questionnaire_id!r}, "
                         f"not {questionnaire.id!r}")
    if answers.questionnaire.id != questionnaire.id:
        raise ValueError(f"the answers are for questionnaire {answers.questionnaire.id!r}, "
                         f"not {questionnaire.id!r}")
    moment = generated_at or dt.datetime.now().astimezone()
    fingerprint = assessment_fingerprint(questionnaire, answers)
    pagesize = PAPER_SIZES[paper]
    tracker = _Progress(progress)
    tracker.report(0)

    ctx = ReportContext.build(questionnaire, answers, result, styles=make_styles(),
                              language=language, generated_at=moment,
                              fingerprint=fingerprint, width=pagesize[0] - 2 * MARGIN_X)
    total_questions = max(1, len(questionnaire.all_questions()))
    page_count = PageCount()
    front = cover(ctx)
    body: list[Flowable] = []
    body += summary(ctx)
    body += action_plan(ctx)
    body += answers_by_section(ctx, lambda done: tracker.story(done, total_questions))
    body += review(ctx)
    body += appendix(ctx)
    expected = [(f.level, f.contents_markup, 0, f.key) for f in body
                if isinstance(f, Heading) and f.in_contents]
    story: list[Flowable] = [page_count, *front, *contents(ctx, make_toc(ctx, expected)),
                             *body]

    buffer = io.BytesIO()
    system = answers.system
    info = {
        "Title": f"AI impact assessment: {system.name}",
        "Author": system.owner or system.team or "raiassess",
        "Subject": (f"{questionnaire.title_in(language)} {questionnaire.version}; overall "
                    f"residual risk {result.level.label} ({result.residual:.1f} %)"),
        "Keywords": (f"raiassess, AI impact assessment, {questionnaire.id}, "
                     f"{KEYWORD_PREFIX}{fingerprint}"),
        "Creator": f"raiassess {__version__}",
        FINGERPRINT_KEY: fingerprint,
    }
    decoration = PageDecoration(system.name, questionnaire.title_in(language),
                                format_generated(moment), format_fingerprint(fingerprint)[:17])
    template = ReportTemplate(buffer, pagesize=pagesize, decoration=decoration,
                              page_count=page_count, info=info, language=language,
                              progress=tracker.layout)
    template.multiBuild(story, maxPasses=6)
    tracker.report(100)
    return buffer.getvalue()
