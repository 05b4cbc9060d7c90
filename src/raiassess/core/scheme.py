"""How a questionnaire's answers become a level: levels, control reductions and rules."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from raiassess.core.modelbase import Condition, FrozenModel, Identifier
from raiassess.core.text import LocalizedText


class Level(FrozenModel):
    """A risk level: where it starts (``from``), or where it ends, inclusive (``up_to``).

    A level marked ``by_rule_only`` (format 2) is above every score: only a rule
    reaches it, as "Unacceptable" is reached by a possibly prohibited practice.
    """

    _format_2 = frozenset({"up_to", "by_rule_only"})

    id: Identifier
    label: LocalizedText
    from_: float | None = Field(default=None, alias="from", ge=0, le=100)
    up_to: float | None = Field(default=None, ge=0, le=100)
    by_rule_only: bool = False
    description: LocalizedText | None = None
    color: str | None = Field(default=None, pattern=r"^#[0-9A-Fa-f]{6}$")

    @model_validator(mode="after")
    def _one_boundary(self) -> Level:
        given = [name for name in ("from", "up_to") if
                 getattr(self, "from_" if name == "from" else name) is not None]
        if len(given) > 1:
            raise ValueError("a level has either 'from' or 'up_to', not both")
        if self.by_rule_only and given:
            raise ValueError("a level reached only by rules has no 'from' or 'up_to'")
        return self


class MitigationRule(FrozenModel):
    """Reduce the raw impact score by ``reduce_by`` % once mitigation reaches ``when_at_least``."""

    when_at_least: float = Field(ge=0, le=100)
    reduce_by: float = Field(ge=0, le=100)


class Controls(FrozenModel):
    """Format 2: how the controls in place reduce the impact.

    Either in proportion (``reduce_by``: controls answered at their best everywhere
    take this share off the impact) or in steps (``steps``: once coverage reaches a
    threshold, take a fixed share off, as Canada's AIA does). ``max_steps_down`` keeps
    controls from taking a system more levels below its impact's level than that.
    """

    reduce_by: float | None = Field(default=None, ge=0, le=100)
    steps: list[MitigationRule] = Field(default_factory=list)
    applies_to: Literal["overall", "section"] = "overall"
    max_steps_down: int | None = Field(default=1, ge=0)

    @model_validator(mode="after")
    def _one_way(self) -> Controls:
        if (self.reduce_by is None) == (not self.steps):
            raise ValueError("controls reduce the impact either in proportion "
                             "('reduce_by') or in 'steps', one of the two")
        return self

    def reduction_for(self, coverage: float) -> float:
        """The % by which a control coverage (in %) reduces the impact."""
        # Asked for every control's effect, so comparisons rather than calls.
        if self.reduce_by is not None:
            covered = 100.0 if coverage > 100.0 else coverage if coverage > 0.0 else 0.0
            return self.reduce_by * covered / 100
        reduction = 0.0
        for step in self.steps:
            # a tolerance for percentages that are exact in points (4 of 5 is 80 %)
            if coverage >= step.when_at_least - 1e-9 and step.reduce_by > reduction:
                reduction = step.reduce_by
        return reduction


class Rule(FrozenModel):
    """Format 2: what follows when a condition on the answers holds.

    ``level``: the result is at least this level. ``blocking``: a finding shown before
    everything else (it sets the highest level unless ``level`` says otherwise).
    ``contradiction``: answers that cannot both be true, flagged for the team to fix.
    """

    id: Identifier
    when: Condition
    level: Identifier | None = None
    blocking: LocalizedText | None = None
    contradiction: LocalizedText | None = None
    explanation: LocalizedText | None = None
    """Why the rule exists, in a sentence a board member reads beside the result."""

    @model_validator(mode="after")
    def _has_effect(self) -> Rule:
        if self.level is None and self.blocking is None and self.contradiction is None:
            raise ValueError("a rule needs an effect: 'level', 'blocking' or 'contradiction'")
        return self


class Scoring(FrozenModel):
    """How the answers of a questionnaire become risk percentages and a level."""

    _format_2 = frozenset({"maximum", "controls", "rounding", "rules"})

    aggregation: Literal["weighted_mean", "maximum", "sum"] = "weighted_mean"
    section_weights: dict[str, Annotated[float, Field(gt=0, le=100)]] = Field(
        default_factory=dict)
    levels: list[Level] = Field(min_length=1)
    mitigation: list[MitigationRule] = Field(default_factory=list)
    maximum: Literal["answered", "applicable"] = "answered"
    """Format 2: maxima over the answered questions, or over every question asked
    (an unanswered one then counts as its fewest points, as public schemes do)."""
    controls: Controls | None = None
    rounding: Literal["none", "whole_points"] = "none"
    """Format 2: round the reduced score to whole points, halves up."""
    rules: list[Rule] = Field(default_factory=list)

    def scored_levels(self) -> list[Level]:
        """The levels a score can reach, lowest first (without those only rules reach)."""
        return [level for level in self.levels if not level.by_rule_only]

    def level_for(self, residual: float) -> Level:
        """The level of a residual-risk percentage."""
        return self.levels[self.rank_for(residual)]

    def rank_for(self, residual: float, tolerance: float = 0.0) -> int:
        """The rank (the index in ``levels``) of the level a residual-risk percentage
        reaches. Format 2 passes a tolerance for figures exact in points (25 of 100
        is 25 %); format 1 compares exactly, as it always has."""
        return rank_in(self.level_bounds(tolerance), residual)

    def level_bounds(self, tolerance: float = 0.0) -> LevelBounds:
        """The comparisons ``rank_for`` makes, worked out once (scoring asks for a rank
        thousands of times): whether the levels are given by their upper bounds, each
        scored level's rank and bound with the tolerance applied, and the last scored
        rank (levels only rules reach are never the score's)."""
        levels = self.levels
        count = len(levels)
        while count > 1 and levels[count - 1].by_rule_only:
            count -= 1
        if levels[0].up_to is not None or (count > 1 and levels[1].up_to is not None):
            return True, tuple((rank, bound + tolerance) for rank in range(count)
                               if (bound := levels[rank].up_to) is not None), count - 1
        return False, tuple((rank, (levels[rank].from_ or 0) - tolerance)
                            for rank in range(count)), count - 1

    def band_start(self, level: Level) -> float:
        """The residual-risk percentage at which a scored level begins."""
        levels = self.scored_levels()
        if level.from_ is not None or level not in levels:
            return level.from_ or 0.0
        index = levels.index(level)
        previous = levels[index - 1].up_to if index else None
        return previous if previous is not None else 0.0

    def reduction_for(self, mitigation: float) -> float:
        """The % by which a mitigation percentage reduces the raw impact score."""
        if self.controls is not None:
            return self.controls.reduction_for(mitigation)
        applicable = [r.reduce_by for r in self.mitigation if mitigation >= r.when_at_least]
        return max(applicable, default=0.0)


LevelBounds = tuple[bool, tuple[tuple[int, float], ...], int]
"""``Scoring.level_bounds``: upper bounds or not, (rank, bound) pairs, the last rank."""


def rank_in(bounds: LevelBounds, residual: float) -> int:
    """The rank a percentage reaches under ``Scoring.level_bounds``: the first level
    whose upper bound it does not pass, or the last whose start it reaches."""
    upper, pairs, last = bounds
    if upper:
        for rank, bound in pairs:
            if residual <= bound:
                return rank
        return last
    chosen = 0
    for rank, bound in pairs:
        if residual >= bound:
            chosen = rank
    return chosen
