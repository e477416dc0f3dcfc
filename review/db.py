"""The review app's database: the storage layer's engine, schema brought up to date on open."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from requestdesk.models.database import open_database


def engine_for(database_url: str) -> Engine:
    return open_database(database_url)
