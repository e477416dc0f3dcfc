"""One subject written with the many labels forms use for name and date of birth."""

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor
from requestdesk.extractors.subjects import extract_subjects

from .textdoc import text_document

LETTER = """Yuma County Sheriff's Office

Please provide records for the person below.

{fields}

Sincerely,
Deputy Harlan Ostrowski
Yuma County Sheriff's Office
"""


@pytest.mark.parametrize(
    "fields",
    [
        "Subject Name: Ignacio Ferreira Lobo   Date of Birth (mm/dd/yyyy): 03/14/1987",
        "Name: Ignacio Ferreira Lobo\nD.O.B.: 03/14/1987",
        "Name: FERREIRA LOBO, Ignacio  Birthdate: 14-Mar-1987",
        "Nombre completo: Ignacio Ferreira Lobo  Fecha Nac.: 14/03/1987",
        "Individual: Ignacio Ferreira Lobo, b. 3/14/1987",
        "Subject: Ignacio FERREIRA LOBO (YOB 1987, DOB 03-14-1987)",
        "Name ........ Ignacio Ferreira Lobo\nDOB ......... 03/14/1987",
        "NAME: IGNACIO FERREIRA LOBO\nDOB: 031487",
        "Last name: Ferreira Lobo  First: Ignacio  DOB: Mar. 14, 1987",
        "LN: FERREIRA LOBO\nFN: IGNACIO\nDOB: 3/14/87",
        "Last Name ......: FERREIRA LOBO\nFirst Name .....: Ignacio\nDOB ............: 03/14/1987",
    ],
)
def test_label_variants(fields: str) -> None:
    doc = text_document(LETTER.format(fields=fields))
    parsed = parse(doc)
    requestor = extract_requestor(doc, parsed)
    assert requestor.person == "Harlan Ostrowski"
    got = extract_subjects(doc, parsed, requestor)
    assert [(s.name, s.dob) for s in got] == [("Ignacio Ferreira Lobo", "1987-03-14")]


def test_a_marshal_in_the_letterhead_and_a_town_in_an_address_are_not_subjects() -> None:
    doc = text_document("""U.S. Department of Justice
United States Marshals Service
Northern District of Ohio
Peter J. Vukovich, United States Marshal

Return address: 900 N. Waverly Ave, Lindell Grove, IL 60068

Please provide the current address of Ignacio Ferreira Lobo, DOB 03/14/1987.

Deputy U.S. Marshal Harlan Ostrowski
""")
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == [("Ignacio Ferreira Lobo", "1987-03-14")]


@pytest.mark.parametrize("body", [
    "NAME                      DOB          ALIAS\nRAMOS VEGA, Ignacio      03/14/1987   Nacho Ramos",
    "Name                      DOB          AKA\nRAMOS VEGA, Ignacio      03/14/1987   Victor Ramos",
    "Subject: RAMOS VEGA, Ignacio (a.k.a. Victor Ramos), DOB 03/14/1987",
    "1. RAMOS VEGA, Ignacio   03/14/1987   A201-334-556\n   Aliases: Victor RAMOS; Luis VEGA",
])
def test_aliases_are_not_more_people(body: str) -> None:
    doc = text_document(LETTER.format(fields=body))
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == [("Ignacio Ramos Vega", "1987-03-14")]


def test_the_accented_spelling_elsewhere_in_the_file_wins() -> None:
    doc = text_document(LETTER.format(fields=(
        "Inmate: IBARRA NUNEZ, Wilmer Alexis, DOB 03/14/1987\n\n"
        "Name of Alien: IBARRA NÚÑEZ, Wilmer")))  # the fuller name is the unaccented one
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == [("Wilmer Alexis Ibarra Núñez", "1987-03-14")]


def test_a_list_item_that_is_only_a_name_with_its_birth_date_further_down() -> None:
    doc = text_document(LETTER.format(fields=(
        "(1) ĐOÀN, Thanh Tâm\n    (on the lease as 'Tam Doan')\n    DOB: 12/30/2001\n\n"
        "(2) Pietro Ferrante Ruiz\n    Date of birth 7 Jul 1991")))
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == [("Thanh Tâm Đoàn", "2001-12-30"),
                                              ("Pietro Ferrante Ruiz", "1991-07-07")]


def test_a_second_given_name_wrapped_under_a_narrow_table_cell() -> None:
    doc = text_document(LETTER.format(fields=(
        "Name (Last, First Middle)   Date of Birth   CO DL\n"
        "ECHEVERRÍA SOLÍS, Ignacio 03/14/1987 15-204-7781\n"
        "Esteban\n"
        "WARSAME, Hodan 11/02/1988 09-118-3364")))
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == [("Ignacio Esteban Echeverría Solís", "1987-03-14"),
                                              ("Hodan Warsame", "1988-11-02")]
