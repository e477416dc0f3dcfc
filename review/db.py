"""The review app's database: the storage layer's engine, schema brought up to date on open."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from requestdesk.models.database import open_database

SQLITE_CACHE_KIB = 65536  # the queue walks many entry rows; keep them in memory between pages


def engine_for(database_url: str) -> Engine:
    engine = open_database(database_url)
    if engine.dialect.name == "sqlite" and not event.contains(engine, "connect", _bigger_cache):
        event.listen(engine, "connect", _bigger_cache)
        engine.dispose()  # idle pooled connections reopen with the setting
    return engine


def _bigger_cache(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()
