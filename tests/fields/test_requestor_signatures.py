"""The requestor from differently written signature blocks, with the title alone."""

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor, fullest_spelling, joined_by_address
from requestdesk.extractors.subjects import extract_subjects

from .textdoc import text_document

BODY = """Mesa Police Department
20 E Main St, Mesa, AZ

Arizona Department of Economic Security

Please provide wage records for Arturo Benitez Solis, DOB 1/1/1980.

"""


@pytest.mark.parametrize(
    ("signature", "person", "title"),
    [
        ("Sincerely,\n\n/s/ Renata Okafor\nRenata Okafor, Detective #7781\nFraud Unit",
         "Renata Okafor", "Detective"),
        ("Respectfully submitted,\n\n______________________\nDetective Renata Okafor\nBadge 7781",
         "Renata Okafor", "Detective"),
        ("Thank you for your assistance.\n\nRenata Okafor\nDetective | Fraud Unit | 480-555-0100",
         "Renata Okafor", "Detective"),
        ("Sincerely,\nRenata M. Okafor-Quince\nDetective\ncc: Lt. Paolo Ferrante",
         "Renata M. Okafor-Quince", "Detective"),
        ("Signed,\nRenata Okafor\nDetective", "Renata Okafor", "Detective"),
        ("Best regards,\nR. Okafor\nDetective, Fraud Unit", "R. Okafor", "Detective"),
        ("Sincerely,\nRenata Okafor / Detective\nFraud Unit", "Renata Okafor", "Detective"),
        ("Sincerely,\nLt. Paolo Ferrante for\nDet. Renata Okafor\nFraud Unit", "Renata Okafor",
         "Det."),
        ("Requesting Officer: Det. Renata Okafor, #7781\nApproved by: Lt. Paolo Ferrante",
         "Renata Okafor", "Det."),
        # A handwriting font read as initials over the typed name, a blank line between.
        ("Respectfully,\nRE. Okafor\n\nRenata Okafor\nDetective", "Renata Okafor", "Detective"),
    ],
)
def test_signature_styles(signature: str, person: str, title: str) -> None:
    doc = text_document(BODY + signature)
    parsed = parse(doc)
    requestor = extract_requestor(doc, parsed)
    assert (requestor.agency_key, requestor.person, requestor.title) == (
        "local-police", person, title)
    assert [s.name for s in extract_subjects(doc, parsed, requestor)] == ["Arturo Benitez Solis"]


@pytest.mark.parametrize(
    ("request_text", "subjects"),
    [
        ("We are investigating the individual identified as Arturo Benitez Solis (DOB 1/1/1980).",
         [("Arturo Benitez Solis", "1980-01-01")]),
        ("Records requested for: BENITEZ SOLIS, ARTURO; DOB 01/01/1980",
         [("Arturo Benitez Solis", "1980-01-01")]),
        ("Suspect: Arturo Benitez Solis\nDOB: 01-01-1980\nVictim: Helena Marsh",
         [("Arturo Benitez Solis", "1980-01-01")]),
        ("Please run Arturo Benitez Solis (1/1/80) and his wife Carmen Ortiz de Benitez (2/2/82).",
         [("Arturo Benitez Solis", "1980-01-01"), ("Carmen Ortiz de Benitez", "1982-02-02")]),
    ],
)
def test_request_phrasings(request_text: str, subjects: list[tuple[str, str]]) -> None:
    doc = text_document(BODY.replace(
        "Please provide wage records for Arturo Benitez Solis, DOB 1/1/1980.", request_text)
        + "Sincerely,\nRenata Okafor\nDetective")
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == subjects


@pytest.mark.parametrize(
    ("text", "person", "agency"),
    [
        ("FAX COVER SHEET\nGreeley Police Department\nTO: Records Unit, CDLE   FAX: 303-555-0000\n"
         "FROM: Det. Lorna Kaspar   PHONE: 970-555-0101\nPAGES: 3\n"
         "RE: Wage records - Tadeusz Wiśniewski, DOB 02/02/1962\n",
         "Lorna Kaspar", "local-police"),
        ("Weld County Sheriff's Office\n\nTO: Colorado Department of Labor and Employment\n"
         "FROM: Investigator Marcus Delacroix-Hale\nDATE: April 2, 2025\n"
         "SUBJECT: Records request for Priya Raghunathan (DOB 09/23/1991)\n",
         "Marcus Delacroix-Hale", "sheriff"),
    ],
)
def test_memo_and_fax_cover_senders(text: str, person: str, agency: str) -> None:
    doc = text_document(text)
    requestor = extract_requestor(doc, parse(doc))
    assert (requestor.person, requestor.agency_key) == (person, agency)


