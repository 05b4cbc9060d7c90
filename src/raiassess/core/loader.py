"""Load and check questionnaire files, reporting every problem with its place."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from raiassess.core import format2
from raiassess.core.format2 import condition_questions
from raiassess.core.problems import DocumentError, Loc, Problem, sorted_problems
from raiassess.core.questionnaire import QUESTION_TYPES, Questionnaire
from raiassess.core.source import SourceDocument, parse_text, read_document
from raiassess.core.validation import model_keys, problems_from_error

QUESTIONNAIRE_KEYS = model_keys(Questionnaire)


def load_questionnaire(path: str | Path, name: str | None = None) -> Questionnaire:
    """Read, validate and return the questionnaire in a file. Raises DocumentError."""
    return questionnaire_from_document(read_document(path, name))


def questionnaire_from_text(text: str, name: str) -> Questionnaire:
    """Validate a questionnaire given as YAML or JSON text. Raises DocumentError."""
    return questionnaire_from_document(parse_text(text, name))


def questionnaire_from_document(doc: SourceDocument) -> Questionnaire:
    """Validate parsed data as a questionnaire. Raises DocumentError with every problem."""
    if not isinstance(doc.data, dict):
        raise DocumentError.single(doc.name, "a questionnaire file must be a mapping with "
                                   "'id', 'version', 'title', 'sections' and 'scoring'", 1, 1)
    problems: list[Problem] = []
    questionnaire = None
    try:
        questionnaire = Questionnaire.model_validate(doc.data)
    except ValidationError as error:
        problems += problems_from_error(doc, error, QUESTIONNAIRE_KEYS)
    # The cross-checks read the raw data, so that they run even where the models
    # failed and an author sees every problem at once.
    problems += _Checker(doc).run()
    if problems or questionnaire is None:
        raise DocumentError(sorted_problems(problems))
    return questionnaire


def _dicts(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


class _Checker:
    """Cross-reference checks on the raw data of a questionnaire file."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.questions: dict[str, tuple[dict[str, Any], Loc]] = {}
        for s_index, section in _dicts(doc.data.get("sections")):
            for q_index, question in _dicts(section.get("questions")):
                qid = _text(question.get("id"))
                if qid is not None:
                    loc: Loc = ("sections", s_index, "questions", q_index)
                    self.questions.setdefault(qid, (question, loc))

    def add(self, message: str, loc: Loc, key: bool = False) -> None:
        position = self.doc.position_of(loc, key=key)
        self.problems.append(Problem(self.doc.name, message,
                                     position.line if position else None,
                                     position.column if position else None, loc))

    def where(self, loc: Loc) -> str:
        position = self.doc.position_of(loc)
        return f"line {position.line}" if position else "another place"

    def run(self) -> list[Problem]:
        self.check_ids()
        for qid, (question, loc) in self.questions.items():
            if question.get("type") == "yes_no":
                self.check_yes_no(question, loc)
            if isinstance(question.get("show_if"), dict):
                self.check_condition(qid, question["show_if"], (*loc, "show_if"))
        self.check_cycles()
        scoring = self.doc.data.get("scoring")
        if isinstance(scoring, dict):
            self.check_scoring(scoring)
        format2.check_keys(self.doc.data, self.add)
        format2.check_questions(self.doc.data, self.add, self.check_condition)
        format2.check_scoring(self.doc.data, self.add, self.check_condition)
        return self.problems

    def check_ids(self) -> None:
        sections: dict[str, Loc] = {}
        questions: dict[str, Loc] = {}
        for s_index, section in _dicts(self.doc.data.get("sections")):
            sid = _text(section.get("id"))
            loc: Loc = ("sections", s_index, "id")
            if sid is not None and sid in sections:
                self.add(f"duplicate section id {sid!r} (first used at "
                         f"{self.where(sections[sid])})", loc)
            if sid is not None:
                sections.setdefault(sid, loc)
            for q_index, question in _dicts(section.get("questions")):
                qloc: Loc = ("sections", s_index, "questions", q_index)
                qid = _text(question.get("id"))
                if qid is not None and qid in questions:
                    self.add(f"duplicate question id {qid!r} (first used at "
                             f"{self.where(questions[qid])})", (*qloc, "id"))
                if qid is not None:
                    questions.setdefault(qid, (*qloc, "id"))
                seen: set[str] = set()
                for o_index, option in _dicts(question.get("options")):
                    oid = _text(option.get("id"))
                    if oid is not None and oid in seen:
                        self.add(f"duplicate option id {oid!r} in question {qid!r}",
                                 (*qloc, "options", o_index, "id"))
                    if oid is not None:
                        seen.add(oid)

    def check_yes_no(self, question: dict[str, Any], loc: Loc) -> None:
        if "options" not in question or not isinstance(question["options"], list):
            return
        ids = sorted(str(o.get("id")) for _, o in _dicts(question["options"]))
        if ids != ["no", "yes"]:
            self.add("a yes_no question has exactly the options 'yes' and 'no', not "
                     f"{', '.join(ids) or 'none'}", (*loc, "options"))

    def check_condition(self, owner: str | None, cond: dict[str, Any], loc: Loc) -> None:
        for key in ("all", "any"):
            for index, child in _dicts(cond.get(key)):
                self.check_condition(owner, child, (*loc, key, index))
        if isinstance(cond.get("not"), dict):
            self.check_condition(owner, cond["not"], (*loc, "not"))
        target_id = _text(cond.get("question"))
        if target_id is None:
            return
        if target_id not in self.questions:
            close = difflib.get_close_matches(target_id, list(self.questions), n=1, cutoff=0.7)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.add(f"show_if names unknown question {target_id!r}{hint}", (*loc, "question"))
            return
        if target_id == owner:
            self.add("a question's show_if cannot depend on the question itself",
                     (*loc, "question"))
            return
        self.check_test(self.questions[target_id][0], target_id, cond, loc)

    def check_test(self, target: dict[str, Any], target_id: str, cond: dict[str, Any],
                   loc: Loc) -> None:
        kind = target.get("type")
        fits = {
            "equals": ("single_choice", "yes_no"), "in": ("single_choice", "yes_no"),
            "includes": ("multi_choice",), "at_least": ("scale", "number"),
            "at_most": ("scale", "number"), "answered": tuple(QUESTION_TYPES),
        }
        for test, types in fits.items():
            if test in cond and kind in QUESTION_TYPES and kind not in types:
                self.add(f"'{test}' does not fit {kind} question {target_id!r}; it is for "
                         f"{' and '.join(types)} questions", (*loc, test), key=True)
                return
        options = target.get("options")
        if kind == "yes_no" and options is None:
            known = ["yes", "no"]
        else:
            known = [str(o.get("id")) for _, o in _dicts(options)]
        for test in ("equals", "in", "includes"):
            values = cond.get(test)
            for value in values if isinstance(values, list) else [values]:
                if test in cond and isinstance(value, str) and value not in known:
                    self.add(f"question {target_id!r} has no option {value!r} "
                             f"(its options: {', '.join(known)})", (*loc, test))

    def check_cycles(self) -> None:
        section_of = {qid: int(loc[1]) for qid, (_, loc) in self.questions.items()}
        sections = dict(_dicts(self.doc.data.get("sections")))
        depends = {qid: [d for d in condition_questions(question.get("show_if"))
                         + condition_questions(sections[section_of[qid]].get("show_if"))
                         if d in self.questions and d != qid]
                   for qid, (question, _) in self.questions.items()}
        state: dict[str, int] = {}  # 1: on the current path, 2: done
        reported: set[frozenset[str]] = set()
        for root in depends:
            if state.get(root):
                continue
            path: list[str] = []
            stack: list[tuple[str, int]] = [(root, 0)]
            while stack:
                node, index = stack.pop()
                if index == 0:
                    state[node] = 1
                    path.append(node)
                children = depends[node]
                if index >= len(children):
                    state[node] = 2
                    path.pop()
                    continue
                stack.append((node, index + 1))
                child = children[index]
                if state.get(child) == 1:
                    cycle = path[path.index(child):]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        chain = " -> ".join([*cycle, child])
                        self.add(f"show_if conditions form a cycle: {chain}",
                                 (*self.questions[child][1], "show_if"))
                elif not state.get(child):
                    stack.append((child, 0))

    def check_scoring(self, scoring: dict[str, Any]) -> None:
        previous: tuple[str, float] | None = None
        seen: set[str] = set()
        for index, level in _dicts(scoring.get("levels")):
            start, name = _number(level.get("from")), str(level.get("id"))
            loc: Loc = ("scoring", "levels", index, "from")
            if name in seen:
                self.add(f"duplicate level id {name!r}", ("scoring", "levels", index, "id"))
            seen.add(name)
            if start is None:
                if format2.format_version(self.doc.data) == 1:
                    self.add("a level needs 'from': the residual risk (in %) it starts at",
                             ("scoring", "levels", index))
                continue
            if previous is None and start != 0:
                self.add(f"the first level must start at 0, not {start:g}", loc)
            elif previous is not None and start <= previous[1]:
                self.add(f"level thresholds must rise: {name!r} starts at {start:g}, which is "
                         f"not above {previous[0]!r} ({previous[1]:g})", loc)
            previous = (name, start)
        last: float | None = None
        for index, rule in _dicts(scoring.get("mitigation")):
            value = _number(rule.get("when_at_least"))
            if value is not None and last is not None and value <= last:
                self.add("mitigation rules must be listed with rising 'when_at_least'",
                         ("scoring", "mitigation", index, "when_at_least"))
            last = value if value is not None else last
        weights = scoring.get("section_weights")
        section_ids = [str(s.get("id")) for _, s in _dicts(self.doc.data.get("sections"))]
        for section_id in weights if isinstance(weights, dict) else {}:
            if section_id not in section_ids:
                close = difflib.get_close_matches(section_id, section_ids, n=1, cutoff=0.7)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.add(f"section_weights names unknown section {section_id!r}{hint}",
                         ("scoring", "section_weights", section_id), key=True)


def document_kind(data: Any) -> str:
    """Whether parsed data is meant as an answers file or a questionnaire."""
    if isinstance(data, dict) and ("answers" in data or data.get("format") == "raiassess-answers"):
        return "answers"
    return "questionnaire"
