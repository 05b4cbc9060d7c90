"""Which questions are asked, given the answers so far, and which answers hid the rest.

Format 1 asks a question only when its condition holds on the answers given: a
condition on an unanswered question is false, so a follow-up stays hidden until the
question it depends on is answered. Format 2 reads conditions in three values, true,
false and not yet known, and asks a question unless its condition is surely false, so
no answer a team gave disappears because an earlier question is still open.

The three-valued reading also tells, for a draft, which questions the rest of the
answers could still bring in or leave out: the ranges of a draft rest on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from raiassess.core.questionnaire import Condition, Questionnaire

#: A truth value that the answers given so far do not settle yet.
UNKNOWN = None
Truth = bool | None


def is_answered(value: Any) -> bool:
    """Whether a value counts as an answer (empty text and empty lists do not)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    return True


def _test(cond: Condition, value: Any) -> bool:
    """A condition's test on an answer that was given."""
    if cond.answered is not None:
        return cond.answered
    if cond.equals is not None:
        return bool(value == cond.equals)
    if cond.in_ is not None:
        return value in cond.in_
    if cond.includes is not None:
        return isinstance(value, list) and cond.includes in value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    low_ok = cond.at_least is None or value >= cond.at_least
    high_ok = cond.at_most is None or value <= cond.at_most
    return low_ok and high_ok


def condition_holds(cond: Condition, values: Mapping[str, Any],
                    visible: Mapping[str, bool]) -> bool:
    """Whether a show_if condition holds (format 1): on a hidden or unanswered
    question it is false."""
    if cond.all is not None:
        return all(condition_holds(c, values, visible) for c in cond.all)
    if cond.any is not None:
        return any(condition_holds(c, values, visible) for c in cond.any)
    if cond.not_ is not None:
        return not condition_holds(cond.not_, values, visible)
    assert cond.question is not None
    if not visible.get(cond.question, False):
        return False
    value = values.get(cond.question)
    if cond.answered is not None:
        return is_answered(value) == cond.answered
    return is_answered(value) and _test(cond, value)


def truth(cond: Condition, values: Mapping[str, Any], asked: Mapping[str, Truth]) -> Truth:
    """A condition's value in three: True, False, or None while it depends on questions
    still open (unanswered, or whose own asking is not settled).

    The reading is monotone: answering open questions can settle an unknown value but
    never turns a settled one around, which is what makes a draft's range sound.
    """
    if cond.all is not None:
        parts = [truth(c, values, asked) for c in cond.all]
        return False if False in parts else (True if all(parts) else UNKNOWN)
    if cond.any is not None:
        parts = [truth(c, values, asked) for c in cond.any]
        return True if True in parts else (False if all(p is False for p in parts)
                                           else UNKNOWN)
    if cond.not_ is not None:
        inner = truth(cond.not_, values, asked)
        return None if inner is None else not inner
    assert cond.question is not None
    shown = asked.get(cond.question, False)
    if shown is False:
        return False
    value = values.get(cond.question)
    if not is_answered(value):
        # An open question. In a finished assessment every question asked is answered,
        # so 'answered: true' holds once the question is surely asked.
        if cond.answered is None:
            return UNKNOWN
        if cond.answered:
            return True if shown is True else UNKNOWN
        return False
    result = _test(cond, value) if cond.answered is None else cond.answered
    if shown is None:  # answered, but perhaps not asked in the end
        return False if not result else UNKNOWN
    return result


def visibility(questionnaire: Questionnaire, values: Mapping[str, Any]) -> dict[str, bool]:
    """Which questions are asked, given the answers so far."""
    if questionnaire.format_version == 1:
        visible: dict[str, bool] = {}
        for qid, cond in questionnaire.derived("asking-order", _asking_order):
            visible[qid] = cond is None or condition_holds(cond, values, visible)
        return visible
    return {qid: shown is not False for qid, shown in asked(questionnaire, values).items()}


def asked(questionnaire: Questionnaire, values: Mapping[str, Any]) -> dict[str, Truth]:
    """Whether each question is asked once the assessment is finished: True, False, or
    None while it depends on answers still to come."""
    result: dict[str, Truth] = {}
    for qid, cond in questionnaire.derived("asking-order", _asking_order):
        result[qid] = True if cond is None else truth(cond, values, result)
    return result


def _asking_order(questionnaire: Questionnaire) -> list[tuple[str, Condition | None]]:
    """Each question id, in the order conditions resolve, with its asking condition."""
    return [(q.id, questionnaire.asked_if(q.id)) for q in questionnaire.evaluation_order()]


def hidden_by(cond: Condition, values: Mapping[str, Any],
              shown: Mapping[str, bool]) -> list[str]:
    """The questions whose answers (or whose not being asked) make a condition false."""
    if cond.all is not None:
        for child in cond.all:
            if not condition_holds(child, values, shown):
                return hidden_by(child, values, shown)
        return []
    if cond.any is not None:
        found: list[str] = []
        for child in cond.any:
            found += [q for q in hidden_by(child, values, shown) if q not in found]
        return found
    if cond.not_ is not None:
        return [q for q in dict.fromkeys(cond.not_.questions()) if is_answered(values.get(q))]
    assert cond.question is not None
    return [cond.question]
