"""Requestor (agency, person, contact) on hand-written letters, e-mails and forms."""

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor

from .letters import LETTERS, Letter
from .textdoc import text_document


@pytest.mark.parametrize("letter", LETTERS, ids=[x.id for x in LETTERS])
def test_requestor(letter: Letter) -> None:
    doc = text_document(letter.text, headers=letter.headers, attachment_from=letter.attachment_from)
    got = extract_requestor(doc, parse(doc))
    assert got.agency_key == letter.agency
    assert got.person == letter.person
    for attr in ("title", "email", "phone", "component"):
        expected = getattr(letter, attr)
        if expected is not None:
            assert getattr(got, attr) == expected, attr


def test_person_evidence_points_at_the_signature() -> None:
    letter = LETTERS[0]
    doc = text_document(letter.text)
    got = extract_requestor(doc, parse(doc))
    ev = got.evidence["person"]
    assert ev.page == 1 and ev.box is not None
    assert "John Q. Smith" in ev.text


def test_judge_and_clerk_are_never_the_requestor() -> None:
    doc = text_document(
        """
        UNITED STATES DISTRICT COURT
        for the District of Colorado
        ORDER
        IT IS ORDERED that the custodian produce the records described in the application.

        BY THE COURT:
        Hon. Rebecca Alvarez
        United States District Judge
        """
    )
    got = extract_requestor(doc, parse(doc))
    assert got.person is None


@pytest.mark.parametrize(
    ("letterhead", "signature", "key"),
    [
        ("U.S. Immigration and Customs Enforcement", "Deportation Officer", "dhs-ice-ero"),
        ("U.S. Immigration and Customs Enforcement", "Special Agent", "dhs-ice-hsi"),
        ("U.S. Immigration & Customs Enforcement", "Records Liaison", "dhs-ice"),
        ("DHS/ICE/HSI Denver", "Group Supervisor", "dhs-ice-hsi"),
        ("Drug Enforcement Administration", "Diversion Investigator", "doj-dea"),
        ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Special Agent", "doj-atf"),
        ("United States Marshals Service", "Deputy U.S. Marshal", "doj-usms"),
        ("U.S. Department of Labor, Office of Inspector General", "Special Agent", "dol-oig"),
        ("IRS Criminal Investigation", "Special Agent", "irs-ci"),
        ("U.S. Postal Inspection Service", "Postal Inspector", "usps-uspis"),
        ("U.S. Citizenship and Immigration Services", "Immigration Officer", "dhs-uscis"),
        ("DHS Office of Inspector General", "Special Agent", "dhs-oig"),
        ("Colorado Bureau of Investigation", "Agent", "state-police"),
        ("Boulder County Sheriff's Office", "Detective", "sheriff"),
        ("Denver Police Department", "Detective", "local-police"),
        ("Office of the District Attorney, 2nd Judicial District", "Investigator",
         "district-attorney"),
        ("Colorado Department of Human Services", "Program Manager", "other"),
        ("OFFICE OF THE SOLICITOR\nFIFTH JUDICIAL CIRCUIT OF SOUTH CAROLINA", "Assistant Solicitor",
         "district-attorney"),
        ("Sixth District Department of Correctional Services", "Probation/Parole Officer III",
         "other"),
    ],
)
def test_agency_key_from_letterhead_and_title(letterhead: str, signature: str, key: str) -> None:
    doc = text_document(
        f"""
        {letterhead}
        1 Federal Plaza, Denver, CO 80202

        To the Colorado Department of Labor and Employment:

        Please provide the last known address of Samuel Ortiz, DOB 4/4/1984.

        Sincerely,
        Jordan Avery
        {signature}
        """
    )
    assert extract_requestor(doc, parse(doc)).agency_key == key


def test_forwarded_mail_evidence_points_at_the_original_sender() -> None:
    letter = next(x for x in LETTERS if x.id == "state-patrol-forward")
    doc = text_document(letter.text, headers=letter.headers)
    got = extract_requestor(doc, parse(doc))
    assert "Eric Lindqvist" in got.evidence["person"].text
    assert got.evidence["person"].page == 1
