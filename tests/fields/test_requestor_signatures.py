"""The requestor from differently written signature blocks, with the title alone."""

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor
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
