"""Imported once by the reader fork server (``guard.run_forkserver``) so every reader process
starts with the heavy libraries already loaded. A module that fails to import is skipped: the
child then imports it itself and reports the failure for that one file instead of breaking every
file."""

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

# A short letter with a subject and a signature, so the warm-up goes through the name and
# signature rules too (their word lists load lazily and take ~100 ms to build).
WARM_UP_LINES = (
    "Request for records pursuant to 8 U.S.C. 1357 from the Denver Field Office.",
    "Re: the current address of José Núñez, born March 14, 1986.",
    "Sincerely,",
    "Thomas Whitfield",
    "Deportation Officer",
)


def warm() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:
            log.warning("could not preload %s: %s", name, type(exc).__name__)
    try:
        # One throw-away analysis loads the spaCy pipeline and fills every lazy cache here,
        # once, instead of in every reader process.
        from requestdesk.document import Document, Line, Page, Word
        from requestdesk.pipeline import analyse

        lines = [Line([Word(w) for w in line.split()]) for line in WARM_UP_LINES]
        doc = Document(pages=[Page(number=1, width=0.0, height=0.0, lines=lines)], kind="text")
        doc.build_text()
        analyse(doc, "warm-up", "")
    except Exception as exc:
        log.warning("could not warm up the analysis: %s", type(exc).__name__)
    try:
        import pytesseract

        pytesseract.get_tesseract_version(cached=True)  # asked once, not once per file
    except Exception as exc:
        log.warning("could not find Tesseract: %s", type(exc).__name__)


warm()
