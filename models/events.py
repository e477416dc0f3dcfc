"""The append-only history of every entry: who did what, when, and the old and new value."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from requestdesk.models.base import json_field, utcnow


class Event(SQLModel, table=True):
    __tablename__ = "events"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int | None = Field(default=None, foreign_key="entries.id", index=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(max_length=80)  # a username, or "pipeline" / "system"
    action: str = Field(max_length=40)  # created, field_changed, confirmed, subject_added, ...
    field: str | None = Field(default=None, max_length=60)
    old: Any = json_field()
    new: Any = json_field()
    note: str | None = None
