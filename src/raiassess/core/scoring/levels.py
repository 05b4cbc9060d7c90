"""Levels as results show them: their rank, label and colour."""

from __future__ import annotations

from raiassess.core.questionnaire import Level, Questionnaire
from raiassess.core.scoring.results import LevelInfo
from raiassess.core.text import localized

#: Colours for levels that do not set their own, from the lowest level to the highest.
LEVEL_COLOURS = ("#2e7d32", "#9e9d24", "#ef6c00", "#c62828")


def level_colour(questionnaire: Questionnaire, level: Level) -> str:
    """A level's colour: the questionnaire's own, else the default palette spread over
    however many levels the questionnaire defines (the lowest green, the highest red)."""
    return _colour(questionnaire, questionnaire.scoring.levels.index(level))


def _colour(questionnaire: Questionnaire, rank: int) -> str:
    levels = questionnaire.scoring.levels
    spread = round(rank * (len(LEVEL_COLOURS) - 1) / max(1, len(levels) - 1))
    return levels[rank].color or LEVEL_COLOURS[spread]


def level_info(questionnaire: Questionnaire, rank: int, language: str) -> LevelInfo:
    """The level of a rank (its index in the questionnaire's levels), as results show it."""
    level = questionnaire.scoring.levels[rank]
    return LevelInfo(level.id, localized(level.label, language),
                     localized(level.description, language), _colour(questionnaire, rank),
                     rank)
