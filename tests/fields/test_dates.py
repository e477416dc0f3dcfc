"""Dates of birth as people write them, into ISO."""

import pytest

from requestdesk.extractors.dates import find_dates, parse_compact_date, parse_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03/14/1987", "1987-03-14"),
        ("3/14/87", "1987-03-14"),
        ("3-14-87", "1987-03-14"),
        ("14 March 1987", "1987-03-14"),
        ("March 14, 1987", "1987-03-14"),
        ("Mar. 14 1987", "1987-03-14"),
        ("1987-03-14", "1987-03-14"),
        ("14.03.1987", "1987-03-14"),
        ("DOB: 3/14/87", "1987-03-14"),
        ("14-MAR-1987", "1987-03-14"),
        ("14MAR1987", "1987-03-14"),
        ("14 de marzo de 1987", "1987-03-14"),
        ("marzo 14, 1987", "1987-03-14"),
        ("1 de enero de 2001", "2001-01-01"),
        ("25/12/1990", "1990-12-25"),  # day first when the first number cannot be a month
        ("July 4th, 1976", "1976-07-04"),
        ("05/06/10", "2010-05-06"),  # two-digit year not in the future: this century
        ("Sept. 3, 1972", "1972-09-03"),
        ("Sep. 30, 1981", "1981-09-30"),
        ("Jan. 9, 1994", "1994-01-09"),
        ("3 Sept. 1972", "1972-09-03"),
        ("02/30/1990", None),
        ("13/13/1990", None),
        ("no date here", None),
    ],
)
def test_parse_date(raw: str, expected: str | None) -> None:
    assert parse_date(raw, ref_year=2026) == expected


def test_two_digit_year_never_lands_in_the_future() -> None:
    assert parse_date("1/2/30", ref_year=2026) == "1930-01-02"
    assert parse_date("1/2/26", ref_year=2026) == "2026-01-02"


def test_ocr_digits_only_when_asked() -> None:
    assert parse_date("O3/l4/1987", ref_year=2026) is None
    assert parse_date("O3/l4/1987", ref_year=2026, ocr=True) == "1987-03-14"


def test_find_dates_gives_ranges_in_order() -> None:
    text = "born 03/14/1987, arrested on 5 June 2019"
    found = find_dates(text, ref_year=2026)
    assert [d.iso for d in found] == ["1987-03-14", "2019-06-05"]
    assert text[found[0].start:found[0].end] == "03/14/1987"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("031487", "1987-03-14"), ("03141987", "1987-03-14"), (" 123199", "1999-12-31"),
     ("133187", None), ("0314", None)],
)
def test_compact_date_after_a_dob_label(raw: str, expected: str | None) -> None:
    assert parse_compact_date(raw, ref_year=2026) == expected
