"""Checks on the raw data of a questionnaire that the two formats make necessary.

A format-1 file may not use what format 2 added (it would be silently ignored by
older copies of raiassess), and a format-2 file states its points as impact or
control, never as format 1's risk and mitigation. Format 2's own promises are
checked here too: "don't know" never cheaper than knowing, exclusive options only in
multiple choices, rules that name real levels, and levels in one consistent order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from raiassess.core.problems import Loc

Add = Callable[[str, Loc], None]
CheckCondition = Callable[[str | None, dict[str, Any], Loc], None]

_OPTION_2 = ("impact", "control", "not_applicable", "exclusive", "unknown")
_SCALE_2 = ("impact_at_min", "impact_at_max", "control_at_min", "control_at_max")
_BAND_2 = ("impact", "control")
_SCORING_2 = ("maximum", "controls", "rounding", "rules")
_LEVEL_2 = ("up_to", "by_rule_only")
_OPTION_1 = ("risk", "mitigation")
_SCALE_1 = ("risk_at_min", "risk_at_max", "mitigation_at_min", "mitigation_at_max")


def _dicts(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def format_version(data: dict[str, Any]) -> int:
    """The format a file declares (1 when it says nothing, or something invalid)."""
    return 2 if data.get("format_version") == 2 else 1


def point_places(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Loc, tuple[str, ...]]]:
    """Every mapping that may carry points, with its place and the keys each format adds."""
    for s_index, section in _dicts(data.get("sections")):
        for q_index, question in _dicts(section.get("questions")):
            loc: Loc = ("sections", s_index, "questions", q_index)
            for o_index, option in _dicts(question.get("options")):
                yield option, (*loc, "options", o_index), _OPTION_2 + _OPTION_1
            if isinstance(question.get("scale"), dict):
                yield question["scale"], (*loc, "scale"), _SCALE_2 + _SCALE_1
            number = question.get("number")
            for b_index, band in _dicts(number.get("bands") if isinstance(number, dict) else None):
                yield band, (*loc, "number", "bands", b_index), _BAND_2 + _OPTION_1


def check_keys(data: dict[str, Any], add: Add) -> None:
    """Keys of the other format, each reported where it stands."""
    version = format_version(data)
    hint_2 = "add 'format_version: 2' at the top of the file to use it"
    if version == 1:
        for mapping, loc, _ in point_places(data):
            for key in (*_OPTION_2, *_SCALE_2):
                if key in mapping:
                    add(f"'{key}' is a format 2 key; {hint_2}", (*loc, key))
        for s_index, section in _dicts(data.get("sections")):
            if "show_if" in section:
                add(f"a section's 'show_if' is a format 2 key; {hint_2}",
                    ("sections", s_index, "show_if"))
            for q_index, question in _dicts(section.get("questions")):
                if "unexamined" in question:
                    add(f"'unexamined' is a format 2 key; {hint_2}",
                        ("sections", s_index, "questions", q_index, "unexamined"))
        scoring = data.get("scoring")
        if isinstance(scoring, dict):
            for key in _SCORING_2:
                if key in scoring:
                    add(f"'{key}' is a format 2 key; {hint_2}", ("scoring", key))
            if scoring.get("aggregation") == "sum":
                add(f"aggregation 'sum' is format 2; {hint_2}", ("scoring", "aggregation"))
            for index, level in _dicts(scoring.get("levels")):
                for key in _LEVEL_2:
                    if key in level:
                        add(f"'{key}' is a format 2 key; {hint_2}",
                            ("scoring", "levels", index, key))
        return
    for mapping, loc, _ in point_places(data):
        for key in (*_OPTION_1, *_SCALE_1):
            if key in mapping:
                new = key.replace("risk", "impact").replace("mitigation", "control")
                add(f"format 2 scores '{new}' points (what the system is: 'impact'; a "
                    f"practice in place: 'control'), not '{key}'", (*loc, key))
    scoring = data.get("scoring")
    if isinstance(scoring, dict) and "mitigation" in scoring:
        add("format 2 says how controls reduce the impact under 'controls' "
            "('reduce_by' or 'steps'), not 'mitigation'", ("scoring", "mitigation"))


def check_questions(data: dict[str, Any], add: Add, check_condition: CheckCondition) -> None:
    """Format 2's promises about each question's options and follow-ups."""
    if format_version(data) != 2:
        return
    controls_needed = False
    for s_index, section in _dicts(data.get("sections")):
        if isinstance(section.get("show_if"), dict):
            check_condition(None, section["show_if"], ("sections", s_index, "show_if"))
            inside = {str(q.get("id")) for _, q in _dicts(section.get("questions"))}
            if set(condition_questions(section["show_if"])) & inside:
                add("a section's show_if cannot depend on a question of the section itself",
                    ("sections", s_index, "show_if"))
        for q_index, question in _dicts(section.get("questions")):
            loc: Loc = ("sections", s_index, "questions", q_index)
            controls_needed |= _check_points(question, loc, add)
            _check_unexamined(question, loc, add, check_condition)
    scoring = data.get("scoring")
    if controls_needed and isinstance(scoring, dict) and "controls" not in scoring:
        add("the questionnaire has control points, so its scoring needs 'controls' to say "
            "how they reduce the impact", ("scoring",))


def _check_points(question: dict[str, Any], loc: Loc, add: Add) -> bool:
    """Problems with one question's points; whether it carries control points."""
    options = list(_dicts(question.get("options")))
    kind = question.get("type")
    places = [(o, (*loc, "options", i)) for i, o in options]
    if isinstance(question.get("scale"), dict):
        places.append((question["scale"], (*loc, "scale")))
    number = question.get("number")
    places += [(b, (*loc, "number", "bands", i))
               for i, b in _dicts(number.get("bands") if isinstance(number, dict) else None)]
    impact = any(_number(p.get(k)) for p, _ in places for k in ("impact", *_SCALE_2[:2]))
    control = any(_number(p.get(k)) for p, _ in places for k in ("control", *_SCALE_2[2:]))
    if impact and control:
        add("a question either describes the system (impact points) or a practice in place "
            "(control points), not both: split it in two", loc)
    for option, oloc in places[:len(options)]:
        if option.get("exclusive") is True and kind != "multi_choice":
            add("only a multiple choice has exclusive options", (*oloc, "exclusive"))
        if option.get("not_applicable") is True and (_number(option.get("impact"))
                                                    or _number(option.get("control"))):
            add("a 'not applicable' option takes the question out of the score, so it "
                "carries no points", oloc)
    _check_unknown(question, options, loc, add)
    return control


