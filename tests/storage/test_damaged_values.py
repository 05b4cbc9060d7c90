"""A value raiassess never writes, found in the database (a time that is not a time, or
one in the year 9999), is answered with one sentence, not a traceback or a crash."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from raiassess.core.questionnaire import Questionnaire
from raiassess.storage.database import resolve
from raiassess.storage.errors import DatabaseDamaged
from raiassess.storage.service import AssessmentService
from raiassess.storage.types import SystemData

ADVICE = ("which raiassess never writes: it was changed outside raiassess or is damaged; "
          "restore a backup (raiassess backup restore)")


def tamper(url: str, statement: str) -> None:
    """Change the database behind raiassess's back, as another program could."""
    engine = sa.create_engine(resolve(url).url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_a_time_in_the_year_9999_is_refused_when_read(
        db_url: str, service: AssessmentService, mini: Questionnaire) -> None:
    assessment = service.create_assessment(mini, SystemData("Triage"))
    tamper(db_url, "UPDATE assessments SET updated_at = '9999-12-31 23:59:00' "
                   f"WHERE id = {assessment}")
    with pytest.raises(DatabaseDamaged) as refused:
        service.list_assessments()
    assert str(refused.value) == (
        "the database holds a time out of range (9999-12-31T23:59:00"
        + ("+00:00" if db_url.startswith("postgresql") else "") + f"), {ADVICE}")


def test_a_time_that_is_not_a_time_is_refused_when_read(
        tmp_path: object, mini: Questionnaire) -> None:
    url = f"sqlite:///{tmp_path}/assessments.sqlite3"  # PostgreSQL cannot hold such text
    with AssessmentService.open(url, user="alice") as service:
        assessment = service.create_assessment(mini, SystemData("Triage"))
        tamper(url, f"UPDATE assessments SET updated_at = 'garbage' WHERE id = {assessment}")
        with pytest.raises(DatabaseDamaged) as refused:
            service.get_assessment(assessment)
    assert str(refused.value) == f"the database holds a time that cannot be read ('garbage'), {ADVICE}"
