"""Conventions shared by every table: timezone-aware UTC timestamps and portable JSON columns."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field


def utcnow() -> datetime:
    """Timestamps are timezone-aware UTC (SQLModel refuses naive ones)."""
    return datetime.now(UTC)


def new_public_id() -> str:
    """Opaque id for URLs, Prefect parameters and log lines (never a name or file name)."""
    return uuid.uuid4().hex


def json_field(default: Any = None, nullable: bool = True) -> Any:
    kwargs: dict[str, Any] = {"sa_column": Column(JSON, nullable=nullable)}
    if callable(default):
        kwargs["default_factory"] = default
    else:
        kwargs["default"] = default
    return Field(**kwargs)
