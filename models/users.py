"""Local accounts of the review app."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlmodel import Field, SQLModel

from requestdesk.models.base import utcnow

Role = Literal["clerk", "reviewer", "supervisor", "admin"]
ROLES: tuple[str, ...] = ("clerk", "reviewer", "supervisor", "admin")


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=80, unique=True, index=True)
    display_name: str | None = Field(default=None, max_length=200)
    role: str = Field(max_length=20)  # one of ROLES
    password_hash: str = Field(max_length=255)
    failed_logins: int = 0
    locked_until: datetime | None = None
    active: bool = True
    # Bumped on sign-out, deactivation and role change: every session cookie issued before is dead.
    session_generation: int = 0
    created_at: datetime = Field(default_factory=utcnow)
