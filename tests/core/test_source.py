"""Reading user files safely: YAML rules, hostile input, positions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from raiassess.core import source
from raiassess.core.problems import DocumentError
from raiassess.core.source import (
    MAX_DEPTH,
    MAX_DOCUMENT_BYTES,
    MAX_EVENTS,
    parse_text,
    read_document,
)


class EventCount:
    """How many parser events reading a document pulled: a bound on its work that,
    unlike a stopwatch, does not depend on how busy the machine is."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pulled = 0
        self.parses = 0
        real = source.yaml.parse

        def counting(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.parses += 1
            for event in real(*args, **kwargs):
                self.pulled += 1
                yield event

        monkeypatch.setattr(source.yaml, "parse", counting)


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> EventCount:
    return EventCount(monkeypatch)


def problems_of(text: str) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "f.yaml")
    return [str(p) for p in caught.value.problems]


def test_yaml_12_core_rules_keep_yes_and_no_as_text() -> None:
    doc = parse_text("a: yes\nb: no\nc: on\nd: true\ne: 12\nf: 1.5\ng: ~\nh: '3'\ni: 2026-01-05\n",
                     "f.yaml")
    assert doc.data == {"a": "yes", "b": "no", "c": "on", "d": True, "e": 12, "f": 1.5,
                        "g": None, "h": "3", "i": "2026-01-05"}


def test_positions_are_recorded_for_values_and_keys() -> None:
    doc = parse_text("top:\n  items:\n    - name: x\n      size: 3\n", "f.yaml")
    assert doc.position_of(("top", "items", 0, "size")).line == 4
    assert doc.position_of(("top", "items", 0, "size")).column == 13
    assert doc.position_of(("top", "items", 0, "size"), key=True).column == 7
    # An unknown place falls back to the nearest enclosing value.
    assert doc.position_of(("top", "items", 0, "missing")).line == 3


def test_python_tags_are_refused() -> None:
    [message] = problems_of("a: !!python/object/apply:os.system ['echo hacked']\n")
    assert message.startswith("f.yaml:1:4: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'")
    assert "not allowed" in message


def test_aliases_are_refused_so_alias_bombs_cannot_expand(events: EventCount) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    [message] = problems_of("\n".join(lines))
    assert events.pulled < 30  # stopped at the first alias, nothing expanded
    assert "f.yaml:2:" in message and "aliases (*name) are not supported" in message


@pytest.mark.parametrize("parser", ["C", "Python"])
@pytest.mark.parametrize(("text", "column"), [("[" * 100_000 + "]" * 100_000, 65),
                                              ("{a: " * 50_000 + "1" + "}" * 50_000, 257),
                                              ("- " * 50_000 + "x", 129)])
def test_deep_nesting_is_refused_quickly(text: str, column: int, parser: str,
                                         monkeypatch: pytest.MonkeyPatch,
                                         events: EventCount) -> None:
    if parser == "Python":
        monkeypatch.setattr(source, "_Parser", yaml.SafeLoader)
    [message] = problems_of(text)
    assert events.pulled <= 2 * MAX_DEPTH + 3  # stopped at the limit, not at the end
    # One sentence in our words, at the 65th opening, whatever the parser's own limits.
    assert message.startswith(f"f.yaml:1:{column}: the document is nested too deeply")
    assert "at most 64 levels" in message
    assert "YAML syntax error" not in message


def test_a_parser_refusing_deep_brackets_in_its_own_words_is_reported_in_ours(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a: " + "[" * 2000 + "]" * 2000

    def refuse(stream: str, Loader: object) -> object:  # a libyaml with its own limit
        mark = yaml.Mark("f.yaml", 1003, 0, 1003, None, None)
        raise yaml.scanner.ScannerError("while scanning", mark, "some library wording", mark)

    monkeypatch.setattr(source.yaml, "parse", refuse)
    [message] = problems_of(text)
    assert message.startswith("f.yaml:1:68: the document is nested too deeply")


def test_a_syntax_error_inside_shallow_brackets_stays_a_syntax_error() -> None:
    [message] = problems_of("a: [[[b, c]], d\n")
    assert message.startswith("f.yaml:")
    assert "YAML syntax error" in message


def test_several_documents_are_refused() -> None:
    [message] = problems_of("a: 1\n---\nb: 2\n")
    assert message.startswith("f.yaml:2:1: the file holds more than one YAML document")


def test_duplicate_keys_are_reported_where_they_repeat() -> None:
    [message] = problems_of("a: 1\nb: 2\na: 3\n")
    assert message == "f.yaml:3:1: duplicate key 'a' (a)"


def test_syntax_errors_name_line_and_column() -> None:
    [message] = problems_of("a:\n  - b\n  c: d\n")
    assert message.startswith("f.yaml:3:3: YAML syntax error:")


def test_binary_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: this is a binary file, not a YAML or JSON text file " \
                                "((document))"


def test_non_utf8_files_name_the_place(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(b"id: x\ntitle: caf" + b"\xe9\n")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}:2:11: the file is not valid UTF-8 text "
                                        "(byte 0xe9)")


def test_huge_files_are_refused_without_parsing(tmp_path: Path, events: EventCount) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(b"a: " + b"x" * (MAX_DOCUMENT_BYTES + 10))
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert events.parses == 0
    assert "files larger than 4 MB are not read" in str(caught.value)


@pytest.mark.parametrize("text", ["- a\n" * 1_000_000, "[" + "1," * 1_500_000 + "1]",
                                  "{" + ",".join(f"k{i}: 1" for i in range(300_000)) + "}"])
def test_documents_of_too_many_tiny_values_are_refused_quickly(text: str,
                                                             events: EventCount) -> None:
    assert len(text) <= MAX_DOCUMENT_BYTES
    [message] = problems_of(text)
    assert events.pulled <= MAX_EVENTS + 2  # stopped at the limit, not at the end
    assert "holds more than 400,000 values and collections" in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.yaml")
    with pytest.raises(DocumentError, match="this is a folder, not a questionnaire or answers file"):
        read_document(tmp_path)


def test_json_is_read_with_positions() -> None:
    doc = parse_text('{\n  "a": [1, "yes", null]\n}\n', "f.json")
    assert doc.data == {"a": [1, "yes", None]}
    assert doc.position_of(("a", 1)).line == 2


def test_overlong_integers_stay_text() -> None:
    digits = "9" * 5000
    assert parse_text(f"a: {digits}\n", "f.yaml").data == {"a": digits}