def _answers(question: dict[str, Any], options: list[tuple[int, dict[str, Any]]],
             kind: str, skip: int) -> list[tuple[str, float]]:
    """The points of every answer but option ``skip`` (multiple choices: the most)."""
    others = [(str(o.get("id")), _number(o.get(kind)) or 0.0) for i, o in options
              if i != skip and not o.get("not_applicable") and not o.get("unknown")]
    if question.get("type") != "multi_choice" or not others:
        return others
    exclusive = {str(o.get("id")) for _, o in options if o.get("exclusive") is True}
    together = [(oid, p) for oid, p in others if oid not in exclusive]
    alone = [(oid, p) for oid, p in others if oid in exclusive]
    combined = ("+".join(oid for oid, _ in together), sum(p for _, p in together))
    return [*alone, *together, combined] if len(together) > 1 else [*alone, *together]


def _check_unknown(question: dict[str, Any], options: list[tuple[int, dict[str, Any]]],
                   loc: Loc, add: Add) -> None:
    for index, option in options:
        if option.get("unknown") is not True:
            continue
        oid = str(option.get("id"))
        impact = _number(option.get("impact")) or 0.0
        control = _number(option.get("control")) or 0.0
        for other, points in _answers(question, options, "impact", index):
            if impact < points:
                add(f"option {oid!r} means 'not assessed' but carries fewer impact points "
                    f"({impact:g}) than the answer {other!r} ({points:g}): not knowing must "
                    "never score better than knowing", (*loc, "options", index))
                return
        for other, points in _answers(question, options, "control", index):
            if control > points:
                add(f"option {oid!r} means 'not assessed' but carries more control points "
                    f"({control:g}) than the answer {other!r} ({points:g}): not knowing must "
                    "never score better than knowing", (*loc, "options", index))
                return