@pytest.mark.parametrize(
    ("outer_from", "subject", "person"),
    [
        # A county clerk forwards the agent's e-mail: the agent asked.
        ("Pam Hurst <phurst@county.example>", "Fwd: records request", "Anastasia Vukovic"),
        # The agent forwards a reply from the state's records office: the agent still asks.
        ("Anastasia Vukovic <anastasia.vukovic@fbi.gov>", "Fwd: RE: records request",
         "Anastasia Vukovic"),
    ],
)
def test_forwarded_email_sender(outer_from: str, subject: str, person: str) -> None:
    inner_from = ("Anastasia Vukovic <anastasia.vukovic@fbi.gov>" if "county" in outer_from
                  else "UI Records <uirecords@des.state.example>")
    doc = text_document(
        f"See below.\n\f\nFrom: {inner_from}\nTo: someone@elsewhere.example\n"
        "Subject: records request\n\nPlease send wage records for Babatunde Oyelowo, "
        "DOB 9/9/1979.\n",
        headers={"From": outer_from, "To": "intake@des.state.example", "Subject": subject},
        attachment_from=2,
    )
    assert extract_requestor(doc, parse(doc)).person == person


@pytest.mark.parametrize(("name", "email", "expected"), [
    ("Tamara Lind Qvist", "tamara.lindqvist@ice.dhs.gov", "Tamara Lindqvist"),  # OCR split it
    ("Ana Maria Lopez", "ana.lopez@da.co.us", "Ana Maria Lopez"),
    ("Juan de la Cruz", "juan.delacruz@cbp.dhs.gov", "Juan de la Cruz"),
    # A letter OCR cannot read ("ń") garbles the surname; the address spells it.
    ("Daniela M. Szymallillska", "dszymanska@sao09.net", "Daniela M. Szymanska"),
    ("Daniela M. Szymańska", "dszymanska@sao09.net", "Daniela M. Szymańska"),
    ("Anna Phillips", "aphilips@sao09.net", "Anna Phillips"),
    ("John Morrison", "jmorris@sao09.net", "John Morrison"),
])
def test_the_address_joins_a_surname_ocr_split(name: str, email: str, expected: str) -> None:
    assert joined_by_address(name, email) == expected


def test_an_unaccented_mention_does_not_replace_the_accented_signature() -> None:
    text = ("Regards,\nAleksandra Wójcik\nCBP Officer\n\n"
            "you are summoned to appear before CBPO Aleksandra Wojcik, an officer of CBP")
    assert fullest_spelling(text, "Aleksandra Wójcik") == "Aleksandra Wójcik"


def test_an_officer_who_forwards_with_a_request_of_his_own_is_the_requester() -> None:
    own = ("Good morning, I coordinate the regional fugitive task force. Forwarding the message "
           "below from one of our sheriff's deputies. The man is wanted on a federal warrant for a "
           "supervised release violation. We'd like his current address and employer on file. "
           "Please reply to me directly.\n\nThanks,\nGideon Marsh\nDeputy U.S. Marshal\n")
    doc = text_document(
        own + "\f\nFrom: Deputy Ilse Brandt <ibrandt@sheriff.example>\nTo: gmarsh@usdoj.gov\n"
        "Subject: locate\n\nCan you help locate Babatunde Oyelowo, DOB 9/9/1979?\n",
        headers={"From": "Gideon Marsh <gideon.marsh@usdoj.gov>",
                 "To": "intake@des.state.example", "Subject": "Fwd: locate"},
        attachment_from=2,
    )
    assert extract_requestor(doc, parse(doc)).person == "Gideon Marsh"
    # The same forward asking "Could your office check ... and let us know".
    asks = own.replace("We'd like his current address and employer on file. Please reply to me "
                       "directly.", "Could your office check his wages and let us know his employer?")
    doc = text_document(
        asks + "\f\nFrom: Deputy Ilse Brandt <ibrandt@sheriff.example>\nTo: gmarsh@usdoj.gov\n"
        "Subject: locate\n\nCan you help locate Babatunde Oyelowo, DOB 9/9/1979?\n",
        headers={"From": "Gideon Marsh <gideon.marsh@usdoj.gov>",
                 "To": "intake@des.state.example", "Subject": "Fwd: locate"},
        attachment_from=2,
    )
    assert extract_requestor(doc, parse(doc)).person == "Gideon Marsh"


