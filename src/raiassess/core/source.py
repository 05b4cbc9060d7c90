"""Read a YAML or JSON file that a user hands us, safely, keeping where each value was.

Only plain data is built (mappings, sequences, text, numbers, booleans, null) with the
YAML 1.2 core rules, so ``yes`` and ``no`` stay text. Tags, aliases, several documents,
deep nesting and oversized or binary files are refused with one clear problem. The
document is built from the parser's event stream so that a hostile file is stopped as
soon as it crosses a limit, before the parser does any more work on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from raiassess.core.files import UnreadableFile, read_limited, too_large
from raiassess.core.problems import DocumentError, Loc

MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64
MAX_EVENTS = 400_000
"""About four times what a 2,000-question questionnaire holds; keeps a hostile file brief."""
_TOO_DEEP = (f"the document is nested too deeply: at most {MAX_DEPTH} levels of lists and "
             "mappings inside one another are read")
_FLOW_BRACKETS = re.compile(r"[\[\]{}]")

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_ALLOWED_TAGS = {
    None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}


@dataclass(frozen=True)
class Position:
    """A place in a text file, 1-based."""

    line: int
    column: int


_ROOT = (0, None)
_NO_KEY = object()

Marks = dict[tuple[int, Any], tuple[int, int]]


class SourceDocument:
    """Plain data read from a file, with the position of every value and mapping key.

    While parsing, positions are recorded per (container, key or index), which is
    cheap; they are looked up by walking the data along a location, which happens
    only when a problem is reported.
    """

    def __init__(self, name: str, data: Any, marks: Marks | None = None,
                 key_marks: Marks | None = None) -> None:
        self.name = name
        self.data = data
        self._marks: Marks = marks or {}
        self._key_marks: Marks = key_marks or {}

    def _steps(self, loc: Loc) -> list[tuple[int, Any]]:
        """The (container, part) steps of ``loc`` that exist in the data."""
        steps: list[tuple[int, Any]] = []
        node: Any = self.data
        for part in loc:
            if not _contains(node, part):
                break
            steps.append((id(node), part))
            node = node[part]
        return steps

    def position_of(self, loc: Loc, *, key: bool = False) -> Position | None:
        """Where the value (or its key) at ``loc`` is, else the nearest enclosing value."""
        steps = self._steps(loc)
        if key and steps and len(steps) == len(loc) and steps[-1] in self._key_marks:
            return Position(*self._key_marks[steps[-1]])
        for step in reversed(steps):
            if step in self._marks:
                return Position(*self._marks[step])
        root = self._marks.get(_ROOT)
        return Position(*root) if root else None

    def has_value_at(self, loc: Loc) -> bool:
        """Whether the data has a value at exactly this location."""
        return len(self._steps(loc)) == len(loc)


def _contains(node: Any, part: Any) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def resolve_plain_scalar(text: str) -> Any:
    """Turn an unquoted YAML scalar into a value by the YAML 1.2 core schema."""
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    try:
        if _INT.fullmatch(text):
            return int(text)
        if _OCT.fullmatch(text):
            return int(text[2:], 8)
        if _HEX.fullmatch(text):
            return int(text[2:], 16)
        if _FLOAT.fullmatch(text):
            return float(text)
    except ValueError:  # more digits than Python converts: keep the text
        return text
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def decode_text(raw: bytes, name: str) -> str:
    """Decode a user file as UTF-8 text, refusing binary and oversized files."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError.single(name, too_large(len(raw), MAX_DOCUMENT_BYTES))
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise DocumentError.single(name, "the file is UTF-16 text; save it as UTF-8")
    if b"\x00" in raw:
        raise DocumentError.single(name, "this is a binary file, not a YAML or JSON text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DocumentError.single(
            name, f"the file is not valid UTF-8 text (byte 0x{raw[exc.start]:02x}); "
            "save it as UTF-8", line, column) from None


def read_document(path: str | Path, name: str | None = None) -> SourceDocument:
    """Read a YAML or JSON file into plain data with positions. Raises DocumentError."""
    display = name or str(path)
    try:
        raw = read_limited(path, MAX_DOCUMENT_BYTES, "questionnaire or answers file")
    except UnreadableFile as exc:
        raise DocumentError.single(display, str(exc)) from None
    return parse_text(decode_text(raw, display), display)