def _check_unexamined(question: dict[str, Any], loc: Loc, add: Add,
                      check_condition: CheckCondition) -> None:
    unexamined = question.get("unexamined")
    if not isinstance(unexamined, dict):
        return
    qid = question.get("id")
    if "show_if" not in question:
        add("'unexamined' is for a follow-up that is not always asked: the question "
            "needs a 'show_if'", (*loc, "unexamined"))
    if isinstance(unexamined.get("when"), dict):
        check_condition(qid if isinstance(qid, str) else None, unexamined["when"],
                        (*loc, "unexamined", "when"))
    counts_as = unexamined.get("counts_as")
    known = [str(o.get("id")) for _, o in _dicts(question.get("options"))]
    if isinstance(counts_as, str) and counts_as not in known:
        add(f"question {qid!r} has no option {counts_as!r} to count an unexamined case as "
            f"(its options: {', '.join(known) or 'none'})", (*loc, "unexamined", "counts_as"))


def check_scoring(data: dict[str, Any], add: Add, check_condition: CheckCondition) -> None:
    """Levels in one order, rules that name real levels (format 2)."""
    scoring = data.get("scoring")
    if format_version(data) != 2 or not isinstance(scoring, dict):
        return
    if scoring.get("aggregation") == "maximum":
        add("format 2 adds the sections up ('sum') or averages them ('weighted_mean'); "
            "'maximum' would let one weak area hide every other", ("scoring", "aggregation"))
    levels = list(_dicts(scoring.get("levels")))
    ids = [str(level.get("id")) for _, level in levels]
    scored = [(i, level) for i, level in levels if level.get("by_rule_only") is not True]
    if not scored:
        add("at least one level must be reached by the score, not only by rules",
            ("scoring", "levels"))
    seen_rule_only = False
    for index, level in levels:
        if level.get("by_rule_only") is True:
            seen_rule_only = True
        elif seen_rule_only:
            add("levels reached only by rules come after the levels a score reaches",
                ("scoring", "levels", index))
    uses_up_to = [i for i, level in scored if "up_to" in level]
    if uses_up_to:
        last: float | None = None
        for position, (index, level) in enumerate(scored):
            bound = _number(level.get("up_to"))
            if "from" in level:
                add("give every level 'up_to' or every level 'from', not a mixture",
                    ("scoring", "levels", index, "from"))
            elif bound is None and position < len(scored) - 1:
                add("every level but the highest needs 'up_to'", ("scoring", "levels", index))
            elif bound is not None and last is not None and bound <= last:
                add(f"level bounds must rise: 'up_to' {bound:g} is not above {last:g}",
                    ("scoring", "levels", index, "up_to"))
            last = bound if bound is not None else last
    else:
        for index, level in scored:
            if "from" not in level:
                add("a level needs 'from' (where it starts) or 'up_to' (where it ends)",
                    ("scoring", "levels", index))
    for index, rule in _dicts(scoring.get("rules")):
        rloc: Loc = ("scoring", "rules", index)
        if isinstance(rule.get("when"), dict):
            check_condition(None, rule["when"], (*rloc, "when"))
        named = rule.get("level")
        if isinstance(named, str) and named not in ids:
            add(f"rule names unknown level {named!r} (the levels: {', '.join(ids)})",
                (*rloc, "level"))
    controls = scoring.get("controls")
    last_step: float | None = None
    for index, step in _dicts(controls.get("steps") if isinstance(controls, dict) else None):
        value = _number(step.get("when_at_least"))
        if value is not None and last_step is not None and value <= last_step:
            add("control steps must be listed with rising 'when_at_least'",
                ("scoring", "controls", "steps", index, "when_at_least"))
        last_step = value if value is not None else last_step


def condition_questions(cond: Any) -> list[str]:
    """The question ids a raw condition names, at any depth."""
    found: list[str] = []
    pending = [cond]
    while pending:
        node = pending.pop()
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("question"), str):
            found.append(node["question"])
        for key in ("all", "any"):
            if isinstance(node.get(key), list):
                pending.extend(node[key])
        pending.append(node.get("not"))
    return found
