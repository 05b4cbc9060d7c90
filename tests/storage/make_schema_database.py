"""Write ``data/schema-<revision>.sqlite3``: a small database of the current schema.

Every released schema keeps such a file, and ``test_migrations`` upgrades each of them
to the newest schema. Run this once when a new schema revision is released:

    .venv/bin/python tests/storage/make_schema_database.py

A file that exists already is never overwritten: it stands for databases out there.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).parent / "data"
MINI = Path(__file__).parent.parent / "core" / "data" / "mini.yaml"
SAMPLE_TITLE = "Schema sample"
SAMPLE_ANSWERS = {"personal_data": "yes", "people": 5000, "purpose": "Triage",
                  "dpia": "planned", "data_kinds": ["contact", "health"], "encryption": 4}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RAIASSESS_HOME"] = folder
        from raiassess.core.loader import load_questionnaire
        from raiassess.storage.backups import copy_database
        from raiassess.storage.schema import head_revision
        from raiassess.storage.service import AssessmentService
        from raiassess.storage.types import SystemData

        target = DATA / f"schema-{head_revision()}.sqlite3"
        if target.exists():
            print(f"{target} exists; released schema files never change", file=sys.stderr)
            return 1
        path = Path(folder) / "sample.sqlite3"
        with AssessmentService.open(str(path), user="schema-sample") as service:
            assessment = service.create_assessment(
                load_questionnaire(MINI), SystemData("Sample system", owner="Dana"),
                SAMPLE_TITLE)
            for question_id, value in SAMPLE_ANSWERS.items():
                service.set_answer(assessment, question_id, value)
            service.set_note(assessment, "people", "survey")
            service.add_evidence(assessment, "dpia", "link", "https://wiki.example/dpia")
            service.add_action(assessment, "Finish the DPIA", due=dt.date(2026, 1, 31),
                               questions=["dpia"])
            service.add_comment(assessment, "Looks complete.", role="DPO")
            service.take_snapshot(assessment, "Submitted")
        DATA.mkdir(exist_ok=True)
        copy_database(path, target)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
