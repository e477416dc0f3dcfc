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
    ],
)
def test_split_name_fields(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in split_name_fields(text)] == expected
