"""A questionnaire's scoring plan: what scoring needs of each question, read once, and
the points one answer carries.

The plan is built at a questionnaire's first scoring and kept with it (questionnaires
are immutable): option points in a table, the maxima, the best answer, and which
questions move when another's answer changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from raiassess.core import conditions
from raiassess.core.questionnaire import Option, Question, Questionnaire, Section
from raiassess.core.scoring.points import Points, answer_label, points_v1, points_v2
from raiassess.core.text import localized


@dataclass(frozen=True)
class Step:
    """What scoring needs of one question, read once from the model."""

    question: Question
    qid: str
    required: bool
    section: int
    number: str
    a_max: float
    """Format 1: the most risk points; format 2: the most impact points."""
    b_max: float
    """Format 1: the most mitigation points; format 2: the most control points."""
    a_min: float
    b_min: float
    options: dict[str, Option]
    kind: str
    """``risk`` (format 1), ``impact``, ``control`` or ``none`` (format 2)."""
    gate: bool
    """Whether another question's asking, or an unexamined case, depends on it."""
    in_rules: bool
    has_not_applicable: bool
    table: dict[str, tuple[float, float, bool, Any]]
    """Each option's (a, b, not applicable, recommendation), read once."""
    scale: dict[int, tuple[float, float, bool]]
    """A scale's (a, b, whether it brings its recommendation) for each whole value."""
    multi: bool
    has_recs: bool
    """Whether any answer of the question brings a recommendation."""
    best: tuple[Any, float, float] | None
    """The answer that carries the least risk: (value, a, b)."""


@dataclass(frozen=True)
class Plan:
    """A questionnaire's steps by section, built once and kept with the questionnaire."""

    sections: tuple[tuple[Section, tuple[Step, ...]], ...]
    steps: dict[str, Step]
    weights: tuple[float, ...]
    dependents: dict[str, tuple[str, ...]]
    """For each question others depend on: every question whose asking (or unexamined
    case) may change with its answer, in the order conditions resolve."""


def build_plan(questionnaire: Questionnaire) -> Plan:
    """The scoring plan of a questionnaire."""
    v2 = questionnaire.format_version == 2
    gates: set[str] = set()
    for question in questionnaire.all_questions():
        asked_if = questionnaire.asked_if(question.id)
        gates.update(asked_if.questions() if asked_if else ())
        if question.unexamined is not None:
            gates.update(question.unexamined.when.questions())
    in_rules = {qid for rule in questionnaire.scoring.rules for qid in rule.when.questions()}
    sections = []
    steps: dict[str, Step] = {}
    for s_index, section in enumerate(questionnaire.sections):
        built = []
        for question in section.questions:
            kind: str
            if v2:
                (a_min, a_max), (b_min, b_max) = (question.points_range("impact"),
                                                  question.points_range("control"))
                kind = question.kind or "none"
            else:
                a_max, b_max = question.max_points()
                a_min, b_min = question.points_range("risk")[0], 0.0
                kind = "risk"
            options = question.options or ()
            table = {o.id: ((o.impact, o.control) if v2 else (o.risk, o.mitigation))
                     + (o.not_applicable, o.recommendation) for o in options}
            has_recs = any(o.recommendation for o in options) or bool(
                question.scale and question.scale.recommendation) or bool(
                question.number and any(b.recommendation for b in question.number.bands))
            scale: dict[int, tuple[float, float, bool]] = {}
            if question.scale is not None:
                ends = question.scale.impact_control if v2 else question.scale.points
                for value in range(question.scale.min, question.scale.max + 1):
                    a, b = ends(value)
                    wants = a > 0 or (kind == "control" and b < b_max)
                    scale[value] = (a, b, wants and question.scale.recommendation is not None)
            step = Step(question, question.id, question.required, s_index,
                        questionnaire.number_of(question.id), a_max, b_max,
                        a_min, b_min, {o.id: o for o in options}, kind,
                        question.id in gates, question.id in in_rules,
                        any(o.not_applicable for o in options), table, scale,
                        question.type == "multi_choice", has_recs, best_answer(question, kind))
            built.append(step)
            steps.setdefault(question.id, step)
        sections.append((section, tuple(built)))
    weights = tuple(questionnaire.scoring.section_weights.get(s.id, 1.0)
                    for s in questionnaire.sections)
    return Plan(tuple(sections), steps, weights, _dependents(questionnaire, gates))


def _dependents(questionnaire: Questionnaire, gates: set[str]) -> dict[str, tuple[str, ...]]:
    reads: dict[str, set[str]] = {}
    for question in questionnaire.all_questions():
        asked_if = questionnaire.asked_if(question.id)
        read = set(asked_if.questions() if asked_if else ())
        if question.unexamined is not None:
            read |= set(question.unexamined.when.questions())
        reads[question.id] = read
    order = [q.id for q in questionnaire.evaluation_order()]
    found: dict[str, tuple[str, ...]] = {}
    for gate in gates:
        reached = {gate}
        grown = True
        while grown:  # an unexamined case may read a question that resolves later
            grown = False
            for qid in order:
                if qid not in reached and reads[qid] & reached:
                    reached.add(qid)
                    grown = True
        found[gate] = tuple(qid for qid in order if qid in reached and qid != gate)
    return found


