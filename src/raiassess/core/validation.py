"""Turn pydantic's validation errors into problems an author can act on."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from raiassess.core.problems import Loc, Problem
from raiassess.core.source import SourceDocument


def model_keys(*models: type[BaseModel]) -> set[str]:
    """Every key (by its alias) the given models and the models they contain accept."""
    keys: set[str] = set()
    seen: set[type[BaseModel]] = set()
    pending = list(models)
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            keys.add(info.alias or name)
            pending.extend(_models_in(info.annotation))
    return keys


def _models_in(annotation: Any) -> Iterable[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _models_in(arg)


def data_loc(data: Any, loc: Iterable[str | int]) -> Loc:
    """The part of pydantic's error location that names places in the data.

    Pydantic adds the names of union members and validators to a location; those are
    dropped by walking the data itself.
    """
    out: list[str | int] = []
    node = data
    for part in loc:
        in_mapping = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_mapping or in_list:
            out.append(part)
            node = node[part]
    return tuple(out)


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_EXPECTED = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    "bool_parsing": "true or false", "list_type": "a list", "dict_type": "a mapping",
    "model_type": "a mapping", "model_attributes_type": "a mapping",
    "int_from_float": "a whole number",
}


def problems_from_error(doc: SourceDocument, error: ValidationError,
                        known_keys: set[str]) -> list[Problem]:
    """One problem per pydantic error, with the file position and a plain message."""
    problems = []
    for item in error.errors(include_url=False):
        raw_loc = tuple(item["loc"])
        kind = item["type"]
        loc = data_loc(doc.data, raw_loc)
        value = item.get("input")
        if kind == "extra_forbidden":
            key = str(raw_loc[-1])
            message = f"unknown key {key!r}"
            close = difflib.get_close_matches(key, sorted(known_keys), n=1, cutoff=0.7)
            if close:
                message += f" (did you mean {close[0]!r}?)"
            loc = (*data_loc(doc.data, raw_loc[:-1]), key)
            position = doc.position_of(loc, key=True)
        elif kind == "missing":
            message = f"missing required key {str(raw_loc[-1])!r}"
            position = doc.position_of(loc)
        else:
            message = _message(item, kind, value)
            position = doc.position_of(loc)
        problems.append(Problem(doc.name, message, position.line if position else None,
                                position.column if position else None, loc))
    return problems


def _message(item: Any, kind: str, value: Any) -> str:
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, found {_describe(value)}"
    if kind == "literal_error":
        expected = str(item.get("ctx", {}).get("expected", ""))
        message = f"{_describe(value)} is not allowed here; expected {expected}"
        choices = re.findall(r"'([^']*)'", expected)
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
        return message + (f" (did you mean {close[0]!r}?)" if close else "")
    if kind == "union_tag_invalid":
        ctx = item.get("ctx", {})
        return f"unknown value {ctx.get('tag')!r}; expected {ctx.get('expected_tags')}"
    if kind == "too_short" and isinstance(value, list | dict) and not value:
        return "must not be empty"
    if kind == "string_pattern_mismatch":
        return (f"{_describe(value)} is not a valid identifier: use letters, digits, "
                "'_', '-' and '.', starting with a letter or digit (at most 80)")
    if kind == "value_error":
        return str(item.get("ctx", {}).get("error", item["msg"]))
    message = str(item["msg"])
    return message[0].lower() + message[1:] if message else kind
