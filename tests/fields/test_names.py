"""Name normalisation: order, capitals, particles, accents; and the name-shape check."""

import pytest

from requestdesk.extractors.names import find_names, looks_like_name, name_key, normalize_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HERNÁNDEZ-LÓPEZ, María", "María Hernández-López"),
        ("GARCIA, Juan Carlos", "Juan Carlos Garcia"),
        ("Garcia, Juan Carlos", "Juan Carlos Garcia"),
        ("MARIA DE LA CRUZ", "Maria de la Cruz"),
        ("DE LA CRUZ, MARIA", "Maria de la Cruz"),
        ("JOHN MCDONALD", "John McDonald"),
        ("O'BRIEN, SEAN P.", "Sean P. O'Brien"),
        ("GARCIA LOPEZ Juan Carlos", "Juan Carlos Garcia Lopez"),
        ("María HERNÁNDEZ", "María Hernández"),
        ("VAN DER BERG, PIETER", "Pieter van der Berg"),
        ("Mr. John Smith", "John Smith"),
        ("GARCIA JR., JUAN", "Juan Garcia Jr."),
        ("Juan Garcia, Jr.", "Juan Garcia Jr."),
        ("BRANDT, Christopher Allen, Jr.", "Christopher Allen Brandt Jr."),
        ("PRUITT, Reginald Thomas III", "Reginald Thomas Pruitt III"),
        ("GARCIA, Juan, Sr.", "Juan Garcia Sr."),
        ("NGUYEN, THI LE", "Thi Le Nguyen"),
        ("Thi LE", "Thi Le"),
        ("  jesús  gómez  ", "Jesús Gómez"),
        ("DeShawn McKinney", "DeShawn McKinney"),
        ("NÚÑEZ, JOSÉ (a/k/a Pepe)", "José Núñez"),
        ("Smith", None),
        ("12 Main", None),
    ],
)
def test_normalize_name(raw: str, expected: str | None) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("María Hernández-López", True),
        ("GARCIA, Juan Carlos", True),
        ("Denver Field Office", False),
        ("Special Agent", False),
        ("Colorado Department of Revenue", False),
        ("Records Custodian", False),
        ("Juan", False),
        ("Homeland Security Investigations", False),
        ("Robert O'Neill", True),
    ],
)
def test_looks_like_name(raw: str, expected: bool) -> None:
    assert looks_like_name(raw) is expected


def test_name_key_ignores_accents_case_and_hyphens() -> None:
    assert name_key("María Hernández-López") == name_key("MARIA HERNANDEZ LOPEZ")
    assert name_key("Jose Perez") != name_key("Josefina Perez")


def test_stroked_letters_fold_to_their_base_letter() -> None:
    # OCR and plain-ASCII writers give "Duc" and "Lukasz" for "Đức" and "Łukasz".
    assert name_key("Đức Minh Trần") == name_key("DUC MINH TRAN")
    assert name_key("Łukasz Wróbel") == name_key("Lukasz Wrobel")


def test_a_licence_label_is_no_name() -> None:
    assert find_names("MA Lic: S41882706") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("records of Acme Trading LLC and its owner Jane Roe", ["Jane Roe"]),
        ("wages paid by Blue Heron Logistics, Inc. to Tomas Ruiz", ["Tomas Ruiz"]),
        ("Washington State Department of Licensing", []),
        ("Cascade Timber Holdings and Mara Quill", ["Mara Quill"]),
        ("Ruiz & Sons Construction Co.", []),
        ("Maria Lopez & Associates", []),
        ("Brandon Tso, Group Supervisor", ["Brandon Tso"]),  # a title, not a company
        ("the Jade Blossom Spa and its manager Mei Lin Zhou", ["Mei Lin Zhou"]),
    ],
)
def test_organisations_are_not_names(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in find_names(text)] == expected


def test_ocr_dropped_accents_come_back_on_spanish_names_only() -> None:
    from requestdesk.extractors.names import restore_accents

    assert restore_accents("Héctor Ramirez-Ochoa") == "Héctor Ramírez-Ochoa"
    assert restore_accents("Marco Antonio Ybarra Quinones") == "Marco Antonio Ybarra Quiñones"
    assert restore_accents("Ivan Petrov") == "Ivan Petrov"  # as common unaccented
    assert restore_accents("Dana Holt") == "Dana Holt"
    # After a Spanish particle, names English spells plain are the Spanish ones.
    assert restore_accents("Rubén Santiago de Leon") == "Rubén Santiago de León"
    assert restore_accents("Leon Smith") == "Leon Smith"
    assert restore_accents("María Núñez") == "María Núñez"
    assert restore_accents("Wilfredo Ortiz de Zarate") == "Wilfredo Ortiz de Zárate"


