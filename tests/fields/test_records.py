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
    ("Please provide the most recent DL/ID photo on file.", ["photo"]),
    ("Please provide the address on file for NGUYEN, Van Thanh, CO DL 09-512-3376.", ["address"]),
    ("We are trying to determine the whereabouts of Ana Ruiz; any last known mailing address "
     "would help.", ["address"]),
    ("Please provide the DL image, the OLN and the vehicle title and plates registered to him.",
     ["photo", "vehicle", "license"]),
    ("Please produce the UI wage records and the employer of record.", ["wages", "employment"]),
    ("Please provide the IP addresses and login records for his online account.",
     ["other"]),
    ("SEARCH AND SEIZURE WARRANT BY TELEPHONE OR OTHER RELIABLE ELECTRONIC MEANS\n"
     "YOU ARE COMMANDED to seize the wage records.", ["wages"]),
])
def test_vocabulary(text: str, expected: list[str]) -> None:
    assert extract_records_requested(text_document(text), None) == expected


def test_a_list_under_an_asking_line_is_read() -> None:
    doc = text_document("""
        The Department is asked to produce the records listed below:
        - unemployment benefit payments and claim history
        - SNAP and TANF case records
        - state tax returns for 2023

        Our address is 101 Main St, Salem OR. Reply by fax.
        """)
    assert extract_records_requested(doc, None) == ["claims", "benefits", "tax"]


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
    ("detainer__i247a", ["other"]),  # notice of release: labellers log it as "other"
    ("administrative_warrant__i200", []),
    ("none__police_email", ["address", "photo", "vehicle"]),
])
def test_fixtures(name: str, expected: list[str]) -> None:
    found = extract_records_requested(fixture(name), None)
    assert found == expected and set(found) <= set(VOCABULARY)


def test_numbered_items_under_a_heading_are_read_across_blank_lines() -> None:
    doc = text_document("""
        ATTACHMENT B
        Property to be seized

        1. Any residential or mailing addresses associated with the account holder.

        2. Quarterly wage reports for the account holder, 2022 to present.

        Dated at Portland, Oregon. The employer directory is public.
        """)
    assert extract_records_requested(doc, None) == ["address", "wages"]


def test_what_the_letter_investigates_is_not_what_it_asks_for() -> None:
    doc = text_document("In connection with an unemployment benefits fraud investigation, please "
                        "provide the current address of the claimant.")
    assert extract_records_requested(doc, None) == ["address"]


def test_a_command_ending_in_a_colon_takes_the_next_paragraph() -> None:
    doc = text_document("""
        Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the
        following documents, and to permit inspection of the material:

        Quarterly wage records and the claim history of the claimant.

        Place: Office of the Clerk, 100 Main St. The clerk's telephone is listed on our website.
        """)
    assert extract_records_requested(doc, None) == ["wages", "claims"]


def test_a_colon_before_the_people_asked_about_does_not_take_their_table() -> None:
    doc = text_document("""
        To assist our investigation, please furnish the current mailing address on file for the
        following persons:

        Last Name      First Name     DOB          SSN
        PRUITT         Lena           02/11/1988   xxx-xx-4411

        Requested by: Det. Ames, Telephone: 555-0100
        """)
    assert extract_records_requested(doc, None) == ["address"]


def test_numbered_items_after_a_table_of_the_people_are_what_is_asked_for() -> None:
    doc = text_document("""
        For the period January 1, 2020 through the present, produce the following records
        relating to the persons listed below:

          Name                 DOB           SSN (last 4)
          Vera KOVAČ           01/29/1975    8832
          Tomás RIVAS          10/10/1989    3307

          1. Quarterly wage detail reported by any employer, including employer name,
          account number and address;
          2. Unemployment insurance claim files, including applications and payment histories;
          3. Contact information supplied by the claimant: telephone numbers.

        Records may be produced in electronic form.
        """)
    assert extract_records_requested(doc) == ["address", "phone", "wages", "employment", "claims"]


def test_a_list_after_a_line_that_asks_for_nothing_is_not_taken() -> None:
    doc = text_document("""
        The following officers worked the case:

          1. Officer Vehicle Unit, badge 112 (telephone numbers withheld)
        """)
    assert extract_records_requested(doc) == []


def test_a_heading_on_its_own_line_takes_the_paragraph_after_it() -> None:
    doc = text_document("""
        YOU ARE COMMANDED to appear and to bring with you the records described below.

        RECORDS TO BE PRODUCED:

        All quarterly wage records and unemployment insurance claim files, 2022 to present.

        The defendant is charged with theft.
        """)
    assert extract_records_requested(doc, None) == ["wages", "claims"]


def test_things_to_wit_in_a_warrant_are_asked_for() -> None:
    doc = text_document("""
        there are now located and concealed certain things, to wit:

        The driver license file, digital photographs, address history, and vehicle title and
        registration records maintained by the Division of Motor Vehicles;

        which things may constitute evidence of a crime.
        """)
    assert extract_records_requested(doc, None) == ["address", "photo", "vehicle", "license"]


def test_items_after_including_that_follows_a_list_of_people() -> None:
    doc = text_document("""
        Produce all records relating to the following persons:

        1. JANE ROE, date of birth June 1, 1989
        2. JOHN DOE, date of birth May 2, 1990

        including:
        a. benefit payment records;
        b. employer-reported quarterly wage records; and
        c. all addresses of record.
        """)
    assert extract_records_requested(doc, None) == ["address", "wages", "employment", "benefits"]


def test_a_licence_photo_is_a_photo_and_a_release_date_is_other() -> None:
    doc = text_document("Please send the DL/ID application photographs for the person below.")
    assert extract_records_requested(doc, None) == ["photo"]
    doc = text_document("Please notify this office of the inmate's scheduled release date.")
    assert extract_records_requested(doc, None) == ["other"]


def test_a_schedule_and_an_order_listing_records_for_a_defendant() -> None:
    doc = text_document("""
        SCHEDULE A
        For the period 2020 through 2022, for each individual below: all unemployment insurance
        claims; claimant telephone numbers; and quarterly wage records.
        """)
    assert extract_records_requested(doc, None) == ["phone", "wages", "claims"]
    doc = text_document("""
        IT IS ORDERED that the Department shall produce, within fourteen days, the following
        records for Defendant JOHN ROE (DOB 11/03/1993):
        a. Employer wage reports for all quarters, including employer names and addresses;
        b. Unemployment insurance claims.
        """)
    assert extract_records_requested(doc, None) == ["address", "wages", "employment", "claims"]


def test_a_requested_column_and_a_header_row_of_a_people_table() -> None:
    doc = text_document("""
        We request the information below for the following two persons:

        Role       Name                     DOB          NM DL       Requested

        Fugitive   QUINTO ARCE, Santiago    01/29/1985   501229387   Current address, DL photo

        Associate  YAZZIE, Melissa Dawn     08/14/1990   —           Registered vehicles

        Thank you for your help.
        """)
    assert extract_records_requested(doc, None) == ["address", "photo", "vehicle"]


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    doc = text_document("Pursuant to RCW 50.13.060, request the following records: for Mr. Farah, the "
                        "names and addresses of all employers reporting wages since 2024.")
    assert extract_records_requested(doc, None) == ["address", "wages", "employment"]
