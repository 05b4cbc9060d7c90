"""Print the assembled draft compactly: every question with its condition and points.

    .venv/bin/python drafts/rai2/listing.py [assembled.yaml]
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml


def en(text):
    return text.get("en") if isinstance(text, dict) else text


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "assembled.yaml")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for number, section in enumerate(doc["sections"], 1):
        cond = f"  [asked if {section['show_if']}]" if section.get("show_if") else ""
        print(f"\n## {number} {section['id']}: {en(section['title'])}{cond}")
        for index, q in enumerate(section["questions"], 1):
            flags = [] if q.get("required", True) else ["optional"]
            if q.get("show_if"):
                flags.append(f"asked if {q['show_if']}")
            print(f"{number}.{index} {q['id']} ({q['type']}{', ' + '; '.join(flags) if flags else ''}): "
                  f"{en(q['text'])}")
            for o in q.get("options") or ():
                pts = ", ".join(f"{k} {o[k]}" for k in ("impact", "control") if k in o)
                marks = [m for m in ("exclusive", "unknown", "not_applicable") if o.get(m)]
                print(f"      - {o['id']}: {en(o.get('label', o['id']))}"
                      f"{' [' + pts + ']' if pts else ''}{' ' + ' '.join(marks) if marks else ''}")
            if q.get("scale"):
                print(f"      scale {q['scale']}")
            if q.get("number"):
                print(f"      number bands {q['number'].get('bands')}")


if __name__ == "__main__":
    main()
