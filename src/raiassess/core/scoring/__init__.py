"""Score an answer set: risk per section and overall, how sure it is, and why.

Format 1 (``docs/questionnaire-format.md``): for each section, the inherent risk is
the risk points of its visible, answered questions as a percentage of the most those
questions could carry; the mitigation is the mitigation points likewise; the residual
risk is the inherent risk reduced by the questionnaire's mitigation rules.

Format 2 (``docs/scoring.md``): questions about the system set its impact, controls in
place reduce it in proportion to what they cover (or in steps), never by more levels
than the questionnaire allows, and rules put floors under the level, block it, or
flag contradictions.

In both, questions not asked never count, a draft's level is shown with the range
of levels its open questions still allow, and every result explains itself.
"""

from raiassess.core.conditions import condition_holds, is_answered, visibility
from raiassess.core.scoring.levels import LEVEL_COLOURS, level_colour
from raiassess.core.scoring.points import answer_label, answer_points, scored_points
from raiassess.core.scoring.results import (
    Contribution,
    ControlEffect,
    Explanation,
    Finding,
    LevelInfo,
    LevelRange,
    NotAsked,
    QuestionRef,
    Recommendation,
    ScoreResult,
    SectionScore,
    WhatIf,
)
from raiassess.core.scoring.scorer import score

__all__ = [
    "LEVEL_COLOURS",
    "Contribution",
    "ControlEffect",
    "Explanation",
    "Finding",
    "LevelInfo",
    "LevelRange",
    "NotAsked",
    "QuestionRef",
    "Recommendation",
    "ScoreResult",
    "SectionScore",
    "WhatIf",
    "answer_label",
    "answer_points",
    "condition_holds",
    "is_answered",
    "level_colour",
    "score",
    "scored_points",
    "visibility",
]
