"""What the questionnaire models share: their base, identifiers and conditions.

Every model is frozen and refuses unknown keys. Keys that format 2 added are left out
of a model's serialised form while they hold their defaults, so a format-1
questionnaire's content, and so its fingerprint, is what it always was.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}$",
                                  description="Letters, digits, '_', '-' and '.'.")]


class FrozenModel(BaseModel):
    """The base of every model read from a user's file: frozen, refusing unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    #: Fields that format 2 added: serialised only when they differ from their default.
    _format_2: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _without_unused_format_2(self, handler: SerializerFunctionWrapHandler,
                                 info: SerializationInfo) -> Any:
        data = handler(self)
        if not self._format_2 or not isinstance(data, dict):
            return data
        for name in self._format_2:
            field = type(self).model_fields[name]
            if getattr(self, name) == field.get_default(call_default_factory=True):
                data.pop(field.alias if info.by_alias and field.alias else name, None)
        return data


class Condition(FrozenModel):
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
