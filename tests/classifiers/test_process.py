"""The legal-process classifier on realistic texts modelled on the real forms, and its traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from requestdesk.classifiers.process import classify_process
from requestdesk.result import COURT_ISSUED

from .textdoc import TEXTS, fixture, text_document

FIXTURES = sorted(p.stem for p in Path(TEXTS).glob("*.txt"))
FORMS = {
    "judicial_warrant__ao93": "AO 93", "judicial_warrant__ao442": "AO 442",
    "grand_jury_subpoena__ao110": "AO 110", "court_subpoena__ao88b": "AO 88B",
    "administrative_warrant__i200": "I-200", "administrative_warrant__i205": "I-205",
    "detainer__i247a": "I-247A", "administrative_subpoena__i138": "I-138",
    "administrative_subpoena__customs_summons": "DHS 3115",
    "judicial_warrant__mixed_email_i200_ao93": "AO 93",
    "judicial_warrant__sealing_order_first_page": "AO 93",
    "administrative_subpoena__irs_summons_titlecase": "2039",
    "administrative_subpoena__cbp_summons_1509": "CBP 3115",
    "administrative_warrant__i200_commanded": "I-200",
}


@pytest.mark.parametrize("name", FIXTURES)
def test_each_fixture_gets_its_type(name: str) -> None:
    expected = name.split("__")[0]
    process, attached = classify_process(fixture(name), None)
    assert process.type == expected
    assert process.court_issued == (expected in COURT_ISSUED)
    # A detainer is neither a warrant nor a subpoena: only the I-200 travelling with it counts.
    assert attached == (expected not in ("none", "detainer") or name == "detainer__with_i200")
    if name in FORMS:
        assert process.form == FORMS[name]
    if expected != "none":
        assert process.evidence and process.evidence[0].page == 1
        assert 0.5 <= process.confidence <= 1


@pytest.mark.parametrize("name", [n for n in FIXTURES if n.startswith("administrative_subpoena")])
def test_enforcement_clause_naming_a_district_court_does_not_make_it_court_issued(name: str) -> None:
    doc = fixture(name)
    assert "district court" in doc.text.lower() or "court of the united states" in doc.text.lower()
    process, _ = classify_process(doc, None)
    assert not process.court_issued


ENFORCEMENT_CLAUSES = [
    "Failure to comply may result in the Department seeking an order from a United States "
    "District Court requiring compliance.",
    "In the case of contumacy, the Attorney General may invoke the aid of any court of the United "
    "States, and the United States District Court may issue an order requiring compliance.",
    "If you fail to comply, the United States District Court for the District of Colorado may "
    "enforce this subpoena and failure to obey the court's order may be punished as contempt.",
]


@pytest.mark.parametrize("clause", ENFORCEMENT_CLAUSES)
@pytest.mark.parametrize("heading", ["SUBPOENA", "ADMINISTRATIVE SUBPOENA", "SUBPOENA DUCES TECUM",
                                     "IMMIGRATION ENFORCEMENT SUBPOENA"])
def test_agency_subpoena_with_court_words_is_administrative(heading: str, clause: str) -> None:
    doc = text_document(f"""
        U.S. Department of Homeland Security

        {heading}

        To: Custodian of Records, Colorado Department of Revenue
        YOU ARE HEREBY COMMANDED to produce the driver license record of Omar Haddad.
        {clause}

        Special Agent in Charge
        """)
    process, attached = classify_process(doc, None)
    assert process.type == "administrative_subpoena"
    assert not process.court_issued and attached


def test_i205_checkbox_naming_a_court_judge_stays_administrative() -> None:
    doc = fixture("administrative_warrant__i205")
    assert "a United States District or Magistrate Court Judge" in doc.text
    process, _ = classify_process(doc, None)
    assert (process.type, process.court_issued) == ("administrative_warrant", False)


def test_immigration_court_order_is_not_a_court_order() -> None:
    doc = text_document("""
        UNITED STATES DEPARTMENT OF JUSTICE
        EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
        IMMIGRATION COURT
        DENVER, COLORADO

        ORDER OF THE IMMIGRATION JUDGE

        It is HEREBY ORDERED that the respondent be removed from the United States to Mexico.

        Immigration Judge
        """)
    process, _ = classify_process(doc, None)
    assert not process.court_issued


@pytest.mark.parametrize("sentence", [
    "We are seeking a warrant for his arrest and need his address.",
    "No warrant is required for this request under 8 U.S.C. 1357.",
    "An arrest warrant signed by a U.S. Magistrate Judge is not required.",
    "If you need a search warrant or a court order, we will obtain one from the District Court.",
    "ICE has issued an administrative warrant (Form I-200) for this person.",
])
def test_a_letter_that_mentions_process_has_none_attached(sentence: str) -> None:
    doc = text_document(f"""
        Denver Police Department

        To: Records Unit
        {sentence}
        Please send the current address of Jorge Pena, DOB 01/02/1990.

        Detective A. Lin
        """)
    process, attached = classify_process(doc, None)
    assert (process.type, attached) == ("none", False)


def test_mixed_file_picks_the_court_warrant_and_says_why() -> None:
    process, _ = classify_process(fixture("judicial_warrant__mixed_email_i200_ao93"), None)
    assert process.type == "judicial_warrant" and process.form == "AO 93"
    assert any("I-200" in e.text and "Mixed file" in e.text for e in process.evidence)


def test_administrative_warrant_with_a_thin_court_caption_stays_administrative() -> None:
    # An I-200 whose cover e-mail quotes a court name and "probable cause" is still an I-200.
    doc = text_document("""
        UNITED STATES DISTRICT COURT records show no case for this person.

        WARRANT FOR ARREST OF ALIEN
        I have determined that there is probable cause to believe that the subject is removable.
        YOU ARE COMMANDED to arrest and take into custody for removal proceedings the above-named alien.
        (Signature of Authorized Immigration Officer)
        Form I-200 (Rev. 09/16)
        """)
    process, _ = classify_process(doc, None)
    assert (process.type, process.court_issued, process.form) == ("administrative_warrant", False, "I-200")


def test_ocr_damaged_form_numbers_and_headings() -> None:
    doc = text_document("""
        A0 93 (Rev. 11/13) Search and Seizure Warrant
        UNITED STATES DISTRICT COURT
        for the District of Colorado
        SEARCH AND SElZURE WARRANT
        To: Any authorized Iaw enforcement officer
        Judge's signature
        """)
    process, _ = classify_process(doc, None)
    assert (process.type, process.form) == ("judicial_warrant", "AO 93")
    doc = text_document("""
        WARRANT FOR ARREST OF ALlEN
        (Signature of Authorized lmmigration Officer)
        Form l-200 (Rev. 09/16)
        """)
    process, _ = classify_process(doc, None)
    assert (process.type, process.form) == ("administrative_warrant", "I-200")


def test_phone_number_with_205_is_not_form_i205() -> None:
    doc = text_document("Please call 1-205-555-0199 about the address of Ana Ruiz.")
    process, _ = classify_process(doc, None)
    assert process.type == "none"


def test_court_name_wrapped_onto_its_own_line_is_not_a_caption() -> None:
    # No agency statute named: only the enforcement clause tells this is not a court subpoena.
    doc = text_document("""
        OFFICE OF THE REGIONAL DIRECTOR

        SUBPOENA DUCES TECUM

        To: Custodian of Records. You are required to produce the wage records of Lena Fox.
        In the event of refusal to obey this subpoena, the Director may apply to the
        United States District Court
        for an order requiring compliance.

        Regional Director
        """)
    process, _ = classify_process(doc, None)
    assert not process.court_issued
    assert process.type == "administrative_subpoena"


@pytest.mark.parametrize(("text", "expected"), [
    ("""
     COUNTY COURT, ARAPAHOE COUNTY, COLORADO
     People of the State of Colorado v. Dale Reese, Case No. 24M1187

     SUBPOENA

     To: Custodian of Records. You are ordered to bring the driving record of Dale Reese to trial.

     Clerk of Court / Deputy Clerk
     """, "court_subpoena"),
    ("""
     IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS

     WARRANT OF ARREST

     To all peace officers in the State: you are commanded to arrest Cole Baxter.

     Judge
     """, "judicial_warrant"),
    ("""
     DISTRICT COURT, LARIMER COUNTY, COLORADO

     ORDER COMPELLING PRODUCTION OF RECORDS

     The Court, having reviewed the motion of the People, orders the Department of Revenue to
     produce the vehicle registration of Ivy Stone.

     BY THE COURT:
     District Court Judge
     """, "court_order"),
    ("""
     U.S. Immigration and Customs Enforcement

     Under 8 U.S.C. 1225(d) and 8 C.F.R. 287.4, ICE may seek records. Please send the current
     address of Ruth Ames.

     Deportation Officer
     """, "none"),
    ("""
     GREENE COUNTY SHERIFF'S OFFICE
     DETAINER - REQUEST TO PLACE HOLD

     Inmate: BAXTER, Cole   DOC No.: 1298455
     Please place a DETAINER/HOLD for this agency and notify us thirty days before the inmate's
     release. This detainer is lodged under sections 217.450 to 217.485, RSMo.

     Cpl. Ann Reed, Warrants Unit
     """, "detainer"),
    ("""
     SUBPOENA DUCES TECUM
     (For a Grand Jury)
     THE PEOPLE OF THE STATE OF NEW YORK
     TO: Records Access Officer
     WE COMMAND YOU to bring with you the items listed in the attached RIDER.
     District Attorney, Queens County
     """, "grand_jury_subpoena"),
    ("""
     Dear Records Officer,
     Please send the release date of Cole Baxter. Detainer entered [ ] Yes [ ] No
     Cpl. Ann Reed, Warrants Unit
     """, "none"),
    # A production order whose caption a received stamp garbled: its parties and its judge.
    ("""
     IN THE COURT OF C MNAE yr
     STATE OF OHIO, Case NO. UR=
     Plaintiff, Judge Harold P. Eastman
     v. ORDER FOR PRODUCTION OF
     ; RECORDS
     RAFAEL GOMEZ, (R.C. 4141.21)
     Defendant.
     IT IS THEREFORE ORDERED that the Department shall produce the wage records.
     IT IS SO ORDERED.
     JUDGE HAROLD P. EASTMAN
     """, "court_order"),
    # Connecticut's subpoena, signed by an attorney as Commissioner of the Superior Court, its
    # title sharing a line with the docket box.
    ("""
     SUBPOENA - CRIMINAL STATE OF CONNECTICUT Docket No.
     (Subpoena Duces Tecum) SUPERIOR COURT HHD-CR24-0219934-T
     BY AUTHORITY OF THE STATE OF CONNECTICUT, you are hereby commanded to appear before
     the Superior Court at the place, date and time stated above and to produce the following.
     Naomi S. Feldman, Assistant State's Attorney
     Commissioner of the Superior Court
     """, "court_subpoena"),
    # The court's name beside its docket number; the prosecution named over "v."
    ("""
     STATE OF VERMONT
     SUPERIOR COURT Docket No. 25-CR-04112
     STATE OF VERMONT
     v.
     NOAH J. BRIGHAM
     SUBPOENA DUCES TECUM
     YOU ARE COMMANDED to appear at the Chittenden Unit, Criminal Division, and to bring the
     following wage records.
     /s/ Corinne A. Lavallee, Deputy State's Attorney
     """, "court_subpoena"),
    # A state grand jury's subpoena named under its heading, and one whose heading a stamp hid.
    ("""
     VIRGINIA:
     IN THE CIRCUIT COURT OF THE CITY OF RICHMOND

     SUBPOENA DUCES TECUM

     (Special Grand Jury)
     In re: Special Grand Jury Investigation No. SGJ-2026-02
     You are commanded to summon the Custodian of Records to appear before the Special Grand
     Jury of this Court and to bring the following records.
     Deputy Clerk
     """, "grand_jury_subpoena"),
    ("""
     Re: Grand Jury Subpoena Duces Tecum - GJ No. 2025-0611
     Enclosed please find a subpoena duces tecum issued by the Clerk of the Court of Common Pleas.
     YOU ARE HEREBY COMMANDED to appear before the : JURY of Cuyahoga County, then and there to
     testify concerning a matter then pending before said Grand Jury, and to bring the records.
     Deputy Clerk
     """, "grand_jury_subpoena"),
    # North Carolina's form: the court's division and "STATE VERSUS:" are its caption.
    ("""
     STATE OF NORTH CAROLINA File No. 25 CRS 004512
     County of Mecklenburg In The General Court Of Justice
     Superior Court Division
     STATE VERSUS: NOVAK, Petra Ludmila
     SUBPOENA
     YOU ARE COMMANDED to appear and produce the following at the Courthouse.
     Signature: /s/ Kiara M. Thibodeaux [X] Assistant District Attorney
     """, "court_subpoena"),
    # A state attorney general's civil investigative demand: compulsory, issued by the office.
    ("""
     OFFICE OF THE ATTORNEY GENERAL - CONSUMER PROTECTION
     CIVIL INVESTIGATIVE DEMAND No. 2026-044
     TO: Custodian of Records, Department of Motor Vehicles
     You are required to produce the title records of vehicles held by Redline Motors LLC within
     20 days. This demand is not issued by a court; a petition to enforce it may be filed.
     Assistant Attorney General
     """, "administrative_subpoena"),
    # Georgia's special purpose grand jury: its heading wraps before "JURY".
    ("""
     IN THE SUPERIOR COURT OF COBB COUNTY, STATE OF GEORGIA
     IN RE: SPECIAL PURPOSE GRAND JURY   Civil Action File No. 26-EX-0091
     SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE TO THE GRAND
     JURY
     YOU ARE HEREBY COMMANDED to bring with you the wage records of Odell Pryce.
     Witness the Honorable Ruth Ames, Judge of said Court.
     Clerk of Superior Court
     """, "grand_jury_subpoena"),
    # A prosecutor's letter asking in place of a subpoena, and a draft warrant not yet put to a judge.
    ("""
     COUNTY PROSECUTOR - FRAUD UNIT
     PROSECUTOR'S SUBPOENA REQUEST - File 26-118
     Please treat this letter as our investigative subpoena request and send, without a formal
     court subpoena, the claim file of Dorian Vale. If your agency requires a subpoena issued by
     the clerk of the Court of Common Pleas, one will be obtained. No court process is enclosed.
     Assistant Prosecuting Attorney
     """, "none"),
    ("""
     I am preparing a search warrant for the records of Lena Markov; attached is the draft
     complaint so you can confirm the records exist before I take it to the judge.
     IN THE CIRCUIT COURT OF DANE COUNTY, WISCONSIN
     COMPLAINT FOR SEARCH WARRANT (DRAFT - NOT YET PRESENTED)
     Subscribed and sworn before me on ____________
     SEARCH WARRANT - [UNSIGNED]
     """, "none"),
])
def test_more_wordings(text: str, expected: str) -> None:
    process, _ = classify_process(text_document(text), None)
    assert process.type == expected


def test_grand_jury_subpoena_with_its_caption_lost_to_ocr_is_still_court_issued() -> None:
    doc = text_document("""
        Un1ted Stat3s Distr1ct C0urt

        SUBPOENA TO TESTIFY BEFORE A GRAND JURY

        YOU ARE COMMANDED to appear in this United States district court to testify before the
        court's grand jury, and to bring the wage records of Tara Quinn.
        """)
    process, _ = classify_process(doc, None)
    assert (process.type, process.court_issued) == ("grand_jury_subpoena", True)


def test_state_attorney_general_investigative_subpoena_is_administrative() -> None:
    doc = text_document("""
        OFFICE OF THE ATTORNEY GENERAL, STATE OF COLORADO

        INVESTIGATIVE SUBPOENA

        To: Custodian of Records. Produce the employer records of Mia Tran within 14 days.

        Assistant Attorney General
        """)
    process, attached = classify_process(doc, None)
    assert (process.type, process.court_issued, attached) == ("administrative_subpoena", False, True)


def test_clerk_issued_state_subpoena_with_cause_number_caption_is_court_issued() -> None:
    text = (
        "THE STATE OF TEXAS\nSUBPOENA DUCES TECUM\n"
        "CAUSE NO. D-1-DC-25-100417 IN THE 403RD DISTRICT COURT\n"
        "YOU ARE HEREBY COMMANDED to summon the Custodian of Records to appear before the court\n"
        "and produce the wage records of the defendant.\n"
        "Requested by: Ada Whitlow, Assistant District Attorney\n"
        "Velma Ortega, District Clerk, Travis County, Texas\nBy: Deputy\n"
    )
    process, _ = classify_process(text_document(text))
    assert (process.type, process.court_issued) == ("court_subpoena", True)
