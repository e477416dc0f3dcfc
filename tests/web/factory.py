"""Test data: real originals (a PDF drawn with reportlab, or a text file) stored and entered the
way intake does it, through ``models.store`` — with evidence boxes where the text really is."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from sqlalchemy.engine import Engine

from requestdesk.config import Settings
from requestdesk.models.database import session_scope
from requestdesk.models.entries import Entry
from requestdesk.models.store import add_original, create_entry
from requestdesk.result import (
    COURT_ISSUED,
    Citation,
    Evidence,
    Extraction,
    LegalProcess,
    PurposeDetail,
    Requestor,
    Subject,
)

FONT, SIZE = "Helvetica", 11
LEFT, TOP = 72.0, 90.0
LEADING = 16.0


@dataclass
class Letter:
    """A one-page letter; ``lines`` are drawn top to bottom and their boxes remembered."""

    lines: list[str]
    boxes: dict[int, list[float]] = field(default_factory=dict)

    def box(self, line_index: int) -> list[float]:
        return self.boxes[line_index]

    def write_pdf(self, path: Path) -> None:
        _, height = letter
        pdf = canvas.Canvas(str(path), pagesize=letter)
        pdf.setFont(FONT, SIZE)
        for i, text in enumerate(self.lines):
            top = TOP + i * LEADING
            baseline = top + SIZE * 0.8
            pdf.drawString(LEFT, height - baseline, text)
            self.boxes[i] = [LEFT, top, LEFT + stringWidth(text, FONT, SIZE), top + SIZE]
        pdf.showPage()
        pdf.save()


POLICE_LETTER = [
    "Lakewood Police Department",
    "Detective Sarah Okafor, Crimes Against Persons Unit",
    "Re: Case 24-118832, investigation of aggravated assault (C.R.S. 18-3-202)",
    "Please provide the address and photograph on file for:",
    "Jonathan Q. Marsh, date of birth 03/14/1988",
    "This request supports an active criminal investigation.",
]


def store_letter(engine: Engine, settings: Settings, lines: list[str] | None = None,
                 process_type: str = "none", purpose: str = "criminal_investigation",
                 agency_key: str = "local-police", agency_name: str | None = None,
                 subject_name: str = "Jonathan Q. Marsh") -> str:
    """A PDF letter in the originals folder and its entry; returns the entry's public id.

    A reference line makes every letter's bytes unique, so tests sharing one database (the live
    server is module-scoped) never store the same original twice."""
    doc = Letter([*(lines or POLICE_LETTER), f"Our reference: {uuid.uuid4().hex[:12]}"])
    settings.originals_dir.mkdir(parents=True, exist_ok=True)
    tmp = settings.originals_dir / "tmp.pdf"
    doc.write_pdf(tmp)
    sha = hashlib.sha256(tmp.read_bytes()).hexdigest()
    rel = f"{sha[:2]}/{sha}.pdf"
    (settings.originals_dir / rel).parent.mkdir(parents=True, exist_ok=True)
    tmp.replace(settings.originals_dir / rel)
    n = len(doc.lines)
    extraction = Extraction(
        source="letter.pdf", sha256=sha, kind="pdf", channel="mail", pages=1,
        requestor=Requestor(
            agency_key=agency_key, agency_name=agency_name or doc.lines[0],  # type: ignore[arg-type]
            person="Sarah Okafor", title="Detective",
            evidence={"agency_name": Evidence(page=1, box=doc.box(0), text=doc.lines[0]),
                      "person": Evidence(page=1, box=doc.box(1 % n), text=doc.lines[1 % n])}),
        subjects=[Subject(name=subject_name, dob="1988-03-14",
                          evidence=Evidence(page=1, box=doc.box(4 % n), text=doc.lines[4 % n]))],
        legal_basis=[Citation(citation="C.R.S. 18-3-202", normalized="CRS 18-3-202",
                              evidence=Evidence(page=1, box=doc.box(2 % n)))],
        legal_process=LegalProcess(type=process_type,  # type: ignore[arg-type]
                                   court_issued=process_type in COURT_ISSUED,
                                   confidence=0.8),
        purpose=purpose,  # type: ignore[arg-type]
        purpose_detail=PurposeDetail(label=purpose,  # type: ignore[arg-type]
                                     sentence=doc.lines[5 % n],
                                     evidence=Evidence(page=1, box=doc.box(5 % n))),
        records_requested=["address", "photo"],
    )
    return _enter(engine, extraction, sha, rel, "pdf", 1)


def store_text(engine: Engine, settings: Settings, text: str, subject_name: str,
               agency_name: str) -> str:
    """A plain-text original (e.g. an email body saved as text) and its entry."""
    data = text.encode()
    sha = hashlib.sha256(data).hexdigest()
    rel = f"{sha[:2]}/{sha}.txt"
    path = settings.originals_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    extraction = Extraction(
        source="note.txt", sha256=sha, kind="text", channel="email", pages=1,
        requestor=Requestor(agency_key="other", agency_name=agency_name),
        subjects=[Subject(name=subject_name)],
        purpose_detail=PurposeDetail(sentence=agency_name),
    )
    return _enter(engine, extraction, sha, rel, "text", 1)


def _enter(engine: Engine, extraction: Extraction, sha: str, rel: str, kind: str,
           pages: int) -> str:
    with session_scope(engine) as session:
        add_original(session, sha, 1, rel, kind=kind, pages=pages)
        entry: Entry = create_entry(session, extraction, extraction.source)
        return entry.public_id
