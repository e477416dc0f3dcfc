"""The ``requestdesk`` command. Each sub-command lives in ``requestdesk/commands/<name>.py`` and
exposes ``register(app)``; this module only assembles them."""

from __future__ import annotations

import importlib
import logging
import os

import typer

# Tesseract's OpenMP threads make OCR several times slower on small machines; we parallelise by
# page or file instead. Must be set before any tesseract process starts.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

app = typer.Typer(
    name="requestdesk",
    help="Log and pre-classify requests for personal data (records units).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMANDS = ("extract", "evaluate", "inbox", "queue", "web", "users", "report")


def _load() -> None:
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"requestdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"requestdesk.commands.{name}":
                continue  # not built yet
            raise
        module.register(app)


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show progress details."),
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


_load()