@pytest.mark.parametrize(("text", "person", "title"), [
    # A web form exported with dot leaders; the supervisor is named too.
    ("REQUESTER\nAgency ........ Pueblo Police Department\nRequester name ....... Lidia Ferro\n"
     "Rank/Title ........ Detective\nSupervisor ........ Lt. Oren Vance\n\nSUBJECT\n"
     "Last name ........ QUISPE\nFirst name ........ Amaru\n", "Lidia Ferro", "Detective"),
    # A prosecutor signs process "By:" for the office, with no closing above.
    ("WE COMMAND YOU to produce the records of Amaru Quispe before the Grand Jury.\n"
     "DISTRICT ATTORNEY, ERIE COUNTY\nBy: /s/ Odile Fairweather\n\nOdile Fairweather\n\n"
     "Assistant District Attorney\n", "Odile Fairweather", "Assistant District Attorney"),
    # The clerk who signs "By:" for the court is never the requester.
    ("Subpoena for the records of Amaru Quispe.\nCLERK OF THE COURT\nBy: Marta Lindgren\n"
     "Deputy Clerk\n\nIssued at the request of: Nils Aberg, Assistant County Attorney\n",
     "Nils Aberg", "Assistant County Attorney"),
    # A label read across two columns picks up the clerk who signs for the court.
    ("Subpoena for the records of Amaru Quispe.\nIssued at the request of: Walter Brandvold\n"
     "ADA Siobhan Kerr ____________\nOffice of the District Attorney Walter Brandvold\n"
     "(781) 555-0127 Assistant Clerk\n\nVery truly yours,\nSiobhan Kerr\n"
     "Assistant District Attorney\n", "Siobhan Kerr", "Assistant District Attorney"),
    # A motion signed under "RESPECTFULLY SUBMITTED, this ... day of", initials over the typed name.
    ("WHEREFORE the State prays for an order for the records of Amaru Quispe.\n"
     "RESPECTFULLY SUBMITTED, this the 3rd day of March, 2026.\nD. K. Abernethy\n"
     "DAVIS K. ABERNETHY (Bar No. 55120)\nAssistant District Attorney\n", "Davis K. Abernethy",
     "Assistant District Attorney"),
    # An e-filing notice's "Filer" field.
    ("Document : Motion for Production of Records\nFiled : 02/02/2026\n"
     "Filer : Corinne Vasquez-Lund, Assistant District Attorney,\nJuneau District Attorney\n"
     "Records of Amaru Quispe are sought.\n", "Corinne Vasquez-Lund", "Assistant District Attorney"),
    # A fax cover's two columns read as one line.
    ("FAX\nTo: Department of Labor From: Ignatius P. Herrold\n"
     "Office of Unemployment Insurance Deputy County Attorney\nRe: records of Amaru Quispe\n",
     "Ignatius P. Herrold", None),
    # No closing: the name under "return the information to the undersigned".
    ("Name: Amaru Quispe DOB: 1990-01-01\nPlease return the information to the undersigned.\n"
     "Oswin T. Halvard\nOswin T. Halvard\nSupervisory Detention and Deportation Officer\n",
     "Oswin T. Halvard", "Supervisory Detention and Deportation Officer"),
    # A portal's field written last name first.
    ("REQUEST LER-0001\nRequesting officer:   Quist, Amara J.\nRank / title:   Trooper\n"
     "Supervisor:   Sgt. Lowell Banks\nSubject: Amaru Quispe\n", "Amara J. Quist", "Trooper"),
    # Connecticut: an attorney signs a subpoena as a commissioner of the court.
    ("SUBPOENA - CRIMINAL\nFor the records of Amaru Quispe.\nHereof fail not.\n"
     "Signed (Commissioner of the Superior Court):\nDelia R. Franzen, Juris No. 430011\n"
     "Assistant State's Attorney\nOffice of the State's Attorney\n", "Delia R. Franzen",
     "Assistant State's Attorney"),
    # A paralegal encloses process on an attorney's behalf.
    ("Dear Custodian:\nOn behalf of Assistant United States Attorney Selma K. Roth, I enclose a "
     "subpoena for the records of Amaru Quispe.\nThank you,\nTobias Wren\nParalegal Specialist\n",
     "Selma K. Roth", None),
    # The office's name under an office head's title is not a second signer.
    ("Please provide the records of Amaru Quispe.\nSincerely,\nCorinna D. Vale\n"
     "Field Office Director\nSan Antonio Field Office\n(210) 555-0100\n", "Corinna D. Vale",
     "Field Office Director"),
    # An assistant sends it for the attorney who asks.
    ("FAX\nFROM: Tessa Grimaldi, Legal Secretary to DDA Hugo Salcedo\nPHONE: 555-0101\n"
     "Attached is a subpoena for the records of Amaru Quispe.\n", "Hugo Salcedo", None),
    # A form signed by the agent and approved by a supervisor.
    ("ADMINISTRATIVE SUBPOENA\nBy the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to "
     "produce the records of Amaru Quispe described below at 660 S. Mesa Hills Drive, El Paso, TX "
     "79912, on the 9th day of May, 2025.\nIssued under authority of 21 U.S.C. 876.\n"
     "Issued this 18th day of April, 2025, at El Paso, Texas\nSignature /s/ Lena Ortiz-Paz\n"
     "Name / Title Lena Ortiz-Paz, Special Agent\n(915) 555-0147\n"
     "Approved Walter O. Beck, Group Supervisor\n", "Lena Ortiz-Paz", "Special Agent"),
    # "By:" alone on its line, the prosecutor's name under it.
    ("GRAND JURY SUBPOENA\nFor the records of Amaru Quispe.\nRENATA VALLS\nDistrict Attorney\nBy:\n"
     "Nikolai Petrov-Sand\nAssistant District Attorney\n", "Nikolai Petrov-Sand",
     "Assistant District Attorney"),
    # A fax cover's table without colons; the fax machine's header names a station.
    ("MAR-18-2025 09:12 FROM: WELD CO SO INVEST 9705550189 TO: 3035550170 P.1/2\nFAX TRANSMITTAL\n"
     "To   DMV Records\nFrom   Inv. Caleb Morrow\nPhone (970) 555-0182\n"
     "Please see the attached request for Amaru Quispe.\n", "Caleb Morrow", None),
    # A memo-style fax cover in capitals; a rank before the name.
    ("08/12/2025 14:03 USMS D/CO WARRANTS 3035550150 P.01\nTO   Department of Labor\n"
     "FROM   Deputy U.S. Marshal Rebecca A. Szymanska\nRE   Fugitive locate\n"
     "Please send the employer of Amaru Quispe.\nThe information in this facsimile is sensitive.\n",
     "Rebecca A. Szymanska", None),
    ("FAX TRANSMITTAL\nTo   Records Unit\nFrom   ADA Jonathan T. Greaves, Trial Division\n"
     "Attached is a subpoena for the records of Amaru Quispe.\n", "Jonathan T. Greaves", None),
    # A Colorado caption's "Attorney:" field; a Utah caption's bar number in brackets; an office.
    ("DISTRICT COURT, ADAMS COUNTY, COLORADO\nAttorney: Lauren E. Fitzgerald, Deputy District "
     "Attorney, Case Number: 25CR1204\nSUBPOENA DUCES TECUM for the records of Amaru Quispe\n",
     "Lauren E. Fitzgerald", "Deputy District Attorney"),
    ("Kenji Ostrow (Bar No. 14022)\nDeputy District Attorney\nSALT LAKE COUNTY DISTRICT ATTORNEY\n"
     "SUBPOENA DUCES TECUM for the records of Amaru Quispe\nDATED this 30th day of September.\n"
     "SALT LAKE COUNTY DISTRICT\nATTORNEY\n", "Kenji Ostrow", "Deputy District Attorney"),
    # A cover letter signed before the process it encloses, whose label names the prosecutor.
    ("Please send the records of Amaru Quispe to me.\nSincerely,\nDet. Mateo Kaufer #58321\n"
     "Financial Crimes Unit\n\nIN THE CIRCUIT COURT\nORDER DIRECTING PRODUCTION OF RECORDS\n"
     "Submitted by: Deputy District Attorney Ravi Chandra, OSB #144210\n", "Mateo Kaufer", None),
])
def test_form_fields_by_lines_and_assistants(text: str, person: str, title: str | None) -> None:
    doc = text_document(text)
    requestor = extract_requestor(doc, parse(doc))
    assert requestor.person == person
    if title:
        assert requestor.title == title


