"""The date a subpoena, summons or warrant must be answered by (``LegalProcess.return_date``)."""

from __future__ import annotations

import pytest

from requestdesk.classifiers.process import classify_process

from .textdoc import TEXTS, fixture, text_document


@pytest.mark.parametrize(("name", "expected"), [
    ("judicial_warrant__ao93", "2024-06-03"),  # "execute this warrant on or before June 3, 2024"
    ("administrative_subpoena__dea", "2024-05-30"),  # "... Field Division, on or before May 30"
    ("court_subpoena__state_sdt", "2024-09-09"),  # "ORDERED to appear ... on September 9, 2024"
    # Only an issuance date is printed: "Date: 08/02/2024", "this 3rd day of June, 2024".
    ("court_subpoena__ao88b", None),
    ("court_subpoena__ao89_trial", None),
    ("administrative_subpoena__irs_summons", None),
    ("detainer__i247a", None),
])
def test_fixture_return_date(name: str, expected: str | None) -> None:
    process, _ = classify_process(fixture(name), None)
    assert process.type != "none"
    assert process.return_date == expected


def _ao88b_with(box: str) -> str:
    """The AO 88B fixture with a place/date box printed under the command."""
    text = (TEXTS / "court_subpoena__ao88b.txt").read_text(encoding="utf-8")
    anchor = "Staffing, Inc. for 2022.\n"
    assert anchor in text
    return text.replace(anchor, anchor + "\n" + box + "\n")


@pytest.mark.parametrize(("box", "expected"), [
    ("Place: 1700 Lincoln St., Suite 300, Denver, CO\nDate and Time:\n11/18/2026 9:30 am",
     "2026-11-18"),
    ("You must appear at the place below, on the 3rd day of November 2026, at 9:00 a.m.",
     "2026-11-03"),
    ("Produce the documents no later than December 1, 2026.", "2026-12-01"),
    ("Place: 1700 Lincoln St., Denver, CO\nDate and Time: ____________", None),
])
def test_subpoena_box_and_wording(box: str, expected: str | None) -> None:
    process, _ = classify_process(text_document(_ao88b_with(box)), None)
    assert process.type == "court_subpoena"
    assert process.return_date == expected


def test_no_return_date_without_legal_process() -> None:
    letter = fixture("none__ero_letter")
    text = letter.text + "\n\nPlease reply on or before October 30, 2026.\n"
    process, attached = classify_process(text_document(text), None)
    assert not attached and process.type == "none"
    assert process.return_date is None
