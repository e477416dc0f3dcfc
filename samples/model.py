"""The pieces a sample document is built from, and the expected record it implies.

A template writes a ``Draft``: layout blocks (text with a little structure) plus the truth about
the request (who asks, about whom, which process). Citations and record kinds are registered
through ``Ctx`` at the moment a template writes them, so the expected record lists exactly what
the text says.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from requestdesk.result import COURT_ISSUED


@dataclass
class Subject:
    first: str
    last: str
    middle: str | None = None
    dob: date | None = None
    ids: list[tuple[str, str, str]] = field(default_factory=list)  # (type, value, as written)

    @property
    def full(self) -> str:
        parts = [self.first, self.middle, self.last]
        return " ".join(p for p in parts if p)

    def expected(self) -> dict[str, Any]:
        return {
            "name": self.full,
            "dob": self.dob.isoformat() if self.dob else None,
            "identifiers": [{"type": t, "value": v} for t, v, _ in self.ids],
        }


@dataclass
class Officer:
    name: str
    title: str
    email: str | None
    phone: str | None


@dataclass
class Agency:
    key: str
    name: str  # as written in this document
    office: list[str]  # address lines
    domain: str


@dataclass
class Block:
    kind: str  # letterhead, caption, heading, para, fields, table, sig, small, checks, rule, page
    data: Any = None


@dataclass
class Draft:
    """One request as a template wrote it."""

    blocks: list[Block]
    agency: Agency
    officer: Officer | None
    subjects: list[Subject]
    process: str = "none"
    form: str | None = None
    purpose: str = "unknown"
    title: str = "Request for records"
    # For e-mails: the body blocks; ``blocks`` then holds the attachment (if any).
    body: list[Block] | None = None
    attachment_kind: str | None = None  # pdf, tiff, png, eml


class Ctx:
    """Random choices for one document, plus the citations and record kinds it has written."""

    def __init__(self, rng: random.Random, family: str) -> None:
        self.rng = rng
        self.family = family
        self.basis: list[str] = []
        self.records: list[str] = []

    def choice(self, options: list[Any] | tuple[Any, ...]) -> Any:
        return self.rng.choice(list(options))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def cite(self, key: str) -> str:
        from requestdesk.samples.citations import CITATIONS

        normalized, dev_forms, holdout_forms = CITATIONS[key]
        forms = holdout_forms if self.family == "holdout" and holdout_forms else dev_forms
        if normalized not in self.basis:
            self.basis.append(normalized)
        return self.choice(forms)

    def note_cited(self, normalized: str) -> None:
        """For citations a template writes by hand (e.g. two sections sharing one act name)."""
        if normalized not in self.basis:
            self.basis.append(normalized)

    def want(self, kinds: list[str]) -> str:
        """A phrase asking for these record kinds, e.g. "home address, DMV photograph and ..."."""
        from requestdesk.samples.records import phrase_records

        for k in kinds:
            if k not in self.records:
                self.records.append(k)
        return phrase_records(self, kinds)


def expected_record(draft: Draft, ctx: Ctx, doc_id: str, fmt: str, channel: str,
                    family: str) -> dict[str, Any]:
    officer = draft.officer
    return {
        "id": doc_id,
        "family": family,
        "format": fmt,
        "requestor": {
            "agency_key": draft.agency.key,
            "agency_name": draft.agency.name,
            "person": officer.name if officer else None,
            "title": officer.title if officer else None,
            "email": officer.email if officer else None,
            "phone": officer.phone if officer else None,
        },
        "subjects": [s.expected() for s in draft.subjects],
        "legal_basis": [{"normalized": n} for n in ctx.basis],
        "legal_process": {
            "type": draft.process,
            "court_issued": draft.process in COURT_ISSUED,
            "form": draft.form,
        },
        # A detainer is a request, neither a warrant nor a subpoena.
        "warrant_or_subpoena_attached": draft.process not in ("none", "detainer"),
        "purpose": draft.purpose,
        "records_requested": sorted(set(ctx.records)),
        "channel": channel,
    }