def test_a_chain_of_internal_forwards_leads_to_the_outside_sender() -> None:
    doc = text_document(
        "Dana, log it and send the standard reply.\nMark Oyelaran\nRecords Supervisor\n"
        "-----Original Message-----\nFrom: Lind, Dana <dana.lind@state.example>\n"
        "To: Oyelaran, Mark <mark.oyelaran@state.example>\nSubject: FW: request\n"
        "Mark - another one, see below.\nDana Lind\n"
        "-----Original Message-----\nFrom: Ruiz, Tomas <tomas.ruiz@ice.dhs.gov>\n"
        "To: Records <records@state.example>\nSubject: request\n"
        "Please send the address of Amaru Quispe, DOB 1/1/1990.\nTomas Ruiz\n"
        "Deportation Officer\n",
        headers={"From": "Oyelaran, Mark <mark.oyelaran@state.example>",
                 "To": "Lind, Dana <dana.lind@state.example>", "Subject": "RE: FW: request"},
    )
    assert extract_requestor(doc, parse(doc)).person == "Tomas Ruiz"



def test_a_spanish_name_read_off_a_fax_gets_its_accents_back() -> None:
    letter = BODY + "Sincerely,\nRaul E. Benavides\nDetective\n"
    doc = text_document(letter)
    assert extract_requestor(doc, parse(doc)).person == "Raul E. Benavides"  # typed: as written
    for page in doc.pages:
        page.ocr = True
    assert extract_requestor(doc, parse(doc)).person == "Raúl E. Benavides"


