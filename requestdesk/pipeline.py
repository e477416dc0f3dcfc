"""File → text → fields → classification, as plain functions (the CLI, the flow and the tests
all call these)."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from requestdesk.classifiers.process import classify_process
from requestdesk.classifiers.purpose import classify_purpose
from requestdesk.document import Document, Rejected
from requestdesk.extractors.channel import channel_from_text
from requestdesk.extractors.citations import extract_citations
from requestdesk.extractors.guard import ReadLimits, run_isolated
from requestdesk.extractors.nlp import parse
from requestdesk.extractors.read import read_document
from requestdesk.extractors.records import extract_records_requested
from requestdesk.extractors.requestor import extract_requestor
from requestdesk.extractors.subjects import extract_subjects
from requestdesk.result import Extraction


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def analyse(doc: Document, source: str, sha256: str) -> Extraction:
    """Fields and classification for a document that has been read."""
    parsed = parse(doc)
    requestor = extract_requestor(doc, parsed)
    subjects = extract_subjects(doc, parsed, requestor)
    citations = extract_citations(doc, parsed)
    process, attached = classify_process(doc, parsed)
    purpose = classify_purpose(doc, parsed, process, requestor, citations)
    return Extraction(
        source=source,
        sha256=sha256,
        kind=doc.kind,
        channel=channel_from_text(doc),
        received_at=doc.received_at,
        pages=len(doc.pages),
        ocr_pages=doc.ocr_pages,
        requestor=requestor,
        subjects=subjects,
        legal_basis=citations,
        legal_process=process,
        warrant_or_subpoena_attached=attached,
        purpose=purpose.label,
        purpose_detail=purpose,
        records_requested=extract_records_requested(doc, parsed),
        warnings=list(doc.warnings),
    )


def extract_file(
    path: Path, limits: ReadLimits | None = None, source: str | None = None
) -> Extraction:
    """Read and analyse one file. Bad input comes back as ``status="rejected"``, never raises."""
    started = time.perf_counter()
    name = source or path.name
    try:
        sha = sha256_file(path)
    except OSError:
        return Extraction(source=name, sha256="", status="rejected", error_code="unreadable",
                          error="The file could not be opened. Check that it still exists and "
                                "that the service may read it, then try again.")
    limits = limits or ReadLimits()
    try:
        result = run_isolated(_read_and_analyse, path, name, sha, limits, limits=limits)
    except Rejected as exc:
        result = Extraction(source=name, sha256=sha, status="rejected", error=exc.reason,
                            error_code=exc.code)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _read_and_analyse(path: Path, source: str, sha256: str, limits: ReadLimits) -> Extraction:
    # Runs in the isolated child process: reading untrusted bytes and the NLP both stay there.
    return analyse(read_document(path, limits), source, sha256)