@pytest.mark.parametrize(("text", "expected"), [
    ("Natalia V. Sorokina", ["Natalia V. Sorokina"]),  # V. is a middle initial here
    ("Smith v. Jones", []),  # and a caption's "v." there
    ("PEOPLE V. JUAN RUIZ", ["Juan Ruiz"]),
    ("S/A Grant W. Hollister", ["Grant W. Hollister"]),  # a rank written with a slash
    ("BPA Rafael Ibáñez", ["Rafael Ibáñez"]),
    ("Tpr. Mark Hale and Insp. Ana Ruiz", ["Mark Hale", "Ana Ruiz"]),
    # Offices, firms and places that look like names.
    ("Re: Search Warrant - SCSO Incident No. 25-001466", []),
    ("In the matter of: Front Range Stone €: Tile Imports LLC (importer", []),
    ("COUNTY OF ROANOKE RIDGE File No. 25 CRS 001142", []),
    ("ROANOKE RIDGE COUNTY SHERIFF'S OFFICE", []),
    ("STATE OF FLORIDA, Plaintiff,\nVv.\nTERRENCE ALAN WHITBY,\nDefendant.", ["Terrence Alan Whitby"]),
    ("the Internet Protocol addresses used", []),
    ("Northern District of Ohio\nPeter J. Vukovich, United States Marshal", ["Peter J. Vukovich"]),
    ("Address: 900 N. Waverly Ave, Lindell Grove, IL 60068", []),
    ("Ana Ruiz & Luis Paz", ["Ana Ruiz", "Luis Paz"]),
    ("3. JESÚS MANUEL DE LA O DOB 1989-12-12", ["Jesús Manuel de la O"]),
    ("Re: People v. Rosalind Vega Ybarra, El Paso County District Court", ["Rosalind Vega Ybarra"]),
    ("4 MARTIN, Luther James Nov. 9, 1975 11-563-0088", ["Luther James Martin"]),
    ("lives off Martin Luther King Jr. Blvd in Denver", []),
    ("came into our inbox on Friday. Original message attached.", []),
    ("Jan Kowalski, born Jan. 5, 1990", ["Jan Kowalski"]),
    ("WIŚNIEWSKI, Tomasz Jan 03/14/1990", ["Tomasz Jan Wiśniewski"]),
    ("Martin Luther King Jr Way S at S Holly St", []),
])
def test_ranks_and_the_letter_v(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in find_names(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("SW Third Avenue, Suite 600, Portland, OR 97204; by e-mail", []),  # a city and its state
    ("Hodan Ahmed Jama, NOT-PUBLIC DATA", ["Hodan Ahmed Jama"]),
    ("GARCIA, Angel", ["Angel Garcia"]),  # a given name that is also an English word
    ("MORALES, Rosa", ["Rosa Morales"]),
    ("inmate OYELARAN SANTOS, ADC #204417", ["Oyelaran Santos"]),  # a prison's initials, a number
    ("GARCIA, JUAN #4471", ["Juan Garcia"]),  # a given name before a number stays one
    ("Dated: Hilo, Hawai'i, June 3, 2026", []),  # the state's own spelling
    ("Topeka, Courtroom 4-1, on June 3", []),
    # OCR read a given name in lower case: at the row's end or before the date of birth.
    ("MIHAJLOVIĆ, dragana DOB 04/04/1990", ["Dragana Mihajlović"]),
    ("Subject ABUBAKAR, Fatima zainab\n", ["Fatima Zainab Abubakar"]),
    ("NAKAMURA, Kenji born 1979", ["Kenji Nakamura"]),
    ("HOLLIS, and others", []),
])
def test_what_follows_a_comma_is_not_always_a_given_name(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in find_names(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BRANDT, Christopher Allen, Jr. 10/25/1977", ["Christopher Allen Brandt Jr."]),
    ("GARCIA, Juan, Sr., and LOPEZ, Maria", ["Juan Garcia Sr.", "Maria Lopez"]),
    # "Said" is a given name; the legal "said" is written small.
    ("1 Ibrahim Said Adan March 11, 1969", ["Ibrahim Said Adan"]),
    ("the said Juan Garcia", ["Juan Garcia"]),
    ("1 YILMAZ, Emre Can 08/14/1992", ["Emre Can Yilmaz"]),
    ("Can you send the file for Juan Garcia", ["Juan Garcia"]),
])
def test_suffixes_and_said(text: str, expected: list[str]) -> None:
    assert [n for n, _, _ in find_names(text)] == expected


def test_spanish_accents_are_not_put_on_other_peoples_names() -> None:
    from requestdesk.extractors.names import restore_accents
    assert restore_accents("Agnieszka Maria Kowalczyk") == "Agnieszka Maria Kowalczyk"
    assert restore_accents("Maria Hernandez") == "María Hernández"
    assert restore_accents("Armando Jesus Trevino Garza") == "Armando Jesús Treviño Garza"
