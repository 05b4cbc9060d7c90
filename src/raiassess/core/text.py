"""Text that authors may translate: a plain string (English) or ``{en: ..., fr: ...}``."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from raiassess.core.languages import DEFAULT_LANGUAGE

_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def _coerce(value: Any) -> Any:
    return {DEFAULT_LANGUAGE: value} if isinstance(value, str) else value


def _check(value: dict[str, str]) -> dict[str, str]:
    bad = [code for code in value if not _LANGUAGE.fullmatch(code)]
    if bad:
        raise ValueError(f"{bad[0]!r} is not a language code such as 'en' or 'fr'")
    if not value.get(DEFAULT_LANGUAGE, "").strip():
        raise ValueError("English text ('en') is required")
    return value


LocalizedText = Annotated[
    dict[str, str],
    BeforeValidator(_coerce),
    AfterValidator(_check),
    WithJsonSchema({
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["en"],
             "additionalProperties": {"type": "string"},
             "properties": {"en": {"type": "string", "minLength": 1}}},
        ],
        "description": "Text in English, or a mapping of language codes to text with 'en'.",
    }),
]


def localized(text: dict[str, str] | None, language: str = DEFAULT_LANGUAGE) -> str:
    """The text in ``language`` if the author translated it, else in English."""
    if not text:
        return ""
    return text.get(language) or text.get(DEFAULT_LANGUAGE, "")
