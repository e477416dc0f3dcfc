"""The channel a born-digital PDF or a text file shows: its delivery line or its own header."""

from __future__ import annotations

import pytest

from requestdesk.extractors.channel import channel_from_text

from .textdoc import text_document

LETTER = """
    Sheriff's Office, Investigations Division
    March 3, 2026
    {line}
    Department of Revenue, Records Unit

    Please provide the address on file for the person named below. You may reply by e-mail
    to the undersigned, or records may be sent by secure e-mail to det.ruiz@county.gov.
    """


@pytest.mark.parametrize(("line", "channel"), [
    ("VIA FACSIMILE: (303) 555-0142", "fax"),
    ("Sent via e-mail to records@state.co.us", "email"),
    ("VIA ELECTRONIC MAIL", "email"),
    ("VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED", "mail"),
    ("Via U.S. Mail", "mail"),
    ("FAX COVER SHEET", "fax"),
    ("March 10, 2026 Transmitted by e-mail to records@state.pa.gov", "email"),  # beside the date
    ("", "unknown"),  # "reply by e-mail" and "may be sent by e-mail" are about the answer
    ("Date: 03/03/2026\nTo: Records Unit\nFrom: Det. Ruiz", "unknown"),  # a memo, not an e-mail
])
def test_the_delivery_line_gives_the_channel(line: str, channel: str) -> None:
    # A scanned image: no default channel of its own, so only the letter's lines can say.
    assert channel_from_text(text_document(LETTER.format(line=line), kind="image")) == channel


def test_an_email_pasted_into_a_text_file_came_by_email() -> None:
    doc = text_document("""
        Phone note taken by the records clerk.
        -------- e-mail received 08/19/2026 --------
        From: Fontaine, Andre (USMS) <andre.fontaine@usdoj.gov>
        To: records@state.co.us
        """)
    assert channel_from_text(doc) == "email"


def test_a_web_form_submission_came_electronically() -> None:
    doc = text_document("""
        LAW ENFORCEMENT RECORDS REQUEST PORTAL - NEW SUBMISSION
        Submission ID ........ LEP-2026-000418
        """)
    assert channel_from_text(doc) == "email"


def test_the_reader_channel_wins() -> None:
    doc = text_document("VIA FACSIMILE")
    doc.channel = "email"
    assert channel_from_text(doc) == "email"


# A text file that names no delivery is a saved e-mail or a portal submission far more often than
# a transcribed letter (session 8: 128 of the 148 labelled .txt samples say e-mail).
@pytest.mark.parametrize(("kind", "channel"), [("pdf", "mail"), ("text", "email"), ("image", "unknown")])
def test_a_letter_in_a_pdf_that_names_no_delivery_came_by_post(kind: str, channel: str) -> None:
    doc = text_document(LETTER.format(line=""), kind=kind)
    assert channel_from_text(doc) == channel
