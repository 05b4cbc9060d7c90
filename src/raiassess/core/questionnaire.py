"""The questionnaire model: typed, frozen objects validated with pydantic.

The loader (``raiassess.core.loader``) reads a file into these objects and reports
every problem with its place; once built, a ``Questionnaire`` is immutable and
knows each question's number (``3.4``) and the order in which conditions resolve.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from raiassess.core.text import LocalizedText, localized

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}$",
                                  description="Letters, digits, '_', '-' and '.'.")]

QUESTION_TYPES = ("single_choice", "multi_choice", "yes_no", "scale", "text", "number", "date")
CHOICE_TYPES = ("single_choice", "multi_choice", "yes_no")
T = TypeVar("T")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Reference(_Model):
    """A clause of a framework the question relates to, e.g. GDPR Art. 35."""

    framework: str = Field(min_length=1, max_length=80)
    clause: str = Field(default="", max_length=200)

    def __str__(self) -> str:
        return f"{self.framework} {self.clause}".strip()


class Option(_Model):
    """One answer a choice question offers, with the points it carries."""

    id: Identifier
    label: LocalizedText | None = None
    risk: float = Field(default=0, ge=0, le=1000)
    mitigation: float = Field(default=0, ge=0, le=1000)
    recommendation: LocalizedText | None = None


class Condition(_Model):
    """A ``show_if`` condition: a test on one question's answer, or all/any/not of others."""

    question: Identifier | None = None
    equals: str | None = None
    in_: list[str] | None = Field(default=None, alias="in")
    includes: str | None = None
    answered: bool | None = None
    at_least: float | None = None
    at_most: float | None = None
    all: list[Condition] | None = Field(default=None, min_length=1)
    any: list[Condition] | None = Field(default=None, min_length=1)
    not_: Condition | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        forms = [name for name in ("question", "all", "any", "not_")
                 if getattr(self, name) is not None]
        tests = self.tests()
        if not forms and tests:
            raise ValueError(f"'{tests[0]}' needs a 'question' beside it")
        if len(forms) != 1:
            raise ValueError("a condition has exactly one of 'question', 'all', 'any' or 'not'")
        if self.question is not None:
            if not tests:
                raise ValueError("a condition on a question needs a test: 'equals', 'in', "
                                 "'includes', 'answered', 'at_least' or 'at_most'")
            if len(tests) > 1 and set(tests) != {"at_least", "at_most"}:
                raise ValueError(f"use one test per condition, not {' and '.join(tests)}; "
                                 "combine several with 'all' or 'any'")
        elif tests:
            raise ValueError(f"'{tests[0]}' needs a 'question' beside it")
        return self

    def tests(self) -> list[str]:
        """The tests this condition applies to its question's answer."""
        names = ("equals", "in_", "includes", "answered", "at_least", "at_most")
        return [name.rstrip("_") for name in names if getattr(self, name) is not None]

    def questions(self) -> list[str]:
        """Every question id this condition depends on."""
        if self.question is not None:
            return [self.question]
        children = self.all or self.any or ([self.not_] if self.not_ else [])
        return [qid for child in children for qid in child.questions()]


class ScaleSpec(_Model):
    """The range of a ``scale`` question and how its ends score."""

    min: int = 1
    max: int = 5
    min_label: LocalizedText | None = None
    max_label: LocalizedText | None = None
    risk_at_min: float = Field(default=0, ge=0, le=1000)
    risk_at_max: float = Field(default=0, ge=0, le=1000)
    mitigation_at_min: float = Field(default=0, ge=0, le=1000)
    mitigation_at_max: float = Field(default=0, ge=0, le=1000)
    recommendation: LocalizedText | None = None

    @model_validator(mode="after")
    def _ordered(self) -> ScaleSpec:
        if self.min >= self.max:
            raise ValueError(f"the scale's min ({self.min}) must be below its max ({self.max})")
        if self.max - self.min > 100:
            raise ValueError("a scale has at most 101 steps")
        return self

    def points(self, value: float) -> tuple[float, float]:
        """Risk and mitigation points of an answer, interpolated between the ends."""
        share = (value - self.min) / (self.max - self.min)
        risk = self.risk_at_min + (self.risk_at_max - self.risk_at_min) * share
        low, high = self.mitigation_at_min, self.mitigation_at_max
        mitigation = low + (high - low) * share
        return risk, mitigation