def test_a_space_ocr_lost_between_given_name_and_initial() -> None:
    doc = text_document(BODY + "Sincerely,\nRyan.T. Gabbard\nDetective\n")
    requestor = extract_requestor(doc, parse(doc))
    assert (requestor.person, requestor.title) == ("Ryan T. Gabbard", "Detective")


@pytest.mark.parametrize(("text", "name", "expected"), [
    # The body writes the middle initial the signature leaves off: a clerk logs the fuller name.
    ("appear before Deportation Officer Teresa L. Brandt, an officer of ICE\n\nThanks,\n"
     "Teresa Brandt\n", "Teresa Brandt", "Teresa L. Brandt"),
    ("Requesting Officer   Inv. Caleb J. Morrow   Badge/ID: 4417\n", "Caleb Morrow",
     "Caleb J. Morrow"),
    # The mail system's header is not the person's own writing; a different first name is
    # someone else (a relative in the case), and an initial without its stop may be a typo.
    ("From: Brandt, Teresa L <tbrandt@ice.dhs.gov>\n\nThanks,\nTeresa Brandt\n",
     "Teresa Brandt", "Teresa Brandt"),
    ("the vehicle is registered to Karen L. Brandt\n\nThanks,\nTeresa Brandt\n",
     "Teresa Brandt", "Teresa Brandt"),
])
def test_a_middle_initial_written_in_the_body_completes_the_name(
        text: str, name: str, expected: str) -> None:
    assert fullest_spelling(text, name) == expected


