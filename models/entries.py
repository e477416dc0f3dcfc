"""The request log: stored originals, entries (one per request) and what belongs to an entry.

An entry keeps the pipeline's proposal (``Entry.extraction`` and each row's ``proposed``) next to
what a person confirmed or corrected (``value`` columns), so accuracy can be measured from
corrections. ``Entry``'s summary columns mirror the current values for a fast queue.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from requestdesk.models.base import json_field, new_public_id, utcnow

STATUSES: tuple[str, ...] = ("pending_review", "confirmed", "decided")
DECISIONS: tuple[str, ...] = ("granted", "partly_granted", "denied")
GROUNDS: tuple[str, ...] = (
    "court_issued_process",
    "active_criminal_investigation",
    "required_by_law",
    "agency_function_not_solely_immigration",
    "denied_solely_civil_immigration",
    "denied_no_valid_process",
)
# Scalar fields a reviewer confirms; each is one EntryField row.
SCALAR_FIELDS: tuple[str, ...] = (
    "received_at", "channel",
    "agency_key", "agency_name", "component",
    "requestor_person", "requestor_title", "requestor_email", "requestor_phone",
    "records_requested", "purpose", "purpose_sentence",
    "process_type", "court_issued", "process_form", "warrant_or_subpoena_attached",
)


class StoredFile(SQLModel, table=True):
    """An original as received, stored read-only under its SHA-256."""

    __tablename__ = "originals"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    kind: str | None = Field(default=None, max_length=20)  # pdf, image, email, text
    storage_path: str = Field(max_length=300)  # relative to the originals folder
    pages: int = 0
    stored_at: datetime = Field(default_factory=utcnow)


class Entry(SQLModel, table=True):
    __tablename__ = "entries"

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=new_public_id, max_length=32, unique=True, index=True)
    sha256: str = Field(foreign_key="originals.sha256", index=True, max_length=64)
    source_name: str = Field(max_length=500)  # may carry personal data: never log it
    status: str = Field(default="pending_review", max_length=20, index=True)
    version: int = 1  # optimistic concurrency: every save checks and bumps it
    received_at: datetime = Field(default_factory=utcnow, index=True)
    channel: str = Field(default="unknown", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    due_on: date | None = Field(default=None, index=True)
    pages: int = 0
    ocr_pages: int = 0
    extraction: dict[str, Any] = json_field(dict, nullable=False)  # the pipeline's Extraction

    # Summary of the current values, for the queue (kept in step with EntryField/subjects).
    agency_key: str | None = Field(default=None, max_length=40, index=True)
    agency_name: str | None = Field(default=None, max_length=300)
    process_type: str | None = Field(default=None, max_length=40, index=True)
    court_issued: bool = False
    purpose: str | None = Field(default=None, max_length=40)
    subjects_summary: str = Field(default="", max_length=2000)

    confirmed_by: int | None = Field(default=None, foreign_key="users.id")
    confirmed_at: datetime | None = None

    decision: str | None = Field(default=None, max_length=20)  # one of DECISIONS
    decision_ground: str | None = Field(default=None, max_length=60)  # one of GROUNDS
    decision_note: str | None = None
    decided_by: int | None = Field(default=None, foreign_key="users.id")
    decided_at: datetime | None = None
    supervisor_id: int | None = Field(default=None, foreign_key="users.id")
    supervisor_signed_at: datetime | None = None
    answered_on: date | None = None
    notice_text: str | None = None


class EntryField(SQLModel, table=True):
    __tablename__ = "entry_fields"
    __table_args__ = (UniqueConstraint("entry_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    name: str = Field(max_length=40)  # one of SCALAR_FIELDS
    proposed: Any = json_field()
    value: Any = json_field()
    confirmed: bool = False
    confirmed_by: int | None = Field(default=None, foreign_key="users.id")
    confirmed_at: datetime | None = None
    override_reason: str | None = None


class SubjectRow(SQLModel, table=True):
    __tablename__ = "subjects"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    position: int = 0
    name: str = Field(max_length=300)
    dob: str | None = Field(default=None, max_length=10)  # ISO YYYY-MM-DD
    identifiers: list[dict[str, str]] = json_field(list, nullable=False)
    proposed: dict[str, Any] | None = json_field()  # None when a person added it
    removed: bool = False
    confirmed: bool = False


class CitationRow(SQLModel, table=True):
    __tablename__ = "citations"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    position: int = 0
    citation: str = Field(max_length=300)
    normalized: str = Field(max_length=100, index=True)
    proposed: dict[str, Any] | None = json_field()
    removed: bool = False
    confirmed: bool = False


class EvidenceRow(SQLModel, table=True):
    """Where a proposed value was read: ``field`` is a field name, ``subject:<id>``,
    ``citation:<id>``, ``legal_process`` or ``purpose``."""

    __tablename__ = "evidence"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    field: str = Field(max_length=60)
    page: int | None = None
    box: list[float] | None = json_field()
    text: str = ""
    confidence: float | None = None


class Duplicate(SQLModel, table=True):
    """A file received again whose bytes are already stored: recorded, not a new entry."""

    __tablename__ = "duplicates"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(foreign_key="originals.sha256", index=True, max_length=64)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    source_name: str = Field(max_length=500)
    received_at: datetime = Field(default_factory=utcnow)


class EntryLink(SQLModel, table=True):
    """Follow-ups: a request about the same subject(s) from the same agency within a window."""

    __tablename__ = "entry_links"
    __table_args__ = (UniqueConstraint("entry_id", "related_entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    related_entry_id: int = Field(foreign_key="entries.id", index=True)
    reason: str = Field(default="follow_up", max_length=40)
    created_at: datetime = Field(default_factory=utcnow)
