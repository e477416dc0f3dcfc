"""Identifiers: A-numbers normalised, licence numbers, SSN kept only as last four."""

import pytest

from requestdesk.extractors.identifiers import find_identifiers, licence_in_row, redact_ssns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A-Number: A123-456-789", [("a_number", "A123456789")]),
        ("A# 123 456 789", [("a_number", "A123456789")]),
        ("alien registration number 087654321", [("a_number", "A087654321")]),
        ("A12345678", [("a_number", "A012345678")]),
        ("File No. A 201 445 789", [("a_number", "A201445789")]),
        ("SSN: 123-45-6789", [("ssn_last4", "6789")]),
        ("SSN XXX-XX-4321", [("ssn_last4", "4321")]),
        ("social security number ending in 7788", [("ssn_last4", "7788")]),
        ("DL# 12-345-6789", [("drivers_license", "123456789")]),
        ("Colorado driver's license number 991234567", [("drivers_license", "991234567")]),
        ("FINS: 1234567", [("fins", "1234567")]),
        ("Passport No. G87654321", [("passport", "G87654321")]),
        ("SSN ending 4471", [("ssn_last4", "4471")]),
        ("last four of SSN: 4471", [("ssn_last4", "4471")]),
        ("last 4 digits of her Social Security number are 0912", [("ssn_last4", "0912")]),
        ("SSN xxx-xx-4471", [("ssn_last4", "4471")]),
        ("File No: A 098 114 562", [("a_number", "A098114562")]),
        ("File No. 212 608 457", [("a_number", "A212608457")]),
        ("OLN: WDLQX4471BC", [("drivers_license", "WDLQX4471BC")]),
        ("license plate BXR2291", []),
        ("Case number 2023-0001 filed 03/14/2023", []),
        ("Call (303) 555-1234", []),
    ],
)
def test_find_identifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.type, f.value) for f in find_identifiers(text)] == expected


def test_redact_ssns_keeps_last_four_only() -> None:
    assert redact_ssns("SSN 123-45-6789, phone 303-555-1234") == "SSN XXX-XX-6789, phone 303-555-1234"


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        ("Name   DOB   WA DL No.", " 02/14/1990   REYESIA901PB", "REYESIA901PB"),
        ("Last, First | A-Number | License #", " | A201555123 | 123456789", "123456789"),
        ("Name  Alien No.  OLN", "  201555123  88812345", "88812345"),
        ("Name  DOB  Phone", " 1/1/1990  3035551234", None),
        ("Name  DOB  DL No.", "  1995-07-22  ", None),  # an ISO date is not a licence
    ],
)
def test_licence_column_of_a_table_row(header: str, row: str, expected: str | None) -> None:
    found = licence_in_row(header, row)
    assert (found.value if found else None) == expected