def parse_text(text: str, name: str) -> SourceDocument:
    """Parse YAML (or JSON) text into plain data with positions. Raises DocumentError."""
    try:
        return _build(text, name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        too_deep = _flow_too_deep(text, mark.index + 1 if mark else len(text))
        if too_deep is not None:
            raise DocumentError.single(name, _TOO_DEEP, *too_deep) from None
        message = (exc.problem or exc.context or "invalid YAML").strip()
        raise DocumentError.single(
            name, f"YAML syntax error: {message}",
            mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise DocumentError.single(name, f"YAML syntax error: {exc}") from None


def _flow_too_deep(text: str, end: int) -> tuple[int, int] | None:
    """Where brackets before ``end`` first open more than MAX_DEPTH levels, if they do.

    Some libyaml builds scan far ahead inside ``[`` and ``{`` and stop at a nesting
    limit of their own before we see the events that cross ours. When the parser refuses
    a file, this tells whether that was the reason, whatever its wording, so the user
    reads our limit and the place it was crossed. Quotes are not skipped: it is only
    asked about a file the parser has already refused.
    """
    depth = 0
    for bracket in _FLOW_BRACKETS.finditer(text, 0, end):
        if bracket.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                start = bracket.start()
                line = text.count("\n", 0, start) + 1
                return line, start - (text.rfind("\n", 0, start) + 1) + 1
        elif depth:
            depth -= 1
    return None


_PLAIN_TEXT_START = frozenset("abcdeghijklmopqrsuvwxyzABCDEGHIJKLMOPQRSUVWXYZ_/(\"'")


def _build(text: str, name: str) -> SourceDocument:
    """Build plain data from the parser's events, enforcing the safety limits as it goes.

    One tight loop: this runs once per event, about 50 times per question.
    """
    marks: Marks = {}
    key_marks: Marks = {}
    # Each frame: [container, pending key or _NO_KEY, the key's mark, its place in its parent]
    stack: list[list[Any]] = []
    result: Any = None
    documents = 0

    def fail(message: str, event: Any, key: Any = _NO_KEY) -> DocumentError:
        mark = event.start_mark
        loc = tuple(frame[3] for frame in stack[1:])
        if key is not _NO_KEY:
            loc = (*loc, key)
        return DocumentError.single(name, message, mark.line + 1, mark.column + 1, loc)

    events: Iterator[Any] = yaml.parse(text, Loader=_Parser)
    for count, event in enumerate(events):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.tag not in _ALLOWED_TAGS:
                raise fail(f"YAML tag {event.tag!r} is not allowed; use plain values", event)
            value: Any = event.value
            if not event.style and event.implicit[0] and (
                    not value or value[0] not in _PLAIN_TEXT_START):
                value = resolve_plain_scalar(value)  # plain (the C parser says "" for it)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag not in _ALLOWED_TAGS:
                raise fail(f"YAML tag {event.tag!r} is not allowed; use plain values", event)
            if len(stack) >= MAX_DEPTH:
                raise fail(_TOO_DEEP, event)
            value = {} if kind is yaml.MappingStartEvent else []
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            continue
        elif kind is yaml.AliasEvent:
            raise fail("YAML aliases (*name) are not supported; write the value out", event)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise fail("the file holds more than one YAML document; keep one", event)
            continue
        else:
            continue
        if count > MAX_EVENTS:
            raise fail(f"the document holds more than {MAX_EVENTS:,} values and collections; "
                       "that is too large for a questionnaire or answers file", event)
        mark = event.start_mark
        where = (mark.line + 1, mark.column + 1)
        place: Any = None
        if not stack:
            result = value
            marks[_ROOT] = where
        else:
            frame = stack[-1]
            container = frame[0]
            if type(container) is list:
                place = len(container)
                marks[(id(container), place)] = where
                container.append(value)
            elif frame[1] is _NO_KEY:  # this value is a key
                if isinstance(value, dict | list):
                    raise fail("a mapping key must be plain text, not a list or mapping", event)
                key = value if type(value) is str else _key_text(value)
                if key in container:
                    raise fail(f"duplicate key {key!r}", event, key)
                frame[1], frame[2] = key, where
                continue
            else:
                key = place = frame[1]
                container[key] = value
                marks[(id(container), key)] = where
                key_marks[(id(container), key)] = frame[2]
                frame[1] = _NO_KEY
        if kind is not yaml.ScalarEvent:
            stack.append([value, _NO_KEY, None, place])
    return SourceDocument(name, result, marks, key_marks)


def _key_text(value: Any) -> str:
    """Mapping keys are text: ``1`` and ``true`` as keys mean the text ``1`` and ``true``."""
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)