@pytest.mark.parametrize(("text", "person"), [
    # Fax covers sent by an assistant for the officer who asks.
    ("FACSIMILE TRANSMITTAL SHEET\nTO: Unemployment Insurance Agency\nFROM: Renee A. Oduya, "
     "Legal Assistant\n(for Special Agent Marcus T. Bell)\nPHONE: (616) 555-0140\n\n"
     "Attached is an administrative subpoena issued by SA Bell.\n", "Marcus T. Bell"),
    ("FAX\nFrom: Tpr. Alyssa Cardone (BCI desk)\nFor: Inv. Michael J. Szymanski\n\n"
     "Per Inv. Szymanski's call, attached is the signed request form.\n", "Michael J. Szymanski"),
    ("FAX COVER\nFROM: Jasmine Okafor, Mission Support Specialist\non behalf of Deportation "
     "Officer Brian K. Fenwick\n\nPlease call Officer Fenwick with questions.\n", "Brian K. Fenwick"),
    ("FAX COVER\nFROM: Jocelyn Pratt, LECA (Station Communications)\nfor SBPA Ryan M, O'Donnell\n"
     "CALLBACK: 802-555-0116\n", "Ryan M. O'Donnell"),
    ("FROM: Donna Pelletier, Records Clerk\n\nSending for Det. Gallagher. Please respond to him, "
     "not to this office.\n\nDet. Sean P. Gallagher #414\nLowell Police Department\n",
     "Sean P. Gallagher"),
    # "for:" heading a list of the people whose records are ordered is no one's fax cover.
    ("Please send them to me.\n\nThank you,\nDet. Abdiweli M. Hassan #3318\n\nORDER\n"
     "the Department shall release the following records\nfor: KETTERING, Brandon Lee - DOB "
     "10/03/1995\n", "Abdiweli M. Hassan"),
    # An office head over the signer who signs "By:" with the name under it.
    ("Please send the records to me.\n\nSincerely yours,\nALVIN R. CASTELLANOS\n\nSpecial Agent in "
     "Charge\n\nBy:\nHannah Kjelstad\nSpecial Agent\n", "Hannah Kjelstad"),
    # Pronouns after the name; a script signature OCR misread over the typed name.
    ("Please send the records to me.\n\nThank you,\n\nPriya Raman (she/her)\nSpecial Agent\n",
     "Priya Raman"),
    ("Please send the records to me.\n\nRespectfully,\n\nAtisha D. Marlowe\n\nKeisha D. Marlowe\n"
     "Special Agent\n", "Keisha D. Marlowe"),
    # A signature OCR cut short, the typed name in full further down.
    ("Please send the records to me.\n\nSincerely,\nKevin J. Mahaffe\nTrooper\n\n"
     "Tpr. Kevin J. Mahaffey, Criminal Investigation Unit\n", "Kevin J. Mahaffey"),
    # A subpoena the attorney signs with no closing; curly apostrophes in her title.
    ("SUBPOENA\nproduce the following records.\n\nNaomi S. Feldman, Assistant State’s Attorney\n"
     "Commissioner of the Superior Court\n", "Naomi S. Feldman"),
    # An I-138 with the issuing officer typed under the signature line.
    ("IMMIGRATION ENFORCEMENT SUBPOENA\nYOU ARE HEREBY COMMANDED TO APPEAR before\nJerome K. "
     "Aldridge, an official of the U.S. Department of Homeland Security, to produce records.\n\n"
     "Place issued: Omaha, Nebraska Jerome Aldrid; e\n(Signature of Issuing Officer)\n"
     "Jerome K. Aldridge\nImmigration Officer\n", "Jerome K. Aldridge"),
])
def test_who_asks_on_paper(text: str, person: str) -> None:
    doc = text_document(BODY + text)
    assert extract_requestor(doc, parse(doc)).person == person


def test_a_curly_apostrophe_names_the_office() -> None:
    doc = text_document("OFFICE OF THE CHITTENDEN COUNTY STATE’S ATTORNEY\n\nPlease send the wage "
                        "records of Noah Brigham.\n\nThank you,\nCorinne A. Lavallée\nDeputy State’s "
                        "Attorney\n")
    assert extract_requestor(doc, parse(doc)).agency_key == "district-attorney"


def test_a_reply_from_another_agency_of_the_same_state_is_its_senders() -> None:
    doc = text_document(
        "Ms. Guidry,\n\nPer your note below, here is the request in writing. Please send wage "
        "records for PHAM, Quoc Bao DOB 03/08/1982.\n\nThanks again,\n\nJean-Luc Thibodeaux\n"
        "Trooper First Class\nLouisiana State Police\n\n-----Original Message-----\n"
        "From: Guidry, Annette <aguidry@lwc.la.gov>\nSent: Monday\nTo: Thibodeaux, Jean-Luc "
        "<jean-luc.thibodeaux@la.gov>\nSubject: LSP CID request\n\nPlease put it in writing.\n"
        "\nAnnette Guidry\nRecords Unit\n",
        headers={"From": '"Thibodeaux, Jean-Luc" <jean-luc.thibodeaux@la.gov>',
                 "To": '"Guidry, Annette" <aguidry@lwc.la.gov>', "Subject": "RE: LSP CID request"})
    assert extract_requestor(doc, parse(doc)).person == "Jean-Luc Thibodeaux"


@pytest.mark.parametrize(("text", "person"), [
    # A letter without a closing: its signature above the cc line and a form footer.
    ("The matter was referred by Lakewood Police Officer Dylan Marsh after a victim complained."
     "\n\nCaleb R. Sandoval\nAgent, Major Crimes Unit\nColorado Bureau of Investigation\n\n"
     "cc: Harriet Ngata, Chief Deputy District Attorney\nCBI Form INV-7\n", "Caleb R. Sandoval"),
    # Thornton is a surname as well as a Colorado city.
    ("Requester name : Inv. Keisha Danielle Thornton\nTitle / rank : Investigator\n",
     "Keisha Danielle Thornton"),
])
def test_more_senders(text: str, person: str) -> None:
    doc = text_document(BODY + text)
    assert extract_requestor(doc, parse(doc)).person == person
