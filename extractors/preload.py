"""Imported once by the reader forkserver so every reader process starts with the heavy
libraries already loaded. A module that fails to import is skipped: the child then imports it
itself and reports the failure for that one file instead of breaking every file."""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

MODULES = (
    "numpy",
    "PIL.Image",
    "PIL.TiffImagePlugin",
    "pypdfium2",
    "pdfplumber",
    "pytesseract",
    "requestdesk.extractors.read",
    "requestdesk.pipeline",
)


def warm() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:
            log.warning("could not preload %s: %s", name, type(exc).__name__)


warm()
