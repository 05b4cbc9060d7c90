"""Read a YAML or JSON file that a user hands us, safely, keeping where each value was.

Only plain data is built (mappings, sequences, text, numbers, booleans, null) with the
YAML 1.2 core rules, so ``yes`` and ``no`` stay text. Tags, aliases, several documents,
deep nesting and oversized or binary files are refused with one clear problem. The
document is built from the parser's event stream so that a hostile file is stopped as
soon as it crosses a limit, before the parser does any more work on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from raiassess.core.problems import DocumentError, Loc

MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64
MAX_EVENTS = 3_000_000

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


@dataclass
class SourceDocument:
    """Plain data read from a file, with the position of every value and mapping key."""

    name: str
    data: Any
    positions: dict[Loc, Position] = field(default_factory=dict)
    key_positions: dict[Loc, Position] = field(default_factory=dict)

    def position_of(self, loc: Loc, *, key: bool = False) -> Position | None:
        """Where the value (or its key) at ``loc`` is, else the nearest enclosing value."""
        if key and loc in self.key_positions:
            return self.key_positions[loc]
        while True:
            if loc in self.positions:
                return self.positions[loc]
            if not loc:
                return None
            loc = loc[:-1]


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
        raise DocumentError.single(
            name, f"the file is {len(raw) / 1048576:.1f} MB; files larger than "
            f"{MAX_DOCUMENT_BYTES // 1048576} MB are not read")
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
    path = Path(path)
    display = name or str(path)
    try:
        if path.is_dir():
            raise DocumentError.single(display, "this is a folder, not a file")
        with path.open("rb") as handle:
            raw = handle.read(MAX_DOCUMENT_BYTES + 1)
            if len(raw) > MAX_DOCUMENT_BYTES:
                raw += handle.read()  # only to report the size
    except FileNotFoundError:
        raise DocumentError.single(display, "no such file") from None
    except PermissionError:
        raise DocumentError.single(display, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise DocumentError.single(display, f"cannot read the file: {exc.strerror}") from None
    return parse_text(decode_text(raw, display), display)


def parse_text(text: str, name: str) -> SourceDocument:
    """Parse YAML (or JSON) text into plain data with positions. Raises DocumentError."""
    builder = _Builder(name)
    try:
        for event in yaml.parse(text, Loader=_Parser):
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = (exc.problem or exc.context or "invalid YAML").strip()
        raise DocumentError.single(
            name, f"YAML syntax error: {message}",
            mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise DocumentError.single(name, f"YAML syntax error: {exc}") from None
    return SourceDocument(name, builder.result, builder.positions, builder.key_positions)


class _Builder:
    """Builds plain data from parser events, enforcing the safety limits as it goes."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.result: Any = None
        self.positions: dict[Loc, Position] = {}
        self.key_positions: dict[Loc, Position] = {}
        # Each frame: [container, loc, pending_key (mappings), key_position]
        self.stack: list[list[Any]] = []
        self.events = 0
        self.documents = 0

    def fail(self, message: str, event: Any) -> DocumentError:
        mark = event.start_mark
        loc = self.stack[-1][1] if self.stack else ()
        return DocumentError.single(self.name, message, mark.line + 1, mark.column + 1, loc)

    def feed(self, event: Any) -> None:
        self.events += 1
        if self.events > MAX_EVENTS:
            raise self.fail("the document is too large to be a questionnaire or answers file",
                            event)
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail("the file holds more than one YAML document; keep one", event)
        elif isinstance(event, yaml.AliasEvent):
            raise self.fail("YAML aliases (*name) are not supported; write the value out", event)
        elif isinstance(event, yaml.ScalarEvent):
            self.check_tag(event)
            value: Any = event.value
            if not event.style and event.implicit[0]:  # plain (the C parser says "")
                value = resolve_plain_scalar(event.value)
            self.add(value, event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self.check_tag(event)
            if len(self.stack) >= MAX_DEPTH:
                raise self.fail(f"the document is nested more than {MAX_DEPTH} levels deep",
                                event)
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            loc = self.add(container, event)
            self.stack.append([container, loc, _NO_KEY, None])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self.stack.pop()

    def check_tag(self, event: Any) -> None:
        if event.tag not in _ALLOWED_TAGS:
            raise self.fail(f"YAML tag {event.tag!r} is not allowed; use plain values", event)

    def add(self, value: Any, event: Any) -> Loc:
        """Place a new value in the current container and return its location."""
        mark = event.start_mark
        position = Position(mark.line + 1, mark.column + 1)
        if not self.stack:
            self.result = value
            self.positions[()] = position
            return ()
        frame = self.stack[-1]
        container = frame[0]
        parent_loc: Loc = frame[1]
        if isinstance(container, list):
            loc: Loc = (*parent_loc, len(container))
            container.append(value)
            self.positions[loc] = position
            return loc
        if frame[2] is _NO_KEY:  # this value is a key
            if isinstance(value, dict | list):
                raise self.fail("a mapping key must be plain text, not a list or mapping", event)
            new_key = _key_text(value)
            if new_key in container:
                raise DocumentError.single(
                    self.name, f"duplicate key {new_key!r}", position.line, position.column,
                    (*parent_loc, new_key))
            frame[2], frame[3] = new_key, position
            return parent_loc
        key: str = frame[2]
        loc = (*parent_loc, key)
        container[key] = value
        self.positions[loc] = position
        self.key_positions[loc] = frame[3]
        frame[2] = _NO_KEY
        return loc


_NO_KEY = object()


def _key_text(value: Any) -> str:
    """Mapping keys are text: ``1`` and ``true`` as keys mean the text ``1`` and ``true``."""
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)
