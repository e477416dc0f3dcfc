"""Extractions as the pipeline hands them to storage, varied by a seed."""

from __future__ import annotations

import hashlib

from requestdesk.result import (
    Citation,
    Evidence,
    Extraction,
    Identifier,
    LegalProcess,
    PurposeDetail,
    Requestor,
    Subject,
)


def extraction(seed: int, received_at: str | None = "2026-03-0{d}T10:00:00+00:00") -> Extraction:
    sha = hashlib.sha256(f"document {seed}".encode()).hexdigest()
    day = seed % 9 + 1
    return Extraction(
        source=f"request {seed}.pdf",
        sha256=sha,
        kind="pdf",
        channel="email",
        received_at=received_at.format(d=day) if received_at else None,
        pages=2,
        requestor=Requestor(
            agency_key="dhs-ice-ero", agency_name="ICE Enforcement and Removal Operations",
            person=f"Officer {seed}", title="Deportation Officer", email="ero@example.gov",
            evidence={"agency": Evidence(page=1, box=[10, 10, 200, 30], text="ICE ERO",
                                              confidence=0.9),
                      "person": Evidence(page=2, text=f"Officer {seed}")},
        ),
        subjects=[
            Subject(name=f"Maria Example{seed}", dob=f"1980-01-0{day}",
                    identifiers=[Identifier(type="a_number", value=f"A{seed:09d}")],
                    evidence=Evidence(page=1, box=[1, 2, 3, 4], text="Maria", confidence=0.8)),
            Subject(name=f"Jose Sample{seed}"),
        ],
        legal_basis=[Citation(citation="8 U.S.C. § 1357", normalized="8 USC 1357",
                              evidence=Evidence(page=1, text="8 U.S.C. § 1357"))],
        legal_process=LegalProcess(type="administrative_warrant", court_issued=False,
                                   form="I-200", confidence=0.9,
                                   evidence=[Evidence(page=1, text="WARRANT FOR ARREST OF ALIEN"),
                                             Evidence(page=2, text="Immigration Officer")]),
        warrant_or_subpoena_attached=True,
        purpose="civil_immigration",
        purpose_detail=PurposeDetail(label="civil_immigration", sentence="to locate the subject",
                                     evidence=Evidence(page=1, text="to locate the subject"),
                                     confidence=0.7),
        records_requested=["address", "photo"],
    )
