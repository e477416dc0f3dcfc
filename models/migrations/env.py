"""Alembic environment. ``requestdesk db upgrade`` (and every command that opens the database)
runs this with a connection handed over in ``config.attributes``; developers create a new
revision with ``requestdesk db revision -m "what changed"``."""

from __future__ import annotations

import importlib
import pkgutil

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import requestdesk.models as models_package

# Every table module in requestdesk.models registers itself on import, including ones added later.
for _module in pkgutil.iter_modules(models_package.__path__):
    if _module.name not in {"database", "store", "migrations"}:
        importlib.import_module(f"requestdesk.models.{_module.name}")

target_metadata = SQLModel.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through requestdesk (requestdesk db upgrade)")
_run(connection)
