"""Records requested, in the log's vocabulary, from the asking part of the text only."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from requestdesk.document import Document
from requestdesk.extractors.records import VOCABULARY, extract_records_requested

FIXTURES = Path(__file__).parents[1] / "classifiers" / "texts"


def text_document(text: str) -> Document:
    # Records work on the text alone; no page layout is needed.
    return Document(pages=[], kind="text", text=textwrap.dedent(text))


def fixture(name: str) -> Document:
    return text_document((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Please provide the current residential address, telephone number and DMV photograph of "
     "Rita Moss.", ["address", "phone", "photo"]),
    ("We request all vehicle registration records and the driving history for Sam Lowe.",
     ["vehicle", "license"]),
    ("Please produce quarterly wage records, the employer name, and unemployment insurance claim "
     "records for Ivan Cruz.", ["wages", "employment", "claims"]),
    ("Send copies of the identity documents presented at application (passport, birth "
     "certificate).", ["identity_documents"]),
    ("Please provide SNAP and Medicaid benefit records and state income tax returns.",
     ["benefits", "tax"]),
    ("Please provide his criminal history, Social Security number and date of birth on file.",
     ["criminal_history", "ssn", "date_of_birth"]),
    ("Please send the e-mail address on file.", ["email"]),
])
def test_vocabulary(text: str, expected: list[str]) -> None:
    assert extract_records_requested(text_document(text), None) == expected


def test_subject_identifiers_are_not_records_asked_for() -> None:
    doc = text_document("""
        Please provide the photograph on file for the following person.

        Name: Rita Moss
        DOB: 04/05/1981
        SSN ending 1234
        Address: 12 Elm St, Denver
        """)
    assert extract_records_requested(doc, None) == ["photo"]


def test_requester_contact_details_are_not_records_asked_for() -> None:
    doc = text_document("Please provide the vehicle records for Al Moe. If you have questions, "
                        "contact me at my phone number or e-mail address below.")
    assert extract_records_requested(doc, None) == ["vehicle"]


@pytest.mark.parametrize(("name", "expected"), [
    ("administrative_subpoena__i138", ["address", "photo"]),
    ("grand_jury_subpoena__ao110", ["wages", "claims"]),
    ("detainer__i247a", []),
    ("administrative_warrant__i200", []),
    ("none__police_email", ["address", "photo", "vehicle"]),
])
def test_fixtures(name: str, expected: list[str]) -> None:
    found = extract_records_requested(fixture(name), None)
    assert found == expected and set(found) <= set(VOCABULARY)
