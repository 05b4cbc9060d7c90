"""The bundled questionnaires as a board and a French-speaking team read them.

Every text is in English and French; and ten realistic systems, answered honestly from
their description (``tests/core/personas/``), land at the level a board would put them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from raiassess.core.answers import read_answers_file
from raiassess.core.catalog import bundled_dir, load_catalog
from raiassess.core.scoring import score

PERSONAS = Path(__file__).parent / "personas"
TEXT_KEYS = {"title", "description", "text", "guidance", "label", "recommendation",
             "min_label", "max_label", "unit", "blocking", "explanation", "contradiction"}
BUNDLED = sorted(bundled_dir().glob("*.yaml"))


def texts(node: Any, place: str = "") -> list[tuple[str, Any]]:
    """Every translatable text of a questionnaire document, with where it is."""
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{place}.{key}" if place else str(key)
            if key in TEXT_KEYS and isinstance(value, (str, dict)):
                found.append((where, value))
            else:
                found += texts(value, where)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            name = item.get("id", index) if isinstance(item, dict) else index
            found += texts(item, f"{place}[{name}]")
    return found


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_text_of_a_bundled_questionnaire_is_in_french(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = texts(document)
    assert len(found) > 100
    lacking = [where for where, value in found
               if not isinstance(value, dict) or not str(value.get("fr", "")).strip()]
    assert lacking == []
    # A long text "translated" by copying the English is not French.
    copied = [where for where, value in found
              if len(value["en"]) > 30 and value["fr"].strip() == value["en"].strip()]
    assert copied == []


def persona_files() -> list[Path]:
    return sorted(PERSONAS.glob("*.yaml"))


def expected_level(path: Path) -> str:
    found = re.search(r"^# Expected level: ([a-z_]+)", path.read_text(encoding="utf-8"), re.M)
    assert found, f"{path.name} states no expected level in its header"
    return found.group(1)


def test_ten_systems_are_described_and_answered() -> None:
    files = persona_files()
    assert len(files) >= 10
    levels = {expected_level(path) for path in files}
    # The personas span the scale: the lowest level, the highest, and between.
    assert {"low", "medium", "high", "unacceptable"} <= levels


@pytest.mark.parametrize("path", persona_files(), ids=lambda p: p.stem)
def test_a_system_answered_honestly_lands_where_a_board_would_put_it(path: Path) -> None:
    answers, _ = read_answers_file(path)
    questionnaire = load_catalog().find(answers.questionnaire.id, answers.questionnaire.version)
    assert questionnaire is not None
    result = score(questionnaire, answers.values())
    assert result.complete, [q.id for q in result.missing_required]
    assert [f.text for f in result.contradictions] == []  # answered honestly, consistently
    assert result.level.id == expected_level(path), (
        f"{path.stem}: {result.level.id} at {result.residual:.1f} % "
        f"(impact {result.inherent:.1f} %, rules {[f.rule_id for f in result.findings]})")


SOURCES = Path(__file__).parents[2] / "docs" / "questionnaire-sources.md"


@pytest.mark.parametrize("questionnaire_id", ["responsible-ai-impact",
                                              "third-party-ai-quick-check"])
def test_every_reference_is_accounted_for_in_the_sources_page(questionnaire_id: str) -> None:
    """docs/questionnaire-sources.md says, for every reference of a bundled questionnaire,
    what the clause covers and why it fits; nothing is missing there and nothing extra."""
    questionnaire = load_catalog().find(questionnaire_id)
    assert questionnaire is not None
    in_file = {(q.id, str(r)) for q in questionnaire.all_questions() for r in q.references}
    title = questionnaire.title["en"]
    page = SOURCES.read_text(encoding="utf-8")
    part = page.split(f"\n## {title} {questionnaire.version}\n")[1].split("\n## ")[0]
    rows = re.findall(r"^\| (?:TP )?\d+\.\d+ `([a-z0-9_]+)` \| ([^|]+?)(?: †)? \|", part, re.M)
    on_page = {(qid, reference.strip()) for qid, reference in rows}
    assert in_file - on_page == set()
    assert on_page - in_file == set()
    assert len(rows) == len(on_page)  # each reference once
