"""The one way an entry changes: check-and-bump its version, apply, log an ``Event``, commit.

Every save sends the version the person loaded. ``UPDATE entries SET version = version + 1
WHERE id = :id AND version = :v`` touching no row means someone else saved in between: the
change is refused with ``Conflict`` rather than written over theirs. The bump is the first
statement, so on SQLite the write lock is taken before anything is read.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from requestdesk.models.base import utcnow
from requestdesk.models.entries import Entry, EntryField, SubjectRow
from requestdesk.models.events import Event
from requestdesk.models.store import parse_received, subjects_summary
from requestdesk.result import COURT_ISSUED
from requestdesk.review.auth import CurrentUser
from requestdesk.review.entries import NotFound

CONFLICT_MESSAGE = (
    "Someone else saved this entry after you opened it, so your change was NOT saved. "
    "The page now shows their version: check it, then make your change again."
)


class Conflict(Exception):
    """The entry changed since the person loaded it."""

    def __str__(self) -> str:
        return CONFLICT_MESSAGE


class EditError(ValueError):
    """A change that cannot be made; the message says why and what to do."""


class Forbidden(PermissionError):
    """The signed-in role may not do this."""


@dataclass
class Change:
    session: Session
    entry: Entry
    user: CurrentUser

    def log(self, action: str, field: str | None = None, old: Any = None, new: Any = None,
            note: str | None = None) -> None:
        self.session.add(Event(entry_id=self.entry.id, actor=self.user.username, action=action,
                               field=field, old=old, new=new, note=note))


@contextmanager
def change(engine: Engine, public_id: str, version: int, user: CurrentUser,
           permission: str = "edit") -> Iterator[Change]:
    if not user.can(permission):
        raise Forbidden
    with _writer(engine), Session(engine, expire_on_commit=False) as session:
        bumped = session.connection().execute(
            update(Entry)
            .where(col(Entry.public_id) == public_id, col(Entry.version) == version)
            .values(version=Entry.version + 1, updated_at=utcnow())
        ).rowcount
        if bumped != 1:
            session.rollback()
            exists = session.exec(select(Entry.id).where(Entry.public_id == public_id)).first()
            raise Conflict if exists is not None else NotFound
        entry = session.exec(select(Entry).options(defer(Entry.extraction))  # type: ignore[arg-type]
                             .where(Entry.public_id == public_id)).one()
        yield Change(session=session, entry=entry, user=user)
        sync_summary(session, entry)
        session.commit()


_sqlite_writers = threading.Lock()


def _writer(engine: Engine) -> AbstractContextManager[object]:
    """SQLite lets one writer in at a time and makes the others poll with growing sleeps; queue
    this process's writers on a lock instead so each save waits only for the ones before it."""
    return _sqlite_writers if engine.dialect.name == "sqlite" else nullcontext()


def sync_summary(session: Session, entry: Entry) -> None:
    """Keep the queue's summary columns equal to the current field values and subjects."""
    values = {f.name: f.value for f in session.exec(
        select(EntryField).where(EntryField.entry_id == entry.id))}
    if "agency_key" in values:
        entry.agency_key = values["agency_key"]
    if "agency_name" in values:
        entry.agency_name = _short(values["agency_name"], 300)
    if "process_type" in values:
        entry.process_type = values["process_type"]
        entry.court_issued = values["process_type"] in COURT_ISSUED
    if "purpose" in values:
        entry.purpose = values["purpose"]
    if values.get("channel"):
        entry.channel = values["channel"]
    received = parse_received(values.get("received_at"))
    if received is not None:
        entry.received_at = received
    names = session.exec(
        select(SubjectRow.name, SubjectRow.dob)
        .where(SubjectRow.entry_id == entry.id, col(SubjectRow.removed).is_(False))
        .order_by(col(SubjectRow.position), col(SubjectRow.id))).all()
    entry.subjects_summary = subjects_summary([(name, dob) for name, dob in names])
    session.add(entry)


def _short(value: Any, limit: int) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value
