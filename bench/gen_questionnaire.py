"""Generate large, realistic questionnaires and full answer sets for the benchmarks.

``python bench/gen_questionnaire.py 2000 OUT.yaml`` writes a questionnaire of 2,000
questions (every type, conditions, references, guidance of ordinary length).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import yaml

QUESTIONS_PER_SECTION = 50
TYPES = ("single_choice", "single_choice", "single_choice", "yes_no", "multi_choice",
         "scale", "number", "text", "date")
GUIDANCE = ("Why it matters: decisions made with this system can affect people's access to "
            "services, and gaps here are a common source of harm. Good practice: document "
            "the approach, assign an owner, review it at each release and keep evidence "
            "that the review took place.")


def questionnaire_data(questions: int, format_version: int = 1) -> dict[str, Any]:
    """A questionnaire with ``questions`` questions as plain data (always the same).

    In format 2 the first section of every ten describes the system (impact points),
    the others ask about practices (control points), with "not applicable" and
    "don't know" options and two rules.
    """
    if format_version == 2:
        return _format_2(questionnaire_data(questions))
    sections: list[dict[str, Any]] = []
    made = 0
    while made < questions:
        s = len(sections)
        items = []
        for n in range(min(QUESTIONS_PER_SECTION, questions - made)):
            qid = f"s{s}_q{n}"
            kind = TYPES[(s + n) % len(TYPES)]
            item: dict[str, Any] = {
                "id": qid, "type": kind, "text": f"Question {n + 1} of section {s + 1}: is "
                "the control in place and is it evidenced?", "guidance": GUIDANCE,
                "required": kind not in ("text", "date"),
                "references": [{"framework": "NIST AI RMF", "clause": "MAP 2.3"}],
                "tags": ["generated"],
            }
            if kind in ("single_choice", "multi_choice"):
                item["options"] = [
                    {"id": f"o{i}", "label": f"Answer {i}", "risk": i, "mitigation": 3 - i,
                     "recommendation": "Put the control in place and record the evidence."}
                    for i in range(4)]
            elif kind == "yes_no":
                item["options"] = [{"id": "yes", "mitigation": 2},
                                   {"id": "no", "risk": 3, "recommendation": "Add it."}]
            elif kind == "scale":
                item["scale"] = {"min": 1, "max": 5, "risk_at_min": 4, "risk_at_max": 0,
                                 "mitigation_at_max": 2, "recommendation": "Improve it."}
            elif kind == "number":
                item["number"] = {"min": 0, "unit": "people", "bands": [
                    {"at_least": 0}, {"at_least": 1000, "risk": 2, "recommendation": "Stage."}]}
            if n > 0 and n % 10 == 0 and items[0]["type"] == "single_choice":
                item["show_if"] = {"not": {"question": items[0]["id"], "equals": "o0"}}
            items.append(item)
        made += len(items)
        sections.append({"id": f"s{s}", "title": f"Section {s + 1}",
                         "description": "A generated section.", "questions": items})
    return {"id": f"generated-{questions}", "version": "1.0", "title": "Generated",
            "description": "A generated questionnaire for benchmarks.", "sections": sections,
            "scoring": {"aggregation": "weighted_mean",
                        "levels": [{"id": "low", "label": "Low", "from": 0},
                                   {"id": "medium", "label": "Medium", "from": 25},
                                   {"id": "high", "label": "High", "from": 50}],
                        "mitigation": [{"when_at_least": 50, "reduce_by": 10}]}}


def _format_2(data: dict[str, Any]) -> dict[str, Any]:
    for s, section in enumerate(data["sections"]):
        kind = "impact" if s % 10 == 0 else "control"
        for item in section["questions"]:
            for option in item.get("options", ()):
                risk, mitigation = option.pop("risk", 0), option.pop("mitigation", 0)
                option[kind] = risk if kind == "impact" else mitigation
            if item.get("type") == "single_choice":
                worst = 3 if kind == "impact" else 0
                item["options"] += [{"id": "dont_know", "label": "Don't know",
                                     "unknown": True, kind: worst},
                                    {"id": "na", "label": "Not applicable",
                                     "not_applicable": True}]
            if "scale" in item:
                item["scale"] = {"min": 1, "max": 5, f"{kind}_at_min": 0,
                                 f"{kind}_at_max": 4, "recommendation": "Improve it."}
            if "number" in item:
                for band in item["number"]["bands"]:
                    band.pop("mitigation", None)
                    band["impact"] = band.pop("risk", 0)
    first = data["sections"][0]["questions"][0]["id"]
    data["format_version"] = 2
    data["scoring"] = {
        "aggregation": "sum", "controls": {"reduce_by": 60, "max_steps_down": 1},
        "levels": [{"id": "low", "label": "Low", "up_to": 25},
                   {"id": "medium", "label": "Medium", "up_to": 50},
                   {"id": "high", "label": "High"},
                   {"id": "stop", "label": "Unacceptable", "by_rule_only": True}],
        "rules": [{"id": "floor", "when": {"question": first, "equals": "o3"},
                   "level": "high"},
                  {"id": "block", "when": {"question": first, "equals": "dont_know"},
                   "blocking": "Find out what the system is for before it goes further."}]}
    return data


def write_questionnaire(questions: int, path: Path, format_version: int = 1) -> Path:
    """Write a generated questionnaire as YAML; return its path."""
    text = yaml.safe_dump(questionnaire_data(questions, format_version), sort_keys=False,
                          width=100)
    path.write_text(text, encoding="utf-8")
    return path


def full_answers(data: dict[str, Any], seed: int = 11) -> dict[str, Any]:
    """An answer for every question of generated questionnaire data."""
    rng = random.Random(seed)
    answers: dict[str, Any] = {}
    for section in data["sections"]:
        for item in section["questions"]:
            kind = item["type"]
            if kind in ("single_choice", "yes_no"):
                usable = [o for o in item["options"] if not o.get("not_applicable")]
                answers[item["id"]] = rng.choice(usable)["id"]
            elif kind == "multi_choice":
                answers[item["id"]] = [o["id"] for o in item["options"]
                                       if rng.random() < 0.5] or [item["options"][0]["id"]]
            elif kind == "scale":
                answers[item["id"]] = rng.randint(1, 5)
            elif kind == "number":
                answers[item["id"]] = rng.choice([10, 500, 5000])
            elif kind == "text":
                answers[item["id"]] = "We reviewed this with the data protection officer."
            else:
                answers[item["id"]] = "2027-01-15"
    return answers


if __name__ == "__main__":
    write_questionnaire(int(sys.argv[1]), Path(sys.argv[2]))
