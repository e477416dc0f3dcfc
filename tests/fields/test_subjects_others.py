"""Requests in other writers' styles (``others.py``) and requests naming people only for context
(``context_people.py``): who asks, about whom, with identifiers."""

import pytest

from requestdesk.extractors.nlp import parse
from requestdesk.extractors.requestor import extract_requestor
from requestdesk.extractors.subjects import _dob_after, extract_subjects

from .context_people import CONTEXT_PEOPLE
from .letters import Letter
from .others import OTHERS
from .textdoc import text_document


@pytest.mark.parametrize("letter", OTHERS + CONTEXT_PEOPLE,
                         ids=[x.id for x in OTHERS + CONTEXT_PEOPLE])
def test_other_writers(letter: Letter) -> None:
    doc = text_document(letter.text, headers=letter.headers, attachment_from=letter.attachment_from)
    parsed = parse(doc)
    requestor = extract_requestor(doc, parsed)
    subjects = extract_subjects(doc, parsed, requestor)
    assert (requestor.agency_key, requestor.person) == (letter.agency, letter.person)
    assert [(s.name, s.dob) for s in subjects] == letter.subjects
    for subject in subjects:
        expected = letter.ids.get(subject.name)
        if expected is not None:
            assert [(i.type, i.value) for i in subject.identifiers] == expected


def test_a_name_ocr_split_in_two_is_one_person() -> None:
    doc = text_document(
        "Please provide wage records pertaining to LUIS FERNANDO GÓMEZ-ÁVILA, DOB 09/30/1984.\n\n"
        "Employment pertaining to LUIS FERNAN DO GÓMEZ-ÁVILA for 2023 and 2024.\n\n"
        "Det. Wanda Pierce\nAurora Police Department\n")
    parsed = parse(doc)
    names = [s.name for s in extract_subjects(doc, parsed, extract_requestor(doc, parsed))]
    assert names == ["Luis Fernando Gómez-Ávila"]


def test_a_date_of_birth_cut_by_the_window_end_is_read_whole() -> None:
    text = "relating to Petra L. Novakova\n\nPerson: Petra L. Novakova, DOB 07/21/1984\n"
    limit = text.index("1984") + 2  # the next mention's window ends inside the year
    assert _dob_after(text, 0, limit)[0] == "1984-07-21"
