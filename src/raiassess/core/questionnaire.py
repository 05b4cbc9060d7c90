"""The questionnaire model: typed, frozen objects validated with pydantic.

The loader (``raiassess.core.loader``) reads a file into these objects and reports
every problem with its place; once built, a ``Questionnaire`` is immutable and
knows each question's number (``3.4``) and the order in which conditions resolve.

Two formats share these models. Format 1 scores risk and mitigation points on the
same answers; format 2 (``format_version: 2``) tells impact (what the system is and
where it acts) from controls (practices in place), adds rules, "not applicable",
exclusive and "don't know" options, and the keys that exact public schemes need.
The scoring scheme (levels, controls, rules) is in ``scheme``; the base the models
share, and conditions, in ``modelbase``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import Field, PrivateAttr, model_validator

from raiassess.core.modelbase import Condition, FrozenModel, Identifier
from raiassess.core.scheme import Controls, Level, MitigationRule, Rule, Scoring
from raiassess.core.text import LocalizedText, localized

__all__ = ["CHOICE_TYPES", "QUESTION_TYPES", "Condition", "Controls", "Identifier", "Level",
           "MitigationRule", "NumberBand", "NumberSpec", "Option", "Question",
           "Questionnaire", "Reference", "Rule", "ScaleSpec", "Scoring", "Section",
           "Unexamined"]

QUESTION_TYPES = ("single_choice", "multi_choice", "yes_no", "scale", "text", "number", "date")
CHOICE_TYPES = ("single_choice", "multi_choice", "yes_no")
T = TypeVar("T")


class Reference(FrozenModel):
    """A clause of a framework the question relates to, e.g. GDPR Art. 35."""

    framework: str = Field(min_length=1, max_length=80)
    clause: str = Field(default="", max_length=200)

    def __str__(self) -> str:
        return f"{self.framework} {self.clause}".strip()


Points = Annotated[float, Field(ge=0, le=1000)]


class Option(FrozenModel):
    """One answer a choice question offers, with the points it carries.

    Format 1 gives ``risk`` and ``mitigation`` points; format 2 gives ``impact`` points
    (on a question about the system) or ``control`` points (on a question about a
    practice), and may mark the option as "not applicable", exclusive of the others in
    a multiple choice, or "not assessed / don't know".
    """

    _format_2 = frozenset({"impact", "control", "not_applicable", "exclusive", "unknown"})

    id: Identifier
    label: LocalizedText | None = None
    risk: Points = 0
    mitigation: Points = 0
    impact: Points = 0
    control: Points = 0
    not_applicable: bool = False
    """Choosing it takes the question out of the score (and out of its maxima)."""
    exclusive: bool = False
    """In a multiple choice: chosen alone or not at all (e.g. "None")."""
    unknown: bool = False
    """"Not assessed" or "don't know": never scores below an assessed answer."""
    recommendation: LocalizedText | None = None


class ScaleSpec(FrozenModel):
    """The range of a ``scale`` question and how its ends score."""

    min: int = 1
    max: int = 5
    min_label: LocalizedText | None = None
    max_label: LocalizedText | None = None
    risk_at_min: Points = 0
    risk_at_max: Points = 0
    mitigation_at_min: Points = 0
    mitigation_at_max: Points = 0
    impact_at_min: Points = 0
    impact_at_max: Points = 0
    control_at_min: Points = 0
    control_at_max: Points = 0
    recommendation: LocalizedText | None = None

    _format_2 = frozenset({"impact_at_min", "impact_at_max", "control_at_min",
                           "control_at_max"})

    @model_validator(mode="after")
    def _ordered(self) -> ScaleSpec:
        if self.min >= self.max:
            raise ValueError(f"the scale's min ({self.min}) must be below its max ({self.max})")
        if self.max - self.min > 100:
            raise ValueError("a scale has at most 101 steps")
        return self

    def points(self, value: float) -> tuple[float, float]:
        """Risk and mitigation points of an answer, interpolated between the ends."""
        return (_between(self.risk_at_min, self.risk_at_max, self._share(value)),
                _between(self.mitigation_at_min, self.mitigation_at_max, self._share(value)))

    def impact_control(self, value: float) -> tuple[float, float]:
        """Impact and control points of an answer (format 2), interpolated likewise."""
        return (_between(self.impact_at_min, self.impact_at_max, self._share(value)),
                _between(self.control_at_min, self.control_at_max, self._share(value)))

    def _share(self, value: float) -> float:
        return (value - self.min) / (self.max - self.min)


def _between(low: float, high: float, share: float) -> float:
    return low + (high - low) * share


class NumberBand(FrozenModel):
    """Points for answers of at least ``at_least``."""

    _format_2 = frozenset({"impact", "control"})

    at_least: float
    risk: Points = 0
    mitigation: Points = 0
    impact: Points = 0
    control: Points = 0
    recommendation: LocalizedText | None = None


class NumberSpec(FrozenModel):
    """The range, unit and risk bands of a ``number`` question."""

    min: float | None = None
    max: float | None = None
    unit: LocalizedText | None = None
    integer: bool = False
    bands: list[NumberBand] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> NumberSpec:
        if self.min is not None and self.max is not None and self.min >= self.max:
            raise ValueError(f"the number's min ({self.min}) must be below its max ({self.max})")
        starts = [band.at_least for band in self.bands]
        if starts != sorted(set(starts)):
            raise ValueError("number bands must be listed with rising 'at_least' values")
        return self

    def band_for(self, value: float) -> NumberBand | None:
        """The band an answer falls in, if any."""
        chosen = None
        for band in self.bands:
            if value >= band.at_least:
                chosen = band
        return chosen


class Unexamined(FrozenModel):
    """How a follow-up question scores when an earlier answer means it was never examined.

    A follow-up that is asked only once a check was made ("what did the test find?")
    would otherwise make not checking cheaper than checking and finding a problem:
    when the question is not asked and ``when`` holds, it counts as the answer
    ``counts_as``.
    """

    when: Condition
    counts_as: Identifier


class Question(FrozenModel):
    """One question of a questionnaire."""

    _format_2 = frozenset({"unexamined"})

    id: Identifier
    type: Literal["single_choice", "multi_choice", "yes_no", "scale", "text", "number", "date"]
    text: LocalizedText
    guidance: LocalizedText
    required: bool = True
    options: list[Option] | None = None
    scale: ScaleSpec | None = None
    number: NumberSpec | None = None
    show_if: Condition | None = None
    unexamined: Unexamined | None = None
    references: list[Reference] = Field(default_factory=list)
    tags: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> Question:
        is_choice = self.type in CHOICE_TYPES
        if is_choice and self.options is None:
            if self.type != "yes_no":
                raise ValueError(f"a {self.type} question needs 'options'")
            object.__setattr__(self, "options", [Option(id="yes"), Option(id="no")])
        if not is_choice and self.options is not None:
            raise ValueError(f"a {self.type} question has no 'options'")
        if self.type == "scale" and self.scale is None:
            object.__setattr__(self, "scale", ScaleSpec())
        if self.type != "scale" and self.scale is not None:
            raise ValueError(f"'scale' belongs to scale questions, not to a {self.type} question")
        if self.type == "number" and self.number is None:
            object.__setattr__(self, "number", NumberSpec())
        if self.type != "number" and self.number is not None:
            raise ValueError(f"'number' belongs to number questions, not to a {self.type} question")
        return self

    _options_by_id: dict[str, Option] = PrivateAttr(default_factory=dict)
    _max_points: tuple[float, float] = PrivateAttr(default_factory=lambda: (0.0, 0.0))
    _ranges: dict[str, tuple[float, float]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Index the options and work out the maxima once: scoring asks for them often."""
        for option in self.options or ():
            self._options_by_id.setdefault(option.id, option)
        self._max_points = self._compute_max_points()
        self._ranges = {kind: self._compute_range(kind) for kind in POINT_KINDS}

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the question has it."""
        return self._options_by_id.get(option_id)

    def option_label(self, option_id: str, language: str = "en") -> str:
        """The label shown for an option (yes/no questions have default labels)."""
        option = self.option(option_id)
        if option is not None and option.label:
            return localized(option.label, language)
        return _DEFAULT_LABELS.get(language, _DEFAULT_LABELS["en"]).get(option_id, option_id)

    def max_points(self) -> tuple[float, float]:
        """The most risk and mitigation points an answer to this question can carry."""
        return self._max_points

    @property
    def kind(self) -> Literal["impact", "control"] | None:
        """In format 2: whether the question describes the system (its answers carry
        impact points) or a practice (control points); None when it scores nothing."""
        if self._ranges["impact"][1] > 0:
            return "impact"
        if self._ranges["control"][1] > 0:
            return "control"
        return None

    def points_range(self, kind: str) -> tuple[float, float]:
        """The fewest and the most points of a kind (``risk``, ``mitigation``, ``impact``,
        ``control``) that one answer can carry; a "not applicable" answer is no answer.

        In a multiple choice an exclusive option is chosen alone, so the most is the
        larger of the other options together and the largest exclusive one; the fewest
        is the smallest single option, as every answer chooses at least one.
        """
        return self._ranges[kind]

    def _compute_range(self, kind: str) -> tuple[float, float]:
        if self.options:
            chosen = [o for o in self.options if not o.not_applicable]
            values = [getattr(o, kind) for o in chosen] or [0.0]
            if self.type != "multi_choice":
                return min(values), max(values)
            together = sum(getattr(o, kind) for o in chosen if not o.exclusive)
            alone = [getattr(o, kind) for o in chosen if o.exclusive]
            return min(values), max([together, *alone])
        if self.scale is not None:
            ends = {"risk": (self.scale.risk_at_min, self.scale.risk_at_max),
                    "mitigation": (self.scale.mitigation_at_min, self.scale.mitigation_at_max),
                    "impact": (self.scale.impact_at_min, self.scale.impact_at_max),
                    "control": (self.scale.control_at_min, self.scale.control_at_max)}[kind]
            return min(ends), max(ends)
        if self.number is not None and self.number.bands:
            values = [getattr(b, kind) for b in self.number.bands]
            # below the first band an answer carries nothing
            low = min(values) if self.number.min is not None and \
                self.number.min >= self.number.bands[0].at_least else min(0.0, *values)
            return low, max(values)
        return 0.0, 0.0

    def _compute_max_points(self) -> tuple[float, float]:
        if self.type == "multi_choice":
            return (sum(o.risk for o in self.options or ()),
                    sum(o.mitigation for o in self.options or ()))
        if self.options:
            return max(o.risk for o in self.options), max(o.mitigation for o in self.options)
        if self.scale is not None:
            return (max(self.scale.risk_at_min, self.scale.risk_at_max),
                    max(self.scale.mitigation_at_min, self.scale.mitigation_at_max))
        if self.number is not None and self.number.bands:
            return (max(b.risk for b in self.number.bands),
                    max(b.mitigation for b in self.number.bands))
        return 0.0, 0.0


POINT_KINDS = ("risk", "mitigation", "impact", "control")

_DEFAULT_LABELS = {"en": {"yes": "Yes", "no": "No"}, "fr": {"yes": "Oui", "no": "Non"}}


class Section(FrozenModel):
    """A group of questions on one theme; with ``show_if`` (format 2), a whole area
    that drops out for systems it does not concern."""

    _format_2 = frozenset({"show_if"})

    id: Identifier
    title: LocalizedText
    description: LocalizedText | None = None
    show_if: Condition | None = None
    questions: list[Question] = Field(min_length=1)


class Questionnaire(FrozenModel):
    """A whole questionnaire: sections of questions and its scoring configuration."""

    _format_2 = frozenset({"format_version"})

    format_version: Literal[1, 2] = 1
    id: Identifier
    version: Annotated[str, Field(min_length=1, max_length=40)]
    title: LocalizedText
    description: LocalizedText
    language: str = "en"
    sections: list[Section] = Field(min_length=1)
    scoring: Scoring

    _numbers: dict[str, str] = PrivateAttr(default_factory=dict)
    _questions: dict[str, Question] = PrivateAttr(default_factory=dict)
    _section_of: dict[str, Section] = PrivateAttr(default_factory=dict)
    _order: list[Question] = PrivateAttr(default_factory=list)
    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    _asked_if: dict[str, Condition] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Number the questions, index them by id and join each question's condition
        with its section's."""
        for s_index, section in enumerate(self.sections, start=1):
            for q_index, question in enumerate(section.questions, start=1):
                self._numbers.setdefault(question.id, f"{s_index}.{q_index}")
                self._questions.setdefault(question.id, question)
                self._section_of.setdefault(question.id, section)
                parts = [c for c in (section.show_if, question.show_if) if c is not None]
                if parts:
                    self._asked_if.setdefault(question.id, parts[0] if len(parts) == 1
                                              else Condition(all=parts))

    def asked_if(self, question_id: str) -> Condition | None:
        """The condition under which a question is asked: its section's and its own."""
        return self._asked_if.get(question_id)

    def question(self, question_id: str) -> Question | None:
        """The question with this id, if any."""
        return self._questions.get(question_id)

    def number_of(self, question_id: str) -> str:
        """The stable number of a question, e.g. ``3.4``."""
        return self._numbers[question_id]

    def section_of(self, question_id: str) -> Section:
        """The section a question belongs to."""
        return self._section_of[question_id]

    def all_questions(self) -> list[Question]:
        """Every question in reading order."""
        return [q for section in self.sections for q in section.questions]

    def evaluation_order(self) -> list[Question]:
        """Questions ordered so that each comes after the questions its condition names."""
        if not self._order:
            self._order.extend(_dependency_order(self.all_questions(), self._asked_if))
        return self._order

    def derived(self, name: str, build: Callable[[Questionnaire], T]) -> T:
        """A value computed once from this (immutable) questionnaire and kept with it.

        Layers above use it for their own indexes, e.g. scoring's per-question plan.
        """
        cache = self._derived
        if name not in cache:
            cache[name] = build(self)
        return cast(T, cache[name])

    def fingerprint(self) -> str:
        """SHA-256 of the questionnaire's content: it changes when anything in it changes."""
        canonical = json.dumps(self.model_dump(mode="json", by_alias=True), sort_keys=True,
                               ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def title_in(self, language: str = "en") -> str:
        """The title in a language, falling back to English."""
        return localized(self.title, language)


def _dependency_order(questions: list[Question],
                      conditions: dict[str, Condition]) -> list[Question]:
    """Reading order, except that a question follows those its condition depends on.

    The loader has already refused cycles and unknown names; anything left over
    (which cannot happen for a loaded questionnaire) keeps its reading order.
    """
    by_id = {q.id: q for q in questions}
    placed: set[str] = set()
    entered: set[str] = set()
    order: list[Question] = []
    for root in questions:
        stack: list[tuple[Question, bool]] = [(root, False)]
        while stack:
            question, expanded = stack.pop()
            if question.id in placed:
                continue
            if expanded:
                placed.add(question.id)
                order.append(question)
                continue
            if question.id in entered:  # a cycle: keep reading order
                continue
            entered.add(question.id)
            stack.append((question, True))
            condition = conditions.get(question.id)
            depends = condition.questions() if condition else []
            for qid in reversed(depends):
                if qid in by_id and qid not in placed and qid != question.id:
                    stack.append((by_id[qid], False))
    return order
