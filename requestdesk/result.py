"""The output contract of extraction: one ``Extraction`` per input file.

These names are the public JSON contract documented in the README (``requestdesk extract
--json``); keep them stable and add fields freely.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

AgencyKey = Literal[
    "dhs-ice-ero", "dhs-ice-hsi", "dhs-ice", "dhs-cbp", "dhs-uscis", "dhs-oig",
    "doj-fbi", "doj-dea", "doj-atf", "doj-usms", "doj-usao",
    "ssa-oig", "dol-oig", "irs-ci", "usps-uspis",
    "state-police", "local-police", "sheriff", "district-attorney", "other",
]
ProcessType = Literal[
    "judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena",
    "administrative_subpoena", "administrative_warrant", "detainer", "none",
]
COURT_ISSUED: frozenset[str] = frozenset(
    {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
)
Purpose = Literal["criminal_investigation", "civil_immigration", "unknown"]


class Evidence(BaseModel):
    page: int | None = None
    box: list[float] | None = None  # [x0, y0, x1, y1] in the page's units
    text: str = ""
    confidence: float | None = None  # 0-1


class Requestor(BaseModel):
    agency_key: AgencyKey = "other"
    agency_name: str | None = None
    component: str | None = None
    person: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)  # keyed by the field name


class Identifier(BaseModel):
    type: str  # a_number, drivers_license, ssn_last4, fins, passport, other
    value: str


class Subject(BaseModel):
    name: str
    dob: str | None = None  # ISO YYYY-MM-DD
    identifiers: list[Identifier] = Field(default_factory=list)
    evidence: Evidence | None = None


class Citation(BaseModel):
    citation: str  # as written
    normalized: str  # e.g. "8 USC 1357", "8 CFR 287.4", "CRS 24-74-103", "FRCrP 41"
    evidence: Evidence | None = None


class LegalProcess(BaseModel):
    type: ProcessType = "none"
    court_issued: bool = False
    form: str | None = None  # "I-200", "AO 110", ...
    return_date: str | None = None  # ISO date the process demands an answer by, when printed
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0


class PurposeDetail(BaseModel):
    label: Purpose = "unknown"
    sentence: str | None = None
    evidence: Evidence | None = None
    confidence: float = 0.0


class Extraction(BaseModel):
    source: str
    sha256: str
    status: Literal["ok", "rejected"] = "ok"
    error: str | None = None
    error_code: str | None = None
    kind: str | None = None  # pdf, image, email, text
    channel: str | None = None
    received_at: str | None = None
    pages: int = 0
    ocr_pages: int = 0
    requestor: Requestor = Field(default_factory=Requestor)
    subjects: list[Subject] = Field(default_factory=list)
    legal_basis: list[Citation] = Field(default_factory=list)
    legal_process: LegalProcess = Field(default_factory=LegalProcess)
    warrant_or_subpoena_attached: bool = False
    purpose: Purpose = "unknown"
    purpose_detail: PurposeDetail = Field(default_factory=PurposeDetail)
    records_requested: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # e.g. an attachment that could not be read
    seconds: float | None = None