def best_answer(question: Question, kind: str) -> tuple[Any, float, float] | None:
    """The answer to a question that carries the least risk: (value, a, b)."""
    if question.options:
        usable = [o for o in question.options if not o.not_applicable and not o.unknown]
        if not usable:
            return None
        if kind == "control":
            if question.type == "multi_choice":
                ticked = [o.id for o in usable if not o.exclusive and o.control > 0]
                best = max(usable, key=lambda o: o.control)
                together = sum(o.control for o in usable if o.id in ticked)
                if ticked and together >= best.control:
                    return ticked, 0.0, together
                return [best.id], best.impact, best.control
            best = max(usable, key=lambda o: o.control)
            return best.id, best.impact, best.control
        key = (lambda o: (o.impact, -o.control)) if kind == "impact" else \
            (lambda o: (o.risk, -o.mitigation))
        best = min(usable, key=key)
        value: Any = [best.id] if question.type == "multi_choice" else best.id
        return (value, best.impact, best.control) if kind == "impact" else \
            (value, best.risk, best.mitigation)
    if question.scale is not None:
        ends = [question.scale.min, question.scale.max]
        if kind in ("impact", "control"):
            scored = [(v, *question.scale.impact_control(v)) for v in ends]
        else:
            scored = [(v, *question.scale.points(v)) for v in ends]
        return min(scored, key=lambda s: (s[1], -s[2]))
    return None


def plan_of(questionnaire: Questionnaire) -> Plan:
    """The questionnaire's plan, built at its first scoring."""
    return questionnaire.derived("scoring-plan", build_plan)


def points_of(questionnaire: Questionnaire, step: Step, value: Any, language: str) -> Points:
    """The points of one answer under the questionnaire's format."""
    if step.scale and type(value) is int and value in step.scale:
        a, b, wanted = step.scale[value]
        scale = step.question.scale
        rec = (localized(scale.recommendation, language),) if wanted and scale else ()
        return a, b, rec, False
    table = step.table
    # The common cases read the table built once; a multiple choice of practices, whose
    # recommendations come from the options not ticked, takes the long way.
    if table and isinstance(value, str):
        a, b, not_applicable, rec = table.get(value, _NOTHING)
        if not_applicable:
            return 0.0, 0.0, (), True
        wanted = rec is not None and (b < step.b_max if step.kind == "control" else a > 0)
        return a, b, (localized(rec, language),) if wanted else (), False
    if table and isinstance(value, list):
        chosen = set(value)
        picked = [entry for oid, entry in table.items() if oid in chosen]
        if any(entry[2] for entry in picked):
            return 0.0, 0.0, (), True
        if step.kind == "control":  # the practices not ticked, and a ticked "none"
            wanting = [entry[3] for oid, entry in table.items() if entry[3] is not None
                       and ((oid in chosen and entry[1] == 0) or
                            (oid not in chosen and entry[1] > 0))]
        else:
            wanting = [entry[3] for entry in picked if entry[3] is not None and entry[0] > 0]
        return (sum(e[0] for e in picked), sum(e[1] for e in picked),
                tuple(localized(rec, language) for rec in wanting), False)
    if questionnaire.format_version == 2:
        return points_v2(step.question, value, language, step.options, kind=step.kind,
                         best=step.b_max)
    return points_v1(step.question, value, language, step.options)


_NOTHING = (0.0, 0.0, False, None)

#: One answer's share of its section: (a, a_max, b, b_max).
Share = tuple[float, float, float, float]
NO_SHARE: Share = (0.0, 0.0, 0.0, 0.0)


def share_of(questionnaire: Questionnaire, step: Step, value: Any, *, shown: bool,
             charged: bool, applicable_max: bool) -> tuple[Share, Points | None]:
    """What one question adds to its section's tally, and its points if it counts.

    Asked and answered: its points, of its maxima. Asked and open: nothing, or under
    ``maximum: applicable`` no points of its maxima. Not asked: nothing, unless it is
    charged as its ``unexamined`` answer. "Not applicable": nothing at all.
    """
    if not shown and not charged:
        return NO_SHARE, None
    if not charged and not conditions.is_answered(value):
        return ((0.0, step.a_max, 0.0, step.b_max) if applicable_max else NO_SHARE), None
    points = points_only(questionnaire, step, value)
    if points[3]:
        return NO_SHARE, points
    return (points[0], step.a_max, points[1], step.b_max), points


def points_only(questionnaire: Questionnaire, step: Step, value: Any) -> Points:
    """An answer's points without its recommendations, the quick way where it can."""
    if step.scale and type(value) is int and value in step.scale:
        a, b, _ = step.scale[value]
        return a, b, (), False
    table = step.table
    if table and isinstance(value, str):
        a, b, not_applicable, _ = table.get(value, _NOTHING)
        return (0.0, 0.0, (), True) if not_applicable else (a, b, (), False)
    if table and isinstance(value, list):
        picked = [table[v] for v in value if v in table]
        if any(entry[2] for entry in picked):
            return 0.0, 0.0, (), True
        return sum(e[0] for e in picked), sum(e[1] for e in picked), (), False
    return points_of(questionnaire, step, value, "en")


def question_texts(questionnaire: Questionnaire, language: str) -> dict[str, str]:
    """Every question's text in a language, by id (read once per language)."""
    return questionnaire.derived(f"texts:{language}", lambda q: {
        question.id: localized(question.text, language) for question in q.all_questions()})


def option_labels(questionnaire: Questionnaire, language: str) -> dict[str, dict[str, str]]:
    """Every option's label in a language, by question id and option id."""
    return questionnaire.derived(f"labels:{language}", lambda q: {
        question.id: {o.id: question.option_label(o.id, language) for o in question.options}
        for question in q.all_questions() if question.options})


def label_of(labels: dict[str, dict[str, str]], step: Step, value: Any, language: str) -> str:
    """An answer as a person reads it, option labels read from ``option_labels``."""
    if step.table:
        own = labels[step.question.id]
        if isinstance(value, str) and value in own:
            return own[value]
        if isinstance(value, list) and all(isinstance(v, str) and v in own for v in value):
            return "; ".join(own[v] for v in value)
    return answer_label(step.question, value, language, step.options)
