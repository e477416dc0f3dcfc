"""Subjects (name, DOB, identifiers) on hand-written letters, e-mails and forms."""

import random

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor
from requestdesk.extractors.subjects import extract_subjects
from requestdesk.result import Subject

from .letters import LETTERS, Letter
from .textdoc import text_document


def _subjects(
    text: str, headers: dict[str, str] | None = None, attachment_from: int | None = None
) -> list[Subject]:
    doc = text_document(text, headers=headers, attachment_from=attachment_from)
    parsed = parse(doc)
    return extract_subjects(doc, parsed, extract_requestor(doc, parsed))


@pytest.mark.parametrize("letter", LETTERS, ids=[x.id for x in LETTERS])
def test_subjects(letter: Letter) -> None:
    got = _subjects(letter.text, headers=letter.headers, attachment_from=letter.attachment_from)
    assert [(s.name, s.dob) for s in got] == letter.subjects
    for subject in got:
        expected = letter.ids.get(subject.name)
        if expected is not None:
            assert [(i.type, i.value) for i in subject.identifiers] == expected


def test_same_person_mentioned_twice_is_merged() -> None:
    got = _subjects(
        """
        RE: GARCIA, Juan Carlos

        We ask for records pertaining to Juan Carlos Garcia. Mr. Garcia's date of birth is
        unknown to us, but his A-number is A087-654-321. Juan GARCIA (DOB: 11/5/1977) also
        holds Colorado driver's license 11-222-3333.

        Sincerely,
        Officer Ann Lee
        """
    )
    assert len(got) == 1
    assert got[0].name == "Juan Carlos Garcia"
    assert got[0].dob == "1977-11-05"
    assert {(i.type, i.value) for i in got[0].identifiers} == {
        ("a_number", "A087654321"), ("drivers_license", "112223333")}


def test_full_ssn_never_leaves_extraction() -> None:
    got = _subjects("Subject: Maria Lopez   SSN: 521-33-9876   DOB: 1/1/1990\n")
    assert [i.value for i in got[0].identifiers] == ["9876"]
    assert "521-33" not in got[0].model_dump_json()


def test_officials_in_the_body_are_not_subjects() -> None:
    got = _subjects(
        """
        Pursuant to the order of Magistrate Judge Elena Park, and at the request of AUSA
        David Cho, please produce the wage records of Rosa Elvira Quispe (DOB 07/07/1977).
        Contact Special Agent Ben Ortiz or Notary Public Sue Danvers with questions.
        """
    )
    assert [s.name for s in got] == ["Rosa Elvira Quispe"]


def test_last_first_middle_form_fields() -> None:
    got = _subjects(
        """
        SUBJECT INFORMATION
        Last Name: ZAPATA        First Name: Ernesto        Middle Name: Ivan
        Date of Birth: 1968-02-14      Sex: M
        """
    )
    assert [(s.name, s.dob) for s in got] == [("Ernesto Ivan Zapata", "1968-02-14")]


def test_spanish_labels_and_ocr_slips() -> None:
    got = _subjects(
        """
        Nombre: Jesús Gómez Núñez
        Fecha de nacimiento: 2 de febrero de 1981
        """
    )
    assert [(s.name, s.dob) for s in got] == [("Jesús Gómez Núñez", "1981-02-02")]


def test_alias_is_not_another_person() -> None:
    got = _subjects(
        """
        Please provide the address for Juan PEREZ a/k/a Juanito LOPEZ, DOB 1/2/1980.

        Sincerely,
        Det. Ann Wu
        Boulder Police Department
        """
    )
    assert [(s.name, s.dob) for s in got] == [("Juan Perez", "1980-01-02")]


def test_token_soup_never_breaks_extraction() -> None:
    # Labels, names, dates and punctuation in random order, as a badly OCR'd page can give.
    rng = random.Random(20260521)
    pieces = ["Sincerely,", "Name:", "DOB:", "RE:", "GARCIA,", "Juan", "de", "la", "12/12/1980",
              "\n", "\n\n", "A123456789", "Agent", "Judge", "ICE", "-", "~", "(", ")", "SSN:",
              "Last Name First Name", "Requested by:", "«", "Hon.", "/s/", "@", "3-4-87", "|"]
    for _ in range(150):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        doc = text_document(text) if text.strip() else text_document("x")
        parsed = parse(doc)
        requestor = extract_requestor(doc, parsed)
        for subject in extract_subjects(doc, parsed, requestor):
            assert subject.name.strip()
            assert subject.dob is None or len(subject.dob) == 10


def test_same_first_and_last_name_with_other_middle_names_are_two_people() -> None:
    got = _subjects(
        """
        The following individuals:
        Last Name   First Name   DOB
        Pham        Duc Van      01/11/1980
        PHAM        Duc Thi      07/19/1998
        Ortiz Castillo Inés      12/03/1996
        """
    )
    assert [(s.name, s.dob) for s in got] == [
        ("Duc Van Pham", "1980-01-11"), ("Duc Thi Pham", "1998-07-19"),
        ("Inés Ortiz Castillo", "1996-12-03")]


def test_particles_inside_a_name() -> None:
    got = _subjects("• María José de la Cruz (DOB 02.14.1978)\n")
    assert [(s.name, s.dob) for s in got] == [("María José de la Cruz", "1978-02-14")]


def test_surnames_in_a_subject_line_take_the_given_names_written_below() -> None:
    got = _subjects("Subject: Records request - MACARAEG / DELA PEÑA\n\nPlease run both:\n"
                    "1) Rodel Bautista MACARAEG, DOB 22 OCT 1987\n"
                    "2) Jericho Santos DELA PEÑA, DOB 05 JAN 1995\n")
    assert sorted(s.name for s in got) == ["Jericho Santos Dela Peña", "Rodel Bautista Macaraeg"]


def test_a_scanned_full_name_completes_a_typed_case_name() -> None:
    # The cover e-mail types the case "People v. Benítez Campos"; the scanned order it carries
    # names AURELIO BENITEZ CAMPOS (OCR without the accent). A clerk logs the full name, spelled
    # as typed.
    doc = text_document(
        """
        Attached is the signed order in People v. Benítez Campos, 25CR412. Please send the wage
        records it describes.

        Det. Lorna Whitcomb
        \f
        ORDER
        The Department shall produce the wage records of:
        AURELIO BENITEZ CAMPOS, DOB March 17, 1979
        """,
        headers={"From": "Lorna Whitcomb <lwhitcomb@weld.gov>", "To": "records@state.co.us",
                 "Subject": "order"},
        attachment_from=2,
    )
    for line in doc.pages[1].lines:
        for word in line.words:
            word.confidence = 91.0
    doc.pages[1].ocr = True
    parsed = parse(doc)
    got = extract_subjects(doc, parsed, extract_requestor(doc, parsed))
    assert [(s.name, s.dob) for s in got] == [("Aurelio Benítez Campos", "1979-03-17")]
