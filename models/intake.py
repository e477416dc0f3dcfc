"""What happened to each file taken from the inbox, keyed by its opaque claim id.

A row is written in the same transaction as the entry or duplicate it produced (or when the file
was quarantined), so a run that dies after the commit can be finished by the next run without
doing the work twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from requestdesk.models.base import utcnow

OUTCOMES: tuple[str, ...] = ("entry", "duplicate", "quarantined")


class IntakeRecord(SQLModel, table=True):
    __tablename__ = "intake"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: str = Field(max_length=32, unique=True, index=True)
    outcome: str = Field(max_length=20)  # one of OUTCOMES
    sha256: str | None = Field(default=None, max_length=64, index=True)
    entry_id: int | None = Field(default=None, foreign_key="entries.id", index=True)
    source_name: str = Field(max_length=500)  # may carry personal data: never log it
    size: int | None = None
    reason_code: str | None = Field(default=None, max_length=40)
    reason: str | None = None  # for a clerk; no document content
    seconds: float | None = None
    processed_at: datetime = Field(default_factory=utcnow, index=True)
