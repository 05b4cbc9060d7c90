"""Score an answer set: risk per section and overall, and why.

For each section, the inherent risk is the risk points of its visible, answered
questions as a percentage of the most those questions could carry; the mitigation is
the mitigation points likewise; the residual risk is the inherent risk reduced by
the questionnaire's mitigation rules. Unanswered questions count neither in points
nor in maxima: the result is then marked incomplete and lists them, rather than
treating a missing answer as no risk. Questions hidden by ``show_if`` never count.
The overall figures aggregate the sections that have anything to score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from raiassess.core.questionnaire import Condition, Level, Option, Question, Questionnaire
from raiassess.core.text import localized

#: Colours for levels that do not set their own, from the lowest level to the highest.
LEVEL_COLOURS = ("#2e7d32", "#9e9d24", "#ef6c00", "#c62828")


@dataclass(frozen=True)
class LevelInfo:
    """A risk level as a result shows it."""

    id: str
    label: str
    description: str
    color: str
    rank: int
    """0 for the lowest level of the questionnaire."""


@dataclass(frozen=True)
class QuestionRef:
    """A question named in a result."""

    question_id: str
    number: str
    section_id: str
    text: str


@dataclass(frozen=True)
class Contribution:
    """What one answer adds to the score, and what to do about it."""

    question_id: str
    number: str
    section_id: str
    question: str
    answer: str
    risk: float
    risk_max: float
    mitigation: float
    mitigation_max: float
    recommendations: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionScore:
    """The scores of one section."""

    id: str
    number: int
    title: str
    weight: float
    visible: int
    answered: int
    risk_points: float
    risk_max: float
    mitigation_points: float
    mitigation_max: float
    inherent: float
    mitigation: float
    reduction: float
    residual: float
    level: LevelInfo

    @property
    def applicable(self) -> bool:
        """Whether the section has any answered question that can carry risk."""
        return self.risk_max > 0


@dataclass(frozen=True)
class ScoreResult:
    """The full result of scoring an answer set."""

    questionnaire_id: str
    questionnaire_version: str
    aggregation: str
    sections: tuple[SectionScore, ...]
    inherent: float
    mitigation: float
    residual: float
    level: LevelInfo
    complete: bool
    completeness: float
    visible_questions: int
    answered_questions: int
    missing_required: tuple[QuestionRef, ...]
    contributions: tuple[Contribution, ...]
    hidden_questions: tuple[str, ...] = field(default=())

    @property
    def status(self) -> str:
        """``complete`` when every visible required question is answered."""
        return "complete" if self.complete else "incomplete"

    @property
    def recommendations(self) -> tuple[Contribution, ...]:
        """The contributing answers that carry a recommendation, riskiest first."""
        return tuple(c for c in self.contributions if c.recommendations)

    def section(self, section_id: str) -> SectionScore:
        """The score of one section."""
        return next(s for s in self.sections if s.id == section_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        data = asdict(self)
        data["status"] = self.status
        for section, score in zip(data["sections"], self.sections, strict=True):
            section["applicable"] = score.applicable
        return data


def is_answered(value: Any) -> bool:
    """Whether a value counts as an answer (empty text and empty lists do not)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    return True


def condition_holds(cond: Condition, values: Mapping[str, Any],
                    visible: Mapping[str, bool]) -> bool:
    """Whether a show_if condition holds; a condition on a hidden question is false."""
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
    if not is_answered(value):
        return False
    if cond.equals is not None:
        return value == cond.equals
    if cond.in_ is not None:
        return value in cond.in_
    if cond.includes is not None:
        return isinstance(value, list) and cond.includes in value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    low_ok = cond.at_least is None or value >= cond.at_least
    high_ok = cond.at_most is None or value <= cond.at_most
    return low_ok and high_ok


def visibility(questionnaire: Questionnaire, values: Mapping[str, Any]) -> dict[str, bool]:
    """Which questions are asked, given the answers so far."""
    visible: dict[str, bool] = {}
    for question in questionnaire.evaluation_order():
        cond = question.show_if
        visible[question.id] = cond is None or condition_holds(cond, values, visible)
    return visible


def answer_points(question: Question, value: Any) -> tuple[float, float, tuple[str, ...]]:
    """Risk points, mitigation points and the recommendations an answer brings (English)."""
    return _points(question, value, "en", {o.id: o for o in question.options or ()})


def _points(question: Question, value: Any, language: str,
            by_id: Mapping[str, Option]) -> tuple[float, float, tuple[str, ...]]:
    if question.options:
        if isinstance(value, list):  # in the questionnaire's order, whatever the answer's
            chosen = set(value)
            options = [o for o in question.options if o.id in chosen]
        else:
            found = by_id.get(value)
            options = [found] if found is not None else []
        recs = tuple(localized(o.recommendation, language) for o in options
                     if o.recommendation and o.risk > 0)
        return sum(o.risk for o in options), sum(o.mitigation for o in options), recs
    if question.scale is not None and isinstance(value, int | float):
        risk, mitigation = question.scale.points(value)
        rec = question.scale.recommendation
        return risk, mitigation, (localized(rec, language),) if rec and risk > 0 else ()
    if question.number is not None and isinstance(value, int | float):
        band = question.number.band_for(value)
        if band is None:
            return 0.0, 0.0, ()
        rec = band.recommendation
        return band.risk, band.mitigation, (localized(rec, language),) \
            if rec and band.risk > 0 else ()
    return 0.0, 0.0, ()


