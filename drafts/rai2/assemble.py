"""Assemble the draft of the bundled impact assessment 2.0.0 and check it.

Run from the repository root:
    .venv/bin/python drafts/rai2/assemble.py                 # every section, in order
    .venv/bin/python drafts/rai2/assemble.py system bias     # only these sections
Writes drafts/rai2/assembled.yaml, loads it with raiassess's own loader (every
problem with its place), and lists every text lacking English or French.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

from raiassess.core.loader import load_questionnaire
from raiassess.core.problems import DocumentError

HERE = Path(__file__).parent
ORDER = ["system", "performance", "bias", "transparency", "accountability", "privacy",
         "security", "social", "content", "oversight"]
TEXT_KEYS = {"title", "description", "text", "guidance", "label", "recommendation",
             "min_label", "max_label", "unit", "blocking", "explanation", "contradiction"}


def lacking(node, path="") -> list[str]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else str(key)
            if key in TEXT_KEYS and isinstance(value, (str, dict)) and key != "id":
                if isinstance(value, str) or not {"en", "fr"} <= set(value) \
                        or not all(str(value.get(k, "")).strip() for k in ("en", "fr")):
                    found.append(where)
                continue
            found += lacking(value, where)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id", index) if isinstance(item, dict) else index
            found += lacking(item, f"{path}[{label}]")
    return found


BUNDLED = HERE.parent.parent / "questionnaires" / "responsible-ai-impact.yaml"
HEADER = """\
# The bundled Responsible AI impact assessment, version 2.0.0 (questionnaire format 2).
# What each framework reference covers and why it fits its question:
# docs/questionnaire-sources.md. How the answers become a level: docs/scoring.md.
"""


def indented(text: str, first: str, rest: str) -> str:
    lines = text.rstrip("\n").split("\n")
    out = [first + lines[0]] + [(rest + line) if line.strip() else "" for line in lines[1:]]
    return "\n".join(out) + "\n"


def bundle() -> int:
    """Write the bundled file by text, keeping the authors' layout and comments."""
    parts = [HEADER, (HERE / "head.yaml").read_text(encoding="utf-8").rstrip("\n") + "\n",
             "sections:\n"]
    for name in ORDER:
        text = (HERE / "sections" / f"{name}.yaml").read_text(encoding="utf-8")
        parts.append(indented(text, "  - ", "    "))
    parts.append("scoring:\n")
    parts.append(indented((HERE / "scoring.yaml").read_text(encoding="utf-8"), "  ", "  "))
    BUNDLED.write_text("".join(parts), encoding="utf-8")
    q = load_questionnaire(BUNDLED)
    print(f"bundled: {len(q.sections)} sections, {len(q.all_questions())} questions")
    return 0


def main(names: list[str]) -> int:
    if names == ["--bundle"]:
        return bundle()
    names = names or [n for n in ORDER if (HERE / "sections" / f"{n}.yaml").exists()]
    if "system" not in names:
        names = ["system", *names]      # the rules and conditions name its questions
    doc = yaml.safe_load((HERE / "head.yaml").read_text(encoding="utf-8"))
    doc["sections"] = []
    for name in names:
        section = yaml.safe_load((HERE / "sections" / f"{name}.yaml").read_text(encoding="utf-8"))
        doc["sections"].append(section)
    doc["scoring"] = yaml.safe_load((HERE / "scoring.yaml").read_text(encoding="utf-8"))
    # Only the whole draft goes to assembled.yaml; a check of some sections writes a
    # file of its own, so that authors checking at once do not read each other's.
    out = HERE / "assembled.yaml" if not sys.argv[1:] else \
        Path(tempfile.mkstemp(prefix="rai2-", suffix=".yaml")[1])
    out.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100),
                   encoding="utf-8")
    status = 0
    try:
        q = load_questionnaire(out)
        count = sum(len(s.questions) for s in q.sections)
        print(f"loads: {len(q.sections)} sections, {count} questions")
    except DocumentError as error:
        print(error)
        status = 1
    missing = lacking(doc)
    print(f"{len(missing)} texts lacking English or French")
    for where in missing[:50]:
        print("  ", where)
    return status or (1 if missing else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