class NumberBand(_Model):
    """Points for answers of at least ``at_least``."""

    at_least: float
    risk: float = Field(default=0, ge=0, le=1000)
    mitigation: float = Field(default=0, ge=0, le=1000)
    recommendation: LocalizedText | None = None


class NumberSpec(_Model):
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


class Question(_Model):
    """One question of a questionnaire."""

    id: Identifier
    type: Literal["single_choice", "multi_choice", "yes_no", "scale", "text", "number", "date"]
    text: LocalizedText
    guidance: LocalizedText
    required: bool = True
    options: list[Option] | None = None
    scale: ScaleSpec | None = None
    number: NumberSpec | None = None
    show_if: Condition | None = None
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
    _max_points: tuple[float, float] = PrivateAttr(default=(0.0, 0.0))

    def model_post_init(self, context: Any, /) -> None:
        """Index the options and work out the maxima once: scoring asks for them often."""
        for option in self.options or ():
            self._options_by_id.setdefault(option.id, option)
        self._max_points = self._compute_max_points()

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


_DEFAULT_LABELS = {"en": {"yes": "Yes", "no": "No"}, "fr": {"yes": "Oui", "no": "Non"}}


class Section(_Model):
    """A group of questions on one theme."""

    id: Identifier
    title: LocalizedText
    description: LocalizedText | None = None
    questions: list[Question] = Field(min_length=1)


class Level(_Model):
    """A risk level and the residual-risk percentage it starts at."""

    id: Identifier
    label: LocalizedText
    from_: float = Field(alias="from", ge=0, le=100)
    description: LocalizedText | None = None
    color: str | None = Field(default=None, pattern=r"^#[0-9A-Fa-f]{6}$")


class MitigationRule(_Model):
    """Reduce the raw impact score by ``reduce_by`` % once mitigation reaches ``when_at_least``."""

    when_at_least: float = Field(ge=0, le=100)
    reduce_by: float = Field(ge=0, le=100)


class Scoring(_Model):
    """How the answers of a questionnaire become risk percentages and a level."""

    aggregation: Literal["weighted_mean", "maximum"] = "weighted_mean"
    section_weights: dict[str, Annotated[float, Field(gt=0, le=100)]] = Field(
        default_factory=dict)
    levels: list[Level] = Field(min_length=1)
    mitigation: list[MitigationRule] = Field(default_factory=list)

    def level_for(self, residual: float) -> Level:
        """The level of a residual-risk percentage."""
        chosen = self.levels[0]
        for level in self.levels:
            if residual >= level.from_:
                chosen = level
        return chosen

    def reduction_for(self, mitigation: float) -> float:
        """The % by which a mitigation percentage reduces the raw impact score."""
        applicable = [r.reduce_by for r in self.mitigation if mitigation >= r.when_at_least]
        return max(applicable, default=0.0)


class Questionnaire(_Model):
    """A whole questionnaire: sections of questions and its scoring configuration."""

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

    def model_post_init(self, context: Any, /) -> None:
        """Number the questions and index them by id."""
        for s_index, section in enumerate(self.sections, start=1):
            for q_index, question in enumerate(section.questions, start=1):
                self._numbers.setdefault(question.id, f"{s_index}.{q_index}")
                self._questions.setdefault(question.id, question)
                self._section_of.setdefault(question.id, section)

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
            self._order.extend(_dependency_order(self.all_questions()))
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


def _dependency_order(questions: list[Question]) -> list[Question]:
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
            depends = question.show_if.questions() if question.show_if else []
            for qid in reversed(depends):
                if qid in by_id and qid not in placed and qid != question.id:
                    stack.append((by_id[qid], False))
    return order
