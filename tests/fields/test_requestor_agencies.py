"""The agency key from a letterhead, for agencies named the many ways they name themselves."""

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor

from .textdoc import text_document

LETTER = """{agency}
100 Main Street

Records Custodian
State Department of Labor

Re: records request

Please send wage records for Arturo Benitez, DOB 1/1/1980.

Sincerely,
Morgan Quill
Investigator
"""


@pytest.mark.parametrize(
    ("agency", "key"),
    [
        ("Cook County State's Attorney's Office", "district-attorney"),
        ("Office of the Commonwealth's Attorney, Fairfax County", "district-attorney"),
        ("Office of the State Attorney, Ninth Judicial Circuit", "district-attorney"),
        ("Maricopa County Attorney's Office", "district-attorney"),
        ("Office of the Essex County Prosecutor", "district-attorney"),
        ("LANCASTER COUNTY ATTORNEY", "district-attorney"),
        ("Georgia Bureau of Investigation", "state-police"),
        ("Arizona Department of Public Safety", "state-police"),
        ("Harris County Constable Precinct 4", "sheriff"),
        ("Las Vegas Metropolitan Police Department", "local-police"),
        ("U.S. Marshals Service, District of Arizona", "doj-usms"),
        ("Department of Labor, Office of Inspector General", "dol-oig"),
        ("ICE Enforcement and Removal Operations", "dhs-ice-ero"),
        ("HSI Phoenix", "dhs-ice-hsi"),
        ("South Carolina Law Enforcement Division (SLED)", "state-police"),
        ("Alabama Law Enforcement Agency", "state-police"),
        ("Iowa Division of Criminal Investigation", "state-police"),
        ("Columbus Division of Police | Financial Crimes Unit", "local-police"),
        # Senders without a key of their own are "other", never the nearest keyed agency.
        ("UNITED STATES SECRET SERVICE\nTucson Resident Office", "other"),
        ("Naval Criminal Investigative Service, Norfolk Field Office", "other"),
        ("Red Lake Nation Tribal Police Department", "other"),
        ("Pine Ridge Tribal Police", "other"),
        ("Kansas Department of Corrections, Parole Services / Probation and Parole", "other"),
    ],
)
def test_agency_from_letterhead(agency: str, key: str) -> None:
    doc = text_document(LETTER.format(agency=agency))
    assert extract_requestor(doc, parse(doc)).agency_key == key


def test_the_addressee_after_the_date_does_not_ask() -> None:
    doc = text_document("""U.S. Department of Justice
Federal Bureau of Investigation
Salt Lake City Field Office

July 22, 2025

Utah Department of Public Safety
Driver License Division

Enclosed is a search warrant for the records of Arturo Benitez. The Utah Department of Public
Safety may produce them to the undersigned.

Sincerely,
Morgan Quill
Special Agent
""")
    assert extract_requestor(doc, parse(doc)).agency_key == "doj-fbi"


def test_a_boilerplate_law_enforcement_agency_is_no_agency() -> None:
    doc = text_document(LETTER.format(agency="Mesa Police Department").replace(
        "Please send", "As a law enforcement agency under 18 U.S.C. 2721(b)(1), please send"))
    assert extract_requestor(doc, parse(doc)).agency_key == "local-police"


def test_the_office_under_a_labelled_requester_is_the_agency() -> None:
    doc = text_document("""COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
GRAND JURY SUBPOENA DUCES TECUM
TO: Custodian of Records
Ohio Department of Public Safety, Bureau of Motor Vehicles
YOU ARE HEREBY COMMANDED to bring with you the driver license records of Arturo Benitez.
COLLEEN T. HARROW, Clerk of Courts
Requested by: Jamal K. Whitfield (0089123), Assistant Prosecuting Attorney
Franklin County Prosecuting Attorney's Office
373 S. High St., Columbus, OH 43215 Tel. (614) 555-0147
""")
    requestor = extract_requestor(doc, parse(doc))
    assert (requestor.agency_key, requestor.person, requestor.phone) == (
        "district-attorney", "Jamal K. Whitfield", "(614) 555-0147")


def test_a_secret_service_address_is_not_ice() -> None:
    doc = text_document(
        """
        Please send the registration history of Lorcan Teague, DOB 5/5/1985, who is suspected
        of passing counterfeit notes.

        Dana Whitby-Ross
        Special Agent
        """,
        headers={"From": "Dana Whitby-Ross <dana.whitby-ross@usss.dhs.gov>",
                 "To": "records@dmv.state.az.us", "Subject": "counterfeit case"},
    )
    assert extract_requestor(doc, parse(doc)).agency_key == "other"


def test_an_attorney_generals_demand_to_the_department_of_licensing() -> None:
    # "Department of Licensing" on the addressee's line is alike enough to "Department of Police"
    # overall to pass a fuzzy match, word by word it is not; the letterhead names the office.
    doc = text_document("""ATTORNEY GENERAL OF OREGON
Financial Fraud Section, 1162 Court Street NE, Salem, OR 97301

TO: Oregon Department of Licensing
Attn: Records Unit

Please produce the title records of every vehicle held by Cascade Lien Services LLC.

Marisol K. Treadwell
Assistant Attorney General
""")
    requestor = extract_requestor(doc, parse(doc))
    assert (requestor.agency_key, requestor.agency_name) == ("other", "ATTORNEY GENERAL OF OREGON")


def test_a_defence_attorney_labelled_under_the_subpoena() -> None:
    doc = text_document("""IN THE SUPERIOR COURT OF COBB COUNTY, STATE OF GEORGIA
STATE OF GEORGIA v. DARIUS KANE, Defendant
SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE
YOU ARE HEREBY COMMANDED to produce the benefit records of the Defendant, Darius Kane.
Witness the Honorable Judges of said Court. Clerk of Superior Court, by /s/ Deputy Clerk
Subpoena requested by attorney for the Defendant:
Lydia P. Marsh, Esq., Marsh Defense Law
(770) 555-0102
""")
    assert extract_requestor(doc, parse(doc)).person == "Lydia P. Marsh"
