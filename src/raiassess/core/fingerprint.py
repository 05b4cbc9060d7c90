"""A SHA-256 fingerprint of an assessment's data, so a board can check a report's record.

The fingerprint covers everything an assessment says: the questionnaire it was
answered against (id, version and content hash), the system, every answer with its
note and evidence, the action plan, the review comments, notes and status. It is
computed from the portable answers file, so the database and an exported answers file
of the same assessment give the same fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from raiassess.core.answers import AnswersFile
from raiassess.core.questionnaire import Questionnaire

FINGERPRINT_VERSION = "raiassess-fingerprint-1"


def canonical_record(questionnaire: Questionnaire, answers: AnswersFile) -> dict[str, Any]:
    """The data the fingerprint covers, in a stable shape."""
    data = answers.model_dump(mode="json", exclude={"questionnaire", "format",
                                                   "format_version", "updated_at"})
    data["answers"] = {qid: data["answers"][qid] for qid in sorted(data["answers"])}
    return {
        "scheme": FINGERPRINT_VERSION,
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version,
                          "content": questionnaire.fingerprint()},
        "assessment": data,
    }


def assessment_fingerprint(questionnaire: Questionnaire, answers: AnswersFile) -> str:
    """The SHA-256 fingerprint of an assessment, as 64 hexadecimal digits."""
    text = json.dumps(canonical_record(questionnaire, answers), sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def format_fingerprint(fingerprint: str) -> str:
    """A fingerprint in groups of eight, as printed in reports: ``1a2b3c4d 5e6f...``."""
    return " ".join(fingerprint[i:i + 8] for i in range(0, len(fingerprint), 8))
