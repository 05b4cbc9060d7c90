"""The audit trail: every change, who made it and when, in a hash chain.

Each entry's hash is SHA-256 of the previous entry's hash followed by the entry's own
content in a canonical form, so editing or deleting an entry behind the app's back
breaks the chain at that point. The ``audit_head`` row holds the newest link, which
also reveals entries deleted from the end. (Someone who rewrites every later entry and
the head with the same algorithm is not caught; the head hash that ``verify`` reports
can be noted elsewhere, e.g. in a signed report, to anchor the chain.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from raiassess.storage.errors import DatabaseUnusable
from raiassess.storage.models import AuditHead, AuditRow
from raiassess.storage.types import AuditEntry, AuditReport

GENESIS = "0" * 64
"""The "previous hash" of the first entry."""

_REPORTED_PROBLEMS = 50

# Every change runs these; built once, their compiled form is reused.
_HEAD = AuditHead.metadata.tables["audit_head"]
_LOCK_HEAD = select(_HEAD.c.last_id, _HEAD.c.last_hash).where(_HEAD.c.id == 1).with_for_update()
_INSERT_ENTRY = insert(AuditRow.metadata.tables["audit_log"])
_MOVE_HEAD = update(_HEAD).where(_HEAD.c.id == 1).values(last_id=bindparam("new_id"),
                                                         last_hash=bindparam("new_hash"))


def entry_hash(prev_hash: str, *, entry_id: int, at: dt.datetime, user: str,
               assessment_id: int | None, action: str, target: str, old: str | None,
               new: str | None) -> str:
    """The hash of an entry: SHA-256 of the previous hash and the canonical content."""
    moment = at.astimezone(dt.UTC).isoformat(timespec="microseconds")
    content = json.dumps([entry_id, moment, user, assessment_id, action, target, old, new],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


@dataclass
class ChainHead:
    """The newest link of the chain, as locked by a write transaction."""

    last_id: int
    last_hash: str


def lock_head(session: Session) -> ChainHead:
    """Lock the chain's head row for this transaction and return its values.

    Every write transaction calls this first, so writers queue on one row in a fixed
    order and never deadlock.
    """
    found = session.connection().execute(_LOCK_HEAD).first()
    if found is None:
        raise DatabaseUnusable("the audit trail of this database is damaged (its head "
                               "record is missing); run 'raiassess audit verify'")
    return ChainHead(found.last_id, found.last_hash)


class AuditWriter:
    """Appends entries to the trail inside one write transaction."""

    def __init__(self, session: Session, head: ChainHead, user: str, at: dt.datetime) -> None:
        self._session = session
        self._head = head
        self._user = user
        self._at = at

    def record(self, assessment_id: int | None, action: str, target: str = "",
               old: str | None = None, new: str | None = None) -> None:
        """Append one entry; it commits (or not) with the change it describes."""
        entry_id = self._head.last_id + 1
        digest = entry_hash(self._head.last_hash, entry_id=entry_id, at=self._at,
                            user=self._user, assessment_id=assessment_id, action=action,
                            target=target, old=old, new=new)
        connection = self._session.connection()
        connection.execute(_INSERT_ENTRY, {
            "id": entry_id, "at": self._at, "user": self._user,
            "assessment_id": assessment_id, "action": action, "target": target, "old": old,
            "new": new, "prev_hash": self._head.last_hash, "hash": digest})
        connection.execute(_MOVE_HEAD, {"new_id": entry_id, "new_hash": digest})
        self._head = ChainHead(entry_id, digest)


def entries(session: Session, assessment_id: int | None = None) -> list[AuditEntry]:
    """The trail, oldest first; of one assessment when ``assessment_id`` is given."""
    query = select(AuditRow).order_by(AuditRow.id)
    if assessment_id is not None:
        query = query.where(AuditRow.assessment_id == assessment_id)
    return [AuditEntry(row.id, row.at, row.user, row.assessment_id, row.action, row.target,
                       row.old, row.new) for row in session.scalars(query)]


def verify(session: Session) -> AuditReport:
    """Check the whole chain and say where it is broken."""
    head = session.get(AuditHead, 1)
    rows = session.scalars(select(AuditRow).order_by(AuditRow.id).execution_options(
        yield_per=1000))
    problems, count, last_id, last_hash = _walk(rows)
    if head is None:
        problems.append("the head record of the audit trail is missing")
    elif (head.last_id, head.last_hash) != (last_id, last_hash):
        if head.last_id > last_id:
            first = last_id + 1
            span = f"entry {first} at the end of the trail was" if first == head.last_id \
                else f"entries {first} to {head.last_id} at the end of the trail were"
            problems.append(f"{span} deleted")
        else:
            problems.append(f"the trail's head record (entry {head.last_id}) does not match "
                            f"its newest entry ({last_id}): it was changed")
    shown = problems[:_REPORTED_PROBLEMS]
    if len(problems) > len(shown):
        shown.append(f"... and {len(problems) - len(shown)} more problems")
    return AuditReport(ok=not problems, entries=count, problems=tuple(shown),
                       head_hash=last_hash)


def _walk(rows: Iterable[AuditRow]) -> tuple[list[str], int, int, str]:
    problems: list[str] = []
    count, prev_id, prev_hash = 0, 0, GENESIS
    for row in rows:
        count += 1
        if row.prev_hash != prev_hash:
            if row.id > prev_id + 1:
                first, last = prev_id + 1, row.id - 1
                span = f"entry {first} was" if first == last else \
                    f"entries {first} to {last} were"
                problems.append(f"{span} deleted (entry {row.id} no longer follows "
                                "the one before it)")
            else:
                problems.append(f"entry {row.id} does not follow entry {prev_id}: an entry "
                                "before it was changed or removed")
        expected = entry_hash(row.prev_hash, entry_id=row.id, at=row.at, user=row.user,
                              assessment_id=row.assessment_id, action=row.action,
                              target=row.target, old=row.old, new=row.new)
        if expected != row.hash:
            problems.append(f"entry {row.id} ({row.action} {row.target}".rstrip() +
                            f", {row.at:%Y-%m-%d %H:%M} UTC, by {row.user}) was changed "
                            "after it was written")
        prev_id, prev_hash = row.id, row.hash
    return problems, count, prev_id, prev_hash
