"""What scoring hands back: plain, frozen data that the CLI, the GUI and the report show.

A result states the level and the figures behind it, and also how sure it is (a draft
shows the range of levels its open questions still allow), what it rests on (the
answers that set the impact, the controls that reduced it, the rules that fired) and
what would move it (the answers whose change would lower the level, and every
recommendation ranked by how much acting on it lowers the residual risk).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class LevelInfo:
    """A risk level as a result shows it."""

    id: str
    label: str
    description: str
    color: str
    rank: int
    """0 for the lowest level of the questionnaire."""


@dataclass(frozen=True)
class QuestionRef:
    """A question named in a result."""

    question_id: str
    number: str
    section_id: str
    text: str


@dataclass(frozen=True)
class Contribution:
    """What one answer adds to the score, and what to do about it.

    In format 1, ``risk`` and ``mitigation`` are the answer's risk and mitigation
    points. In format 2 an answer about the system carries ``risk`` (its impact
    points) and an answer about a practice carries ``mitigation`` (its control
    points, of ``mitigation_max`` for the best answer); ``kind`` says which.
    """

    question_id: str
    number: str
    section_id: str
    question: str
    answer: str
    risk: float
    risk_max: float
    mitigation: float
    mitigation_max: float
    recommendations: tuple[str, ...] = ()
    kind: Literal["risk", "impact", "control"] = "risk"


@dataclass(frozen=True)
class SectionScore:
    """The scores of one section.

    Format 2: ``inherent`` is the section's own impact, or the system's where the
    section holds no impact question; ``mitigation`` is the coverage of the section's
    controls; ``residual`` is the inherent figure reduced by them.
    """

    id: str
    number: int
    title: str
    weight: float
    visible: int
    answered: int
    risk_points: float
    risk_max: float
    mitigation_points: float
    mitigation_max: float
    inherent: float
    mitigation: float
    reduction: float
    residual: float
    level: LevelInfo
    scored: bool = False
    """Whether the section has anything to score: in format 1 an answered question that
    can carry risk; in format 2 an impact or control question that counts."""
    asked: bool = True
    """False when the whole section is not asked (format 2 ``show_if``)."""

    @property
    def applicable(self) -> bool:
        """Whether the section has anything to score (see ``scored``)."""
        return self.scored


@dataclass(frozen=True)
class NotAsked:
    """A question (or a whole section) that is not asked, and the answers that hid it."""

    question_id: str
    number: str
    section_id: str
    text: str
    reason: str
    """A sentence: "not asked because 1.3 is answered 'Not about people'"."""
    because: tuple[str, ...] = ()
    """The ids of the questions whose answers hid it."""
    counted_as: str = ""
    """Format 2 ``unexamined``: the answer it counts as although it was not asked."""


@dataclass(frozen=True)
class Finding:
    """A rule that fired: a floor under the level, a blocking finding or a contradiction."""

    rule_id: str
    kind: Literal["blocking", "floor", "contradiction"]
    text: str
    level: LevelInfo | None
    questions: tuple[QuestionRef, ...] = ()


@dataclass(frozen=True)
class LevelRange:
    """The levels (and residual figures) a draft can still reach once it is finished."""

    lowest: LevelInfo
    highest: LevelInfo
    residual_low: float
    residual_high: float

    @property
    def settled(self) -> bool:
        """Whether every way of finishing the draft ends at the same level."""
        return self.lowest.id == self.highest.id


@dataclass(frozen=True)
class WhatIf:
    """One answer whose change alone would lower the level."""

    question: QuestionRef
    answer: str
    instead: str
    level: LevelInfo
    residual: float


@dataclass(frozen=True)
class ControlEffect:
    """How much one control answer lowers the residual risk."""

    question: QuestionRef
    answer: str
    lowers_by: float
    """Percentage points of residual risk this answer takes off, against its worst."""


@dataclass(frozen=True)
class Recommendation:
    """Something to do, ranked by how much doing it lowers the residual risk."""

    text: str
    questions: tuple[QuestionRef, ...]
    lowers_by: float
    """Percentage points of overall residual risk that the best answer would take off."""


@dataclass(frozen=True)
class Explanation:
    """Why the level is what it is, and what would move it."""

    level_from_score: LevelInfo
    """The level the residual figure alone gives, before floors and rules."""
    raised_by: tuple[str, ...]
    """Sentences for what raised the level above ``level_from_score``."""
    impact_drivers: tuple[Contribution, ...]
    control_effects: tuple[ControlEffect, ...]
    level_movers: tuple[WhatIf, ...]
    held_by_impact: LevelInfo | None = None
    """When controls may not take the level further down: the impact's own level."""
    steps_down: int | None = None
    """How many levels below the impact's controls may take the level at most."""


@dataclass(frozen=True)
class ScoreResult:
    """The full result of scoring an answer set."""

    questionnaire_id: str
    questionnaire_version: str
    aggregation: str
    sections: tuple[SectionScore, ...]
    inherent: float
    mitigation: float
    residual: float
    level: LevelInfo
    complete: bool
    completeness: float
    visible_questions: int
    answered_questions: int
    missing_required: tuple[QuestionRef, ...]
    contributions: tuple[Contribution, ...]
    hidden_questions: tuple[str, ...] = field(default=())
    format_version: int = 1
    level_range: LevelRange | None = None
    """Set while the assessment is incomplete: the levels it can still reach."""
    findings: tuple[Finding, ...] = ()
    not_asked: tuple[NotAsked, ...] = ()
    not_applicable: tuple[QuestionRef, ...] = ()
    """Questions answered "not applicable": out of the score and its maxima."""
    ranked_recommendations: tuple[Recommendation, ...] = ()
    explanation: Explanation | None = None

    @property
    def status(self) -> str:
        """``complete`` when every visible required question is answered."""
        return "complete" if self.complete else "incomplete"

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """The blocking findings, to be shown before everything else."""
        return tuple(f for f in self.findings if f.kind == "blocking")

    @property
    def contradictions(self) -> tuple[Finding, ...]:
        """Answers flagged as contradicting each other."""
        return tuple(f for f in self.findings if f.kind == "contradiction")

    @property
    def recommendations(self) -> tuple[Contribution, ...]:
        """The contributing answers that carry a recommendation, riskiest first."""
        return tuple(c for c in self.contributions if c.recommendations)

    def headline(self) -> str:
        """The level as a board should read it first: settled, or a draft's range."""
        if self.level_range is None:
            return self.level.label
        if self.level_range.settled:
            return f"{self.level.label} so far (stays {self.level_range.lowest.label} " \
                   "whatever the open questions say)"
        return (f"{self.level.label} so far: {self.level_range.lowest.label} to "
                f"{self.level_range.highest.label} once complete")

    def section(self, section_id: str) -> SectionScore:
        """The score of one section."""
        return next(s for s in self.sections if s.id == section_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        data = asdict(self)
        data["status"] = self.status
        data["headline"] = self.headline()
        for section, score in zip(data["sections"], self.sections, strict=True):
            section["applicable"] = score.applicable
        return data