def answer_label(question: Question, value: Any, language: str = "en",
                 by_id: Mapping[str, Option] | None = None) -> str:
    """An answer as a person reads it: option labels, numbers with their unit, text."""
    if not is_answered(value):
        return ""
    if question.options:
        chosen = value if isinstance(value, list) else [value]
        if by_id is None:
            return "; ".join(question.option_label(v, language) for v in chosen)
        labels = []
        for option_id in chosen:
            option = by_id.get(option_id)
            labels.append(localized(option.label, language) if option and option.label
                          else question.option_label(option_id, language))
        return "; ".join(labels)
    if question.number is not None:
        unit = localized(question.number.unit, language) if question.number.unit else ""
        return f"{value:g} {unit}".strip() if isinstance(value, int | float) else str(value)
    if question.scale is not None:
        return f"{value} of {question.scale.min}–{question.scale.max}"
    return str(value)


def _percent(points: float, maximum: float) -> float:
    return min(100.0, max(0.0, 100.0 * points / maximum)) if maximum > 0 else 0.0


def level_colour(questionnaire: Questionnaire, level: Level) -> str:
    """A level's colour: the questionnaire's own, else the default palette spread over
    however many levels the questionnaire defines (the lowest green, the highest red)."""
    levels = questionnaire.scoring.levels
    spread = round(levels.index(level) * (len(LEVEL_COLOURS) - 1) / max(1, len(levels) - 1))
    return level.color or LEVEL_COLOURS[spread]


def _level_info(questionnaire: Questionnaire, level: Level, language: str) -> LevelInfo:
    return LevelInfo(level.id, localized(level.label, language),
                     localized(level.description, language),
                     level_colour(questionnaire, level), questionnaire.scoring.levels.index(level))


@dataclass(frozen=True)
class _Step:
    """What scoring needs of one question, read once from the model."""

    question: Question
    id: str
    number: str
    required: bool
    risk_max: float
    mitigation_max: float
    options: dict[str, Option]


def _plan(questionnaire: Questionnaire) -> list[tuple[Any, list[_Step]]]:
    return [(section, [_Step(q, q.id, questionnaire.number_of(q.id), q.required,
                             *q.max_points(), {o.id: o for o in q.options or ()})
                       for q in section.questions])
            for section in questionnaire.sections]


def score(questionnaire: Questionnaire, values: Mapping[str, Any],
          language: str = "en") -> ScoreResult:
    """Score answer values (by question id) against a questionnaire."""
    scoring = questionnaire.scoring
    visible = visibility(questionnaire, values)
    sections: list[SectionScore] = []
    contributions: list[Contribution] = []
    missing: list[QuestionRef] = []
    required_visible = required_answered = visible_count = answered_count = 0
    plan = questionnaire.derived("scoring-plan", _plan)
    for s_index, (section, steps) in enumerate(plan, start=1):
        risk = risk_max = mit = mit_max = 0.0
        s_visible = s_answered = 0
        for step in steps:
            if not visible[step.id]:
                continue
            s_visible += 1
            value = values.get(step.id)
            answered = is_answered(value)
            if step.required:
                required_visible += 1
                required_answered += answered
            if not answered:
                if step.required:
                    missing.append(QuestionRef(step.id, step.number, section.id,
                                               localized(step.question.text, language)))
                continue
            s_answered += 1
            q_risk, q_mit, recs = _points(step.question, value, language, step.options)
            risk, risk_max = risk + q_risk, risk_max + step.risk_max
            mit, mit_max = mit + q_mit, mit_max + step.mitigation_max
            if q_risk > 0 or q_mit > 0:
                contributions.append(Contribution(
                    step.id, step.number, section.id, localized(step.question.text, language),
                    answer_label(step.question, value, language, step.options), q_risk,
                    step.risk_max,
                    q_mit, step.mitigation_max, recs))
        inherent = _percent(risk, risk_max)
        mitigation = _percent(mit, mit_max)
        reduction = scoring.reduction_for(mitigation) if risk_max > 0 else 0.0
        residual = inherent * (1 - reduction / 100)
        visible_count += s_visible
        answered_count += s_answered
        sections.append(SectionScore(
            section.id, s_index, localized(section.title, language),
            scoring.section_weights.get(section.id, 1.0), s_visible, s_answered,
            risk, risk_max, mit, mit_max, round(inherent, 2), round(mitigation, 2),
            reduction, round(residual, 2),
            _level_info(questionnaire, scoring.level_for(residual), language)))
    counted = [s for s in sections if s.applicable]
    inherent = _aggregate(scoring.aggregation, [(s.weight, s.inherent) for s in counted])
    residual = _aggregate(scoring.aggregation, [(s.weight, s.residual) for s in counted])
    mitigation = _aggregate("weighted_mean", [(s.weight, s.mitigation) for s in counted])
    contributions.sort(key=lambda c: -c.risk)  # stable: ties stay in reading order
    completeness = 100.0 * required_answered / required_visible if required_visible else 100.0
    return ScoreResult(
        questionnaire.id, questionnaire.version, scoring.aggregation, tuple(sections),
        round(inherent, 2), round(mitigation, 2), round(residual, 2),
        _level_info(questionnaire, scoring.level_for(residual), language),
        not missing, round(completeness, 2), visible_count, answered_count, tuple(missing),
        tuple(contributions), tuple(qid for qid, shown in visible.items() if not shown))


def _aggregate(how: str, weighted: list[tuple[float, float]]) -> float:
    if not weighted:
        return 0.0
    if how == "maximum":
        return max(value for _, value in weighted)
    total = sum(weight for weight, _ in weighted)
    return min(100.0, max(0.0, sum(w * v for w, v in weighted) / total))
