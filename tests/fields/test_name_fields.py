"""Names written as separate last/first/middle fields, on one line or across lines."""

import pytest

from requestdesk.extractors.name_fields import split_name_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last name: Ibarra Delgado     First: Guadalupe     DOB: Sept. 3, 1972",
         ["Guadalupe Ibarra Delgado"]),
        ("Surname: OKONKWO-BELL\nGiven name(s): Chidi Marcus\nMiddle: Obi",
         ["Chidi Marcus Obi Okonkwo-Bell"]),
        ("Apellido(s): Cárdenas Villalobos    Nombre: Héctor", ["Héctor Cárdenas Villalobos"]),
        ("LN: PRZYBYLSKI FN: TOMASZ MI: J", ["Tomasz J. Przybylski"]),
        ("First Name: Ana\nLast Name: Soto\n\nFirst Name: Luis\nLast Name: Vela",
         ["Ana Soto", "Luis Vela"]),
        ("Last Name: ________   First Name: ________", []),
        ("Last: Department   First: Records", []),
        # A ruled form read by OCR: no colons, values in capitals filling the row.
        ("Last name   NGUYEN\nFirst / Middle   THI THU HA\nDOB   03/04/1980",
         ["Thi Thu Ha Nguyen"]),
        ("First and Middle Name: Guadalupe Rosa   Last Name: Ibarra", ["Guadalupe Rosa Ibarra"]),
        # Prose is no form row.
        ("The last name on file was changed.\nFirst name unknown\nSurname Smith was used", []),
    ],
)
def test_split_name_fields(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in split_name_fields(text)] == expected
